import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { describeCeHours } from '@fascicle/contact-hours';
import { graphql } from '../../gql';
import { Badge } from '../../ui/Badge';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { QueryState } from '../../ui/QueryState';
import { date } from '../../ui/format';
import { stepsDone } from './progress';

const MyLearningDocument = graphql(`
  query MyLearning {
    myEnrollments {
      id
      status
      enrolledAt
      completedAt
      courseVersion {
        id
        title
        ceHours
      }
      certificate {
        id
        code
      }
      progressReport {
        evaluationSubmitted
        lessons {
          lessonId
          completed
        }
        quizzes {
          quizId
          passed
        }
      }
    }
  }
`);

export function MyLearningPage() {
  const result = useQuery(MyLearningDocument);
  return (
    <Page title="My learning" actions={<Link to="/courses">Find a course</Link>}>
      <QueryState result={result} label="Loading your courses">
        {({ myEnrollments }) =>
          myEnrollments.length === 0 ? (
            <p>
              You are not enrolled in any course yet. <Link to="/courses">Browse the catalog</Link>.
            </p>
          ) : (
            <ul className="cards">
              {myEnrollments.map((enrollment) => {
                const { done, total } = stepsDone(enrollment.progressReport);
                const completed = enrollment.status === 'COMPLETED';
                return (
                  <li key={enrollment.id} className="card">
                    <h2>
                      <Link to={`/learning/${enrollment.id}`}>
                        {enrollment.courseVersion.title}
                      </Link>
                    </h2>
                    <ul className="meta">
                      <li>{describeCeHours(enrollment.courseVersion.ceHours)}</li>
                      <li>Enrolled {date(enrollment.enrolledAt)}</li>
                    </ul>
                    <ProgressBar
                      value={done}
                      max={total}
                      label={`${done} of ${total} steps done`}
                    />
                    <p>
                      {completed ? (
                        <Badge tone="ok">Completed {date(enrollment.completedAt)}</Badge>
                      ) : (
                        <Badge tone="info">In progress</Badge>
                      )}
                    </p>
                    {enrollment.certificate && (
                      <p>
                        <Link to="/certificates">Certificate {enrollment.certificate.code}</Link>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
