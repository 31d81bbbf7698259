import type { ReactNode } from 'react';
import { errorCode } from '../graphql/errors';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/** The part of Apollo Client 4's useQuery result this needs. */
export type QueryResultLike<T> = (
  | { dataState: 'complete'; data: T }
  | { dataState: 'partial' | 'streaming' | 'empty'; data: unknown }
) & {
  loading: boolean;
  error?: unknown;
  refetch?: () => unknown;
};

interface Props<T> {
  result: QueryResultLike<T>;
  label?: string;
  children: (data: T) => ReactNode;
}

/**
 * The three states of a query in one place: loading, failed (with a retry, or "not found"),
 * loaded. Complete cached data shows at once while a fresh copy loads.
 */
export function QueryState<T>({ result, label, children }: Props<T>) {
  if (result.dataState === 'complete') return children(result.data);
  if (result.error) {
    const notFound = errorCode(result.error) === 'NOT_FOUND';
    const refetch = result.refetch;
    return (
      <ErrorMessage
        title={notFound ? 'Not found' : 'Could not load this page'}
        error={result.error}
        onRetry={notFound || !refetch ? undefined : () => void refetch()}
      />
    );
  }
  return <Loading label={label} />;
}
