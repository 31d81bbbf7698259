import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { CheckStateForm } from './CheckStateForm';
import { EligibilityAnswer } from './EligibilityAnswer';
import { MyDryNeedlingEligibilityDocument } from './eligibility-documents';
import './eligibility.css';

/**
 * "Where may I dry needle?": the answer for the state of each license on the profile, today,
 * and a form to ask about any other state or date. Every answer carries the date its rules
 * were read and the reminder that the board decides.
 */
export function EligibilityPage() {
  const result = useQuery(MyDryNeedlingEligibilityDocument);
  return (
    <Page
      title="Where may I dry needle?"
      lead="Your record against each state’s dry needling rule on record: what counts, and what is still missing."
    >
      <section className="section" aria-labelledby="my-states-title">
        <h2 id="my-states-title">Your license states</h2>
        <QueryState result={result} label="Checking your license states">
          {({ myDryNeedlingEligibility: answers }) =>
            answers.length === 0 ? (
              <p>
                No license is on your profile yet.{' '}
                <Link to="/account#licenses-title">Add your license on your account page</Link> to
                see where you may dry needle.
              </p>
            ) : (
              <ul className="cards wide eligibility-cards" aria-label="Answers by license state">
                {answers.map((answer) => (
                  <li key={answer.state}>
                    <EligibilityAnswer answer={answer} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section className="section" aria-labelledby="check-title">
        <h2 id="check-title">Check another state</h2>
        <CheckStateForm />
      </section>
    </Page>
  );
}
