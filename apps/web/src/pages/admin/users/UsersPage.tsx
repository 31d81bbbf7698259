import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { errorMessage } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import '../admin.css';
import { QueryState } from '../../../ui/QueryState';
import { date } from '../../../ui/format';
import { RolesEditor } from './RolesEditor';

const UsersDocument = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(search: $search, first: 25, after: $after) {
      edges {
        node {
          id
          displayName
          email
          profession
          createdAt
          roles
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const result = useQuery(UsersDocument, { variables: { search: search || null } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setParams(typed ? { q: typed } : {});
  }

  async function loadMore(after: string) {
    setLoadingMore(true);
    setMoreError(null);
    try {
      await result.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          users: {
            ...fetchMoreResult.users,
            edges: [...previous.users.edges, ...fetchMoreResult.users.edges],
          },
        }),
      });
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Page
      title="Accounts and roles"
      lead="Every account, oldest first. Grant or withdraw platform roles."
    >
      <form className="form narrow" role="search" aria-label="Find accounts" onSubmit={onSearch}>
        <TextField
          key={search}
          label="Search"
          name="q"
          type="search"
          defaultValue={search}
          hint="Part of an email address or a name"
        />
        <div className="actions">
          <Button type="submit">Search</Button>
        </div>
      </form>
      <section className="section" aria-labelledby="accounts-title" aria-busy={result.loading}>
        <h2 id="accounts-title">Accounts</h2>
        <QueryState result={result} label="Loading accounts">
          {({ users }) =>
            users.edges.length === 0 ? (
              <p>No account matches.</p>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="data">
                    <caption className="sr-only">Accounts</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">Email</th>
                        <th scope="col">Joined</th>
                        <th scope="col">Roles</th>
                      </tr>
                    </thead>
                    <tbody>
                      {users.edges.map(({ node }) => (
                        <tr key={node.id}>
                          <th scope="row">{node.displayName}</th>
                          <td>{node.email}</td>
                          <td>{date(node.createdAt)}</td>
                          <td>
                            <RolesEditor user={node} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {moreError !== null && <FormError message={errorMessage(moreError)} />}
                {users.pageInfo.hasNextPage && users.pageInfo.endCursor && (
                  <p>
                    <Button
                      variant="secondary"
                      busy={loadingMore}
                      busyLabel="Loading"
                      onClick={() => void loadMore(users.pageInfo.endCursor!)}
                    >
                      Load more
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
