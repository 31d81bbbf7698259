import { Agent, request as httpRequest } from 'node:http';
import { createHistogram, performance } from 'node:perf_hooks';
import { round } from './load.js';

/**
 * How one request ended: `OK`, a GraphQL `extensions.code` (GraphQL reports most failures
 * with HTTP 200), `HTTP <status>`, or what stopped it on the way (`TIMEOUT`, `ECONNRESET`…).
 *
 * @typedef {object} Answer
 * @property {string} code
 * @property {any} data `data` of an OK answer.
 * @property {number} sentAt performance.now() when it was sent.
 * @property {number} answeredAt performance.now() when the whole answer had arrived.
 */

/** Long enough for any queue the API builds; past it a request counts as an error. */
const TIMEOUT_MS = 60_000;

/**
 * GraphQL over keep-alive HTTP to one or more API processes, each request to the next process
 * in turn (round-robin, as a load balancer spreads them). `node:http` rather than fetch: the
 * load generator shares the machine's cores with what it measures, and costs less this way.
 */
export class GraphqlLoadClient {
  #next = 0;
  /** No limit on sockets: each simulated learner is a browser with its own connection. */
  #agent = new Agent({ keepAlive: true, maxSockets: Infinity });

  /** @param {string[]} urls Base URLs of the API processes. */
  constructor(urls) {
    this.urls = urls.map((url) => new URL('/graphql', url));
  }

  /**
   * @param {string} token
   * @param {string} query
   * @param {Record<string, unknown>} variables
   * @returns {Promise<Answer>}
   */
  send(token, query, variables) {
    const url = /** @type {URL} */ (this.urls[this.#next++ % this.urls.length]);
    const body = JSON.stringify({ query, variables });
    const sentAt = performance.now();
    return new Promise((resolve) => {
      /** @param {string} code @param {any} [data] */
      const done = (code, data = null) =>
        resolve({ code, data, sentAt, answeredAt: performance.now() });
      const req = httpRequest(
        url,
        {
          method: 'POST',
          agent: this.#agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          /** @type {Buffer[]} */
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('error', (error) => done(errorCode(error)));
          res.on('end', () => {
            const [code, data] = outcome(res.statusCode ?? 0, Buffer.concat(chunks).toString());
            done(code, data);
          });
        },
      );
      req.setTimeout(TIMEOUT_MS, () =>
        req.destroy(Object.assign(new Error(), { code: 'TIMEOUT' })),
      );
      req.on('error', (error) => done(errorCode(error)));
      req.end(body);
    });
  }

  close() {
    this.#agent.destroy();
  }
}

/**
 * @param {number} status
 * @param {string} text
 * @returns {[string, any]}
 */
function outcome(status, text) {
  /** @type {{ data?: any, errors?: { extensions?: { code?: string } }[] } | undefined} */
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const error = body?.errors?.[0];
  if (error) return [error.extensions?.code ?? `HTTP ${status} (no code)`, null];
  if (status < 200 || status > 299 || !body?.data) return [`HTTP ${status}`, null];
  return ['OK', body.data];
}

/** @param {Error & { code?: string }} error */
const errorCode = (error) => error.code ?? error.message;

/**
 * @typedef {object} KindStats What one kind of request did in one run.
 * @property {number} requests
 * @property {number} ok
 * @property {Record<string, number>} errors By code.
 * @property {number} windowSeconds From the first request sent to the last answer.
 * @property {number} requestsPerSecond Answers (of any kind) per second over that window.
 * @property {number} p50Ms
 * @property {number} p95Ms
 * @property {number} p99Ms
 * @property {number} maxMs
 */

/** Every answer of one kind of request: counts by code, and a microsecond latency histogram. */
export class Tally {
  #latencies = createHistogram();
  /** @type {Record<string, number>} */
  #codes = {};
  #first = Infinity;
  #last = -Infinity;

  /** @param {Answer} answer */
  add(answer) {
    this.#latencies.record(Math.max(1, Math.round((answer.answeredAt - answer.sentAt) * 1000)));
    this.#codes[answer.code] = (this.#codes[answer.code] ?? 0) + 1;
    this.#first = Math.min(this.#first, answer.sentAt);
    this.#last = Math.max(this.#last, answer.answeredAt);
  }

  /** @returns {KindStats} */
  stats() {
    const { OK: ok = 0, ...errors } = this.#codes;
    const requests = Object.values(this.#codes).reduce((sum, n) => sum + n, 0);
    const windowSeconds = requests > 0 ? (this.#last - this.#first) / 1000 : 0;
    /** @param {number} percentile */
    const ms = (percentile) =>
      requests > 0 ? round(this.#latencies.percentile(percentile) / 1000) : 0;
    return {
      requests,
      ok,
      errors,
      windowSeconds: round(windowSeconds),
      requestsPerSecond: windowSeconds > 0 ? round(requests / windowSeconds) : 0,
      p50Ms: ms(50),
      p95Ms: ms(95),
      p99Ms: ms(99),
      maxMs: requests > 0 ? round(this.#latencies.max / 1000) : 0,
    };
  }
}

/**
 * Runs `work` on every item, at most `limit` at a time, in order of the items.
 *
 * @template T
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => Promise<void>} work
 */
export async function inParallel(items, limit, work) {
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      await work(/** @type {T} */ (items[index]), index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
