/**
 * A message for the sign-in page from the page that sent the person there (a password was
 * changed, every session ended), carried in the router's history state: never in the URL,
 * where anyone could write a link that puts words on the sign-in page.
 */
export interface SignInNotice {
  signInNotice: string;
}

export function signInNotice(text: string): SignInNotice {
  return { signInNotice: text };
}

export function noticeFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('signInNotice' in state)) return undefined;
  const text = (state as SignInNotice).signInNotice;
  return typeof text === 'string' ? text : undefined;
}
