import type { ReactNode } from 'react';
import { errorCode } from '../graphql/errors';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

interface Props<T> {
  data: T | undefined;
  loading: boolean;
  error?: unknown;
  label?: string;
  refetch?: () => unknown;
  children: (data: T) => ReactNode;
}

/**
 * The three states of a query in one place: loading, failed (with a retry), loaded. Cached
 * data is shown while a fresh copy loads; an error with data still shows the data.
 */
export function QueryState<T>({ data, loading, error, label, refetch, children }: Props<T>) {
  if (data !== undefined) return children(data);
  if (error) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <ErrorMessage
        title={notFound ? 'Not found' : 'Could not load this page'}
        error={error}
        onRetry={notFound || !refetch ? undefined : () => void refetch()}
      />
    );
  }
  if (loading) return <Loading label={label} />;
  return <Loading label={label} />;
}
