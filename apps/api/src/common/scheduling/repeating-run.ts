/**
 * Runs a job every so many minutes in this process, for the reminder jobs: the timer does not
 * keep the process alive, a failed run is handed to `onError` and the next run tries again
 * (each run claims its work in the database, so runs overlapping across replicas send once).
 */
export class RepeatingRun {
  private timer: NodeJS.Timeout | null = null;

  /** Every `minutes` (0: never, as configured for tests and one-off commands). */
  start(minutes: number, work: () => Promise<unknown>, onError: (error: unknown) => void): void {
    if (minutes === 0) return;
    this.timer = setInterval(() => {
      work().catch(onError);
    }, minutes * 60_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
