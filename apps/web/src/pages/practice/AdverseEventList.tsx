import { graphql } from '../../gql';
import type { AdverseEventFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { date } from '../../ui/format';
import { ADVERSE_EVENT_TYPE_LABELS, SEVERITY_LABELS } from './practice-words';

graphql(`
  fragment AdverseEventFields on AdverseEvent {
    id
    eventDate
    severity
    type
    actionTaken
    outcome
    clinicianName
  }
`);

export type AdverseEvent = AdverseEventFieldsFragment;

interface Props {
  label: string;
  events: readonly AdverseEvent[];
  /** A clinic's list names the clinician; one's own list does not need to. */
  showClinician?: boolean;
  more?: { onMore: () => void; loading: boolean; error: unknown } | null;
}

/** Events newest first, each with its severity in words as well as colour. */
export function AdverseEventList({ label, events, showClinician = false, more }: Props) {
  return (
    <>
      <ul className="steps" aria-label={label}>
        {events.map((event) => (
          <li
            key={event.id}
            className="log-entry"
            aria-label={`${ADVERSE_EVENT_TYPE_LABELS[event.type]}, ${date(event.eventDate)}`}
          >
            <p>
              <strong>{date(event.eventDate)}</strong> · {ADVERSE_EVENT_TYPE_LABELS[event.type]}{' '}
              <Badge tone={event.severity === 'SIGNIFICANT' ? 'danger' : 'neutral'}>
                {SEVERITY_LABELS[event.severity]}
              </Badge>
            </p>
            <dl>
              {showClinician && (
                <>
                  <dt>Clinician</dt>
                  <dd>{event.clinicianName}</dd>
                </>
              )}
              <dt>Action taken</dt>
              <dd style={{ whiteSpace: 'pre-line' }}>{event.actionTaken}</dd>
              <dt>Outcome</dt>
              <dd style={{ whiteSpace: 'pre-line' }}>{event.outcome}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {more && more.error !== null && (
        <ErrorMessage title="Could not load more events" error={more.error} />
      )}
      {more && (
        <div className="actions">
          <Button variant="secondary" busy={more.loading} busyLabel="Loading" onClick={more.onMore}>
            Show more events
          </Button>
        </div>
      )}
    </>
  );
}
