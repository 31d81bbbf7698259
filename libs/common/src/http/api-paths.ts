/**
 * The paths the API answers itself on the origin it shares with the web app (the API serves
 * the built app; Vite's dev server proxies these to it). The web app's own routes must not
 * start with one, except /verify/<code>: a person's browser gets the web app's page there and
 * a program gets JSON, because a certificate's QR code opens that one address.
 *
 * Imports nothing: the web app and its dev server read the same list as the API.
 */
export const GRAPHQL_PATH = '/graphql';

export const API_PATH_PREFIXES = [
  GRAPHQL_PATH,
  '/health',
  '/.well-known/',
  '/credentials/',
  '/email/',
  '/certificates/',
  '/me/',
  '/media/',
  '/organizations/',
  '/verify/',
  '/board-reporting/',
  '/renewals/',
] as const;

/** The public verification page of a certificate. Codes may end in `$` or `=`, so encoded. */
export function verifyPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}

/** A certificate's signed credential (a JWT), public like the verification page. */
export function credentialPath(code: string): string {
  return `/credentials/${encodeURIComponent(code)}`;
}
