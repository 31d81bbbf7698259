import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface WebAppFile {
  body: Buffer;
  /** The body gzipped, made on first use and kept; null when that saves less than a tenth. */
  gzipped(): Buffer | null;
  contentType: string;
  cacheControl: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** Vite puts content-hashed names under assets/: a new build never reuses a name. */
const HASHED = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files, so the browser must ask every time. */
const ALWAYS_REVALIDATE = 'no-cache';
const UNHASHED = 'public, max-age=3600';

/**
 * apps/web/dist of this checkout, found by walking up from this file: it sits at
 * apps/api/src/web-app in the sources and apps/api/dist/web-app once built.
 * Null when the web app has not been built (API tests, `npm run build:api` alone).
 */
export function findWebAppDist(
  from: string = dirname(fileURLToPath(import.meta.url)),
): string | null {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/**
 * Every file of the build, read once at start-up (and gzipped once, when first asked for):
 * the whole app is a few hundred kilobytes, and serving from memory needs no file-system
 * checks per request (so no path traversal either: only names found here can be served).
 */
export function loadWebAppFiles(root: string): Map<string, WebAppFile> {
  const files = new Map<string, WebAppFile>();
  for (const absolute of walk(root)) {
    const urlPath = `/${relative(root, absolute).split(sep).join('/')}`;
    const extension = extname(absolute).toLowerCase();
    const body = readFileSync(absolute);
    let zipped: Buffer | null | undefined = COMPRESSIBLE.has(extension) ? undefined : null;
    files.set(urlPath, {
      body,
      gzipped() {
        if (zipped === undefined) {
          const compressed = gzipSync(body, { level: 9 });
          zipped = compressed.length < body.length * 0.9 ? compressed : null;
        }
        return zipped;
      },
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      cacheControl: urlPath.startsWith('/assets/')
        ? HASHED
        : urlPath === '/index.html'
          ? ALWAYS_REVALIDATE
          : UNHASHED,
    });
  }
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
