import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';

const TeachDiscardDraftDocument = graphql(`
  mutation TeachDiscardDraft($versionId: ID!) {
    discardDraftVersion(versionId: $versionId) {
      versionId
      courseId
      number
      courseRemoved
    }
  }
`);

/**
 * Throws the draft away, after a confirmation that says what goes with it. Then back to the
 * course's versions, or to My courses when the draft was all the course had.
 */
export function DiscardDraft({
  version,
}: {
  version: { id: string; number: number; title: string; course: { slug: string } };
}) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [discard, { loading }] = useMutation(TeachDiscardDraftDocument, {
    // The version (and maybe its course) no longer exists: drop it from the cache so lists
    // that held it read again from the server.
    update(cache, { data }) {
      const gone = data?.discardDraftVersion;
      if (!gone) return;
      cache.evict({ id: cache.identify({ __typename: 'CourseVersion', id: gone.versionId }) });
      const course = cache.identify({ __typename: 'Course', id: gone.courseId });
      if (gone.courseRemoved) cache.evict({ id: course });
      else
        for (const fieldName of ['versions', 'openVersion']) cache.evict({ id: course, fieldName });
      cache.gc();
    },
    refetchQueries: ['TeachMyCourses'],
  });

  async function onConfirm() {
    setError(undefined);
    try {
      const { data } = await discard({ variables: { versionId: version.id } });
      setConfirming(false);
      void navigate(
        data?.discardDraftVersion.courseRemoved
          ? '/teach'
          : `/teach/courses/${version.course.slug}`,
      );
    } catch (caught) {
      setConfirming(false);
      setError(errorMessage(caught));
    }
  }

  return (
    <section className="section" aria-labelledby="discard-heading">
      <h2 id="discard-heading">Discard this draft</h2>
      <p>
        Throws version {version.number} away with its modules, lessons, question banks and quizzes.
        Published versions are not affected.
        {version.number === 1 && ' This is the course’s only version, so the course goes too.'}
      </p>
      <FormError message={error} />
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Discard draft
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Discard version ${version.number}?`}
        confirmLabel="Discard draft"
        busy={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        Version {version.number} of “{version.title}” and everything in it will be deleted. This
        cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
