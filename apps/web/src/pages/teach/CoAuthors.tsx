import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError, TextField } from '../../ui/Field';
import { AuthorList } from './AuthorList';

const TeachAddAuthorDocument = graphql(`
  mutation TeachAddAuthor($input: AddCourseAuthorInput!) {
    addCourseAuthor(input: $input)
  }
`);

interface AuthoredCourse {
  id: string;
  viewerIsAuthor: boolean;
  viewerCanRemoveAuthors: boolean;
  authors: { userId: string; displayName: string; isOwner: boolean }[];
}

/**
 * The instructors who may edit the course; any of them can add another, and the owner (who
 * created it) or an admin can take one off.
 */
export function CoAuthors({ course }: { course: AuthoredCourse }) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const [addAuthor, { loading }] = useMutation(TeachAddAuthorDocument, {
    refetchQueries: ['TeachCourse'],
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    setAdded(undefined);
    try {
      await addAuthor({ variables: { input: { courseId: course.id, email } } });
      setErrors({});
      setAdded(`${email} can now edit this course.`);
      setEmail('');
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <section className="section" aria-labelledby="authors-heading">
      <h2 id="authors-heading">Authors</h2>
      <AuthorList course={course} />
      {course.viewerIsAuthor && (
        <form className="form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
          <FormError message={formError} />
          <TextField
            label="Add a co-author"
            hint="The email of an instructor account."
            name="email"
            type="email"
            autoComplete="off"
            required
            value={email}
            error={errors['email']}
            onChange={(event) => setEmail(event.target.value)}
          />
          <div className="actions">
            <Button type="submit" variant="secondary" busy={loading} busyLabel="Adding">
              Add co-author
            </Button>
          </div>
          <p role="status" className="status-text">
            {added}
          </p>
        </form>
      )}
    </section>
  );
}
