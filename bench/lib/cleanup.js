import { messageOf } from './errors.js';

/**
 * Undo steps (stop a server, drop the database) run last-in first-out, exactly once,
 * whether the run succeeds, fails or is interrupted: a leftover server or database would
 * skew or break the next run.
 */
export class Cleanup {
  /** @type {{ label: string, undo: () => unknown }[]} */
  #steps = [];
  /** @type {Promise<void> | null} */
  #running = null;

  /**
   * @param {string} label Named in the message if the step fails.
   * @param {() => unknown} undo
   */
  add(label, undo) {
    this.#steps.push({ label, undo });
  }

  /** Runs every step; a failing step is reported and does not stop the others. */
  run() {
    this.#running ??= this.#runAll();
    return this.#running;
  }

  async #runAll() {
    // A step added while earlier ones are running (an interrupted start-up) is run too.
    for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
      try {
        await step.undo();
      } catch (error) {
        process.stderr.write(`bench: cleanup failed (${step.label}): ${messageOf(error)}\n`);
      }
    }
  }
}
