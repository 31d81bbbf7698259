import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError, TextField } from '../../ui/Field';
import { emptyCourseFields, parseCourseFields } from './course-fields';
import { CourseFields } from './CourseFields';
import { slugFromTitle } from './text';

const TeachCreateCourseDocument = graphql(`
  mutation TeachCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      id
    }
  }
`);

/** Creates the course and its draft version 1, then opens the draft's editor. */
export function NewCourseForm() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(emptyCourseFields);
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [create, { loading }] = useMutation(TeachCreateCourseDocument, {
    refetchQueries: ['TeachMyCourses'],
  });

  const shownSlug = slugEdited ? slug : slugFromTitle(draft.title);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    const parsed = parseCourseFields(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    try {
      const { data } = await create({
        variables: { input: { ...parsed.values, slug: shownSlug } },
      });
      if (data) await navigate(`/teach/versions/${data.createCourse.id}`);
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form narrow-wide" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <CourseFields draft={draft} errors={errors} onChange={setDraft} />
      <TextField
        label="Web address (slug)"
        hint="The course's lasting name in links: lower-case letters, digits and hyphens. It cannot change later."
        name="slug"
        required
        value={shownSlug}
        error={errors['slug']}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value);
        }}
      />
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Creating">
          Create course
        </Button>
      </div>
    </form>
  );
}
