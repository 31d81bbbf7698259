/** A code lives a minute on the server (CHECK_IN_WINDOW_MS in libs/hybrid). */
export const CODE_LIFETIME_MS = 60_000;
/**
 * Never ask again sooner than this, whatever the clocks say. The API accepts the previous
 * minute's code too, so a code shown a few seconds into the next minute still checks in.
 */
const MIN_WAIT_MS = 5_000;

/**
 * The API's QR code as an image address. The SVG comes from the server's qrcode library, but
 * it is still text from the network: as an <img> source it is drawn as a picture (scripts
 * and links inside an image never run), never parsed into the page. Anything that is not an
 * SVG document is refused (null).
 */
export function svgImageSource(svg: string): string | null {
  const text = svg.trim();
  if (!/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(text) || !text.endsWith('</svg>')) return null;
  return `data:image/svg+xml;utf8,${encodeURIComponent(text)}`;
}

/**
 * How long to show a code before asking for the next one, from when it arrived. The API says
 * when the code's minute ends by its own clock; a tablet's clock may differ from the server's
 * by minutes, and a code never lives longer than a minute, so the wait is kept within that.
 */
export function codeWaitMs(expiresAt: string, receivedAt: number): number {
  const wait = Date.parse(expiresAt) - receivedAt;
  if (!Number.isFinite(wait)) return MIN_WAIT_MS;
  return Math.min(Math.max(wait, MIN_WAIT_MS), CODE_LIFETIME_MS);
}

/** The countdown beside the code: "New code in 42 s". */
export function countdownWords(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return seconds === 0 ? 'Getting a new code' : `New code in ${seconds} s`;
}
