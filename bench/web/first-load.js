import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BenchError } from '../lib/errors.js';

/**
 * @typedef {object} AssetSize
 * @property {string} file Path under the build, e.g. `/assets/index-abc.js`.
 * @property {number} rawBytes
 * @property {number} gzipBytes gzip level 9, as the API serves it (web-app-files.ts).
 *
 * @typedef {object} FirstLoad
 * @property {AssetSize[]} scripts The entry first, then what it imports statically.
 * @property {AssetSize[]} styles Stylesheets index.html links (render-blocking too).
 * @property {number} scriptGzipBytes
 * @property {number} scriptRawBytes
 * @property {string[]} unlisted Static imports index.html does not preload (should be none).
 */

const ENTRY = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;
// Rollup writes a chunk's static imports as `import{a as b}from"./x.js"` or `import"./x.js"`;
// a lazy route is `import("./x.js")`, which this leaves out (no parenthesis before the quote).
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The JavaScript the browser must fetch and run before the app's first render: index.html's
 * entry module and, transitively, its static imports (which Vite lists as modulepreload
 * links). Lazy route chunks come after the first render and are not counted.
 *
 * @param {string} dist apps/web/dist
 * @returns {FirstLoad}
 */
export function measureFirstLoad(dist) {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) {
    throw new BenchError(`${indexFile} is missing: run \`npm run build\` first`);
  }
  const html = readFileSync(indexFile, 'utf8');
  const entries = matches(html, ENTRY);
  if (entries.length === 0) throw new BenchError(`${indexFile} names no module script`);
  const preloaded = matches(html, PRELOAD);

  // Follow the static imports too, so that a chunk Vite stopped preloading is still counted.
  /** @type {string[]} */
  const scripts = [];
  const queue = [...entries, ...preloaded];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (scripts.includes(file)) continue;
    scripts.push(file);
    const source = readFileSync(inBuild(dist, file), 'utf8');
    for (const imported of matches(source, STATIC_IMPORT)) {
      queue.push(new URL(imported, `http://build${file}`).pathname);
    }
  }
  const listed = new Set([...entries, ...preloaded]);
  const scriptSizes = scripts.map((file) => sizeOf(dist, file));
  return {
    scripts: scriptSizes,
    styles: matches(html, STYLESHEET).map((file) => sizeOf(dist, file)),
    scriptGzipBytes: sum(scriptSizes.map((size) => size.gzipBytes)),
    scriptRawBytes: sum(scriptSizes.map((size) => size.rawBytes)),
    unlisted: scripts.filter((file) => !listed.has(file)),
  };
}

/**
 * @param {string} dist
 * @param {string} file
 * @returns {AssetSize}
 */
function sizeOf(dist, file) {
  const body = readFileSync(inBuild(dist, file));
  return { file, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

/** A URL path of the built app (`/assets/x.js`) as a file of the build. */
function inBuild(/** @type {string} */ dist, /** @type {string} */ file) {
  if (!file.startsWith('/') || file.includes('..')) {
    throw new BenchError(`index.html refers to ${file}, which is not a path of the build`);
  }
  return join(dist, file);
}

/** @param {string} text @param {RegExp} pattern With one group and the g flag. */
const matches = (text, pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? '');

/** @param {number[]} values */
const sum = (values) => values.reduce((total, value) => total + value, 0);
