import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { ClinicPractiseStateDocument, SetClinicStateDocument } from '../../gql/graphql';
import { ClinicState } from './ClinicState';

const CLINIC = 'o-1';

const current = (state: string | null) => ({
  request: { query: ClinicPractiseStateDocument, variables: { id: CLINIC } },
  maxUsageCount: 3,
  result: { data: { organization: { __typename: 'Organization', id: CLINIC, state } } },
});

const show = (mocks: object[]) =>
  renderPage(<ClinicState clinicId={CLINIC} />, {
    path: '/clinics/o-1',
    session: testSession(testUser()),
    mocks: mocks as never,
  });

describe('ClinicState', () => {
  it('shows the clinic’s state and sets another', async () => {
    const answer = vi.fn(() => ({
      data: { setOrganizationState: { __typename: 'Organization', id: CLINIC, state: 'FL' } },
    }));
    show([
      current('CO'),
      {
        request: {
          query: SetClinicStateDocument,
          variables: { input: { organizationId: CLINIC, state: 'FL' } },
        },
        result: answer,
      },
    ]);
    expect(
      await screen.findByText('Staff are checked against Colorado’s dry needling rule.'),
    ).toBeTruthy();
    const select = screen.getByLabelText('State the clinic practises in') as HTMLSelectElement;
    expect(select.value).toBe('CO');
    fireEvent.change(select, { target: { value: 'FL' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the state' }));
    expect(
      await screen.findByText(/Your clinic practises in Florida: staff are checked/),
    ).toBeTruthy();
    expect(
      await screen.findByText('Staff are checked against Florida’s dry needling rule.'),
    ).toBeTruthy();
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s refusal on the state field', async () => {
    show([
      current(null),
      {
        request: {
          query: SetClinicStateDocument,
          variables: { input: { organizationId: CLINIC, state: 'GU' } },
        },
        result: {
          errors: [
            new GraphQLError('state must be a US state or territory', {
              extensions: { code: 'BAD_USER_INPUT', field: 'state' },
            }),
          ],
        },
      },
    ]);
    const select = (await screen.findByLabelText(
      'State the clinic practises in',
    )) as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: 'GU' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the state' }));
    expect(await screen.findByText('State must be a US state or territory')).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');
  });
});
