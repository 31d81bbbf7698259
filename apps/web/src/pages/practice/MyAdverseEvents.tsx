import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { AdverseEventList } from './AdverseEventList';
import { useLoadMore } from '../../ui/useLoadMore';

const MyAdverseEventsDocument = graphql(`
  query MyAdverseEvents($after: String) {
    myAdverseEvents(first: 50, after: $after) {
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

export function MyAdverseEvents() {
  const result = useQuery(MyAdverseEventsDocument);
  const more = useLoadMore((after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myAdverseEvents: {
          ...fetchMoreResult.myAdverseEvents,
          edges: [...previous.myAdverseEvents.edges, ...fetchMoreResult.myAdverseEvents.edges],
        },
      }),
    }),
  );
  return (
    <QueryState result={result} label="Loading your events">
      {({ myAdverseEvents: { edges, pageInfo } }) =>
        edges.length === 0 ? (
          <p>You have recorded no adverse event.</p>
        ) : (
          <AdverseEventList
            label="My adverse events"
            events={edges.map((edge) => edge.node)}
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
        )
      }
    </QueryState>
  );
}
