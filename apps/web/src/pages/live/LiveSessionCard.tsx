import type { ReactNode } from 'react';
import { graphql } from '../../gql';
import type { LiveSessionCardFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { KIND_WORDS, momentWithZone, myPlace, seatWords, sessionTimes } from './live-session-words';
import { RegistrationActions } from './RegistrationActions';

graphql(`
  fragment LiveSessionCardFields on LiveSession {
    id
    courseId
    kind
    title
    venue
    joinUrl
    startsAt
    endsAt
    capacity
    seatsLeft
    waitlistLength
    registrationClosesAt
    cancelledAt
    myRegistration {
      id
      status
      waitlistPosition
    }
  }
`);

export type LiveSessionCardData = LiveSessionCardFieldsFragment;

/**
 * One session as a learner weighs it: what and where, when in their own time zone, the
 * seats, their own place, and what they can still do before the cut-off.
 */
export function LiveSessionCard({
  session,
  courseTitle,
}: {
  session: LiveSessionCardData;
  /** Named when the list mixes courses. */
  courseTitle?: string;
}) {
  const place = myPlace(session.myRegistration);
  return (
    <li className="card live-session">
      <p>
        <Badge tone="info">{KIND_WORDS[session.kind]}</Badge>{' '}
        {session.cancelledAt && <Badge tone="danger">Cancelled</Badge>}
      </p>
      <h3>{session.title}</h3>
      {courseTitle && <p className="muted">{courseTitle}</p>}
      <dl className="live-facts">
        <Fact term="When">{sessionTimes(session.startsAt, session.endsAt)}</Fact>
        <Fact term="Where">
          {session.kind === 'LAB' ? (
            session.venue
          ) : session.joinUrl ? (
            <a href={session.joinUrl} rel="noopener noreferrer" target="_blank">
              Join the webinar
            </a>
          ) : (
            'Online: the link is sent to registered learners'
          )}
        </Fact>
        <Fact term="Seats">{seatWords(session)}</Fact>
        {!session.cancelledAt && (
          <Fact term="Cut-off">
            Register or cancel until {momentWithZone(session.registrationClosesAt)}
          </Fact>
        )}
      </dl>
      {/* Always there, so a seat or a waitlist place is announced as it appears. */}
      <div role="status">
        {place && !session.cancelledAt && <Badge tone={place.tone}>{place.words}</Badge>}
      </div>
      {!session.cancelledAt && <RegistrationActions session={session} />}
    </li>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
