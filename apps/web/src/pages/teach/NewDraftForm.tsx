import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField } from '../../ui/Field';

const TeachCreateDraftDocument = graphql(`
  mutation TeachCreateDraft($input: CreateDraftVersionInput!) {
    createDraftVersion(input: $input) {
      id
    }
  }
`);

/** Copies the published version into a new draft; the published one stays as it is. */
export function NewDraftForm({
  courseId,
  publishedNumber,
}: {
  courseId: string;
  publishedNumber: number;
}) {
  const navigate = useNavigate();
  const [changelog, setChangelog] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [create, { loading }] = useMutation(TeachCreateDraftDocument, {
    refetchQueries: ['TeachCourse'],
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    try {
      const { data } = await create({ variables: { input: { courseId, changelog } } });
      if (data) await navigate(`/teach/versions/${data.createDraftVersion.id}`);
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form narrow-wide" onSubmit={(event) => void onSubmit(event)} noValidate>
      <p>
        The new draft starts as a copy of version {publishedNumber}: its description, modules,
        lessons, question banks and quizzes. Learners keep the version they enrolled in.
      </p>
      <FormError message={formError} />
      <TextAreaField
        label="What this version will change"
        hint="Reviewers read it; learners who took an earlier version see it too."
        name="changelog"
        required
        maxLength={5000}
        value={changelog}
        error={errors['changelog']}
        onChange={(event) => setChangelog(event.target.value)}
      />
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Starting">
          Start a new draft
        </Button>
      </div>
    </form>
  );
}
