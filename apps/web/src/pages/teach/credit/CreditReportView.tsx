import { graphql } from '../../../gql';
import type { CreditReportFieldsFragment } from '../../../gql/graphql';
import { CreditSummary } from './CreditSummary';
import { GateProblemList } from './GateProblemList';
import { LessonTimes } from './LessonTimes';
import { OverrideHistory } from './OverrideHistory';
import type { ProblemLink } from './problem-links';
import { QuizTimes } from './QuizTimes';
import './credit.css';

// Spread into the author's and the reviewer's queries; both read the same report.
graphql(`
  fragment CreditReportFields on CreditReport {
    claimedMinutes
    supportedMinutes
    lessonMinutes
    quizMinutes
    readingWordsPerMinute
    minutesPerQuestion
    seatTimeTolerancePercent
    claimedHours {
      label
      approvalNumber
      minutesPerHour
      increment
      hours
      text
    }
    supportedHours {
      label
      approvalNumber
      minutesPerHour
      increment
      hours
      text
    }
    lessons {
      lessonId
      title
      words
      readingMinutes
      mediaMinutes
      estimateMinutes
      source
      seatTimeMinutes
      maxSeatTimeMinutes
      pilot {
        testers
        medianMinutes
        note
        stale
        recordedAt
      }
    }
    quizzes {
      quizId
      title
      questionsDrawn
      minutes
    }
    problems {
      code
      field
      message
      overridden
    }
    overrides {
      stage
      codes
      reason
      adminName
      createdAt
    }
  }
`);

/**
 * Claimed against supported time, lesson by lesson and quiz by quiz, then every credit gate
 * the version fails and the overrides an admin wrote. Links (for authors) say where to fix.
 */
export function CreditReportView({
  report,
  linkFor,
  lessonLink,
  blockingLabel,
}: {
  report: CreditReportFieldsFragment;
  linkFor?: (field: string) => ProblemLink | null;
  lessonLink?: (lessonId: string) => string;
  blockingLabel?: string;
}) {
  return (
    <>
      <CreditSummary report={report} />
      <h3>Credit gates</h3>
      <GateProblemList problems={report.problems} linkFor={linkFor} blockingLabel={blockingLabel} />
      <h3>Lessons</h3>
      <LessonTimes report={report} lessonLink={lessonLink} />
      <h3>Quizzes</h3>
      <QuizTimes report={report} />
      {report.overrides.length > 0 && (
        <>
          <h3>Overrides</h3>
          <OverrideHistory overrides={report.overrides} />
        </>
      )}
    </>
  );
}
