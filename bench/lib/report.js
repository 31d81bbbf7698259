import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join, relative } from 'node:path';
import { round } from './load.js';
import { REPO_ROOT, RESULTS_DIR } from './paths.js';

/** @import { Measurement } from './load.js' */
/** @import { BenchConfig } from './config.js' */
/** @import { LoadResult } from './types.js' */

/**
 * @typedef {object} ScenarioResult
 * @property {string} name
 * @property {string} description
 * @property {Measurement} api
 * @property {Measurement} baseline
 * @property {Ratios} ratios API over the baseline.
 * @property {Measurement | null} nestApollo The minimal Nest + Apollo server on the same SQL
 *   (bench/nest-reference-server.js); null when left out (BENCH_REFERENCE=0).
 * @property {Ratios | null} nestApolloRatios API over the Nest + Apollo server.
 */

/**
 * @typedef {{ requestsPerSecond: number, p99: number, cpuPerRequest: number | null }} Ratios
 *   API divided by a reference, but for `cpuPerRequest`: the reference's CPU per request over
 *   the API's, so that for all three below 1× means the API does worse.
 */

/**
 * The machine a run's results came from, with what else the run names (PostgreSQL's version…).
 *
 * @param {Record<string, string>} more
 */
export function machineFacts(more) {
  return {
    node: process.version,
    os: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    ...more,
  };
}

/**
 * @param {Measurement} api
 * @param {Measurement} baseline Or any other reference.
 * @returns {Ratios}
 */
export function ratios(api, baseline) {
  return {
    requestsPerSecond: round(api.requestsPerSecond / baseline.requestsPerSecond),
    p99: round(api.p99Ms / baseline.p99Ms),
    cpuPerRequest:
      api.cpuMsPerRequest && baseline.cpuMsPerRequest
        ? round(baseline.cpuMsPerRequest / api.cpuMsPerRequest)
        : null,
  };
}

/**
 * The table for one scenario, e.g.
 *
 *   target             req/s    p50 ms    p99 ms   requests   CPU ms/req
 *   API               1234.5      7.81     15.20      12345        1.250
 *   baseline          5678.9      1.62      4.01      56789        0.300
 *   Nest+Apollo       2345.6      4.10      8.02      23456        0.700
 *   API/baseline       0.22×               3.79×                   0.24×
 *   API/Nest+Apollo    0.53×               1.90×                   0.56×
 *
 * The last cell of a ratio row is the reference's CPU per request over the API's: the share
 * of the reference's efficiency the API keeps. Without the Nest + Apollo server
 * (BENCH_REFERENCE=0), its two rows are left out.
 *
 * @param {ScenarioResult} result
 * @param {BenchConfig} config
 */
export function formatScenario(result, config) {
  const widths = [17, 10, 10, 10, 11, 13];
  /** @param {string[]} cells */
  const row = (cells) => {
    const padded = cells.map((cell, i) =>
      i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
    );
    return `  ${padded.join('')}`.trimEnd();
  };
  /** @param {string} target @param {Measurement} m */
  const measured = (target, m) =>
    row([
      target,
      m.requestsPerSecond.toFixed(1),
      m.p50Ms.toFixed(2),
      m.p99Ms.toFixed(2),
      String(m.requests),
      m.cpuMsPerRequest === null ? '–' : m.cpuMsPerRequest.toFixed(3),
    ]);
  /** @param {string} target @param {Ratios} r */
  const ratioRow = (target, r) =>
    row([
      target,
      `${r.requestsPerSecond.toFixed(2)}×`,
      '',
      `${r.p99.toFixed(2)}×`,
      '',
      r.cpuPerRequest === null ? '–' : `${r.cpuPerRequest.toFixed(2)}×`,
    ]);
  const { nestApollo, nestApolloRatios } = result;
  return [
    `${result.name}: ${result.description}`,
    `  ${config.connections} connections, ${config.durationSeconds} s measured after a ` +
      `${config.warmupSeconds} s warm-up, per target`,
    '',
    row(['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'CPU ms/req']),
    measured('API', result.api),
    measured('baseline', result.baseline),
    ...(nestApollo ? [measured('Nest+Apollo', nestApollo)] : []),
    ratioRow('API/baseline', result.ratios),
    ...(nestApolloRatios ? [ratioRow('API/Nest+Apollo', nestApolloRatios)] : []),
    '',
  ].join('\n');
}

/**
 * Writes bench/results/<timestamp>.json (git-ignored) and returns its path relative to
 * the repository, to print.
 *
 * @param {{
 *   config: BenchConfig,
 *   command: string,
 *   startedAt: Date,
 *   postgres: string,
 *   scenarios: (ScenarioResult | LoadResult)[],
 * }} run
 */
export function writeResults({ config, command, startedAt, postgres, scenarios }) {
  const finishedAt = new Date();
  const file = join(RESULTS_DIR, `${startedAt.toISOString().replaceAll(':', '-')}.json`);
  const document = {
    command,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    commit: gitCommit(),
    machine: machineFacts({ postgres }),
    settings: {
      connections: config.connections,
      warmupSeconds: config.warmupSeconds,
      durationSeconds: config.durationSeconds,
      nestApolloReference: config.reference,
    },
    scenarios,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return relative(REPO_ROOT, file);
}

/** The commit measured, marked when the working tree differs from it. */
export function gitCommit() {
  try {
    /** @param {string[]} args */
    const git = (args) =>
      execFileSync('git', args, {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    const head = git(['rev-parse', 'HEAD']);
    return git(['status', '--porcelain']) === '' ? head : `${head}+uncommitted`;
  } catch {
    return 'unknown';
  }
}
