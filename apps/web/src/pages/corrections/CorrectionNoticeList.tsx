import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { TranscriptCorrectionNoticeFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../graphql/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { date } from '../../ui/format';
import { kindsInWords } from './correction-words';

graphql(`
  fragment TranscriptCorrectionNoticeFields on CorrectionNotice {
    id
    versionNumber
    kinds
    summary
    createdAt
    readAt
  }
`);

const AcknowledgeCorrectionNoticeDocument = graphql(`
  mutation AcknowledgeCorrectionNotice($id: ID!) {
    acknowledgeCorrectionNotice(id: $id) {
      id
      readAt
    }
  }
`);

export type TranscriptNotice = TranscriptCorrectionNoticeFieldsFragment;

/**
 * What later versions of a completed course corrected, on its transcript entry: unread
 * notices stand out (in words as well as colour) until the reader marks them read.
 */
export function CorrectionNoticeList({ notices }: { notices: readonly TranscriptNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="plain-list correction-notices" aria-label="Corrections since you completed it">
      {notices.map((notice) => (
        <CorrectionNoticeItem key={notice.id} notice={notice} />
      ))}
    </ul>
  );
}

function CorrectionNoticeItem({ notice }: { notice: TranscriptNotice }) {
  const [acknowledge, { loading }] = useMutation(AcknowledgeCorrectionNoticeDocument);
  const [error, setError] = useState<string>();
  const unread = notice.readAt === null || notice.readAt === undefined;

  async function markRead() {
    setError(undefined);
    try {
      await acknowledge({ variables: { id: notice.id } });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <li className={unread ? 'notice notice-warn' : 'notice notice-info'}>
      <p>
        {unread ? <Badge tone="warn">Unread</Badge> : <Badge tone="neutral">Read</Badge>} Version{' '}
        {notice.versionNumber} corrected {kindsInWords(notice.kinds)} content on{' '}
        {date(notice.createdAt)}: <span style={{ whiteSpace: 'pre-line' }}>{notice.summary}</span>
      </p>
      <FormError message={error} />
      {unread && (
        <Button
          variant="secondary"
          busy={loading}
          busyLabel="Marking read"
          onClick={() => void markRead()}
        >
          Mark read
        </Button>
      )}
    </li>
  );
}
