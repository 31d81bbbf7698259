import { Button } from './Button';
import { ErrorMessage } from './ErrorMessage';
import type { LoadMore } from './useLoadMore';

/**
 * The "Show more" button under a paginated list: shown while the connection has a next page,
 * busy while it loads, and why it failed when it did (the list stays as it was).
 */
export function ShowMore({
  more,
  pageInfo,
  label,
  errorTitle,
}: {
  more: LoadMore;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** e.g. "Show more sessions". */
  label: string;
  /** e.g. "Could not load more sessions". */
  errorTitle: string;
}) {
  const cursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  return (
    <>
      {more.error !== null && <ErrorMessage title={errorTitle} error={more.error} />}
      {cursor && (
        <div className="actions">
          <Button
            variant="secondary"
            busy={more.loading}
            busyLabel="Loading"
            onClick={() => void more.load(cursor)}
          >
            {label}
          </Button>
        </div>
      )}
    </>
  );
}
