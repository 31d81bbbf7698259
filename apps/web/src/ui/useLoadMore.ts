import { useState } from 'react';

/**
 * The state of a "Show more" button over a connection: whether the next page is loading and
 * why it failed. `fetchPage` asks for the page after a cursor (Apollo's fetchMore).
 */
export interface LoadMore {
  load: (after: string) => Promise<void>;
  loading: boolean;
  error: unknown;
}

export function useLoadMore(fetchPage: (after: string) => Promise<unknown>): LoadMore {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function load(after: string) {
    setLoading(true);
    setError(null);
    try {
      await fetchPage(after);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  }
  return { load, loading, error };
}
