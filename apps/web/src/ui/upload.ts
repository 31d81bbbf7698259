import { use, useCallback } from 'react';
import { AuthContext } from '../auth/AuthProvider';
import { sameOriginPath } from './download';

/** What an upload came to: the API's answer, or its refusal by field (and as a whole). */
export type UploadOutcome<T> =
  | { ok: true; body: T }
  | { ok: false; fieldErrors: Record<string, string>; message: string | null };

interface RestError {
  error?: {
    message?: unknown;
    field?: unknown;
    problems?: unknown;
  };
}

const UNREACHABLE = 'Fascicle could not be reached. Check your connection and try again.';

/**
 * Files go to the API's REST routes as multipart/form-data, not through GraphQL. The access
 * token lives in memory, so the request carries it as a bearer token (refreshing it once if it
 * ran out), as downloads do.
 */
export function useUploadWithToken() {
  const context = use(AuthContext);
  return useCallback(
    async <T>(url: string, form: FormData): Promise<UploadOutcome<T>> => {
      if (!context) throw new Error('useUploadWithToken needs <AuthProvider>');
      const { session } = context;
      const post = () =>
        fetch(sameOriginPath(url), {
          method: 'POST',
          body: form,
          headers: session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {},
        });
      let response: Response;
      try {
        response = await post();
        if (response.status === 401 && (await session.refresh())) response = await post();
      } catch {
        return { ok: false, fieldErrors: {}, message: UNREACHABLE };
      }
      return uploadOutcome<T>(response);
    },
    [context],
  );
}

/**
 * Reads the API's answer. Refusals are `{ error: { code, message, field, problems } }`: each
 * message the API tied to a field goes to that field, any other to the form.
 */
export async function uploadOutcome<T>(response: Response): Promise<UploadOutcome<T>> {
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, body: body as T };
  const error = (body as RestError | null)?.error;
  const fieldErrors: Record<string, string> = {};
  const problems = Array.isArray(error?.problems) ? (error.problems as unknown[]) : [];
  for (const problem of problems) {
    const { field, message } = (problem ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string') fieldErrors[field] ??= message;
  }
  const message = typeof error?.message === 'string' ? error.message : null;
  if (typeof error?.field === 'string' && message) fieldErrors[error.field] ??= message;
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors, message: null };
  return { ok: false, fieldErrors, message: message ?? fallback(response.status) };
}

function fallback(status: number): string {
  if (status === 413) return 'The file is too large to upload.';
  if (status === 401) return 'Your session has ended: sign in again, then upload the file.';
  return `The upload failed (HTTP ${status}). Try again.`;
}
