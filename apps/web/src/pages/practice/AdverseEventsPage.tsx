import { hasRole, useMe } from '../../auth/useAuth';
import { Page } from '../../ui/Page';
import { AdverseEventForm } from './AdverseEventForm';
import { AdverseEventSummarySection } from './AdverseEventSummarySection';
import { MyAdverseEvents } from './MyAdverseEvents';
import { PracticeNav } from './PracticeNav';
import { TreatmentCountForm } from './TreatmentCountForm';

/**
 * The clinician's adverse-event log. A clinic's admins see its members' events and rate on
 * the clinic's page; instructors and admins see the platform's figures here, in groups of five
 * or more.
 */
export function AdverseEventsPage() {
  const me = useMe();
  const seesSummary = hasRole(me, 'INSTRUCTOR') || hasRole(me, 'ADMIN');
  return (
    <Page
      title="Adverse events"
      lead="Events from your own dry needling practice, and how many treatments you gave: your clinic's admins see its rate per 1,000 treatments."
    >
      <PracticeNav />
      <section className="section" aria-labelledby="event-title">
        <h2 id="event-title">Record an event</h2>
        <AdverseEventForm />
      </section>
      <section className="section" aria-labelledby="treatments-title">
        <h2 id="treatments-title">Record treatments</h2>
        <p>
          How many dry needling treatments you gave on a day. Recording a day again replaces its
          count.
        </p>
        <TreatmentCountForm />
      </section>
      <section className="section" aria-labelledby="my-events-title">
        <h2 id="my-events-title">My events</h2>
        <MyAdverseEvents />
      </section>
      {seesSummary && <AdverseEventSummarySection />}
    </Page>
  );
}
