import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { TeachQuestionBankQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { BankChecks } from './credit/BankChecks';
import { plural } from '../../ui/format';
import { emptyQuestion } from './question-draft';
import { QuestionForm } from './QuestionForm';
import { QuestionList } from './QuestionList';
import { useHashTarget } from './useHashTarget';
import { VersionStatusBadge } from '../../ui/VersionStatusBadge';
import './teach.css';

const TeachQuestionBankDocument = graphql(`
  query TeachQuestionBank($bankId: ID!) {
    questionBank(id: $bankId) {
      id
      title
      courseVersion {
        id
        number
        status
        title
        reviewComment
        course {
          id
          viewerIsAuthor
        }
      }
      questions {
        ...TeachQuestionFields
      }
      checks {
        ...BankChecksFields
      }
    }
  }
`);

graphql(`
  fragment TeachQuestionFields on Question {
    id
    position
    type
    stemMarkdown
    explanationMarkdown
    reference
    objectiveTag
    options {
      id
      position
      text
      isCorrect
    }
  }
`);

const TeachAddQuestionDocument = graphql(`
  mutation TeachAddQuestion($input: AddQuestionInput!) {
    addQuestion(input: $input) {
      ...TeachQuestionFields
    }
  }
`);

type Bank = TeachQuestionBankQuery['questionBank'];

/** One question bank: every question with its key, edited in place while the version is a draft. */
export function QuestionBankPage() {
  const { versionId = '', bankId = '' } = useParams();
  const result = useQuery(TeachQuestionBankDocument, { variables: { bankId } });
  return (
    <QueryState result={result} label="Loading the question bank">
      {(data) => (
        <QuestionBank
          bank={data.questionBank.courseVersion.id === versionId ? data.questionBank : undefined}
          versionId={versionId}
        />
      )}
    </QueryState>
  );
}

function QuestionBank({ bank, versionId }: { bank: Bank | undefined; versionId: string }) {
  const [formKey, setFormKey] = useState(0);
  const [added, setAdded] = useState<string>();
  const [addQuestion] = useMutation(TeachAddQuestionDocument, {
    refetchQueries: ['TeachQuestionBank'],
    awaitRefetchQueries: true,
  });
  // A link from the credit panel may name one question (#question-<id>).
  useHashTarget(bank !== undefined);
  const back = (
    <p>
      <Link to={`/teach/versions/${versionId}/assessment`}>← Questions and quizzes</Link>
    </p>
  );
  if (!bank) {
    return (
      <Page title="Question bank not found" lead="This bank is not part of this course version.">
        {back}
      </Page>
    );
  }
  const version = bank.courseVersion;
  const editable = version.status === 'DRAFT' && version.course.viewerIsAuthor;
  const lastTag = bank.questions.at(-1)?.objectiveTag ?? '';
  return (
    <Page
      title={bank.title}
      lead={
        <>
          {version.title} · Version {version.number}{' '}
          <VersionStatusBadge status={version.status} sentBack={version.reviewComment !== null} /> ·{' '}
          {plural(bank.questions.length, 'question')}
        </>
      }
    >
      {back}
      <section className="section" aria-labelledby="checks-heading">
        <BankChecks checks={bank.checks} headingId="checks-heading" />
      </section>
      <section className="section" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        <QuestionList bank={bank} editable={editable} />
      </section>
      {editable && (
        <section className="section" aria-labelledby="add-question-heading">
          <h2 id="add-question-heading">Add a question</h2>
          <p>
            Or several at once: <Link to="import">import them from a GIFT file</Link> (Moodle&apos;s
            question format).
          </p>
          <p role="status" className="status-text">
            {added}
          </p>
          <QuestionForm
            key={formKey}
            initial={emptyQuestion(lastTag)}
            submitLabel="Add question"
            onSubmit={async (draft) => {
              await addQuestion({ variables: { input: { bankId: bank.id, ...draft } } });
              setAdded(`Question ${bank.questions.length + 1} added.`);
              setFormKey((key) => key + 1);
            }}
          />
        </section>
      )}
    </Page>
  );
}
