import { Link } from 'react-router';
import { Page } from '../../ui/Page';

const TASKS = [
  {
    to: '/admin/reviews',
    title: 'Review queue',
    text: 'Read the course versions authors submitted, then publish them or send them back.',
  },
  {
    to: '/admin/certificates',
    title: 'Revoke a certificate',
    text: 'Withdraw a certificate issued in error. Verification shows it as revoked at once.',
  },
  {
    to: '/admin/approvals',
    title: 'Accreditation approvals',
    text: 'Record a board’s approval of a course: it appears on the course and its certificates.',
  },
  {
    to: '/admin/programs',
    title: 'Credential programs',
    text: 'See what each program asks, and set the labs, practical exam and supervised sessions of a hybrid one.',
  },
  {
    to: '/admin/accommodations',
    title: 'Quiz accommodations',
    text: 'Grant a learner extra attempts or time on a quiz, with the reason on record.',
  },
  {
    to: '/admin/users',
    title: 'Accounts and roles',
    text: 'Find an account and grant or withdraw the instructor and admin roles.',
  },
  {
    to: '/admin/state-rules',
    title: 'Dry needling rules by state',
    text: 'See each state’s rule in force, its history, and record a new version when a board changes it.',
  },
];

export function AdminHomePage() {
  return (
    <Page title="Administration" lead="Platform tasks for Fascicle administrators.">
      <ul className="cards">
        {TASKS.map((task) => (
          <li key={task.to} className="card">
            <h2>
              <Link to={task.to}>{task.title}</Link>
            </h2>
            <p>{task.text}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
