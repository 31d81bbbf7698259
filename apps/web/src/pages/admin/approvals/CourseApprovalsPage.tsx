import { useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import '../admin.css';
import { QueryState } from '../../../ui/QueryState';
import { CourseApprovals } from './CourseApprovals';

const ApprovalCoursesDocument = graphql(`
  query AdminApprovalCourses($search: String) {
    courses(search: $search, first: 50) {
      edges {
        node {
          id
          slug
          currentVersion {
            id
            title
          }
        }
      }
    }
  }
`);

/** Pick a course (by search), then see and record its accreditation approvals. */
export function CourseApprovalsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const slug = params.get('course');

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setParams(typed ? { q: typed } : {});
  }

  return (
    <Page
      title="Accreditation approvals"
      lead="Record a board’s or accreditor’s approval of a course. The catalog, the course page and new certificates show it."
    >
      {slug ? (
        <>
          <p>
            <Link
              to={search ? `/admin/approvals?q=${encodeURIComponent(search)}` : '/admin/approvals'}
            >
              Choose another course
            </Link>
          </p>
          <CourseApprovals slug={slug} />
        </>
      ) : (
        <>
          <form
            className="form narrow"
            role="search"
            aria-label="Find a course"
            onSubmit={onSearch}
          >
            <TextField
              key={search}
              label="Course"
              name="q"
              type="search"
              defaultValue={search}
              hint="Words in the title or summary of a published course"
            />
            <div className="actions">
              <Button type="submit">Search</Button>
            </div>
          </form>
          <CourseChoices search={search} />
        </>
      )}
    </Page>
  );
}

function CourseChoices({ search }: { search: string }) {
  const result = useQuery(ApprovalCoursesDocument, { variables: { search: search || null } });
  return (
    <section className="section" aria-labelledby="courses-title">
      <h2 id="courses-title">Published courses</h2>
      <QueryState result={result} label="Loading courses">
        {({ courses }) =>
          courses.edges.length === 0 ? (
            <p>No published course matches.</p>
          ) : (
            <ul className="steps">
              {courses.edges.map(({ node }) => (
                <li key={node.id}>
                  <span>{node.currentVersion?.title ?? node.slug}</span>
                  <Link
                    to={`/admin/approvals?${new URLSearchParams({ ...(search ? { q: search } : {}), course: node.slug }).toString()}`}
                    aria-label={`Approvals of ${node.currentVersion?.title ?? node.slug}`}
                  >
                    Approvals
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
