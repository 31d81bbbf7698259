import { use, useCallback, useState } from 'react';
import { AuthContext } from '../auth/AuthProvider';

/**
 * The API's file URLs are absolute (built from its PUBLIC_URL); the browser fetches the same
 * path from the origin it is on, so development through Vite's proxy works too.
 */
export function sameOriginPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * Files behind a bearer token (certificate PDF, transcript CSV, compliance CSV) cannot be
 * plain links: the access token lives in memory, not in a cookie. Fetch with the token
 * (refreshing it once if it ran out), then hand the bytes to the browser as a download.
 */
export function useDownloadWithToken() {
  const context = use(AuthContext);
  const [busyUrl, setBusyUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = useCallback(
    async (url: string, filename: string) => {
      if (!context) throw new Error('useDownloadWithToken needs <AuthProvider>');
      const { session } = context;
      setBusyUrl(url);
      setError(null);
      try {
        const get = () =>
          fetch(sameOriginPath(url), {
            headers: session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {},
          });
        let response = await get();
        if (response.status === 401 && (await session.refresh())) response = await get();
        if (!response.ok) throw new Error(`The download failed (HTTP ${response.status}).`);
        saveBlob(await response.blob(), filename);
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : 'The download failed.');
      } finally {
        setBusyUrl(null);
      }
    },
    [context],
  );

  return { download, busyUrl, error };
}

function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
