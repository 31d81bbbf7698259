// `npm run bench [-- <scenario>...]`: each scenario against the built API, a bare Fastify + pg
// baseline and a minimal Nest + Apollo server on the same SQL, on a throw-away PostgreSQL
// database, loopback only. Not part of `npm test`: numbers depend on the machine, so they are
// printed and saved, not asserted.
import { isDeepStrictEqual } from 'node:util';
import { Cleanup, runCommand } from './lib/cleanup.js';
import { readConfig, rerunCommand, USAGE } from './lib/config.js';
import { createBenchDatabase, redact } from './lib/database.js';
import { BenchError } from './lib/errors.js';
import { send } from './lib/http.js';
import { measure, stopLoad } from './lib/load.js';
import { stopAllServers } from './lib/processes.js';
import { formatScenario, ratios, writeResults } from './lib/report.js';
import {
  newSecrets,
  runApiCli,
  startApi,
  startBaseline,
  startNestReference,
} from './lib/servers.js';
import { SCENARIO_NAMES, selectScenarios } from './scenarios/index.js';

/** @import { BenchConfig } from './lib/config.js' */
/** @import { BenchDatabase } from './lib/database.js' */
/** @import { Server } from './lib/processes.js' */
/** @import { ScenarioResult } from './lib/report.js' */
/** @import { LoadResult } from './lib/types.js' */
/** @import { Secrets } from './lib/servers.js' */
/** @import { BenchRequest, Scenario } from './lib/types.js' */

const cleanup = new Cleanup();

/** @param {string} text */
const say = (text) => process.stdout.write(`${text}\n`);

async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    process.stdout.write(`${USAGE}\nScenarios: ${SCENARIO_NAMES.join(', ')}\n`);
    return;
  }
  const { requests: scenarios, loads } = selectScenarios(config.scenarioNames);
  const startedAt = new Date();
  // The catch-all: any server still up when the run ends (steps run in reverse, so this is last).
  cleanup.add('stop servers', stopAllServers);
  // Shared by every API and baseline: each baseline verifies tokens the API issued.
  const secrets = newSecrets();

  /** @type {Environment | null} Database and API shared by the scenarios without their own. */
  let shared = null;
  let postgres = 'unknown';
  /** @type {(ScenarioResult | LoadResult)[]} */
  const results = [];
  for (const scenario of scenarios) {
    const ownDatabase = scenario.ownDatabase === true || scenario.apiEnv !== undefined;
    const environment = ownDatabase
      ? await startEnvironment(config, secrets, scenario.apiEnv)
      : (shared ??= await startEnvironment(config, secrets));
    postgres = environment.database.serverVersion;
    const result = await runScenario(scenario, environment, { config, secrets }).finally(
      // Its own database goes at once: the next scenario must not run beside it.
      () => ownDatabase && environment.close(),
    );
    results.push(result);
    process.stdout.write(`\n${formatScenario(result, config)}\n`);
  }
  // Each starts and stops servers and databases of its own; none may run beside them.
  if (loads.length > 0) await shared?.close();
  for (const scenario of loads) {
    say(`bench: ${scenario.name}: starting`);
    const outcome = await scenario.run({
      config,
      secrets,
      cleanup,
      progress: (text) => say(`bench: ${scenario.name}: ${text}`),
    });
    postgres = outcome.postgres;
    results.push(outcome.result);
    process.stdout.write(`\n${outcome.report}\n`);
  }

  const command = rerunCommand(config);
  const file = writeResults({
    config,
    command,
    startedAt,
    postgres,
    scenarios: results,
  });
  say(`Results: ${file}`);
  say(`Rerun:   ${command}`);
  say(`         (one scenario: npm run bench -- <name>; known: ${SCENARIO_NAMES.join(', ')})`);
}

/**
 * @typedef {object} Environment
 * @property {BenchDatabase} database
 * @property {Server} api
 * @property {() => Promise<void>} close Stops the API and drops the database (once; also
 *   at the end of the run if not called before).
 */

/**
 * A fresh database and the built API on it (which migrates it).
 *
 * @param {BenchConfig} config
 * @param {Secrets} secrets
 * @param {Record<string, string>} [env] Added to the API's environment.
 * @returns {Promise<Environment>}
 */
async function startEnvironment(config, secrets, env) {
  const steps = new Cleanup();
  const close = () => steps.run();
  cleanup.add('close a database and its API', close);
  const database = await createBenchDatabase(config.databaseUrl);
  steps.add(`drop database ${database.name}`, database.drop);
  say(`bench: database ${database.name} on ${redact(config.databaseUrl)}`);

  /** @type {Server | null} */
  let api = null;
  // Before the drop (steps run in reverse). An API interrupted while starting up has no
  // handle yet: then every server is stopped, since the run is ending anyway.
  steps.add('stop the API', () => (api ? api.stop() : stopAllServers()));
  api = await startApi({ databaseUrl: database.url, secrets, env });
  const extra = env ? ` with ${Object.keys(env).join(', ')}` : '';
  say(`bench: API at ${api.url} (pid ${api.pid})${extra}\n`);
  return { database, api, close };
}

