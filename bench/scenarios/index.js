import { BenchError } from '../lib/errors.js';
import catalog from './catalog.js';
import compliance from './compliance.js';
import me from './me.js';
import twoProcesses from './two-processes.js';
import { verify10k, verify1m } from './verify.js';

/** @import { LoadScenario, Scenario } from '../lib/types.js' */

/**
 * Every request scenario (one request, API against the Fastify baseline), in the order
 * `npm run bench` runs them. A new one is added here.
 */
export const SCENARIOS = /** @type {Scenario[]} */ ([me, catalog, verify10k, verify1m]);

/** Every load scenario (servers and load of its own), run after the request scenarios. */
export const LOAD_SCENARIOS = /** @type {LoadScenario[]} */ ([twoProcesses, compliance]);

export const SCENARIO_NAMES = [...SCENARIOS, ...LOAD_SCENARIOS].map((s) => s.name);

/** A request scenario, by name (what the baseline server serves). @param {string} name */
export function findScenario(name) {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) throw unknown(name);
  return scenario;
}

/**
 * The scenarios to run: those named (every one if none is), request scenarios first.
 *
 * @param {string[]} names
 */
export function selectScenarios(names) {
  for (const name of names) if (!SCENARIO_NAMES.includes(name)) throw unknown(name);
  /** @template {{ name: string }} T @param {T[]} list In the order named. */
  const chosen = (list) =>
    names.length === 0 ? list : names.flatMap((name) => list.filter((s) => s.name === name));
  return { requests: chosen(SCENARIOS), loads: chosen(LOAD_SCENARIOS) };
}

/** @param {string} name */
const unknown = (name) =>
  new BenchError(`Unknown scenario "${name}" (known: ${SCENARIO_NAMES.join(', ')})`);
