import { useQuery } from '@apollo/client/react';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { MySupervisedSessions } from './MySupervisedSessions';
import { PracticeNav } from './PracticeNav';
import { PracticeProgramsDocument } from './practice-programs';
import { SupervisedSessionForm } from './SupervisedSessionForm';

/** The learner's supervised-practice log: record a session, follow its confirmation. */
export function SupervisedPage() {
  const result = useQuery(PracticeProgramsDocument);
  return (
    <Page
      title="Supervised practice log"
      lead="Each patient session you needle under supervision, confirmed by the supervisor you name. Confirmed sessions count toward your program."
    >
      <PracticeNav />
      <QueryState result={result} label="Loading the programs">
        {({ credentialPrograms: programs }) => (
          <>
            <section className="section" aria-labelledby="record-title">
              <h2 id="record-title">Record a session</h2>
              {programs.length === 0 ? (
                <p>No program takes supervised sessions yet.</p>
              ) : (
                <SupervisedSessionForm programs={programs} />
              )}
            </section>
            <section className="section" aria-labelledby="mine-title">
              <h2 id="mine-title">My sessions</h2>
              <MySupervisedSessions programs={programs} />
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
