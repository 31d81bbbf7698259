// `npm run bench:web`: the web app as a browser gets it from the built API: the JavaScript
// loaded before the first render, and the largest contentful paint of the catalog and of a
// certificate's verification page in Chromium, cold and warm. Issue 20 sets the budgets. Not
// part of `npm test`: the figures depend on the machine, so they are printed and saved, not
// asserted.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Cleanup, runCommand } from './lib/cleanup.js';
import { DEFAULT_DATABASE_URL } from './lib/config.js';
import { createBenchDatabase, redact } from './lib/database.js';
import { BenchError } from './lib/errors.js';
import { REPO_ROOT, RESULTS_DIR } from './lib/paths.js';
import { stopAllServers } from './lib/processes.js';
import { newSecrets, runApiCli, startApi } from './lib/servers.js';
import { launchChromium, loadPage, tracePage, watchContent } from './web/browser.js';
import { measureFirstLoad } from './web/first-load.js';
import { preparePages } from './web/pages.js';
import {
  formatFirstLoad,
  formatPage,
  formatSummary,
  series,
  writeWebResults,
} from './web/report.js';

/** @import { Browser } from 'playwright-core' */
/** @import { PageLoad } from './web/browser.js' */
/** @import { WebPage } from './web/pages.js' */
/** @import { PageResult } from './web/report.js' */

const WEB_DIST = join(REPO_ROOT, 'apps', 'web', 'dist');

const USAGE = `Usage: npm run bench:web

Builds the app (node bench/web.js alone does not), then measures the first-load JavaScript
of apps/web/dist and the largest contentful paint of /courses and /verify/<code> in
Chromium, served by the built API.
Environment (defaults in brackets):
  BENCH_DATABASE_URL  PostgreSQL server to create a throw-away database on [${DEFAULT_DATABASE_URL}]
  BENCH_WEB_RUNS      cold and warm loads per page [5]
  BENCH_WEB_TRACE     1: also write a Chromium performance trace of each page to bench/results/
  CHROMIUM_PATH       the browser [/usr/bin/chromium]
`;

const cleanup = new Cleanup();

/** @param {string} text */
const say = (text) => process.stdout.write(`${text}\n`);

function readConfig() {
  const env = process.env;
  const runs = Number(env['BENCH_WEB_RUNS'] || '5');
  if (!Number.isInteger(runs) || runs < 1) {
    throw new BenchError(`BENCH_WEB_RUNS must be an integer >= 1 (got ${env['BENCH_WEB_RUNS']})`);
  }
  const databaseUrl = env['BENCH_DATABASE_URL'] || DEFAULT_DATABASE_URL;
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new BenchError('BENCH_DATABASE_URL must be a postgres:// URL');
  }
  const overrides = ['BENCH_DATABASE_URL', 'BENCH_WEB_RUNS', 'BENCH_WEB_TRACE', 'CHROMIUM_PATH']
    .filter((name) => env[name])
    .map((name) => `${name}=${env[name]}`);
  return {
    runs,
    databaseUrl,
    trace: env['BENCH_WEB_TRACE'] === '1',
    chromiumPath: env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    command: [...overrides, 'npm', 'run', 'bench:web'].join(' '),
  };
}

