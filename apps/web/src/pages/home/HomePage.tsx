import { Link } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { Page } from '../../ui/Page';

export function HomePage() {
  const { user } = useAuth();
  return (
    <Page
      title="Continuing education you can prove"
      lead="Evidence-based courses for physical therapists, CE hours that count, and certificates anyone can verify."
    >
      <div className="cards three">
        <section className="card">
          <h2>Learn</h2>
          <p>
            Courses in trigger point dry needling: technique, safety and what the evidence shows.
          </p>
          <Link to="/courses" className="button button-primary">
            Browse the catalog
          </Link>
        </section>
        <section className="card">
          <h2>{user ? 'Continue' : 'Get started'}</h2>
          <p>
            {user
              ? 'Pick up where you left off.'
              : 'Create a free account to enrol and earn CE hours.'}
          </p>
          <Link to={user ? '/learning' : '/sign-up'} className="button button-secondary">
            {user ? 'My learning' : 'Create an account'}
          </Link>
        </section>
        <section className="card">
          <h2>Verify</h2>
          <p>Employers and boards check any certificate by its code, without an account.</p>
          <Link to="/verify" className="button button-secondary">
            Verify a certificate
          </Link>
        </section>
      </div>
    </Page>
  );
}
