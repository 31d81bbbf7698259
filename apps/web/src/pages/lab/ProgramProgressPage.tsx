import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { ProgramProgressPageQuery } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { date, duration, plural } from '../../ui/format';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { requirementRows } from './progress-rows';
import './lab.css';

const ProgramProgressPageDocument = graphql(`
  query ProgramProgressPage($programId: ID!) {
    credentialPrograms {
      id
      title
      description
      courses {
        id
        slug
        currentVersion {
          id
          title
        }
      }
      handsOnRequirements {
        liveMinutes {
          sessionKind
          minimumMinutes
        }
        practicalExam
        supervisedSessions {
          minimumCount
          withinDays
        }
      }
    }
    myProgramProgress(programId: $programId) {
      programId
      met
      liveMinutes
      supervisedSessionsCounted
      startedOn
      missing {
        kind
        message
        courseId
        neededMinutes
        neededCount
      }
    }
    myPracticalExams(first: 50) {
      edges {
        node {
          id
          programId
          checklistTitle
          examinedOn
          passed
          current
          examinerName
          criticalFailed {
            key
            label
          }
        }
      }
    }
  }
`);

type Data = ProgramProgressPageQuery;

/** Where the learner stands on every requirement of a program, as its award decides it. */
export function ProgramProgressPage() {
  const { programId = '' } = useParams();
  const result = useQuery(ProgramProgressPageDocument, { variables: { programId } });
  return (
    <QueryState result={result} label="Loading your progress">
      {(data) => <Progress data={data} programId={programId} />}
    </QueryState>
  );
}

function Progress({ data, programId }: { data: Data; programId: string }) {
  const program = data.credentialPrograms.find((p) => p.id === programId);
  if (!program) {
    return (
      <Page title="Program progress">
        <ErrorMessage title="Not found">No program has this address.</ErrorMessage>
      </Page>
    );
  }
  const progress = data.myProgramProgress;
  const rows = requirementRows(
    {
      courses: program.courses.map((course) => ({
        id: course.id,
        title: course.currentVersion?.title ?? course.slug,
      })),
      handsOn: program.handsOnRequirements,
    },
    progress.missing,
  );
  const exams = data.myPracticalExams.edges
    .map((edge) => edge.node)
    .filter((exam) => exam.programId === programId && exam.current);
  return (
    <Page
      title={`Progress: ${program.title}`}
      lead={program.description}
      actions={<Link to="/certificates">Certificates</Link>}
    >
      <p className={`notice ${progress.met ? 'notice-ok' : 'notice-info'}`} role="status">
        {progress.met
          ? '✓ Every requirement is met: the program’s certificate is issued to you.'
          : `${plural(rows.filter((row) => !row.met).length, 'requirement')} still to meet.`}
        {progress.startedOn && ` Started on ${date(progress.startedOn)}.`}
      </p>
      <section className="section" aria-labelledby="requirements-title">
        <h2 id="requirements-title">Requirements</h2>
        <ul className="plain-list lab-requirements">
          {rows.map((row) => (
            <li key={row.key}>
              <p>
                {row.met ? <Badge tone="ok">Met</Badge> : <Badge tone="warn">Missing</Badge>}{' '}
                <strong>{row.label}</strong>
              </p>
              {row.message && <p className="muted">{row.message}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="hands-on-title">
        <h2 id="hands-on-title">Hands-on so far</h2>
        <dl className="details">
          <dt>Live minutes credited</dt>
          <dd>{duration(progress.liveMinutes)}</dd>
          <dt>Supervised sessions counted</dt>
          <dd>{progress.supervisedSessionsCounted}</dd>
          <dt>Practical exam</dt>
          <dd>
            {exams.length === 0
              ? 'Not examined yet'
              : exams.map((exam) => (
                  <p key={exam.id}>
                    {exam.passed ? (
                      <Badge tone="ok">Passed</Badge>
                    ) : (
                      <Badge tone="danger">Not passed</Badge>
                    )}{' '}
                    {exam.checklistTitle}, {date(exam.examinedOn)}, examined by {exam.examinerName}
                    {exam.criticalFailed.length > 0 &&
                      ` (critical items failed: ${exam.criticalFailed.map((item) => item.label).join('; ')})`}
                  </p>
                ))}
          </dd>
        </dl>
        <p>
          <Link to="/live">Live sessions</Link> ·{' '}
          <Link to="/practice/supervised">Supervised practice log</Link>
        </p>
      </section>
    </Page>
  );
}
