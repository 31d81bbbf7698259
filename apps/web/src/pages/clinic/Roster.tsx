import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { verifyPath } from '@fascicle/api-paths';
import { graphql } from '../../gql';
import type { ClinicRosterQuery, ComplianceSort, ComplianceStatus } from '../../gql/graphql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { date, plural } from '../../ui/format';
import { EligibilityFootnote, EligibilityLine, EligibleHereFilter } from './RosterEligibility';
import { StatusBadge } from './StatusBadge';
import { FILTER_STATUSES, STATUS_LOOK, isComplianceStatus } from './status';

const RosterDocument = graphql(`
  query ClinicRoster(
    $id: ID!
    $status: ComplianceStatus
    $sort: ComplianceSort!
    $after: String
    $eligibleHere: Boolean
  ) {
    organization(id: $id) {
      id
      complianceReport(
        first: 25
        after: $after
        status: $status
        sort: $sort
        eligibleHere: $eligibleHere
      ) {
        state
        eligibilityReminder
        members {
          edges {
            cursor
            node {
              membershipId
              displayName
              email
              role
              licenseNumber
              licenseState
              nextExpiry
              worstStatus
              credentials {
                requirementId
                label
                status
                certificateCode
                completedOn
                expiresOn
                revokedOn
              }
              eligibility {
                state
                verdict
                missing
                checkedOn
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

type Member =
  ClinicRosterQuery['organization']['complianceReport']['members']['edges'][number]['node'];

export interface RosterFilters {
  status: ComplianceStatus | null;
  sort: ComplianceSort;
  /** Dry needling in the clinic's state: true may, false may not, null everyone. */
  eligibleHere: boolean | null;
}

const SORT_LABELS: Record<ComplianceSort, string> = {
  NAME: 'Name',
  WORST_STATUS: 'Most urgent first',
  NEXT_EXPIRY: 'Next expiry',
};

export function Roster({
  clinicId,
  filters,
  onFilters,
}: {
  clinicId: string;
  filters: RosterFilters;
  onFilters: (next: RosterFilters) => void;
}) {
  const result = useQuery(RosterDocument, { variables: { id: clinicId, ...filters } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  // The clinic's state, from the last answer (kept while the next loads, so the filter a
  // keyboard user is on stays put): the eligibility filter needs one to mean anything.
  const clinicState =
    (result.data ?? result.previousData)?.organization.complianceReport.state ?? null;

  async function loadMore(after: string) {
    setLoadingMore(true);
    setMoreError(null);
    try {
      await result.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.organization.complianceReport;
          const next = fetchMoreResult.organization.complianceReport;
          return {
            organization: {
              ...fetchMoreResult.organization,
              complianceReport: {
                ...next,
                members: {
                  ...next.members,
                  edges: [...before.members.edges, ...next.members.edges],
                },
              },
            },
          };
        },
      });
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <form className="field-row roster-filters" aria-label="Filter and sort the roster">
        <SelectField
          label="Show members with"
          value={filters.status ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onFilters({ ...filters, status: isComplianceStatus(value) ? value : null });
          }}
        >
          <option value="">Any state</option>
          {FILTER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LOOK[status].words}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Sort by"
          value={filters.sort}
          onChange={(event) => {
            const sort = (Object.keys(SORT_LABELS) as ComplianceSort[]).find(
              (key) => key === event.target.value,
            );
            onFilters({ ...filters, sort: sort ?? 'NAME' });
          }}
        >
          {(Object.keys(SORT_LABELS) as ComplianceSort[]).map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </SelectField>
        {clinicState && (
          <EligibleHereFilter
            value={filters.eligibleHere}
            onChange={(eligibleHere) => onFilters({ ...filters, eligibleHere })}
          />
        )}
      </form>
      <div aria-busy={result.loading}>
        <QueryState result={result} label="Loading the roster">
          {({ organization }) => {
            const report = organization.complianceReport;
            const { edges, pageInfo } = report.members;
            const checkedOn = edges.find(({ node }) => node.eligibility)?.node.eligibility
              ?.checkedOn;
            const footnote = report.state && (
              <EligibilityFootnote
                reminder={report.eligibilityReminder}
                checkedOn={checkedOn ?? null}
              />
            );
            if (edges.length === 0) {
              return <p role="status">{emptyMessage(filters, report.state)}</p>;
            }
            return (
              <>
                <p className="sr-only" role="status">
                  {plural(edges.length, 'member')} shown
                </p>
                <ul className="cards roster" aria-label="Staff roster">
                  {edges.map(({ node }) => (
                    <RosterCard key={node.membershipId} member={node} />
                  ))}
                </ul>
                {moreError !== null && <FormError message={errorMessage(moreError)} />}
                {pageInfo.hasNextPage && pageInfo.endCursor && (
                  <p>
                    <Button
                      variant="secondary"
                      busy={loadingMore}
                      busyLabel="Loading"
                      onClick={() => void loadMore(pageInfo.endCursor!)}
                    >
                      Load more
                    </Button>
                  </p>
                )}
                {footnote}
              </>
            );
          }}
        </QueryState>
      </div>
    </>
  );
}

/** Why the list is empty, in the words of the filters chosen. */
function emptyMessage(filters: RosterFilters, state: string | null): string {
  if (filters.eligibleHere !== null && state) {
    if (filters.status) return 'No member matches both filters.';
    return filters.eligibleHere
      ? `No member meets the requirements on record to dry needle in ${state}.`
      : `Every member meets the requirements on record to dry needle in ${state}.`;
  }
  if (filters.status === 'NOT_REQUIRED')
    return 'Your clinic requires every member to hold its credentials.';
  if (filters.status)
    return `No member has a credential in the state “${STATUS_LOOK[filters.status].words}”.`;
  return 'Your clinic has no members yet.';
}

function RosterCard({ member }: { member: Member }) {
  return (
    <li className="card">
      <h3>{member.displayName}</h3>
      <p className="muted roster-person">
        <span>{member.email}</span>
        {member.licenseNumber && (
          <span>
            License {member.licenseState} {member.licenseNumber}
          </span>
        )}
        {member.role === 'ORG_ADMIN' && <span>Clinic admin</span>}
        {member.worstStatus === 'NOT_REQUIRED' && (
          <span>Not required to hold the credentials: not counted</span>
        )}
      </p>
      {member.credentials.length === 0 ? (
        <p className="muted">Nothing required yet</p>
      ) : (
        <ul className="roster-credentials" aria-label={`Credentials of ${member.displayName}`}>
          {member.credentials.map((credential) => (
            <li key={credential.requirementId}>
              <span className="roster-label">{credential.label}</span>
              <StatusBadge status={credential.status} />
              <CredentialDetails credential={credential} />
            </li>
          ))}
        </ul>
      )}
      <EligibilityLine eligibility={member.eligibility} name={member.displayName} />
      <p className="roster-expiry">
        Next expiry: {member.nextExpiry ? date(member.nextExpiry) : 'none'}
      </p>
    </li>
  );
}

function CredentialDetails({ credential }: { credential: Member['credentials'][number] }) {
  if (!credential.certificateCode) return null;
  const parts = [
    credential.completedOn && `completed ${date(credential.completedOn)}`,
    credential.revokedOn
      ? `revoked ${date(credential.revokedOn)}`
      : credential.expiresOn
        ? `expires ${date(credential.expiresOn)}`
        : 'does not expire',
  ].filter(Boolean);
  return (
    <span className="muted">
      {capitalized(parts.join(', '))} ·{' '}
      <Link
        to={verifyPath(credential.certificateCode)}
        aria-label={`Verify certificate ${credential.certificateCode}`}
        className="code"
      >
        {credential.certificateCode}
      </Link>
    </span>
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
