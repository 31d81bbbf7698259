import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { TeachAssessmentQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { BankList } from './BankList';
import { QuizSlot } from './QuizSlot';
import { useHashTarget } from './useHashTarget';
import { VersionStatusBadge } from '../../ui/VersionStatusBadge';
import './teach.css';

const TeachAssessmentDocument = graphql(`
  query TeachAssessment($versionId: ID!) {
    courseVersion(id: $versionId) {
      id
      number
      status
      title
      reviewComment
      course {
        id
        viewerIsAuthor
      }
      modules {
        id
        title
      }
      objectives {
        key
        text
      }
      questionBanks {
        id
        title
        questions {
          id
        }
      }
      quizzes {
        ...TeachQuizFields
      }
    }
  }
`);

graphql(`
  fragment TeachQuizFields on Quiz {
    id
    title
    moduleId
    isFinalExam
    bank {
      id
      title
    }
    passingScorePercent
    questionCount
    questionsPerAttempt
    timeLimitSeconds
    maxAttempts
    scoring
    reviewContent
    reviewTiming
    shuffleQuestions
    shuffleOptions
    retakeWaitMinutes
    blueprint {
      objective
      count
    }
    blueprintPlan {
      freshAttempts
      retakesMayRepeat
      problems
      rows {
        objective
        count
        poolSize
      }
    }
  }
`);

export type AssessmentVersion = TeachAssessmentQuery['courseVersion'];

/** The version's question banks, and the quiz that closes each module and the final exam. */
export function AssessmentPage() {
  const { versionId = '' } = useParams();
  const result = useQuery(TeachAssessmentDocument, { variables: { versionId } });
  return (
    <QueryState result={result} label="Loading questions and quizzes">
      {(data) => <Assessment version={data.courseVersion} />}
    </QueryState>
  );
}

function Assessment({ version }: { version: AssessmentVersion }) {
  const editable = version.status === 'DRAFT' && version.course.viewerIsAuthor;
  // A link from the credit panel may name one quiz (#quiz-<id>).
  useHashTarget(true);
  const quizOf = (moduleId: string | null) =>
    version.quizzes.find((quiz) => (moduleId ? quiz.moduleId === moduleId : quiz.isFinalExam)) ??
    null;
  return (
    <Page
      title="Questions and quizzes"
      lead={
        <>
          {version.title} · Version {version.number}{' '}
          <VersionStatusBadge status={version.status} sentBack={version.reviewComment !== null} />
        </>
      }
    >
      <p>
        <Link to={`/teach/versions/${version.id}`}>← Back to the version</Link>
      </p>
      {!editable && (
        <div className="notice notice-info">
          <p>
            This version is not a draft: its questions and quizzes cannot change. Item analysis
            shows how each quiz's questions perform.
          </p>
        </div>
      )}
      <BankList version={version} editable={editable} />
      <section className="section" aria-labelledby="quizzes-heading">
        <h2 id="quizzes-heading">Quizzes</h2>
        <p className="muted">
          Each module can close with a quiz, and the course with a final exam. A quiz draws its
          questions from one bank of this version.
        </p>
        {version.modules.length === 0 && (
          <p>Add modules to the version first; each module can then have a quiz.</p>
        )}
        <ul className="plain-list quiz-slots">
          {version.modules.map((module, index) => (
            <QuizSlot
              key={module.id}
              version={version}
              moduleId={module.id}
              label={`Module ${index + 1}: ${module.title}`}
              quiz={quizOf(module.id)}
              editable={editable}
            />
          ))}
          <QuizSlot
            version={version}
            moduleId={null}
            label="Final exam"
            quiz={quizOf(null)}
            editable={editable}
          />
        </ul>
      </section>
    </Page>
  );
}
