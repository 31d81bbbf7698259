import { round } from '../../lib/load.js';

/** @import { KindStats } from '../../lib/graphql-load.js' */
/** @import { WriteCheck } from './checks.js' */

/**
 * @typedef {object} TargetRun One configuration's run, as saved and printed.
 * @property {number} processes
 * @property {string} label `2 APIs`, `1 API`.
 * @property {number} enrollSeconds
 * @property {Record<Kind, KindStats>} kinds
 * @property {number} prepareSeconds
 * @property {number} burstAtSeconds
 * @property {number} burstSeconds
 * @property {number} heartbeatsEndedAtSeconds
 * @property {number} unprepared
 * @property {number} generatorCpuSeconds
 * @property {WriteCheck} writes
 * @property {number} redisKeys Keys under the run's prefix after the load (before deletion).
 */

/** @typedef {'submit' | 'heartbeat' | 'start' | 'save'} Kind */

/** Printed in this order; the first two are the point, the others the submitters' set-up. */
const KINDS = /** @type {Kind[]} */ (['submit', 'heartbeat', 'start', 'save']);
/** Which lost-write list belongs to which kind of request. */
const LOST = /** @type {const} */ ({ submit: 'submits', heartbeat: 'seatTime', save: 'saves' });
/** Lines of lost writes printed per run; the saved results keep as many. */
export const EXAMPLES = 5;

/**
 * Requests/s and p99 of `run` divided by `baseline`'s, per kind.
 *
 * @param {TargetRun} run
 * @param {TargetRun} baseline
 */
export function kindRatios(run, baseline) {
  return Object.fromEntries(
    KINDS.map((kind) => {
      const [a, b] = [run.kinds[kind], baseline.kinds[kind]];
      return [
        kind,
        {
          requestsPerSecond: b.requestsPerSecond
            ? round(a.requestsPerSecond / b.requestsPerSecond)
            : 0,
          p99: b.p99Ms ? round(a.p99Ms / b.p99Ms) : 0,
        },
      ];
    }),
  );
}

/**
 * @param {{ description: string, settings: import('../../lib/config.js').LearnerLoadConfig,
 *   runs: [TargetRun, TargetRun] }} result The run under test first, its baseline second.
 */
export function formatReport({ description, settings, runs }) {
  const [run, baseline] = runs;
  const widths = [11, 14, 9, 8, 9, 9, 9, 9, 6];
  /** @param {string[]} cells */
  const row = (cells) => {
    const padded = cells.map((cell, i) =>
      i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
    );
    return `  ${padded.join('')}`.trimEnd();
  };
  const ratios = kindRatios(run, baseline);
  const table = KINDS.flatMap((kind) => {
    /** @param {TargetRun} target @param {string} name */
    const measured = (target, name) => {
      const k = target.kinds[kind];
      const lostList = kind === 'start' ? null : target.writes.lost[LOST[kind]];
      return row([
        name,
        target.label,
        String(k.requests),
        String(k.requests - k.ok),
        k.requestsPerSecond.toFixed(1),
        k.p50Ms.toFixed(1),
        k.p95Ms.toFixed(1),
        k.p99Ms.toFixed(1),
        lostList ? String(lostList.length) : '',
      ]);
    };
    const ratio = ratios[kind] ?? { requestsPerSecond: 0, p99: 0 };
    return [
      measured(run, kind),
      measured(baseline, ''),
      row([
        '',
        `${run.processes}/${baseline.processes}`,
        '',
        '',
        `${ratio.requestsPerSecond.toFixed(2)}×`,
        '',
        '',
        `${ratio.p99.toFixed(2)}×`,
      ]),
    ];
  });
  const timeline = runs.flatMap((target) => [
    `  ${`${target.label}:`.padEnd(8)}set-up: ${learners(settings)} learners enrolled in ` +
      `${target.enrollSeconds.toFixed(1)} s, ${settings.submitters} attempts started and ` +
      `answered in ${target.prepareSeconds.toFixed(1)} s`,
    `          load: reports answered until ${target.heartbeatsEndedAtSeconds.toFixed(1)} s; the ` +
      `submits sent at ${target.burstAtSeconds.toFixed(1)} s, all answered ` +
      `${target.burstSeconds.toFixed(1)} s later; ${target.redisKeys} keys in Redis; ` +
      `the load generator used ${target.generatorCpuSeconds.toFixed(1)} s of CPU`,
    ...(target.burstAtSeconds + target.burstSeconds > target.heartbeatsEndedAtSeconds
      ? ['          (the last submits were answered after the last report)']
      : []),
    ...(target.unprepared > 0
      ? [`          ${target.unprepared} submitters left out (their start or a save failed)`]
      : []),
  ]);
  return [
    `two-processes: ${description}`,
    `  Per target: a fresh database, one Redis (a key prefix of its own), ${learners(settings)} ` +
      'learners enrolled through the API,',
    `  requests spread round-robin over the processes; reports every ${settings.heartbeatIntervalSeconds} s ` +
      `for ${settings.heartbeatSeconds} s, the first resumed.`,
    '',
    row(['kind', 'target', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'lost']),
    ...table,
    '',
    ...timeline,
    ...errorLines(runs),
    ...lostLines(runs),
    '',
  ].join('\n');
}

/** @param {import('../../lib/config.js').LearnerLoadConfig} settings */
const learners = (settings) => (settings.submitters + settings.heartbeaters).toLocaleString('en');

/** @param {TargetRun[]} runs */
function errorLines(runs) {
  const lines = runs.flatMap((target) =>
    KINDS.flatMap((kind) => {
      const errors = Object.entries(target.kinds[kind].errors);
      if (errors.length === 0) return [];
      const list = errors.map(([code, n]) => `${n} × ${code}`).join(', ');
      return [`    ${kind} on ${target.label}: ${list}`];
    }),
  );
  return lines.length > 0 ? ['  errors:', ...lines] : ['  errors: none'];
}

/** @param {TargetRun[]} runs */
function lostLines(runs) {
  const lines = runs.flatMap((target) => {
    const all = Object.values(target.writes.lost).flat();
    if (all.length === 0) return [];
    const { submits, saves, seatTime } = target.writes.lost;
    return [
      `    ${target.label}: ${all.length} (submits ${submits.length}, saves ${saves.length}, ` +
        `seat time ${seatTime.length}); first:`,
      ...all.slice(0, EXAMPLES).map((line) => `      ${line}`),
    ];
  });
  if (lines.length > 0) {
    return ['  lost writes (acknowledged, not in the database as answered):', ...lines];
  }
  const checked = runs.map(
    ({ label, writes: { checked } }) =>
      `${label}: ${checked.submits} submits, ${checked.saves} saves, ` +
      `${checked.seatTime} learners' seat time`,
  );
  return [`  lost writes: none (acknowledged, checked by SQL; ${checked.join('; ')})`];
}
