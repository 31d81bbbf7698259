import { BenchError } from './errors.js';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The API's default DATABASE_POOL_SIZE; both targets get exactly this many connections. */
export const POOL_SIZE = 10;

/**
 * @typedef {object} BenchConfig
 * @property {string[]} scenarioNames Empty means every scenario.
 * @property {string} databaseUrl Server where a throw-away database is created.
 * @property {number} durationSeconds Measured run per target.
 * @property {number} warmupSeconds Discarded run before it.
 * @property {number} connections
 * @property {boolean} reference Also load the minimal Nest + Apollo server per request
 *   scenario (BENCH_REFERENCE=0 leaves it out).
 * @property {LearnerLoadConfig} learners For the scenarios that simulate learners.
 * @property {Record<string, string>} overrides The BENCH_* variables that were set, to rerun.
 */

/**
 * @typedef {object} LearnerLoadConfig
 * @property {string} redisUrl Shared by the API processes (each run under a prefix of its own).
 * @property {number} submitters Learners who take the quiz and submit it at once.
 * @property {number} heartbeaters Learners who send seat-time reports meanwhile.
 * @property {number} heartbeatSeconds How long the seat-time reports go on.
 * @property {number} heartbeatIntervalSeconds Between two reports of one learner (the web
 *   app's lesson page reports every 15 s).
 */

/** The variables `npm run bench` reads, with their defaults; the README lists the same. */
const VARIABLES = {
  BENCH_DATABASE_URL: DEFAULT_DATABASE_URL,
  BENCH_DURATION: '10',
  BENCH_WARMUP: '2',
  BENCH_CONNECTIONS: '10',
  BENCH_REFERENCE: '1',
  BENCH_REDIS_URL: DEFAULT_REDIS_URL,
  BENCH_SUBMITTERS: '500',
  BENCH_HEARTBEATS: '2000',
  BENCH_HEARTBEAT_SECONDS: '30',
  BENCH_HEARTBEAT_INTERVAL: '15',
};

export const USAGE = `Usage: npm run bench [-- <scenario>...]

Runs every scenario, or only those named, against the API, a bare Fastify + pg baseline and a
minimal Nest + Apollo server on the same SQL.
Environment (defaults in brackets):
  BENCH_DATABASE_URL  PostgreSQL server to create a throw-away database on [${DEFAULT_DATABASE_URL}]
  BENCH_DURATION      measured seconds per target [${VARIABLES.BENCH_DURATION}]
  BENCH_WARMUP        discarded warm-up seconds per target [${VARIABLES.BENCH_WARMUP}]
  BENCH_CONNECTIONS   concurrent connections [${VARIABLES.BENCH_CONNECTIONS}]
  BENCH_REFERENCE     0: leave out the Nest + Apollo reference [${VARIABLES.BENCH_REFERENCE}]
two-processes only:
  BENCH_REDIS_URL           Redis the API processes share [${DEFAULT_REDIS_URL}]
  BENCH_SUBMITTERS          learners who submit a quiz at once [${VARIABLES.BENCH_SUBMITTERS}]
  BENCH_HEARTBEATS          learners who send seat-time reports meanwhile [${VARIABLES.BENCH_HEARTBEATS}]
  BENCH_HEARTBEAT_SECONDS   how long the reports go on [${VARIABLES.BENCH_HEARTBEAT_SECONDS}]
  BENCH_HEARTBEAT_INTERVAL  seconds between two reports of one learner [${VARIABLES.BENCH_HEARTBEAT_INTERVAL}]
`;

/**
 * @param {string[]} argv Arguments after the script name.
 * @param {NodeJS.ProcessEnv} env
 * @returns {BenchConfig | 'help'}
 */
export function readConfig(argv, env) {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const flag = argv.find((arg) => arg.startsWith('-'));
  if (flag) throw new BenchError(`Unknown option ${flag}\n\n${USAGE}`);

  /** @type {Record<string, string>} */
  const overrides = {};
  for (const name of Object.keys(VARIABLES)) {
    const value = env[name];
    if (value !== undefined && value !== '') overrides[name] = value;
  }
  /** @param {keyof typeof VARIABLES} name */
  const read = (name) => overrides[name] ?? VARIABLES[name];

  const databaseUrl = read('BENCH_DATABASE_URL');
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new BenchError('BENCH_DATABASE_URL must be a postgres:// URL');
  }
  const reference = read('BENCH_REFERENCE');
  if (reference !== '0' && reference !== '1') {
    throw new BenchError(`BENCH_REFERENCE must be 0 or 1 (got ${JSON.stringify(reference)})`);
  }
  const redisUrl = read('BENCH_REDIS_URL');
  if (!/^redis:\/\//.test(redisUrl)) {
    throw new BenchError('BENCH_REDIS_URL must be a redis:// URL');
  }
  return {
    scenarioNames: [...new Set(argv)],
    databaseUrl,
    durationSeconds: number('BENCH_DURATION', read('BENCH_DURATION'), { min: 1 }),
    warmupSeconds: number('BENCH_WARMUP', read('BENCH_WARMUP'), { min: 0 }),
    connections: number('BENCH_CONNECTIONS', read('BENCH_CONNECTIONS'), { min: 1, integer: true }),
    reference: reference === '1',
    learners: {
      redisUrl,
      submitters: number('BENCH_SUBMITTERS', read('BENCH_SUBMITTERS'), { min: 1, integer: true }),
      heartbeaters: number('BENCH_HEARTBEATS', read('BENCH_HEARTBEATS'), {
        min: 1,
        integer: true,
      }),
      heartbeatSeconds: number('BENCH_HEARTBEAT_SECONDS', read('BENCH_HEARTBEAT_SECONDS'), {
        min: 2,
      }),
      heartbeatIntervalSeconds: number(
        'BENCH_HEARTBEAT_INTERVAL',
        read('BENCH_HEARTBEAT_INTERVAL'),
        { min: 1 },
      ),
    },
    overrides,
  };
}

/**
 * @param {string} name
 * @param {string} raw
 * @param {{ min: number, integer?: boolean }} rule
 */
function number(name, raw, { min, integer = false }) {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new BenchError(
      `${name} must be ${integer ? 'an integer' : 'a number'} >= ${min} (got ${JSON.stringify(raw)})`,
    );
  }
  return value;
}

/**
 * The shell command that repeats this run: same scenarios, same BENCH_* settings.
 *
 * @param {BenchConfig} config
 */
export function rerunCommand(config) {
  const env = Object.entries(config.overrides).map(([name, value]) => `${name}=${quote(value)}`);
  const args = config.scenarioNames.length > 0 ? ['--', ...config.scenarioNames] : [];
  return [...env, 'npm', 'run', 'bench', ...args].join(' ');
}

/** @param {string} value */
function quote(value) {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
