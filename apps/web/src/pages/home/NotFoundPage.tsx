import { Link } from 'react-router';
import { Page } from '../../ui/Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found" lead="There is nothing at this address.">
      <p>
        <Link to="/courses">Browse the catalog</Link> or{' '}
        <Link to="/verify">verify a certificate</Link>.
      </p>
    </Page>
  );
}
