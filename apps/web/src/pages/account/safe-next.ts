/** Only same-site paths: `?next=https://evil.example` must not turn sign-in into a redirector. */
export function safeNext(next: string | null, fallback = '/learning'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  return next;
}
