import { graphql } from '../../gql';
import type { SupervisedSessionFieldsFragment, SupervisedSessionStatus } from '../../gql/graphql';
import { Badge, type Tone } from '../../ui/Badge';
import { date } from '../../ui/format';
import { BODY_REGION_LABELS, STATUS_LABELS } from './practice-words';

graphql(`
  fragment SupervisedSessionFields on SupervisedSession {
    id
    programId
    sessionDate
    bodyRegions
    muscles
    needleCount
    notes
    status
    decidedAt
    rejectionReason
    learnerName
    supervisorName
    supervisorCheck {
      qualified
      reasons
    }
  }
`);

export type SupervisedSession = SupervisedSessionFieldsFragment;

const TONES: Record<SupervisedSessionStatus, Tone> = {
  PENDING: 'warn',
  CONFIRMED: 'ok',
  REJECTED: 'danger',
};

export function SessionStatusBadge({ status }: { status: SupervisedSessionStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** What was done, who supervised, and the supervisor's decision with its reason. */
export function SessionDetails({
  session,
  show = 'supervisor',
}: {
  session: SupervisedSession;
  /** The other party: the learner sees the supervisor, the supervisor the learner. */
  show?: 'supervisor' | 'learner';
}) {
  return (
    <dl>
      {show === 'supervisor' ? (
        <>
          <dt>Supervisor</dt>
          <dd>{session.supervisorName}</dd>
        </>
      ) : (
        <>
          <dt>Learner</dt>
          <dd>{session.learnerName}</dd>
        </>
      )}
      <dt>Body regions</dt>
      <dd>{session.bodyRegions.map((region) => BODY_REGION_LABELS[region]).join(', ')}</dd>
      <dt>Muscles</dt>
      <dd>{session.muscles.join(', ')}</dd>
      <dt>Needles</dt>
      <dd>{session.needleCount}</dd>
      {session.notes && (
        <>
          <dt>Notes</dt>
          <dd style={{ whiteSpace: 'pre-line' }}>{session.notes}</dd>
        </>
      )}
      {session.status !== 'PENDING' && (
        <>
          <dt>{session.status === 'CONFIRMED' ? 'Confirmed on' : 'Rejected on'}</dt>
          <dd>{date(session.decidedAt)}</dd>
        </>
      )}
      {session.status === 'CONFIRMED' && session.supervisorCheck && (
        <>
          <dt>Counts toward the program</dt>
          <dd>
            {session.supervisorCheck.qualified
              ? 'Yes'
              : `No: the supervisor does not meet the program's rule. ${session.supervisorCheck.reasons.join(' ')}`}
          </dd>
        </>
      )}
      {session.rejectionReason && (
        <>
          <dt>Reason</dt>
          <dd>{session.rejectionReason}</dd>
        </>
      )}
    </dl>
  );
}
