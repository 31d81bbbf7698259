import { appendFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';

/** The most one report earns (ACTIVITY_CAP_SECONDS in @fascicle/learning): a minute. */
export const REPORT_CAP_MS = 60_000;
/** How often the lesson page reports (REPORT_EVERY_MS in the web app's useSeatTimeReporter). */
const REPORT_EVERY_MS = 15_000;

/**
 * Lets time pass on the journeys' server without waiting for it: appends the advance to the
 * file its clock reads (global setup names it). Every journey shares that server, so time only
 * moves forward and each advance moves it for all of them: advance a minute at a time, only
 * for seat time (access tokens last 15 minutes of server time, and no journey may depend on
 * time standing still).
 */
export function advanceServerClock(ms: number): void {
  const file = process.env['FASCICLE_CLOCK_OFFSET_FILE'];
  if (!file)
    throw new Error('FASCICLE_CLOCK_OFFSET_FILE is not set: run through playwright.config.ts');
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`advance by a whole, positive ms: ${ms}`);
  // One short append per advance: parallel workers cannot overwrite one another's.
  appendFileSync(file, `${ms}\n`);
}

/** The lesson page's seat-time report, if this request is one: whether it says `resumed`. */
function seatTimeReport(request: Request): { resumed: boolean } | null {
  if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return null;
  const body = request.postDataJSON() as {
    operationName?: string;
    variables?: { resumed?: boolean };
  } | null;
  if (body?.operationName !== 'RecordLessonActivity') return null;
  return { resumed: body.variables?.resumed !== false };
}

/** Each page's seat-time reports still waiting for their answer, from `installLessonClock`. */
const unanswered = new WeakMap<Page, Set<Promise<unknown>>>();

/**
 * Puts the page's timers on a clock the journey moves (`page.clock.install()`), and follows
 * its seat-time reports from then on, so `readLessonForAMinute` knows when none is on its
 * way. Call before the lesson opens: the page's first reports go out as it does.
 */
export async function installLessonClock(page: Page): Promise<void> {
  const pending = new Set<Promise<unknown>>();
  unanswered.set(page, pending);
  page.on('request', (request) => {
    if (seatTimeReport(request) === null) return;
    const answered: Promise<unknown> = request
      .response()
      .catch(() => null)
      .finally(() => pending.delete(answered));
    pending.add(answered);
  });
  await page.clock.install();
}

/**
 * The open lesson page earns a minute of seat time at once. Its first reports say `resumed`
 * and earn nothing (they start the server's count), so the page's clock runs report by report
 * until one goes out that the server will credit. Reports can reach the server out of order
 * (the page sends a `resumed` report at once when it opens and another when the reader reaches
 * the end), and a `resumed` report answered late would restart the count after the minute, so
 * every report sent so far is answered first. Then the server's clock moves a minute and one
 * more report carries it. The caller waits for what the page shows next.
 */
export async function readLessonForAMinute(page: Page): Promise<void> {
  const pending = unanswered.get(page);
  if (!pending) throw new Error('call installLessonClock(page) before the lesson opens');
  for (let tick = 1; ; tick += 1) {
    const next = page.waitForRequest((request) => seatTimeReport(request) !== null, {
      timeout: 10_000,
    });
    await page.clock.runFor(REPORT_EVERY_MS);
    const request = await next;
    if (!seatTimeReport(request)!.resumed) break;
    if (tick === 4) throw new Error('the lesson page still reports as resumed');
    // The page stops saying `resumed` once such a report has been answered.
    await request.response();
  }
  while (pending.size > 0) await Promise.all(pending);
  advanceServerClock(REPORT_CAP_MS);
  await page.clock.runFor(REPORT_EVERY_MS);
}
