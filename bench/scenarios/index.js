import { BenchError } from '../lib/errors.js';
import catalog from './catalog.js';
import me from './me.js';
import { verify10k, verify1m } from './verify.js';

/** @import { Scenario } from '../lib/types.js' */

/** Every scenario, in the order `npm run bench` runs them. A new scenario is added here. */
export const SCENARIOS = /** @type {Scenario[]} */ ([me, catalog, verify10k, verify1m]);

/** @param {string} name */
export function findScenario(name) {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) {
    const known = SCENARIOS.map((candidate) => candidate.name).join(', ');
    throw new BenchError(`Unknown scenario "${name}" (known: ${known})`);
  }
  return scenario;
}
