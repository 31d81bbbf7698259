import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';

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

/**
 * Enrol (signed in, not yet enrolled), Continue (enrolled), or Sign in to enrol (a visitor,
 * brought back to this course afterwards). Nothing while the session is being restored, so a
 * signed-in learner never sees the visitor's button flash by. A refusal (the credit period
 * has ended, a prerequisite is missing) goes to `onError` in the API's words.
 */
export function EnrolAction({
  courseId,
  onError,
}: {
  courseId: string;
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
  const enrollmentId = enrollments.data?.myEnrollments.find((e) => e.courseId === courseId)?.id;
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
      const { data } = await enroll({ variables: { courseId } });
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
