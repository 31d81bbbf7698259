import { randomBytes } from 'node:crypto';
import { Cleanup } from '../lib/cleanup.js';
import { createBenchDatabase } from '../lib/database.js';
import { GraphqlLoadClient } from '../lib/graphql-load.js';
import { countRedisKeys, deleteRedisKeys, pingRedis } from '../lib/redis.js';
import { runApiCli, startApi } from '../lib/servers.js';
import { checkWrites } from './two-processes/checks.js';
import { publishQuizCourse } from './two-processes/course.js';
import { runLearnerLoad } from './two-processes/learner-load.js';
import { createLearners, enrollAll } from './two-processes/learners.js';
import { formatReport, kindRatios } from './two-processes/report.js';

/** @import { Server } from '../lib/processes.js' */
/** @import { LoadContext, LoadScenario } from '../lib/types.js' */
/** @import { TargetRun } from './two-processes/report.js' */

const NAME = 'two-processes';
/** Lost-write lines kept per list in the saved results. */
const SAVED_EXAMPLES = 20;

/**
 * The same learners' load on two API processes sharing one PostgreSQL database and one Redis,
 * then on one process: what a second replica buys, and that nothing acknowledged is lost when
 * requests for one learner land on either process.
 *
 * @type {LoadScenario}
 */
export default {
  name: NAME,
  description:
    'learners submit a quiz all at once while others report seat time, on 2 API processes vs 1',

  async run(context) {
    const { config, progress } = context;
    const { learners: settings } = config;
    await pingRedis(settings.redisUrl);
    const description =
      `${settings.submitters.toLocaleString('en')} learners submit a quiz at once while ` +
      `${settings.heartbeaters.toLocaleString('en')} report seat time, on 2 API processes vs 1`;
    const two = await runTarget(2, context);
    const one = await runTarget(1, context);
    /** @type {[TargetRun, TargetRun]} */
    const runs = [two.run, one.run];
    const failures = runs.map(failureOf).filter(Boolean);
    if (failures.length > 0) {
      // Reported, then failed (exit code 1): a load run with errors or lost writes is not one
      // to quote, and CI's smoke run must notice it.
      process.exitCode = 1;
      progress(`failed: ${failures.join('; ')}`);
    }
    return {
      postgres: two.postgres,
      report: formatReport({ description, settings, runs }),
      result: {
        name: NAME,
        description,
        settings,
        runs: runs.map((run) => ({
          ...run,
          writes: {
            checked: run.writes.checked,
            lostCount: Object.fromEntries(
              Object.entries(run.writes.lost).map(([kind, lines]) => [kind, lines.length]),
            ),
            lost: Object.fromEntries(
              Object.entries(run.writes.lost).map(([kind, lines]) => [
                kind,
                lines.slice(0, SAVED_EXAMPLES),
              ]),
            ),
          },
        })),
        ratios: kindRatios(two.run, one.run),
      },
    };
  },
};

/**
 * What went wrong in a run, if anything: requests answered with an error, submitters left out,
 * acknowledged writes the database does not hold.
 *
 * @param {TargetRun} run
 * @returns {string}
 */
function failureOf(run) {
  const errors = Object.values(run.kinds).reduce(
    (sum, kind) => sum + Object.values(kind.errors).reduce((a, b) => a + b, 0),
    0,
  );
  const lost = Object.values(run.writes.lost).reduce((sum, lines) => sum + lines.length, 0);
  const problems = [
    errors > 0 ? `${errors} errors` : '',
    run.unprepared > 0 ? `${run.unprepared} submitters left out` : '',
    lost > 0 ? `${lost} lost writes` : '',
  ].filter(Boolean);
  return problems.length > 0 ? `${run.label}: ${problems.join(', ')}` : '';
}

/**
 * One configuration from scratch: a fresh database, `processes` APIs on it sharing a Redis key
 * prefix of their own, the course and learners, the load, the SQL checks; then everything it
 * started is stopped, its database dropped and its Redis keys deleted.
 *
 * @param {number} processes
 * @param {LoadContext} context
 * @returns {Promise<{ run: TargetRun, postgres: string }>}
 */
async function runTarget(processes, { config, secrets, cleanup, progress }) {
  const { learners: settings } = config;
  const label = processes === 1 ? '1 API' : `${processes} APIs`;
  const say = (/** @type {string} */ text) => progress(`${label}: ${text}`);
  const steps = new Cleanup();
  cleanup.add(`close the ${label} run`, () => steps.run());
  try {
    const database = await createBenchDatabase(config.databaseUrl);
    steps.add(`drop database ${database.name}`, database.drop);
    const prefix = `fascicle-bench:${randomBytes(6).toString('hex')}:`;
    steps.add(`delete Redis keys ${prefix}*`, () => deleteRedisKeys(settings.redisUrl, prefix));
    const env = { REDIS_URL: settings.redisUrl, REDIS_KEY_PREFIX: prefix };
    /** @type {Server[]} */
    const apis = [];
    steps.add('stop the APIs', () => Promise.all(apis.map((api) => api.stop())));
    // One after the other: the first migrates the fresh database, the second finds it done.
    for (let i = 0; i < processes; i += 1) {
      apis.push(await startApi({ databaseUrl: database.url, secrets, env }));
    }
    say(`database ${database.name}, API pids ${apis.map((api) => api.pid).join(', ')}`);
    const setupUrl = /** @type {Server} */ (apis[0]).url;
    const course = await publishQuizCourse(setupUrl, (args, extra) =>
      runApiCli({ databaseUrl: database.url, secrets, env }, args, extra),
    );
    const learners = await createLearners({
      url: setupUrl,
      databaseUrl: database.url,
      jwtSecret: secrets.jwtSecret,
      count: settings.submitters + settings.heartbeaters,
    });
    const client = new GraphqlLoadClient(apis.map((api) => api.url));
    try {
      const enrollSeconds = await enrollAll(client, learners, course.courseId);
      say(`${learners.length} learners enrolled in ${enrollSeconds.toFixed(1)} s; loading`);
      const { acknowledged, ...load } = await runLearnerLoad(client, {
        course,
        submitters: learners.slice(0, settings.submitters),
        heartbeaters: learners.slice(settings.submitters),
        heartbeatSeconds: settings.heartbeatSeconds,
        intervalSeconds: settings.heartbeatIntervalSeconds,
      });
      say('checking the writes');
      const writes = await checkWrites(database.url, course.lessonId, acknowledged);
      const redisKeys = await countRedisKeys(settings.redisUrl, prefix);
      return {
        run: { processes, label, enrollSeconds, ...load, writes, redisKeys },
        postgres: database.serverVersion,
      };
    } finally {
      client.close();
    }
  } finally {
    await steps.run();
  }
}