async function main() {
  if (process.argv.includes('-h') || process.argv.includes('--help')) {
    process.stdout.write(USAGE);
    return;
  }
  const config = readConfig();
  if (!existsSync(config.chromiumPath)) {
    throw new BenchError(`No browser at ${config.chromiumPath} (set CHROMIUM_PATH)`);
  }
  const startedAt = new Date();

  // 1. From the build, before anything runs.
  const firstLoad = measureFirstLoad(WEB_DIST);
  say(formatFirstLoad(firstLoad));

  // 2. The built API, which serves the built app, on a throw-away database.
  cleanup.add('stop servers', stopAllServers);
  const secrets = newSecrets();
  const database = await createBenchDatabase(config.databaseUrl);
  cleanup.add(`drop database ${database.name}`, database.drop);
  say(`bench:web: database ${database.name} on ${redact(config.databaseUrl)}`);
  const api = await startApi({ databaseUrl: database.url, secrets });
  cleanup.add('stop the API', api.stop);
  say(`bench:web: API at ${api.url} (pid ${api.pid})`);
  await expectWebApp(api.url);
  const pages = await preparePages({
    url: api.url,
    databaseUrl: database.url,
    cli: (args, env) => runApiCli({ databaseUrl: database.url, secrets }, args, env),
    progress: (text) => say(`bench:web: ${text}`),
  });

  // 3. The browser.
  const browser = await launchChromium(config.chromiumPath);
  cleanup.add('close the browser', () => browser.close());
  say(`bench:web: Chromium ${browser.version()}, ${config.runs} cold and warm loads per page\n`);
  // The API's first answers and Chromium's first renderer are slower than any after them,
  // as only the first visitor after a deployment sees: one load of each page, not counted.
  for (const page of pages) await coldAndWarm(browser, api.url, page);

  /** @type {Map<string, { cold: PageLoad[], warm: PageLoad[] }>} */
  const loads = new Map(pages.map((page) => [page.name, { cold: [], warm: [] }]));
  for (let run = 0; run < config.runs; run += 1) {
    for (const page of pages) {
      const { cold, warm } = await coldAndWarm(browser, api.url, page);
      loads.get(page.name)?.cold.push(cold);
      loads.get(page.name)?.warm.push(warm);
    }
  }
  /** @type {PageResult[]} */
  const results = pages.map((page) => {
    const measured = loads.get(page.name) ?? { cold: [], warm: [] };
    return {
      name: page.name,
      path: page.path,
      readySelector: page.readySelector,
      cold: series(measured.cold),
      warm: series(measured.warm),
    };
  });
  for (const result of results) say(formatPage(result));

  /** @type {string[]} */
  const traces = [];
  if (config.trace) {
    for (const page of pages) {
      const file = join(
        RESULTS_DIR,
        `web-trace-${page.name}-${startedAt.toISOString().replaceAll(':', '-')}.json`,
      );
      await tracePage(browser, `${api.url}${page.path}`, page.readySelector, file);
      traces.push(relative(REPO_ROOT, file));
      say(`bench:web: trace of a cold ${page.name} load: ${relative(REPO_ROOT, file)}`);
    }
    say('');
  }

  say(formatSummary(firstLoad, results));
  const file = writeWebResults({
    startedAt,
    command: config.command,
    postgres: database.serverVersion,
    chromium: browser.version(),
    settings: { runs: config.runs, viewport: '1280×720', warmUpLoadsPerPage: 1 },
    firstLoad,
    pages: results,
    traces,
  });
  say(`Results: ${file}`);
  say(`Rerun:   ${config.command}`);
}

/**
 * A fresh context (an empty cache, as a first visit) loads the page, then loads it again
 * (a return visit: hashed assets come from the cache, index.html and GraphQL do not).
 *
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {WebPage} page
 */
async function coldAndWarm(browser, baseUrl, page) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await watchContent(tab, page.readySelector);
    const url = `${baseUrl}${page.path}`;
    const cold = await loadPage(tab, url, page.readySelector);
    const warm = await loadPage(tab, url, page.readySelector);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/**
 * The API serves the app only when it finds apps/web/dist at start-up; without it every page
 * would time out in the browser with no hint why.
 *
 * @param {string} url
 */
async function expectWebApp(url) {
  const response = await fetch(`${url}/courses`, { headers: { accept: 'text/html' } });
  const html = await response.text();
  if (!response.ok || !html.includes('type="module"')) {
    throw new BenchError(
      `The API does not serve the web app (GET /courses: HTTP ${response.status}): run \`npm run build\``,
    );
  }
}

// Ctrl-C: close the browser, stop the API and drop the database before leaving.
await runCommand('bench:web', cleanup, main);
