import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { LabRosterQuery } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { QueryState } from '../../ui/QueryState';
import { duration } from '../../ui/format';
import { AttendanceCorrectionForm } from './AttendanceCorrectionForm';
import { clockTime, OUTCOME_WORDS } from './attendance-words';
import { practicalExamPath } from './lab-paths';

const LabRosterDocument = graphql(`
  query LabRoster($sessionId: ID!, $after: String) {
    liveSessionAttendance(sessionId: $sessionId, first: 50, after: $after) {
      edges {
        node {
          userId
          learnerName
          checkedInAt
          checkedOutAt
          creditedMinutes
          outcome
          corrected
          correctionReason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Learners scan as they arrive: the roster follows without the instructor asking. */
const ROSTER_POLL_MS = 10_000;

type Row = LabRosterQuery['liveSessionAttendance']['edges'][number]['node'];

interface Props {
  sessionId: string;
  /** Where "Examine" leads: the program's current checklist; null when there is none. */
  exam: { programId: string; checklistId: string } | null;
}

/**
 * Every learner with a seat: arrival, departure, credited minutes and outcome, a correction
 * per row, and the practical exam. A page at a time (cursors kept for "Previous"), so the
 * polling that keeps it current asks for one page only.
 */
export function AttendanceRoster({ sessionId, exam }: Props) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const result = useQuery(LabRosterDocument, {
    variables: { sessionId, after },
    pollInterval: ROSTER_POLL_MS,
  });
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <div role="status">{notice && <p className="notice notice-ok">✓ {notice}</p>}</div>
      <QueryState result={result} label="Loading the roster">
        {({ liveSessionAttendance: { edges, pageInfo } }) => (
          <>
            {edges.length === 0 ? (
              <p>Nobody has a seat at this session yet.</p>
            ) : (
              <div
                className="table-wrap"
                role="region"
                aria-label="Learners and their attendance"
                tabIndex={0}
              >
                <table className="data lab-roster">
                  <thead>
                    <tr>
                      <th scope="col">Learner</th>
                      <th scope="col">Arrived</th>
                      <th scope="col">Left</th>
                      <th scope="col">Credited</th>
                      <th scope="col">Outcome</th>
                      <th scope="col">
                        <span className="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {edges.map(({ node }) => (
                      <Fragment key={node.userId}>
                        <RosterRow
                          row={node}
                          examPath={
                            exam &&
                            practicalExamPath({ ...exam, candidateId: node.userId, sessionId })
                          }
                          correcting={correcting === node.userId}
                          onCorrect={() => {
                            setNotice(null);
                            setCorrecting(node.userId);
                          }}
                        />
                        {correcting === node.userId && (
                          <tr>
                            <td colSpan={6}>
                              <AttendanceCorrectionForm
                                sessionId={sessionId}
                                learner={node}
                                onDone={(message) => {
                                  setCorrecting(null);
                                  setNotice(message);
                                }}
                              />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="actions">
              {cursors.length > 1 && (
                <Button variant="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
                  Previous learners
                </Button>
              )}
              {pageInfo.hasNextPage && pageInfo.endCursor && (
                <Button
                  variant="secondary"
                  onClick={() => setCursors([...cursors, pageInfo.endCursor])}
                >
                  Next learners
                </Button>
              )}
              <Button variant="secondary" onClick={() => void result.refetch()}>
                Refresh the roster
              </Button>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}

interface RowProps {
  row: Row;
  examPath: string | null;
  correcting: boolean;
  onCorrect: () => void;
}

function RosterRow({ row, examPath, correcting, onCorrect }: RowProps) {
  const outcome = OUTCOME_WORDS[row.outcome];
  return (
    <tr>
      <th scope="row">
        {row.learnerName}
        {row.corrected && (
          <>
            {' '}
            <Badge tone="info">Corrected</Badge>
          </>
        )}
      </th>
      <td>{clockTime(row.checkedInAt)}</td>
      <td>{clockTime(row.checkedOutAt)}</td>
      <td>{duration(row.creditedMinutes)}</td>
      <td>
        <Badge tone={outcome.tone}>{outcome.label}</Badge>
      </td>
      <td>
        <div className="lab-row-actions">
          <Button
            variant="secondary"
            aria-label={`Correct the attendance of ${row.learnerName}`}
            aria-expanded={correcting}
            onClick={onCorrect}
            disabled={correcting}
          >
            Correct
          </Button>
          {examPath && (
            <Link
              className="button button-primary"
              to={examPath}
              state={{ candidateName: row.learnerName }}
              aria-label={`Examine ${row.learnerName}`}
            >
              Examine
            </Link>
          )}
        </div>
      </td>
    </tr>
  );
}
