import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { ApprovalFilter } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { plural } from '../../ui/format';
import { CourseCard } from './CourseCard';

const CatalogDocument = graphql(`
  query Catalog(
    $search: String
    $topic: String
    $minCeHours: Float
    $maxCeHours: Float
    $approval: ApprovalFilter
    $after: String
  ) {
    courses(
      search: $search
      topic: $topic
      minCeHours: $minCeHours
      maxCeHours: $maxCeHours
      approval: $approval
      first: 20
      after: $after
    ) {
      edges {
        node {
          id
          slug
          approvals {
            id
            body
            status
            isSample
          }
          currentVersion {
            id
            title
            summary
            ceHours
            creditMinutes
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function isApprovalFilter(value: string | null): value is ApprovalFilter {
  return value === 'APPROVED' || value === 'NOT_APPROVED';
}

/** The filters live in the address, so a filtered catalog can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const number = (name: string) => {
    const value = params.get(name);
    return value === null || value === '' || Number.isNaN(Number(value)) ? null : Number(value);
  };
  const approval = params.get('approval');
  // Unset filters are left out, not sent as null: the API reads minCeHours: null as a bound
  // that no course meets.
  const variables = {
    search: params.get('q') || undefined,
    topic: params.get('topic') || undefined,
    minCeHours: number('min') ?? undefined,
    maxCeHours: number('max') ?? undefined,
    approval: isApprovalFilter(approval) ? approval : undefined,
  };
  return { params, setParams, variables };
}

export function CatalogPage() {
  const { params, setParams, variables } = useFilters();
  const result = useQuery(CatalogDocument, { variables });
  const [loadingMore, setLoadingMore] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['q', 'topic', 'min', 'max', 'approval']) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, name === 'topic' ? value.toLowerCase() : value);
    }
    setParams(next);
  }

  async function loadMore(after: string) {
    setLoadingMore(true);
    try {
      await result.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          courses: {
            ...fetchMoreResult.courses,
            edges: [...previous.courses.edges, ...fetchMoreResult.courses.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Page
      title="Course catalog"
      lead="Evidence-based continuing education. Every course lists its CE hours and approvals."
    >
      <form className="form filters" role="search" aria-label="Filter courses" onSubmit={onSubmit}>
        <div className="field-row">
          <TextField
            label="Search"
            name="q"
            type="search"
            defaultValue={params.get('q') ?? ''}
            hint="Words in the title or summary"
          />
          <TextField
            label="Topic"
            name="topic"
            defaultValue={params.get('topic') ?? ''}
            hint="A tag, e.g. safety"
          />
        </div>
        <div className="field-row">
          <TextField
            label="CE hours from"
            name="min"
            type="number"
            min={0}
            max={100}
            step={0.25}
            defaultValue={params.get('min') ?? ''}
          />
          <TextField
            label="CE hours up to"
            name="max"
            type="number"
            min={0}
            max={100}
            step={0.25}
            defaultValue={params.get('max') ?? ''}
          />
          <SelectField label="Approval" name="approval" defaultValue={params.get('approval') ?? ''}>
            <option value="">Any</option>
            <option value="APPROVED">Approved by a board</option>
            <option value="NOT_APPROVED">Not approved</option>
          </SelectField>
        </div>
        <div className="actions">
          <Button type="submit">Apply filters</Button>
          {params.size > 0 && (
            <Link to="/courses" className="button button-secondary">
              Clear filters
            </Link>
          )}
        </div>
      </form>

      <section className="section" aria-labelledby="results-title" aria-busy={result.loading}>
        <h2 id="results-title">Courses</h2>
        <QueryState result={result} label="Loading courses">
          {({ courses }) =>
            courses.edges.length === 0 ? (
              <p role="status">No course matches these filters.</p>
            ) : (
              <>
                <p className="sr-only" role="status">
                  {plural(courses.edges.length, 'course')} shown
                </p>
                <ul className="cards">
                  {courses.edges.map(({ node }) => (
                    <CourseCard key={node.id} course={node} />
                  ))}
                </ul>
                {courses.pageInfo.hasNextPage && courses.pageInfo.endCursor && (
                  <p>
                    <Button
                      variant="secondary"
                      busy={loadingMore}
                      busyLabel="Loading"
                      onClick={() => void loadMore(courses.pageInfo.endCursor!)}
                    >
                      Show more courses
                    </Button>
                  </p>
                )}
              </>
            )
          }
        </QueryState>
      </section>
    </Page>
  );
}
