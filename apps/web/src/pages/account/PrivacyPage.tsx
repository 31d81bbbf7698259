import { Link } from 'react-router';
import { Page } from '../../ui/Page';

/**
 * The privacy notice: what the API keeps, why, for how long, and the two rights it serves
 * (download, delete). docs/privacy.md is the same text for operators; change both together.
 */
export function PrivacyPage() {
  return (
    <Page title="Privacy notice" lead="What Fascicle keeps about you, why, and for how long.">
      <section className="section prose" aria-labelledby="kept">
        <h2 id="kept">What we keep and why</h2>
        <ul>
          <li>
            <strong>Your account</strong>: email address, name, profession, roles, when you
            confirmed the address, and which optional emails you want. To sign you in, write to you
            and print your name on certificates.
          </li>
          <li>
            <strong>Your licenses</strong>: state, profession, number, issue and expiry dates.
            Printed on certificates and shown to the clinics you are a member of.
          </li>
          <li>
            <strong>Your learning</strong>: enrolments, seat time per lesson, quiz attempts and
            answers, course evaluations. The hours on a certificate come from this record.
          </li>
          <li>
            <strong>Your certificates</strong>: each keeps the name and license it printed on the
            day it was issued, and anyone with its code can verify it.
          </li>
          <li>
            <strong>Your clinics</strong>: memberships, and invitations sent to your address. Clinic
            admins see the certificates and licenses of their active members only.
          </li>
          <li>
            <strong>Security records</strong>: sessions and one-time links (stored as hashes),
            counts of failed sign-ins, and an audit trail of changes by account id. The
            server&apos;s request logs carry the network address of each request; how long they are
            kept is up to whoever runs the server.
          </li>
        </ul>
      </section>
      <section className="section prose" aria-labelledby="download">
        <h2 id="download">Download your data</h2>
        <p>
          On <Link to="/account">your account page</Link>, <em>Download my data</em> gives a zip
          file: your profile, licenses, enrolments with seat time and evaluations, quiz attempts
          (scores and times, not the questions, which stay secure for those who take the quiz after
          you), accommodations, certificates with their PDFs, and clinic memberships.
        </p>
      </section>
      <section className="section prose" aria-labelledby="delete">
        <h2 id="delete">Delete your account</h2>
        <p>
          On your account page, <em>Delete my account</em>, with your password. At once, entirely or
          not at all:
        </p>
        <ul>
          <li>
            Your email address, name, roles and password are erased; nobody can sign in to the
            account again, and the address is free for a new one. What you did stays under an
            account id that no longer names you, shown as &ldquo;Deleted account&rdquo;.
          </li>
          <li>
            Your licenses, sessions and one-time links are deleted; every device is signed out (a
            page already open stops working within 15 minutes).
          </li>
          <li>
            You leave every clinic; open invitations to your address are deleted, and accepted ones
            lose it.
          </li>
          <li>
            What you wrote in course evaluations is erased (your ratings stay in the totals), and so
            is the reason written for a quiz accommodation.
          </li>
          <li>
            Enrolments, seat time and quiz attempts stay under the id that no longer names you: your
            certificates were issued from them, and question statistics count them.
          </li>
        </ul>
        <h3>What is kept, and for how long</h3>
        <p>
          Your certificates stay exactly as issued (name and license as printed, course, hours,
          dates, code), and keep verifying, for six years after each course was completed; then they
          are deleted. Licensing boards audit completion records years later: Texas, for one,
          requires a physical therapist to keep completion documents for four years after the
          license expiration date, for activities completed in the 24 months before it (22 TAC
          §341.2(d) and (e)), so a completion can be asked for up to six years after it.
        </p>
        <p>
          The audit trail is never changed and records account ids, not names or addresses: after
          deletion it says that an account id did something, not who you were.
        </p>
      </section>
    </Page>
  );
}
