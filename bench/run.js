// `npm run bench [-- <scenario>...]`: each scenario against the built API and against a bare
// Fastify + pg baseline, on a throw-away PostgreSQL database, loopback only. Not part of
// `npm test`: numbers depend on the machine, so they are printed and saved, not asserted.
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Cleanup } from './lib/cleanup.js';
import { readConfig, rerunCommand, USAGE } from './lib/config.js';
import { createBenchDatabase, redact } from './lib/database.js';
import { BenchError, messageOf } from './lib/errors.js';
import { send } from './lib/http.js';
import { measure, stopLoad } from './lib/load.js';
import { killAllServersNow, stopAllServers } from './lib/processes.js';
import { formatScenario, ratios, writeResults } from './lib/report.js';
import { runApiCli, startApi, startBaseline } from './lib/servers.js';
import { findScenario, SCENARIOS } from './scenarios/index.js';

/** @import { BenchConfig } from './lib/config.js' */
/** @import { Server } from './lib/processes.js' */
/** @import { ScenarioResult } from './lib/report.js' */
/** @import { Scenario } from './lib/types.js' */

const cleanup = new Cleanup();

/** @param {string} text */
const say = (text) => process.stdout.write(`${text}\n`);

async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    process.stdout.write(`${USAGE}\nScenarios: ${SCENARIOS.map((s) => s.name).join(', ')}\n`);
    return;
  }
  const scenarios =
    config.scenarioNames.length > 0 ? config.scenarioNames.map(findScenario) : SCENARIOS;
  const startedAt = new Date();

  const database = await createBenchDatabase(config.databaseUrl);
  cleanup.add(`drop database ${database.name}`, database.drop);
  // Before the drop (steps run in reverse), and covering a server still starting up.
  cleanup.add('stop servers', stopAllServers);
  say(`bench: database ${database.name} on ${redact(config.databaseUrl)}`);

  // Shared by the API and every baseline: each verifies tokens the API issued.
  const jwtSecret = randomBytes(32).toString('base64url');
  const api = await startApi({ databaseUrl: database.url, jwtSecret });
  say(`bench: API at ${api.url} (pid ${api.pid})\n`);

  /** @type {ScenarioResult[]} */
  const results = [];
  for (const scenario of scenarios) {
    const result = await runScenario(scenario, api, {
      config,
      databaseUrl: database.url,
      jwtSecret,
    });
    results.push(result);
    process.stdout.write(`\n${formatScenario(result, config)}\n`);
  }

  const command = rerunCommand(config);
  const file = writeResults({
    config,
    command,
    startedAt,
    postgres: database.serverVersion,
    scenarios: results,
  });
  say(`Results: ${file}`);
  say(`Rerun:   ${command}`);
  say(
    `         (one scenario: npm run bench -- <name>; known: ${SCENARIOS.map((s) => s.name).join(', ')})`,
  );
}

/**
 * @param {Scenario} scenario
 * @param {Server} api
 * @param {{ config: BenchConfig, databaseUrl: string, jwtSecret: string }} context
 * @returns {Promise<ScenarioResult>}
 */
async function runScenario(scenario, api, { config, databaseUrl, jwtSecret }) {
  say(`bench: ${scenario.name}: setting up`);
  const request = await scenario.setup({
    url: api.url,
    cli: (args, env) => runApiCli({ databaseUrl, jwtSecret }, args, env),
  });
  const baseline = await startBaseline({ scenario: scenario.name, databaseUrl, jwtSecret });
  try {
    const expected = await compareAnswers(scenario, request, api, baseline);
    /** @param {Server} target @param {string} body */
    const load = (target, body) => {
      say(`bench: ${scenario.name}: loading ${target.name}`);
      return measure({
        target: `${scenario.name} on ${target.name}`,
        baseUrl: target.url,
        request,
        connections: config.connections,
        warmupSeconds: config.warmupSeconds,
        durationSeconds: config.durationSeconds,
        verifyBody: scenario.verifyBody ?? ((actual) => actual === body),
      });
    };
    // One at a time, so the two never compete for the CPU.
    const apiResult = await load(api, expected.api);
    const baselineResult = await load(baseline, expected.baseline);
    return {
      name: scenario.name,
      description: scenario.description,
      api: apiResult,
      baseline: baselineResult,
      ratios: ratios(apiResult, baselineResult),
    };
  } finally {
    await baseline.stop();
  }
}

/**
 * The comparison is only fair if both answer the same: same status class, equal JSON, no
 * GraphQL errors (which arrive with HTTP 200). Returns each target's exact body, which
 * every measured response must then repeat.
 *
 * @param {Scenario} scenario
 * @param {import('./lib/types.js').BenchRequest} request
 * @param {Server} api
 * @param {Server} baseline
 */
async function compareAnswers(scenario, request, api, baseline) {
  const answers = {
    api: await send(api.url, request),
    baseline: await send(baseline.url, request),
  };
  const parsed = Object.fromEntries(
    Object.entries(answers).map(([target, { status, text }]) => {
      /** @type {unknown} */
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const hasErrors = typeof json === 'object' && json !== null && 'errors' in json;
      if (status < 200 || status > 299 || json === undefined || hasErrors) {
        throw new BenchError(`${scenario.name}: ${target} answered HTTP ${status}: ${text}`);
      }
      return [target, json];
    }),
  );
  if (!isDeepStrictEqual(parsed.api, parsed.baseline)) {
    throw new BenchError(
      `${scenario.name}: the API and the baseline answer differently, so comparing them ` +
        `means nothing.\n  API:      ${answers.api.text}\n  baseline: ${answers.baseline.text}`,
    );
  }
  return { api: answers.api.text, baseline: answers.baseline.text };
}

/** @param {unknown} error */
function report(error) {
  process.stderr.write(
    `\nbench failed: ${error instanceof BenchError ? error.message : (error instanceof Error && error.stack) || messageOf(error)}\n`,
  );
}

// Ctrl-C: stop the load, the servers and drop the database before leaving. A second Ctrl-C
// does not wait (the servers are killed outright; the database may then be left behind).
let interrupted = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (interrupted) {
      killAllServersNow();
      process.exit(130);
    }
    interrupted = true;
    process.stderr.write(`\nbench: ${signal}, cleaning up (again to force)\n`);
    stopLoad();
    void cleanup.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.on('exit', killAllServersNow);

try {
  await main();
} catch (error) {
  if (!interrupted) {
    report(error);
    process.exitCode = 1;
  }
} finally {
  stopLoad();
  await cleanup.run();
}
