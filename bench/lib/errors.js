/** A problem the person running the bench can fix; printed without a stack trace. */
export class BenchError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'BenchError';
  }
}

/** @param {unknown} error */
export function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
