import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  MySupervisorQualificationDocument,
  SetSupervisorQualificationDocument,
} from '../../gql/graphql';
import { QualificationForm } from './QualificationForm';

const RECORDED = {
  __typename: 'SupervisorQualification' as const,
  licenseState: 'FL',
  licenseNumber: 'PT 31415',
  dryNeedlingYears: 3,
  ownSessions: 120,
  meetsStateQualification: true,
  updatedAt: '2026-12-04T10:00:00.000Z',
};

describe('QualificationForm', () => {
  it("records the license, the experience and whether the state's own rule is met", async () => {
    renderPage(
      <>
        <h2 id="qualification-title">Your qualification</h2>
        <QualificationForm />
      </>,
      {
        path: '/practice/confirm',
        session: testSession(testUser()),
        mocks: [
          {
            request: { query: MySupervisorQualificationDocument },
            maxUsageCount: 2,
            result: { data: { mySupervisorQualification: null } },
          },
          {
            request: {
              query: SetSupervisorQualificationDocument,
              variables: {
                input: {
                  licenseState: 'FL',
                  licenseNumber: 'PT 31415',
                  dryNeedlingYears: 3,
                  ownSessions: 120,
                  meetsStateQualification: true,
                },
              },
            },
            result: { data: { setSupervisorQualification: RECORDED } },
          },
          {
            request: { query: MySupervisorQualificationDocument },
            result: { data: { mySupervisorQualification: RECORDED } },
          },
        ],
      },
    );
    expect(await screen.findByText(/You have recorded no qualification yet/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('License state'), { target: { value: 'FL' } });
    fireEvent.change(screen.getByLabelText('License number'), { target: { value: 'PT 31415' } });
    fireEvent.change(screen.getByLabelText('Years of dry needling practice'), {
      target: { value: '3' },
    });
    fireEvent.change(screen.getByLabelText('Dry needling sessions of your own'), {
      target: { value: '120' },
    });
    // Not stated until chosen.
    expect(
      (screen.getByLabelText('I do not know or prefer not to say') as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByLabelText('Yes, I meet it'));
    fireEvent.click(screen.getByRole('button', { name: 'Save qualification' }));
    expect(await screen.findByText('Your qualification is recorded.')).toBeTruthy();
  });
});
