import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { LabSessionQuery } from '../../gql/graphql';
import { dateTime } from '../../ui/format';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { AttendanceRoster } from './AttendanceRoster';
import { CheckInQr } from './CheckInQr';
import './lab.css';

const LabSessionDocument = graphql(`
  query LabSession($sessionId: ID!) {
    liveSession(id: $sessionId) {
      id
      kind
      title
      venue
      startsAt
      endsAt
      cancelledAt
      programId
    }
  }
`);

const LabChecklistDocument = graphql(`
  query LabChecklist($programId: ID!) {
    practicalChecklists(programId: $programId) {
      id
      title
      version
    }
  }
`);

type LabSession = LabSessionQuery['liveSession'];

/**
 * The instructor's screen in the room, laid out for a tablet: the check-in QR code learners
 * scan with their phones, and the roster it fills, from which each learner is examined.
 */
export function LabPage() {
  const { sessionId = '' } = useParams();
  const result = useQuery(LabSessionDocument, { variables: { sessionId } });
  return (
    <QueryState result={result} label="Loading the session">
      {({ liveSession }) => <Lab session={liveSession} />}
    </QueryState>
  );
}

function Lab({ session }: { session: LabSession }) {
  const checklists = useQuery(LabChecklistDocument, {
    variables: { programId: session.programId ?? '' },
    skip: !session.programId,
  });
  // The newest version is the one examiners mark now (the API lists newest first).
  const checklist = checklists.data?.practicalChecklists[0] ?? null;
  const exam =
    session.programId && checklist
      ? { programId: session.programId, checklistId: checklist.id }
      : null;
  return (
    <Page
      title={session.title}
      lead={`${dateTime(session.startsAt)} – ${dateTime(session.endsAt)}${session.venue ? ` · ${session.venue}` : ''}`}
      actions={
        <Link to="/teach/live" className="button button-secondary">
          All live sessions
        </Link>
      }
    >
      {session.cancelledAt ? (
        <p className="notice notice-warn">
          This session was cancelled: there is nothing to check in to.
        </p>
      ) : (
        <div className="lab-layout">
          <section className="section lab-check-in" aria-labelledby="check-in-title">
            <h2 id="check-in-title">Check in</h2>
            <p>Scan with your phone on arrival, and again when you leave.</p>
            <CheckInQr sessionId={session.id} title={session.title} />
          </section>
          <section className="section lab-people" aria-labelledby="roster-title">
            <h2 id="roster-title">Roster</h2>
            {!exam && (
              <p className="muted">
                {session.programId
                  ? checklists.loading
                    ? 'Loading the practical checklist…'
                    : 'The program has no practical checklist yet, so there is no exam to record.'
                  : 'This session belongs to a course, not a program: practical exams are recorded for programs.'}
              </p>
            )}
            <AttendanceRoster sessionId={session.id} exam={exam} />
          </section>
        </div>
      )}
    </Page>
  );
}
