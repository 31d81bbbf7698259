import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { AcknowledgeCorrectionNoticeDocument, MyTranscriptDocument } from '../../gql/graphql';
import { TranscriptPage } from './TranscriptPage';

const SUMMARY = 'The depth guidance for the upper trapezius now names the lung apex.';

const notice = (id: string, versionNumber: number, readAt: string | null) => ({
  __typename: 'CorrectionNotice' as const,
  id,
  versionNumber,
  kinds: ['SAFETY' as const],
  summary: SUMMARY,
  createdAt: '2026-11-02T10:00:00.000Z',
  readAt,
});

const transcript = {
  request: { query: MyTranscriptDocument },
  result: {
    data: {
      myTranscript: {
        __typename: 'Transcript' as const,
        totalHours: 2,
        csvUrl: 'http://localhost/me/transcript.csv',
        years: [{ __typename: 'CeHoursYear' as const, year: 2026, hours: 2 }],
        certificates: [
          {
            __typename: 'Certificate' as const,
            id: 'c1',
            code: 'FSC-7K2M-9QXD',
            kind: 'COURSE' as const,
            title: 'Trigger point dry needling',
            ceHours: 2,
            onlineMinutes: 120,
            liveMinutes: 0,
            completedOn: '2026-06-01',
            expiresOn: null,
            status: 'VALID' as const,
            correctionNotices: [notice('n1', 2, null)],
          },
        ],
      },
    },
  },
};

describe('TranscriptPage correction notices', () => {
  it('shows an unread notice on its course entry and marks it read', async () => {
    renderPage(<TranscriptPage />, {
      path: '/transcript',
      session: testSession(testUser()),
      mocks: [
        transcript,
        transcript,
        {
          request: { query: AcknowledgeCorrectionNoticeDocument, variables: { id: 'n1' } },
          result: {
            data: {
              acknowledgeCorrectionNotice: {
                __typename: 'CorrectionNotice' as const,
                id: 'n1',
                readAt: '2026-12-04T12:00:00.000Z',
              },
            },
          },
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Corrections since you completed it' });
    const item = within(list).getByRole('listitem');
    expect(item.textContent).toContain('Version 2 corrected safety content on');
    expect(item.textContent).toContain(SUMMARY);
    expect(within(item).getByText('Unread')).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: 'Mark read' }));
    expect(await within(item).findByText('Read')).toBeTruthy();
    expect(within(item).queryByRole('button', { name: 'Mark read' })).toBeNull();
  });
});
