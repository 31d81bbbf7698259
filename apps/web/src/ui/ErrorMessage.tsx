import type { ReactNode } from 'react';
import { errorMessage } from '../graphql/errors';

interface Props {
  title?: string;
  /** A caught error (GraphQL or network); its message is shown. */
  error?: unknown;
  children?: ReactNode;
  onRetry?: () => void;
}

/** role="alert" so the failure is announced where it appears. */
export function ErrorMessage({ title = 'Something went wrong', error, children, onRetry }: Props) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      {error !== undefined && <p>{errorMessage(error)}</p>}
      {children && <p>{children}</p>}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
