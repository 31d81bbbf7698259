import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { CreditReportView } from './CreditReportView';
import { ObservedTimeView } from './ObservedTimeView';
import { bankIndex, problemLink } from './problem-links';

/**
 * The version's credit report. Every save on the version's pages refetches this query by name
 * (`TeachCreditReport`), so the panel and the submit section always show the server's verdict.
 */
export const TeachCreditReportDocument = graphql(`
  query TeachCreditReport($id: ID!) {
    courseVersion(id: $id) {
      id
      questionBanks {
        id
        questions {
          id
        }
      }
      creditReport {
        ...CreditReportFields
      }
      observedTime {
        ...ObservedTimeFields
      }
    }
  }
`);

/** Claimed against supported time, live: the author sees a problem before submitting. */
export function CreditPanel({
  versionId,
  showObserved,
}: {
  versionId: string;
  /** Measured time exists only once learners take the version (published or retired). */
  showObserved: boolean;
}) {
  const result = useQuery(TeachCreditReportDocument, { variables: { id: versionId } });
  return (
    <section className="section" aria-labelledby="credit-heading">
      <h2 id="credit-heading">Credit: claimed and supported time</h2>
      <QueryState result={result} label="Loading the credit report">
        {({ courseVersion }) => {
          const report = courseVersion.creditReport;
          if (!report) return <p>Only the course’s authors and admins see the credit report.</p>;
          const context = { versionId, bankOfQuestion: bankIndex(courseVersion.questionBanks) };
          return (
            <>
              <CreditReportView
                report={report}
                linkFor={(field) => problemLink(field, context)}
                lessonLink={(lessonId) => `/teach/versions/${versionId}/lessons/${lessonId}`}
              />
              {showObserved && courseVersion.observedTime && (
                <ObservedTimeView observed={courseVersion.observedTime} />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
