import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { TeachItemAnalysisQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { BarChart } from './BarChart';
import { percent, plural } from '../../ui/format';
import {
  DISCRIMINATION_LOW,
  FACILITY_TOO_EASY,
  FACILITY_TOO_HARD,
  itemFlags,
  type ItemFlag,
} from './item-flags';
import { FlagSummary, QuestionTable } from './ItemTable';
import { OptionAnalysis } from './OptionAnalysis';
import { ScoreHistogram } from './ScoreHistogram';
import './teach.css';

const TeachItemAnalysisDocument = graphql(`
  query TeachItemAnalysis($quizId: ID!) {
    quiz(id: $quizId) {
      id
      title
      isFinalExam
      passingScorePercent
      questionsPerAttempt
      bank {
        id
        title
      }
      courseVersion {
        id
        number
        title
      }
    }
    quizItemAnalysis(quizId: $quizId) {
      quizId
      attempts
      meanScorePercent
      passRate
      scoreDistribution {
        fromPercent
        toPercent
        attempts
      }
      questions {
        questionId
        position
        stemMarkdown
        objectiveTag
        responses
        facility
        discrimination
        mostChosenWrongOption {
          optionId
          text
          picks
        }
        options {
          optionId
          position
          text
          isKey
          picks
          share
        }
      }
    }
  }
`);

type Analysis = TeachItemAnalysisQuery['quizItemAnalysis'];
export type Item = Analysis['questions'][number] & { number: number; flags: ItemFlag[] };

/** How a quiz's questions perform: facility, discrimination, scores, and what to look at. */
export function ItemAnalysisPage() {
  const { quizId = '' } = useParams();
  const result = useQuery(TeachItemAnalysisDocument, { variables: { quizId } });
  return (
    <QueryState result={result} label="Loading the item analysis">
      {(data) => <ItemAnalysis quiz={data.quiz} analysis={data.quizItemAnalysis} />}
    </QueryState>
  );
}

function ItemAnalysis({
  quiz,
  analysis,
}: {
  quiz: TeachItemAnalysisQuery['quiz'];
  analysis: Analysis;
}) {
  const items: Item[] = analysis.questions.map((q, index) => ({
    ...q,
    number: index + 1,
    flags: itemFlags(q),
  }));
  const flagged = items.filter((item) => item.flags.length > 0);
  return (
    <Page
      title={`Item analysis: ${quiz.title}`}
      lead={`${quiz.courseVersion.title}, version ${quiz.courseVersion.number} · ${quiz.isFinalExam ? 'Final exam' : 'Module quiz'} · bank “${quiz.bank?.title ?? '—'}” · ${plural(quiz.questionsPerAttempt, 'question')} per attempt`}
    >
      <p>
        <Link to={`/teach/versions/${quiz.courseVersion.id}/assessment`}>
          ← Questions and quizzes of version {quiz.courseVersion.number}
        </Link>
      </p>
      <dl className="stats">
        <div>
          <dt>Submitted attempts</dt>
          <dd>{analysis.attempts}</dd>
        </div>
        <div>
          <dt>Mean score</dt>
          <dd>
            {analysis.meanScorePercent === null ? '—' : `${analysis.meanScorePercent.toFixed(1)}%`}
          </dd>
        </div>
        <div>
          <dt>Pass rate (pass mark {quiz.passingScorePercent}%)</dt>
          <dd>{percent(analysis.passRate)}</dd>
        </div>
        <div>
          <dt>Flagged questions</dt>
          <dd>{flagged.length}</dd>
        </div>
      </dl>
      {analysis.attempts === 0 ? (
        <div className="notice notice-info">
          <p className="notice-title">No submitted attempts yet</p>
          <p>The statistics appear once learners have submitted attempts at this quiz.</p>
        </div>
      ) : (
        <>
          <FlagSummary flagged={flagged} />
          <section className="section" aria-labelledby="distribution-heading">
            <h2 id="distribution-heading">Scores</h2>
            <ScoreHistogram
              buckets={analysis.scoreDistribution}
              passingScorePercent={quiz.passingScorePercent}
              passRate={analysis.passRate}
            />
          </section>
          <section className="section" aria-labelledby="per-question-heading">
            <h2 id="per-question-heading">Per question</h2>
            <div className="chart-grid">
              <BarChart
                caption="Facility: share of the credit earned (0 to 1)"
                summary={`Facility of ${plural(items.length, 'question')}; lines at ${FACILITY_TOO_HARD} and ${FACILITY_TOO_EASY}. ${countFlag(items, 'HARD')} below ${FACILITY_TOO_HARD}, ${countFlag(items, 'EASY')} above ${FACILITY_TOO_EASY}.`}
                rows={items.map((item) => ({
                  key: item.questionId,
                  label: `Q${item.number}`,
                  value: item.facility,
                  flagged: item.flags.includes('HARD') || item.flags.includes('EASY'),
                }))}
                min={0}
                max={1}
                thresholds={[
                  { value: FACILITY_TOO_HARD, label: String(FACILITY_TOO_HARD) },
                  { value: FACILITY_TOO_EASY, label: String(FACILITY_TOO_EASY) },
                ]}
                format={(value) => value.toFixed(2)}
                valueHeader="Facility"
              />
              <BarChart
                caption="Discrimination: correlation with the rest of the score (−1 to 1)"
                summary={`Discrimination of ${plural(items.length, 'question')}; line at ${DISCRIMINATION_LOW}. ${countFlag(items, 'LOW_DISCRIMINATION') + countFlag(items, 'NEGATIVE_DISCRIMINATION')} below ${DISCRIMINATION_LOW}, ${countFlag(items, 'NEGATIVE_DISCRIMINATION')} of them negative.`}
                rows={items.map((item) => ({
                  key: item.questionId,
                  label: `Q${item.number}`,
                  value: item.discrimination,
                  flagged:
                    item.flags.includes('LOW_DISCRIMINATION') ||
                    item.flags.includes('NEGATIVE_DISCRIMINATION'),
                }))}
                min={-1}
                max={1}
                thresholds={[{ value: DISCRIMINATION_LOW, label: String(DISCRIMINATION_LOW) }]}
                format={(value) => value.toFixed(2)}
                valueHeader="Discrimination"
              />
            </div>
          </section>
        </>
      )}
      <QuestionTable items={items} />
      {analysis.attempts > 0 && <OptionAnalysis items={items} />}
    </Page>
  );
}

function countFlag(items: Item[], flag: ItemFlag): number {
  return items.filter((item) => item.flags.includes(flag)).length;
}
