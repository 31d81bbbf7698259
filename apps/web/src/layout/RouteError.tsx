import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/**
 * Last line of defence for a render error or a lazy page that failed to download (a new
 * deployment replaced its hashed file): a message and a way out instead of a blank page.
 */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Error');
  const chunkGone = error instanceof TypeError && /import|module/i.test(error.message);
  return (
    <main id="main" className="route-error">
      <h1>Something went wrong</h1>
      <ErrorMessage
        title={
          isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : 'This page failed'
        }
      >
        {chunkGone
          ? 'Fascicle was updated while this page was open. Reload to get the new version.'
          : 'Reload the page, or go back to the start.'}
      </ErrorMessage>
      <p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>{' '}
        <Link to="/">Go to the start</Link>
      </p>
    </main>
  );
}
