import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PracticalExamSetupDocument, RecordPracticalExamDocument } from '../../gql/graphql';
import { PracticalExamPage } from './PracticalExamPage';
import { renderAtRoute } from './render-at-route';

const PATH = '/teach/practical/cl-1/u-2?program=p-1&session=s-1';
const PHONE_REFUSED = 'Remove the phone number: the log must not identify the patient';
const DAY = '2026-12-04';

const ITEMS = [
  {
    key: 'screening',
    label: 'Screens for contraindications',
    critical: true,
    description: 'Safety',
  },
  { key: 'sharps', label: 'Sharps disposal', critical: false, description: '' },
];

const SETUP = {
  request: {
    query: PracticalExamSetupDocument,
    variables: { programId: 'p-1', candidateId: 'u-2' },
  },
  result: {
    data: {
      practicalChecklists: [
        {
          __typename: 'PracticalChecklist',
          id: 'cl-1',
          title: 'Dry needling practical',
          version: 2,
          nonCriticalPassPercent: 80,
          items: ITEMS.map((item) => ({ __typename: 'PracticalChecklistItem', ...item })),
        },
      ],
      practicalExams: { __typename: 'PracticalExamConnection', edges: [] },
    },
  },
};

function recording(notes: string | null) {
  return {
    query: RecordPracticalExamDocument,
    variables: {
      input: {
        checklistId: 'cl-1',
        candidateId: 'u-2',
        sessionId: 's-1',
        examinedOn: DAY,
        results: [
          { key: 'screening', passed: true, notes: null },
          { key: 'sharps', passed: false, notes },
        ],
        summary: null,
      },
    },
  };
}

const RECORD = {
  __typename: 'PracticalExam',
  id: 'r-1',
  checklistId: 'cl-1',
  checklistTitle: 'Dry needling practical',
  checklistVersion: 2,
  programId: 'p-1',
  candidateId: 'u-2',
  candidateName: 'Robin Reyes, PT',
  examinerName: 'Jordan Lee, PT',
  examinedOn: DAY,
  sessionId: 's-1',
  passed: true,
  reasons: [],
  summary: null,
  replacesId: null,
  correctionReason: null,
  replacedById: null,
  current: true,
  signedAt: '2026-12-04T15:00:00.000Z',
  signatureValid: true,
  results: [
    { __typename: 'PracticalExamItemResult', ...ITEMS[0]!, passed: true, notes: null },
    { __typename: 'PracticalExamItemResult', ...ITEMS[1]!, passed: false, notes: 'Bin was full' },
  ].map(({ description: _, ...result }) => result),
  criticalFailed: [],
};

async function markAndSign(notes: string) {
  await screen.findByRole('heading', { level: 1, name: 'Practical exam: the candidate' });
  const screening = screen.getByRole('group', { name: /Screens for contraindications/ });
  expect(within(screening).getByText('Critical')).toBeTruthy();
  fireEvent.click(within(screening).getByLabelText('Passed'));
  const sharps = screen.getByRole('group', { name: /Sharps disposal/ });
  fireEvent.click(within(sharps).getByLabelText('Failed'));
  fireEvent.change(within(sharps).getByLabelText(/Notes on/), { target: { value: notes } });
  fireEvent.change(screen.getByLabelText('Day of the exam'), { target: { value: DAY } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign and record' }));
}

function renderExam(mocks: MockLink.MockedResponse[]) {
  renderAtRoute(<PracticalExamPage />, {
    pattern: '/teach/practical/:checklistId/:candidateId',
    path: PATH,
    mocks,
    roles: ['INSTRUCTOR'],
  });
}

describe('PracticalExamPage', () => {
  it('names the items left unmarked and sends nothing', async () => {
    renderExam([SETUP]);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Sign and record' }));
    expect(screen.getAllByText('Mark this item passed or failed.')).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).toContain('2 not marked yet');
  });

  it('shows the API’s refusal of a note beside its item', async () => {
    renderExam([
      SETUP,
      {
        request: recording('Call 303-555-0147'),
        result: {
          errors: [
            new GraphQLError(PHONE_REFUSED, {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'results.1.notes',
                problems: [{ field: 'results.1.notes', message: PHONE_REFUSED }],
              },
            }),
          ],
        },
      },
    ]);
    await markAndSign('Call 303-555-0147');
    const notes = within(screen.getByRole('group', { name: /Sharps disposal/ })).getByLabelText(
      /Notes on/,
    );
    await screen.findByText(PHONE_REFUSED);
    expect(notes.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the signed record, passed, with a correction to make', async () => {
    renderExam([
      SETUP,
      { request: recording('Bin was full'), result: { data: { recordPracticalExam: RECORD } } },
    ]);
    await markAndSign('Bin was full');
    expect((await screen.findByText('Passed', { selector: '.verdict-word' })).textContent).toBe(
      'Passed',
    );
    expect(screen.getByText(/by Jordan Lee, PT/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Correct this record' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign the correction' }));
    expect(screen.getByText('Say why the record is corrected.')).toBeTruthy();
  });
});
