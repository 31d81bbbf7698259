/**
 * The one content security policy, for the web app's pages and the API's answers alike.
 *
 * What the built web app needs (apps/web/dist, checked against its sources): its scripts and
 * styles are files of its own origin, never inline; React's `style={…}` props set styles
 * through the DOM, which CSP does not govern, but 'unsafe-inline' stays for style attributes a
 * library may write; lesson HTML (sanitized by the API) may show images from https: URLs, and
 * data: images; GraphQL and the file downloads are fetches to its own origin (downloads become
 * blob: URLs opened by a link click, a navigation CSP does not restrict); no fonts, frames,
 * workers or plugins.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The header's value, written as helmet writes it, so every response carries the same text. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join(';');
