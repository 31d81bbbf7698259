import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { describeCeHours } from '@fascicle/contact-hours';
import { graphql } from '../../gql';
import type { EnrollmentOverviewQuery } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { QueryState } from '../../ui/QueryState';
import { duration } from '../../ui/format';
import { clock, stepsDone } from './progress';

const EnrollmentOverviewDocument = graphql(`
  query EnrollmentOverview($id: ID!) {
    enrollment(id: $id) {
      id
      status
      certificate {
        id
        code
      }
      courseVersion {
        id
        title
        ceHours
        course {
          id
          slug
        }
        modules {
          id
          title
          lessons {
            id
            title
            seatTimeMinutes
          }
          quiz {
            id
            title
          }
        }
        finalExam {
          id
          title
        }
      }
      progressReport {
        evaluationSubmitted
        steps {
          kind
          message
          lessonId
          quizId
        }
        lessons {
          lessonId
          completed
          creditedSeconds
          requiredSeconds
        }
        quizzes {
          quizId
          passed
        }
      }
    }
  }
`);

type Enrollment = EnrollmentOverviewQuery['enrollment'];

export function EnrollmentPage() {
  const { enrollmentId = '' } = useParams();
  const result = useQuery(EnrollmentOverviewDocument, { variables: { id: enrollmentId } });
  return (
    <QueryState result={result} label="Loading your course">
      {({ enrollment }) => <Overview enrollment={enrollment} />}
    </QueryState>
  );
}

function Overview({ enrollment }: { enrollment: Enrollment }) {
  const version = enrollment.courseVersion;
  const report = enrollment.progressReport;
  const { done, total } = stepsDone(report);
  const lessonProgress = new Map(report.lessons.map((lesson) => [lesson.lessonId, lesson]));
  const quizPassed = new Map(report.quizzes.map((quiz) => [quiz.quizId, quiz.passed]));
  const base = `/learning/${enrollment.id}`;
  const lessonsDone =
    report.lessons.length > 0 && report.lessons.every((lesson) => lesson.completed);

  const quizStep = (quiz: { id: string; title: string }, label: string) => (
    <li key={quiz.id}>
      <span>
        {label}: <Link to={`${base}/quizzes/${quiz.id}`}>{quiz.title}</Link>
      </span>
      {quizPassed.get(quiz.id) ? <Badge tone="ok">Passed</Badge> : <Badge>Not passed yet</Badge>}
    </li>
  );

  return (
    <Page
      title={version.title}
      lead={`${describeCeHours(version.ceHours)} · ${enrollment.status === 'COMPLETED' ? 'Completed' : 'In progress'}`}
      actions={<Link to={`/courses/${version.course.slug}`}>About this course</Link>}
    >
      <ProgressBar value={done} max={total} label={`Course progress: ${done} of ${total} steps`} />
      {enrollment.certificate ? (
        <div className="notice notice-ok section" role="status">
          <p className="notice-title">✓ Course complete</p>
          <p>
            Your certificate <span className="code">{enrollment.certificate.code}</span> is ready.{' '}
            <Link to="/certificates">Open your certificates</Link>
          </p>
        </div>
      ) : (
        report.steps.length > 0 && (
          <section className="notice notice-info section" aria-labelledby="remaining">
            <h2 id="remaining" className="notice-title">
              Still to do for your certificate
            </h2>
            <ul>
              {report.steps.map((step) => (
                <li key={step.message}>
                  <StepLink step={step} base={base} />
                </li>
              ))}
            </ul>
          </section>
        )
      )}
      {version.modules.map((module, index) => (
        <section key={module.id} className="section" aria-labelledby={`module-${module.id}`}>
          <h2 id={`module-${module.id}`}>
            Module {index + 1}: {module.title}
          </h2>
          <ol className="steps">
            {module.lessons.map((lesson) => {
              const progress = lessonProgress.get(lesson.id);
              return (
                <li key={lesson.id}>
                  <span>
                    <Link to={`${base}/lessons/${lesson.id}`}>{lesson.title}</Link>{' '}
                    <span className="muted">({duration(lesson.seatTimeMinutes)})</span>
                  </span>
                  {progress?.completed ? (
                    <Badge tone="ok">Done</Badge>
                  ) : progress && progress.creditedSeconds > 0 ? (
                    <Badge tone="info">
                      {clock(progress.creditedSeconds)} of {clock(progress.requiredSeconds)}
                    </Badge>
                  ) : (
                    <Badge>Not started</Badge>
                  )}
                </li>
              );
            })}
            {module.quiz && quizStep(module.quiz, 'Quiz')}
          </ol>
        </section>
      ))}
      <section className="section" aria-labelledby="finish">
        <h2 id="finish">Finish</h2>
        <ol className="steps">
          {version.finalExam && quizStep(version.finalExam, 'Final exam')}
          <li>
            <span>
              {lessonsDone ? (
                <Link to={`${base}/evaluation`}>Course evaluation</Link>
              ) : (
                <>Course evaluation (after the lessons)</>
              )}
            </span>
            {report.evaluationSubmitted ? (
              <Badge tone="ok">Submitted</Badge>
            ) : (
              <Badge>Not submitted</Badge>
            )}
          </li>
        </ol>
      </section>
    </Page>
  );
}

type Step = Enrollment['progressReport']['steps'][number];

/** A step left to do, linked to where it is done (the lesson, the quiz, the evaluation). */
function StepLink({ step, base }: { step: Step; base: string }) {
  const to = step.lessonId
    ? `${base}/lessons/${step.lessonId}`
    : step.quizId
      ? `${base}/quizzes/${step.quizId}`
      : step.kind === 'EVALUATION_MISSING'
        ? `${base}/evaluation`
        : null;
  return to ? <Link to={to}>{step.message}</Link> : <>{step.message}</>;
}