/**
 * @param {Scenario} scenario
 * @param {Environment} environment
 * @param {{ config: BenchConfig, secrets: Secrets }} context
 * @returns {Promise<ScenarioResult>}
 */
async function runScenario(scenario, { database, api }, { config, secrets }) {
  say(`bench: ${scenario.name}: setting up`);
  const request = await scenario.setup({
    url: api.url,
    databaseUrl: database.url,
    cli: (args, env) =>
      runApiCli({ databaseUrl: database.url, secrets, env: scenario.apiEnv }, args, env),
    progress: (text) => say(`bench: ${scenario.name}: ${text}`),
  });
  const options = {
    scenario: scenario.name,
    databaseUrl: database.url,
    jwtSecret: secrets.jwtSecret,
  };
  /** @type {Server[]} Started beside the API, stopped when the scenario ends. */
  const references = [];
  try {
    const baseline = await startBaseline(options);
    references.push(baseline);
    const nestApollo = config.reference ? await startNestReference(options) : null;
    if (nestApollo) references.push(nestApollo);
    const expected = await compareAnswers(scenario, request, [api, ...references]);
    /** @param {Server} target */
    const load = (target) => {
      say(`bench: ${scenario.name}: loading ${target.name}`);
      const { verifyBody } = scenario;
      const answers = expected.get(target) ?? [];
      return measure({
        target: `${scenario.name} on ${target.name}`,
        baseUrl: target.url,
        pid: target.pid,
        request,
        connections: config.connections,
        warmupSeconds: config.warmupSeconds,
        durationSeconds: config.durationSeconds,
        verifyBody: verifyBody
          ? (actual) => verifyBody(actual)
          : (actual, index) => actual === answers[index],
      });
    };
    // One at a time, so that they never compete for the CPU.
    const apiResult = await load(api);
    const baselineResult = await load(baseline);
    const nestApolloResult = nestApollo ? await load(nestApollo) : null;
    return {
      name: scenario.name,
      description: scenario.description,
      api: apiResult,
      baseline: baselineResult,
      ratios: ratios(apiResult, baselineResult),
      nestApollo: nestApolloResult,
      nestApolloRatios: nestApolloResult ? ratios(apiResult, nestApolloResult) : null,
    };
  } finally {
    await Promise.all(references.map((server) => server.stop()));
  }
}

/**
 * The comparison is only fair if all answer the same: same status class, equal JSON, no
 * GraphQL errors (which arrive with HTTP 200). Returns each target's exact bodies, one per
 * body of the request (every one of a rotation is checked), which every measured response
 * must then repeat.
 *
 * @param {Scenario} scenario
 * @param {BenchRequest} request
 * @param {Server[]} targets The API first: every other must answer as it does.
 * @returns {Promise<Map<Server, string[]>>}
 */
async function compareAnswers(scenario, request, targets) {
  const bodies = request.bodies ?? [request.body];
  /** @type {Map<Server, string[]>} */
  const expected = new Map(targets.map((target) => [target, []]));
  for (const [index, body] of bodies.entries()) {
    const which = request.bodies ? ` (body ${index + 1} of ${bodies.length}: ${body})` : '';
    const one = { ...request, body };
    /** @type {{ target: Server, text: string, json: unknown }[]} */
    const answers = [];
    for (const target of targets) {
      const { status, text } = await send(target.url, one);
      /** @type {unknown} */
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const hasErrors = typeof json === 'object' && json !== null && 'errors' in json;
      if (status < 200 || status > 299 || json === undefined || hasErrors) {
        throw new BenchError(
          `${scenario.name}: ${target.name} answered HTTP ${status}${which}: ${text}`,
        );
      }
      answers.push({ target, text, json });
      expected.get(target)?.push(text);
    }
    const [first, ...others] = answers;
    for (const other of others) {
      if (first && !isDeepStrictEqual(first.json, other.json)) {
        const width = Math.max(first.target.name.length, other.target.name.length) + 1;
        throw new BenchError(
          `${scenario.name}: ${first.target.name} and ${other.target.name} answer ` +
            `differently${which}, so comparing them means nothing.\n` +
            `  ${`${first.target.name}:`.padEnd(width)} ${first.text.trimEnd()}\n` +
            `  ${`${other.target.name}:`.padEnd(width)} ${other.text.trimEnd()}`,
        );
      }
    }
  }
  return expected;
}

// Ctrl-C also stops the load before the servers go and the database is dropped.
await runCommand('bench', cleanup, main, stopLoad);
