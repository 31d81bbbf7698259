import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { CheckInMutation, CheckInSessionQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { dateTime, duration } from '../../ui/format';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { clockTime, OUTCOME_WORDS } from './attendance-words';
import './lab.css';

const CheckInSessionDocument = graphql(`
  query CheckInSession($sessionId: ID!) {
    liveSession(id: $sessionId) {
      id
      title
      venue
      startsAt
      endsAt
      cancelledAt
      myRegistration {
        id
        status
      }
      myAttendance {
        checkedInAt
        checkedOutAt
        creditedMinutes
        outcome
      }
    }
  }
`);

const CheckInDocument = graphql(`
  mutation CheckIn($sessionId: ID!, $code: String!) {
    checkInToLiveSession(sessionId: $sessionId, code: $code) {
      checkedInAt
      checkedOutAt
      creditedMinutes
      outcome
    }
  }
`);

type Session = CheckInSessionQuery['liveSession'];
type Scan = CheckInMutation['checkInToLiveSession'];

/**
 * Where the lab's QR code leads, on the learner's phone: one big button that records the
 * arrival, or the departure once arrived. The code in the address lives a minute or two.
 */
export function CheckInPage() {
  const { sessionId = '' } = useParams();
  const result = useQuery(CheckInSessionDocument, { variables: { sessionId } });
  return (
    <QueryState result={result} label="Loading the session">
      {({ liveSession }) => <CheckIn session={liveSession} />}
    </QueryState>
  );
}

function CheckIn({ session }: { session: Session }) {
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const [scan, { loading, error, reset }] = useMutation(CheckInDocument, {
    refetchQueries: ['CheckInSession'],
  });
  const [recorded, setRecorded] = useState<{ departure: boolean; attendance: Scan } | null>(null);
  const attendance = session.myAttendance;
  const arrived = Boolean(attendance?.checkedInAt);
  const hasSeat = session.myRegistration?.status === 'REGISTERED';

  async function onScan() {
    reset();
    setRecorded(null);
    try {
      const { data } = await scan({ variables: { sessionId: session.id, code } });
      if (data) setRecorded({ departure: arrived, attendance: data.checkInToLiveSession });
    } catch {
      // The refusal is shown below from `error`.
    }
  }

  return (
    <Page
      title={session.title}
      lead={`${dateTime(session.startsAt)} – ${dateTime(session.endsAt)}${session.venue ? ` · ${session.venue}` : ''}`}
    >
      <div className="lab-check-in-page">
        {session.cancelledAt ? (
          <p className="notice notice-warn">This session was cancelled.</p>
        ) : !hasSeat ? (
          <div className="notice notice-warn">
            <p className="notice-title">You have no seat at this session</p>
            <p>
              Only learners with a seat check in. See your registrations under{' '}
              <Link to="/live">Live sessions</Link>.
            </p>
          </div>
        ) : !code ? (
          <p className="notice notice-info">
            Scan the QR code on the instructor’s screen with your phone’s camera: it opens this page
            with the code.
          </p>
        ) : recorded ? null : (
          <Button
            className="lab-check-in-button"
            busy={loading}
            busyLabel="Recording"
            onClick={() => void onScan()}
          >
            {arrived ? 'Check out' : 'Check in'}
          </Button>
        )}
        <div role="status" aria-live="polite">
          {recorded && <ScanResult {...recorded} />}
        </div>
        {error && (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">Not recorded</p>
            <p>{errorMessage(error)}</p>
          </div>
        )}
        {!recorded && attendance && <Standing attendance={attendance} />}
      </div>
    </Page>
  );
}

function ScanResult({ departure, attendance }: { departure: boolean; attendance: Scan }) {
  if (!departure) {
    return (
      <div className="notice notice-ok">
        <p className="notice-title">✓ Checked in at {clockTime(attendance.checkedInAt)}</p>
        <p>Scan the code again when you leave: your minutes are credited once you check out.</p>
      </div>
    );
  }
  return (
    <div className="notice notice-ok">
      <p className="notice-title">✓ Checked out at {clockTime(attendance.checkedOutAt)}</p>
      <p>
        {duration(attendance.creditedMinutes)} credited (
        {OUTCOME_WORDS[attendance.outcome].label.toLowerCase()}).
      </p>
    </div>
  );
}

/** What is on record already, for a learner who opens the page again. */
function Standing({ attendance }: { attendance: Scan }) {
  if (!attendance.checkedInAt) return null;
  return (
    <dl className="details">
      <dt>Arrived</dt>
      <dd>{clockTime(attendance.checkedInAt)}</dd>
      <dt>Left</dt>
      <dd>{clockTime(attendance.checkedOutAt)}</dd>
      {attendance.checkedOutAt && (
        <>
          <dt>Credited</dt>
          <dd>
            {duration(attendance.creditedMinutes)} ({OUTCOME_WORDS[attendance.outcome].label})
          </dd>
        </>
      )}
    </dl>
  );
}
