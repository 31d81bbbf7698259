import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { CoursePageQuery } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { ceHours, date, duration } from './format';

// Public: visitors see this page too, so it asks only for what the API answers without an
// account (the outline, never the lessons' text).
const CoursePageDocument = graphql(`
  query CoursePage($slug: String!) {
    course(slug: $slug) {
      id
      slug
      authors {
        userId
        displayName
      }
      approvals {
        id
        body
        approvalNumber
        status
        validFrom
        validUntil
        isSample
      }
      prerequisites {
        id
        slug
        currentVersion {
          id
          title
        }
      }
      currentVersion {
        id
        number
        title
        summary
        audience
        ceHours
        certificateValidityMonths
        learningObjectives
        totalSeatTimeMinutes
        topicTags
        publishedAt
        modules {
          id
          position
          title
          objectives
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
    }
  }
`);

// Only for a signed-in account: whether to offer Enrol or Continue.
const CourseEnrollmentsDocument = graphql(`
  query CourseEnrollments {
    myEnrollments {
      id
      courseId
      status
    }
  }
`);

const EnrollDocument = graphql(`
  mutation Enroll($courseId: ID!) {
    enroll(courseId: $courseId) {
      id
      courseId
      status
    }
  }
`);

type CourseData = CoursePageQuery['course'];

export function CoursePage() {
  const { slug = '' } = useParams();
  const result = useQuery(CoursePageDocument, { variables: { slug } });
  return (
    <QueryState result={result} label="Loading the course">
      {(data) => <CourseDetails course={data.course} />}
    </QueryState>
  );
}

function CourseDetails({ course }: { course: CourseData }) {
  const version = course.currentVersion;
  const [error, setError] = useState<string>();

  if (!version) return <Page title="Not published" lead="This course has no published version." />;

  return (
    <Page
      title={version.title}
      lead={version.summary}
      actions={<EnrolAction course={course} onError={setError} />}
    >
      <FormError message={error} />
      <ul className="meta">
        <li>
          <strong>{ceHours(version.ceHours)}</strong>
        </li>
        <li>{duration(version.totalSeatTimeMinutes)} of lessons</li>
        <li>Version {version.number}</li>
        <li>
          {version.certificateValidityMonths
            ? `Certificate valid ${version.certificateValidityMonths} months`
            : 'Certificate does not expire'}
        </li>
      </ul>
      <div className="two-columns">
        <div>
          <section className="section" aria-labelledby="objectives">
            <h2 id="objectives">What you will be able to do</h2>
            <ul>
              {version.learningObjectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
          <section className="section" aria-labelledby="modules">
            <h2 id="modules">Modules</h2>
            <ol className="steps">
              {version.modules.map((module) => (
                <li key={module.id}>
                  <div>
                    <h3>{module.title}</h3>
                    <ul className="meta">
                      <li>
                        {module.lessons.length} {module.lessons.length === 1 ? 'lesson' : 'lessons'}
                      </li>
                      <li>
                        {duration(module.lessons.reduce((sum, l) => sum + l.seatTimeMinutes, 0))}
                      </li>
                      {module.quiz && <li>Quiz: {module.quiz.title}</li>}
                    </ul>
                    <ul>
                      {module.lessons.map((lesson) => (
                        <li key={lesson.id}>
                          {lesson.title}{' '}
                          <span className="muted">({duration(lesson.seatTimeMinutes)})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
              {version.finalExam && (
                <li>
                  <h3>Final exam: {version.finalExam.title}</h3>
                </li>
              )}
            </ol>
          </section>
        </div>
        <aside>
          <section className="section" aria-labelledby="approvals">
            <h2 id="approvals">Approvals</h2>
            {course.approvals.length === 0 ? (
              <p>No board has approved this course yet. Check whether your board accepts it.</p>
            ) : (
              <ul className="plain-list">
                {course.approvals.map((approval) => (
                  <li key={approval.id} className="approval">
                    <p>
                      <strong>{approval.body}</strong> · {approval.approvalNumber}
                    </p>
                    <p>
                      <ApprovalBadge status={approval.status} /> {date(approval.validFrom)} to{' '}
                      {approval.validUntil ? date(approval.validUntil) : 'open'}
                    </p>
                    {approval.isSample && (
                      <p className="muted">Demonstration record, not a real approval.</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="section" aria-labelledby="audience">
            <h2 id="audience">Who it is for</h2>
            <p>{version.audience}</p>
            {course.authors.length > 0 && (
              <p>Written by {course.authors.map((author) => author.displayName).join(', ')}</p>
            )}
          </section>
          {course.prerequisites.length > 0 && (
            <section className="section" aria-labelledby="prerequisites">
              <h2 id="prerequisites">Complete first</h2>
              <ul>
                {course.prerequisites.map((prerequisite) => (
                  <li key={prerequisite.id}>
                    <Link to={`/courses/${prerequisite.slug}`}>
                      {prerequisite.currentVersion?.title ?? prerequisite.slug}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </Page>
  );
}

/**
 * Enrol (signed in, not yet enrolled), Continue (enrolled), or Sign in to enrol (a visitor,
 * brought back to this course afterwards). Nothing while the session is being restored, so a
 * signed-in learner never sees the visitor's button flash by.
 */
function EnrolAction({
  course,
  onError,
}: {
  course: CourseData;
  onError: (message?: string) => void;
}) {
  const { state, user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const enrollments = useQuery(CourseEnrollmentsDocument, { skip: !user });
  const [enroll, { loading }] = useMutation(EnrollDocument, {
    refetchQueries: ['MyLearning', 'CourseEnrollments'],
  });

  if (state.status === 'restoring') return null;
  if (!user) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <>
        <Link to={`/sign-in?next=${next}`} className="button button-primary">
          Sign in to enrol
        </Link>
        <Link to={`/sign-up?next=${next}`}>Create an account</Link>
      </>
    );
  }
  // Enrolling is idempotent, so a failed look-up still offers Enrol.
  if (!enrollments.data && enrollments.loading) return null;
  const enrollmentId = enrollments.data?.myEnrollments.find((e) => e.courseId === course.id)?.id;
  if (enrollmentId) {
    return (
      <Link to={`/learning/${enrollmentId}`} className="button button-primary">
        Continue the course
      </Link>
    );
  }

  async function onEnroll() {
    onError(undefined);
    try {
      const { data } = await enroll({ variables: { courseId: course.id } });
      if (data) await navigate(`/learning/${data.enroll.id}`);
    } catch (caught) {
      onError(errorMessage(caught));
    }
  }

  return (
    <Button onClick={() => void onEnroll()} busy={loading} busyLabel="Enrolling">
      Enrol
    </Button>
  );
}

function ApprovalBadge({ status }: { status: CourseData['approvals'][number]['status'] }) {
  switch (status) {
    case 'ACTIVE':
      return <Badge tone="ok">Active</Badge>;
    case 'PENDING':
      return <Badge tone="info">Not yet in force</Badge>;
    case 'EXPIRED':
      return <Badge tone="warn">Expired</Badge>;
  }
}
