import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';

const TeachRemoveAuthorDocument = graphql(`
  mutation TeachRemoveAuthor($input: RemoveCourseAuthorInput!) {
    removeCourseAuthor(input: $input)
  }
`);

interface Author {
  userId: string;
  displayName: string;
  isOwner: boolean;
}

/** The course's authors; the owner (or an admin) sees a Remove button beside each co-author. */
export function AuthorList({
  course,
}: {
  course: { id: string; viewerCanRemoveAuthors: boolean; authors: Author[] };
}) {
  const [toRemove, setToRemove] = useState<Author | null>(null);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [remove, { loading }] = useMutation(TeachRemoveAuthorDocument, {
    refetchQueries: ['TeachCourse'],
    awaitRefetchQueries: true,
  });

  async function onConfirm(author: Author) {
    setError(undefined);
    try {
      await remove({ variables: { input: { courseId: course.id, userId: author.userId } } });
      setAnnouncement(`${author.displayName} is no longer an author of this course.`);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setToRemove(null);
    }
  }

  return (
    <>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <FormError message={error} />
      <ul className="plain-list author-list">
        {course.authors.map((author) => (
          <li key={author.userId}>
            {author.displayName}
            {author.isOwner && <span className="muted"> · owner</span>}
            {course.viewerCanRemoveAuthors && !author.isOwner && (
              <>
                {' '}
                <Button variant="link" className="button-small" onClick={() => setToRemove(author)}>
                  Remove<span className="sr-only"> {author.displayName} as author</span>
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={toRemove !== null}
        title="Remove this co-author?"
        confirmLabel="Remove co-author"
        busy={loading}
        onConfirm={() => toRemove && void onConfirm(toRemove)}
        onCancel={() => setToRemove(null)}
      >
        {toRemove?.displayName} will no longer be able to edit this course. You can add them again
        later.
      </ConfirmDialog>
    </>
  );
}
