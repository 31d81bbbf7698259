import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';

const EvaluationContextDocument = graphql(`
  query EvaluationContext($id: ID!) {
    enrollment(id: $id) {
      id
      courseVersion {
        id
        title
      }
      progressReport {
        evaluationSubmitted
      }
      certificate {
        id
        code
      }
    }
  }
`);

const SubmitEvaluationDocument = graphql(`
  mutation SubmitCourseEvaluation($input: CourseEvaluationInput!) {
    submitCourseEvaluation(input: $input) {
      id
      code
    }
  }
`);

const RATINGS = [
  { name: 'objectivesMet', question: 'The learning objectives were met' },
  { name: 'contentRelevance', question: 'The content is relevant to my practice' },
  { name: 'presentationQuality', question: 'The presentation was clear and well organised' },
] as const;

const SCALE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neutral' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
];

export function EvaluationPage() {
  const { enrollmentId = '' } = useParams();
  const result = useQuery(EvaluationContextDocument, { variables: { id: enrollmentId } });
  return (
    <QueryState result={result} label="Loading the evaluation">
      {({ enrollment }) =>
        enrollment.progressReport.evaluationSubmitted ? (
          <Page title="Course evaluation" lead={enrollment.courseVersion.title}>
            <p className="notice notice-ok" role="status">
              ✓ You have submitted the evaluation for this course. Thank you.
            </p>
            <p>
              <Link to={`/learning/${enrollment.id}`}>Back to the course overview</Link>
            </p>
          </Page>
        ) : (
          <EvaluationForm enrollmentId={enrollment.id} title={enrollment.courseVersion.title} />
        )
      }
    </QueryState>
  );
}

function EvaluationForm({ enrollmentId, title }: { enrollmentId: string; title: string }) {
  const [submit, { loading }] = useMutation(SubmitEvaluationDocument, {
    refetchQueries: ['EnrollmentOverview', 'MyLearning'],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [outcome, setOutcome] = useState<{ certificateCode: string | null } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rating = (name: string) => Number(form.get(name) ?? 0);
    const missing = [
      ...RATINGS.map((r) => r.name),
      'freeOfCommercialBias',
      'wouldRecommend',
    ].filter((name) => !form.get(name));
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((name) => [name, 'Choose an answer.'])));
      return;
    }
    setErrors({});
    setFormError(undefined);
    try {
      const { data } = await submit({
        variables: {
          input: {
            enrollmentId,
            objectivesMet: rating('objectivesMet'),
            contentRelevance: rating('contentRelevance'),
            presentationQuality: rating('presentationQuality'),
            freeOfCommercialBias: form.get('freeOfCommercialBias') === 'yes',
            wouldRecommend: form.get('wouldRecommend') === 'yes',
            intendedPracticeChange: String(form.get('intendedPracticeChange') ?? ''),
            comments: String(form.get('comments') ?? ''),
          },
        },
      });
      setOutcome({ certificateCode: data?.submitCourseEvaluation?.code ?? null });
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  if (outcome) {
    return (
      <Page title="Thank you" lead={title}>
        {outcome.certificateCode ? (
          <div className="notice notice-ok" role="status">
            <p className="notice-title">✓ Course complete: your certificate is ready</p>
            <p>
              Certificate <span className="code">{outcome.certificateCode}</span>.{' '}
              <Link to="/certificates">Open your certificates</Link>
            </p>
          </div>
        ) : (
          <p className="notice notice-info" role="status">
            Your evaluation is saved. Finish the remaining steps to receive your certificate.
          </p>
        )}
        <p>
          <Link to={`/learning/${enrollmentId}`}>Back to the course overview</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Course evaluation"
      lead={`${title}. Accrediting bodies require it; it takes two minutes.`}
    >
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError message={formError} />
        {RATINGS.map(({ name, question }) => (
          <ChoiceGroup
            key={name}
            name={name}
            legend={question}
            error={errors[name]}
            choices={SCALE.map(({ value, label }) => ({
              value: String(value),
              label: `${value} · ${label}`,
            }))}
          />
        ))}
        <ChoiceGroup
          name="freeOfCommercialBias"
          legend="The content was free of commercial bias"
          error={errors['freeOfCommercialBias']}
          choices={YES_NO}
        />
        <ChoiceGroup
          name="wouldRecommend"
          legend="I would recommend this course to a colleague"
          error={errors['wouldRecommend']}
          choices={YES_NO}
        />
        <TextAreaField
          label="What will you change in your practice? (optional)"
          name="intendedPracticeChange"
          maxLength={2000}
          error={errors['intendedPracticeChange']}
        />
        <TextAreaField
          label="Other comments (optional)"
          name="comments"
          maxLength={4000}
          error={errors['comments']}
        />
        <Button type="submit" busy={loading} busyLabel="Submitting">
          Submit the evaluation
        </Button>
      </form>
    </Page>
  );
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function ChoiceGroup({
  name,
  legend,
  choices,
  error,
}: {
  name: string;
  legend: string;
  choices: { value: string; label: string }[];
  error?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            required
            aria-invalid={error ? true : undefined}
          />
          <span>{choice.label}</span>
        </label>
      ))}
      {error && (
        <p className="field-error" id={errorId}>
          ✕ {error}
        </p>
      )}
    </fieldset>
  );
}
