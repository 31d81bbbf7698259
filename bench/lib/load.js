import { createHistogram } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { BenchError } from './errors.js';
import { processCpuMs } from './processes.js';

/** @import { BenchRequest } from './types.js' */

/**
 * @typedef {object} Measurement
 * @property {number} requestsPerSecond Mean of autocannon's per-second samples.
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} meanMs
 * @property {number} maxMs
 * @property {number} requests Completed in the measured run.
 * @property {number} durationSeconds Actual length of the measured run.
 * @property {number | null} cpuMsPerRequest The server process's CPU time (user + system) over
 *   the measured run divided by its requests: unlike req/s, it hardly moves when something
 *   else on the machine takes CPU. Null where /proc is not readable.
 */

/**
 * @typedef {object} LoadOptions
 * @property {string} target Names it in errors.
 * @property {string} baseUrl
 * @property {number} pid The server's process, whose CPU time is read.
 * @property {BenchRequest} request
 * @property {number} connections
 * @property {number} warmupSeconds
 * @property {number} durationSeconds
 * @property {(body: string, index: number) => boolean} verifyBody Every response must pass it;
 *   `index` says which of `request.bodies` it answers (0 without a rotation).
 */

/** Three decimals: more would be noise in the saved results. */
export const round = (/** @type {number} */ value) => Math.round(value * 1000) / 1000;

/** The run in progress, so that an interrupt can stop it. */
let current = /** @type {autocannon.Instance | null} */ (null);

export function stopLoad() {
  current?.stop();
}

/**
 * A discarded warm-up (JIT, pool connections, caches), then the measured run. Fails if any
 * response in either is not 2xx, fails `verifyBody`, times out or errors: a fast error is
 * not a result.
 *
 * @param {LoadOptions} options
 * @returns {Promise<Measurement>}
 */
export async function measure(options) {
  if (options.warmupSeconds > 0) {
    const warmup = await run(options, options.warmupSeconds);
    assertClean(warmup, `${options.target}, warm-up`);
  }
  // autocannon's own latency histogram has whole-millisecond resolution, too coarse for a
  // baseline that answers in about a millisecond; this one keeps microseconds.
  const latencies = createHistogram();
  const cpuBefore = processCpuMs(options.pid);
  const result = await run(options, options.durationSeconds, (ms) =>
    latencies.record(Math.max(1, Math.round(ms * 1000))),
  );
  assertClean(result, `${options.target}, measured run`);
  const cpuAfter = processCpuMs(options.pid);
  return {
    requestsPerSecond: result.requests.mean,
    p50Ms: round(latencies.percentile(50) / 1000),
    p99Ms: round(latencies.percentile(99) / 1000),
    meanMs: round(latencies.mean / 1000),
    maxMs: round(latencies.max / 1000),
    requests: result.requests.total,
    durationSeconds: result.duration,
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null
        ? null
        : round((cpuAfter - cpuBefore) / result.requests.total),
  };
}

/**
 * @param {LoadOptions} options
 * @param {number} seconds
 * @param {(latencyMs: number) => void} [onLatency]
 * @returns {Promise<autocannon.Result>}
 */
function run(options, seconds, onLatency) {
  const { baseUrl, request, connections, verifyBody } = options;
  const { bodies } = request;
  // A rotation is checked per request: autocannon's verifyBody sees the body alone, not the
  // request it answers, so each request counts its own wrong answers.
  let wrongAnswers = 0;
  const checks = bodies
    ? {
        requests: bodies.map((body, index) => ({
          body,
          /** @param {number} _status @param {string} answer */
          onResponse: (_status, answer) => {
            if (!verifyBody(String(answer), index)) wrongAnswers += 1;
          },
        })),
      }
    : {
        body: request.body,
        /** @param {unknown} body */
        verifyBody: (body) => verifyBody(String(body), 0),
      };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${request.path}`,
        method: request.method,
        headers: request.headers,
        ...checks,
        connections,
        duration: seconds,
      },
      (error, result) => {
        current = null;
        if (error) reject(error);
        else resolve({ ...result, mismatches: result.mismatches + wrongAnswers });
      },
    );
    current = instance;
    if (onLatency) {
      instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
    }
  });
}

/**
 * @param {autocannon.Result} result
 * @param {string} phase
 */
function assertClean(result, phase) {
  const problems = [
    result.non2xx && `${result.non2xx} non-2xx responses ${JSON.stringify(result.statusCodeStats)}`,
    result.errors && `${result.errors} errors (${result.timeouts} of them timeouts)`,
    result.mismatches && `${result.mismatches} responses with an unexpected body`,
    result.requests.total === 0 && 'no completed request',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new BenchError(`${phase}: ${problems.join('; ')}`);
  }
}
