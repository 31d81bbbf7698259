import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { ComplianceSort } from '../../gql/graphql';
import { QueryState } from '../../ui/QueryState';
import { ClinicAdverseEventsSection } from '../practice/ClinicAdverseEventsSection';
import { ClinicShell, type Clinic } from './ClinicShell';
import { ClinicState } from './ClinicState';
import { ComplianceChart } from './ComplianceChart';
import { CsvExportButton } from './CsvExportButton';
import { LeaveClinic } from './LeaveClinic';
import { Roster, type RosterFilters } from './Roster';
import { eligibleFromParam, eligibleToParam } from './RosterEligibility';
import { VerifyBox } from './VerifyBox';
import { isComplianceStatus } from './status';

const ComplianceTotalsDocument = graphql(`
  query ClinicComplianceTotals($id: ID!) {
    organization(id: $id) {
      id
      complianceReport(first: 1) {
        generatedAt
        csvUrl
        requirements {
          id
          label
        }
        totals {
          status
          count
        }
      }
    }
  }
`);

const SORTS: ComplianceSort[] = ['NAME', 'WORST_STATUS', 'NEXT_EXPIRY'];

/** Filter and sort live in the address, so "who is expiring" can be bookmarked. */
function useRosterFilters(): [RosterFilters, (next: RosterFilters) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const sort = params.get('sort');
  const filters: RosterFilters = {
    status: isComplianceStatus(status) ? status : null,
    sort: SORTS.find((s) => s === sort) ?? 'NAME',
    eligibleHere: eligibleFromParam(params.get('eligible')),
  };
  return [
    filters,
    (next) => {
      const query = new URLSearchParams();
      if (next.status) query.set('status', next.status);
      if (next.sort !== 'NAME') query.set('sort', next.sort);
      if (next.eligibleHere !== null) query.set('eligible', eligibleToParam(next.eligibleHere));
      setParams(query, { replace: true });
    },
  ];
}

export function ClinicPage() {
  return (
    <ClinicShell lead="Who holds the credentials your clinic requires, and what expires soon.">
      {(clinic) => <Compliance clinic={clinic} />}
    </ClinicShell>
  );
}

function Compliance({ clinic }: { clinic: Clinic }) {
  const result = useQuery(ComplianceTotalsDocument, { variables: { id: clinic.id } });
  const [filters, setFilters] = useRosterFilters();
  return (
    <>
      <section className="section" aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        <QueryState result={result} label="Loading the compliance summary">
          {({ organization: { complianceReport: report } }) =>
            report.requirements.length === 0 ? (
              <p>
                Your clinic requires no credential yet.{' '}
                <Link to={`/clinics/${clinic.id}/requirements`}>Add a required credential</Link> to
                see who holds it.
              </p>
            ) : (
              <>
                <ComplianceChart totals={report.totals} />
                <div className="actions">
                  <CsvExportButton url={report.csvUrl} clinicName={clinic.name} />
                </div>
              </>
            )
          }
        </QueryState>
      </section>
      <section className="section" aria-labelledby="clinic-state-title">
        <h2 id="clinic-state-title">Dry needling: the clinic’s state</h2>
        <ClinicState clinicId={clinic.id} />
      </section>
      <section className="section" aria-labelledby="roster-title">
        <h2 id="roster-title">Staff roster</h2>
        <Roster clinicId={clinic.id} filters={filters} onFilters={setFilters} />
      </section>
      <ClinicAdverseEventsSection clinicId={clinic.id} />
      <section className="section" aria-labelledby="verify-title">
        <h2 id="verify-title">Verify a certificate</h2>
        <VerifyBox />
      </section>
      <section className="section" aria-labelledby="membership-title">
        <h2 id="membership-title">Your membership</h2>
        <LeaveClinic clinic={clinic} />
      </section>
    </>
  );
}
