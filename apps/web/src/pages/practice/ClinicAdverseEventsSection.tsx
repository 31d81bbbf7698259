import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { AdverseEventList } from './AdverseEventList';
import { useLoadMore } from '../../ui/useLoadMore';

const ClinicAdverseEventsDocument = graphql(`
  query ClinicAdverseEvents($organizationId: ID!, $after: String) {
    clinicAdverseEventRate(organizationId: $organizationId) {
      organizationId
      eventCount
      treatmentCount
      eventsWithTreatmentsLogged
      ratePerThousandTreatments
    }
    clinicAdverseEvents(organizationId: $organizationId, first: 20, after: $after) {
      edges {
        node {
          ...AdverseEventFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** 1600, 'treatment' → "1,600 treatments": counts grow past a thousand here. */
function count(value: number, one: string): string {
  return `${value.toLocaleString()} ${value === 1 ? one : `${one}s`}`;
}

/** 1.2345 → "1.2"; the rate is an estimate, one decimal is as much as it can carry. */
function rate(value: number): string {
  return value.toLocaleString(undefined, { maximumFractionDigits: 1 });
}

/**
 * The clinic's adverse events and its rate per 1,000 treatments, for its admins (the clinic
 * page shows this section to them only). The rate counts only members who log treatments, so
 * it says how many events that leaves out.
 */
export function ClinicAdverseEventsSection({ clinicId }: { clinicId: string }) {
  const result = useQuery(ClinicAdverseEventsDocument, {
    variables: { organizationId: clinicId },
  });
  const more = useLoadMore((after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        clinicAdverseEvents: {
          ...fetchMoreResult.clinicAdverseEvents,
          edges: [
            ...previous.clinicAdverseEvents.edges,
            ...fetchMoreResult.clinicAdverseEvents.edges,
          ],
        },
      }),
    }),
  );
  return (
    <section className="section" aria-labelledby="adverse-events-title">
      <h2 id="adverse-events-title">Adverse events</h2>
      <QueryState result={result} label="Loading the clinic's adverse events">
        {({ clinicAdverseEventRate: figures, clinicAdverseEvents: { edges, pageInfo } }) => (
          <>
            <p>
              {count(figures.eventCount, 'event')} recorded by your members.{' '}
              {figures.ratePerThousandTreatments === null ? (
                <>
                  No rate yet: no member logs treatments. Members record them under{' '}
                  <Link to="/practice/adverse-events">Adverse events</Link>.
                </>
              ) : (
                <>
                  <strong>{rate(figures.ratePerThousandTreatments)} per 1,000 treatments</strong> (
                  {count(figures.eventsWithTreatmentsLogged, 'event')} over{' '}
                  {count(figures.treatmentCount, 'treatment')}, counting only the members who log
                  treatments).
                </>
              )}
            </p>
            {edges.length > 0 && (
              <AdverseEventList
                label="The clinic's adverse events"
                events={edges.map((edge) => edge.node)}
                showClinician
                more={
                  pageInfo.hasNextPage && pageInfo.endCursor
                    ? {
                        onMore: () => void more.load(pageInfo.endCursor!),
                        loading: more.loading,
                        error: more.error,
                      }
                    : null
                }
              />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
