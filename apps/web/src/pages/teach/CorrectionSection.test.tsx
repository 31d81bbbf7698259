import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { TeachMarkVersionCorrectionDocument } from '../../gql/graphql';
import { CorrectionSection } from './CorrectionSection';

const SUMMARY = 'The list of states that allow dry needling by physical therapists is updated.';

describe('CorrectionSection', () => {
  it('asks for a kind and a summary, then saves the correction', async () => {
    renderPage(<CorrectionSection versionId="v2" correction={null} editable />, {
      path: '/teach/versions/v2',
      session: testSession(testUser()),
      mocks: [
        {
          request: {
            query: TeachMarkVersionCorrectionDocument,
            variables: { versionId: 'v2', input: { kinds: ['LEGAL'], summary: SUMMARY } },
          },
          result: {
            data: {
              markVersionCorrection: {
                __typename: 'CourseVersion' as const,
                id: 'v2',
                correction: {
                  __typename: 'VersionCorrection' as const,
                  kinds: ['LEGAL' as const],
                  summary: SUMMARY,
                },
              },
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(await screen.findByText('Choose safety, legal or both.')).toBeTruthy();
    expect(screen.getByText('Say what changed in 20 to 2000 characters.')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Legal content'));
    fireEvent.change(screen.getByLabelText('What changed'), { target: { value: SUMMARY } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(await screen.findByText(/✓ Saved\./)).toBeTruthy();
  });

  it('shows a published correction without a way to change it', () => {
    renderPage(
      <CorrectionSection
        versionId="v3"
        correction={{ kinds: ['SAFETY', 'LEGAL'], summary: SUMMARY }}
        editable={false}
      />,
      { path: '/teach/versions/v3', session: testSession(testUser()) },
    );
    expect(screen.getByText('This version corrects safety and legal content')).toBeTruthy();
    expect(screen.getByText(SUMMARY)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
