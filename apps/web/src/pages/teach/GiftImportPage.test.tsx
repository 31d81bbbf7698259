import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { TeachImportGiftDocument } from '../../gql/graphql';
import { GiftImportPage } from './GiftImportPage';

const GIFT =
  '// objective: safety\n// reference: Boyles 2015\nThe lung apex rises above the clavicle. {T}';

const question = {
  __typename: 'GiftImportQuestion' as const,
  line: 1,
  type: 'TRUE_FALSE',
  stemMarkdown: 'The lung apex rises above the clavicle.',
  objectiveTag: 'safety',
  options: [
    { __typename: 'GiftImportOption' as const, text: 'True', isCorrect: true },
    { __typename: 'GiftImportOption' as const, text: 'False', isCorrect: false },
  ],
};

function dryRun(problems: { line: number; message: string }[]) {
  return {
    request: {
      query: TeachImportGiftDocument,
      variables: { bankId: '', gift: GIFT, dryRun: true },
    },
    result: {
      data: {
        importGiftQuestions: {
          __typename: 'GiftImport' as const,
          dryRun: true,
          imported: 0,
          problems: problems.map((p) => ({ __typename: 'GiftImportNote' as const, ...p })),
          warnings: [],
          questions: [question],
        },
      },
    },
  };
}

function preview() {
  fireEvent.change(screen.getByLabelText('Questions in GIFT'), { target: { value: GIFT } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
}

describe('GiftImportPage', () => {
  it('reports a bad line and offers no import until it is fixed', async () => {
    renderPage(<GiftImportPage />, {
      path: '/teach/import',
      session: testSession(testUser({ roles: ['INSTRUCTOR'] })),
      mocks: [dryRun([{ line: 7, message: 'Line 7: no answers between { and }' }])],
    });
    preview();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Line 7: no answers between { and }');
    expect(alert.textContent).toContain('1 problem to fix before anything is imported');
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
  });

  it('previews a clean file and offers to import its questions', async () => {
    renderPage(<GiftImportPage />, {
      path: '/teach/import',
      session: testSession(testUser({ roles: ['INSTRUCTOR'] })),
      mocks: [dryRun([])],
    });
    preview();
    expect(await screen.findByRole('button', { name: 'Import 1 question' })).toBeTruthy();
    expect(screen.getByText('1 question ready to import, nothing saved yet.')).toBeTruthy();
  });

  it('asks for questions before asking the API', () => {
    renderPage(<GiftImportPage />, {
      path: '/teach/import',
      session: testSession(testUser({ roles: ['INSTRUCTOR'] })),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByText('Paste the questions, or choose a GIFT file, first.')).toBeTruthy();
  });
});
