import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, RESULTS_DIR } from '../lib/paths.js';
import { gitCommit, machineFacts } from '../lib/report.js';

/** @import { FirstLoad } from './first-load.js' */
/** @import { PageLoad } from './browser.js' */

/** Issue 20's budgets. kB are of 1,000 bytes, as Vite prints them. */
export const BUDGETS = { firstLoadGzipBytes: 180_000, lcpMs: 1_000 };

/**
 * @typedef {object} LoadSeries One kind of load (cold or warm) of one page, every run.
 * @property {PageLoad[]} runs
 * @property {number | null} lcpMedianMs
 * @property {number | null} lcpMaxMs
 *
 * @typedef {object} PageResult
 * @property {string} name
 * @property {string} path
 * @property {string} readySelector What shows the page's content.
 * @property {LoadSeries} cold First navigation in a fresh browser context (empty cache).
 * @property {LoadSeries} warm The same page again in that context (cached assets).
 */

/** @param {PageLoad[]} runs @returns {LoadSeries} */
export function series(runs) {
  const lcps = runs.map((run) => run.lcpMs).filter((ms) => ms !== null);
  return {
    runs,
    lcpMedianMs: lcps.length ? median(lcps) : null,
    lcpMaxMs: lcps.length ? Math.max(...lcps) : null,
  };
}

/** @param {number[]} values Not empty. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** @param {number | null} value */
const ms = (value) => (value === null ? '-' : `${Math.round(value)} ms`);
/** @param {boolean} within */
const verdict = (within) => (within ? 'under' : 'OVER');

/**
 * @param {(string | number)[][]} rows The first is the header; the first column is left-aligned.
 * @param {number[]} widths
 */
function table(rows, widths) {
  return rows
    .map((cells) =>
      `  ${cells
        .map((cell, i) =>
          i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0),
        )
        .join('')}`.trimEnd(),
    )
    .join('\n');
}

/** @param {FirstLoad} firstLoad */
export function formatFirstLoad(firstLoad) {
  const rows = firstLoad.scripts.map((asset) => [
    asset.file,
    kB(asset.rawBytes),
    kB(asset.gzipBytes),
  ]);
  const lines = [
    "First-load JavaScript: index.html's entry module and its static imports (lazy routes excluded)",
    '',
    table(
      [
        ['file', 'raw', 'gzip -9'],
        ...rows,
        ['total', kB(firstLoad.scriptRawBytes), kB(firstLoad.scriptGzipBytes)],
      ],
      [44, 11, 11],
    ),
    `  budget ${kB(BUDGETS.firstLoadGzipBytes)} gzip: ${verdict(firstLoad.scriptGzipBytes <= BUDGETS.firstLoadGzipBytes)}`,
    `  stylesheets (not counted): ${firstLoad.styles.map((s) => `${s.file} ${kB(s.gzipBytes)} gzip`).join(', ') || 'none'}`,
  ];
  if (firstLoad.unlisted.length) {
    lines.push(`  imported but not preloaded by index.html: ${firstLoad.unlisted.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** @param {PageResult} page */
export function formatPage(page) {
  /** @param {string} kind @param {PageLoad} run @param {number} i */
  const row = (kind, run, i) => [
    `${kind} ${i + 1}`,
    ms(run.lcpMs),
    ms(run.fcpMs),
    ms(run.contentMs),
    ms(run.loadEventMs),
    ms(run.graphqlMs),
    kB(run.transferBytes),
    kB(run.scriptBytes),
    run.requests,
  ];
  const elements = new Set([...page.cold.runs, ...page.warm.runs].map((run) => run.lcpElement));
  return [
    `${page.name} page (${page.path})`,
    '',
    table(
      [
        ['run', 'LCP', 'FCP', 'content', 'load', 'GraphQL', 'transferred', 'JS (gzip)', 'requests'],
        ...page.cold.runs.map((run, i) => row('cold', run, i)),
        ...page.warm.runs.map((run, i) => row('warm', run, i)),
      ],
      [10, 9, 9, 10, 9, 10, 13, 12, 10],
    ),
    `  largest element: ${[...elements].join('; ')}`,
    `  content: the frame that first drew ${page.readySelector}; GraphQL: the last answer in;`,
    '  transferred: over the wire, 0 for what came from the cache; JS: the gzip bodies of',
    '  every script the page ran (route chunks too), from the network or the cache',
    '',
  ].join('\n');
}

/**
 * @param {FirstLoad} firstLoad
 * @param {PageResult[]} pages
 */
export function formatSummary(firstLoad, pages) {
  /** @param {string} label @param {LoadSeries} s */
  const lcpRow = (label, s) => [
    label,
    ms(s.lcpMedianMs),
    ms(s.lcpMaxMs),
    ms(BUDGETS.lcpMs),
    s.lcpMaxMs === null ? '-' : verdict(s.lcpMaxMs <= BUDGETS.lcpMs),
  ];
  return [
    'Web app against issue 20\'s budgets (LCP: "under" when the slowest run is)',
    '',
    table(
      [
        ['measure', 'median', 'max', 'budget', ''],
        [
          'first-load JS, gzip',
          kB(firstLoad.scriptGzipBytes),
          '',
          kB(BUDGETS.firstLoadGzipBytes),
          verdict(firstLoad.scriptGzipBytes <= BUDGETS.firstLoadGzipBytes),
        ],
        ...pages.flatMap((page) => [
          lcpRow(`${page.name} LCP, cold`, page.cold),
          lcpRow(`${page.name} LCP, warm`, page.warm),
        ]),
      ],
      [22, 10, 10, 10, 7],
    ),
    '',
  ].join('\n');
}

/**
 * Writes bench/results/web-<timestamp>.json (git-ignored) beside `npm run bench`'s results
 * and returns its path relative to the repository.
 *
 * @param {{ startedAt: Date, command: string, postgres: string, chromium: string,
 *   settings: Record<string, unknown>, firstLoad: FirstLoad, pages: PageResult[],
 *   traces: string[] }} run
 */
export function writeWebResults({ startedAt, command, postgres, chromium, settings, ...rest }) {
  const file = join(RESULTS_DIR, `web-${startedAt.toISOString().replaceAll(':', '-')}.json`);
  const document = {
    command,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: machineFacts({ postgres, chromium }),
    settings,
    budgets: BUDGETS,
    ...rest,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return relative(REPO_ROOT, file);
}
