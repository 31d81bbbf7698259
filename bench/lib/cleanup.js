import { BenchError, messageOf } from './errors.js';
import { killAllServersNow } from './processes.js';

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

/**
 * A bench command's whole run: `main`, then `cleanup` (also after a failure). A first Ctrl-C
 * (or SIGTERM) calls `onInterrupt`, runs the cleanup and leaves; a second kills the servers
 * at once without waiting (a database may then be left behind). A failure is printed as
 * `<name> failed: …`, a BenchError without its stack, and the exit code is 1.
 *
 * @param {string} name e.g. `bench:web`
 * @param {Cleanup} cleanup
 * @param {() => Promise<void>} main
 * @param {() => void} [onInterrupt] e.g. stop the load first
 */
export async function runCommand(name, cleanup, main, onInterrupt = () => {}) {
  let interrupted = false;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      if (interrupted) {
        killAllServersNow();
        process.exit(130);
      }
      interrupted = true;
      process.stderr.write(`\n${name}: ${signal}, cleaning up (again to force)\n`);
      onInterrupt();
      void cleanup.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.on('exit', killAllServersNow);
  try {
    await main();
  } catch (error) {
    if (!interrupted) {
      const detail =
        error instanceof BenchError
          ? error.message
          : (error instanceof Error && error.stack) || messageOf(error);
      process.stderr.write(`\n${name} failed: ${detail}\n`);
      process.exitCode = 1;
    }
  } finally {
    onInterrupt();
    await cleanup.run();
  }
}
