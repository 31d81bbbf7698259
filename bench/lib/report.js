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
 * @property {{ requestsPerSecond: number, p99: number }} ratios API divided by baseline.
 */

/**
 * @param {Measurement} api
 * @param {Measurement} baseline
 */
export function ratios(api, baseline) {
  return {
    requestsPerSecond: round(api.requestsPerSecond / baseline.requestsPerSecond),
    p99: round(api.p99Ms / baseline.p99Ms),
  };
}

/**
 * The table for one scenario, e.g.
 *
 *   target          req/s    p50 ms    p99 ms   requests
 *   API            1234.5      7.81     15.20      12345
 *   baseline       5678.9      1.62      4.01      56789
 *   API/baseline    0.22×               3.79×
 *
 * @param {ScenarioResult} result
 * @param {BenchConfig} config
 */
export function formatScenario(result, config) {
  const widths = [14, 10, 10, 10, 11];
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
    ]);
  return [
    `${result.name}: ${result.description}`,
    `  ${config.connections} connections, ${config.durationSeconds} s measured after a ` +
      `${config.warmupSeconds} s warm-up, per target`,
    '',
    row(['target', 'req/s', 'p50 ms', 'p99 ms', 'requests']),
    measured('API', result.api),
    measured('baseline', result.baseline),
    row([
      'API/baseline',
      `${result.ratios.requestsPerSecond.toFixed(2)}×`,
      '',
      `${result.ratios.p99.toFixed(2)}×`,
      '',
    ]),
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
    machine: {
      node: process.version,
      os: `${platform()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      postgres,
    },
    settings: {
      connections: config.connections,
      warmupSeconds: config.warmupSeconds,
      durationSeconds: config.durationSeconds,
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
