import type { CeTopic, RenewalCycleRule, RequiredTopic } from './renewal-cycles.js';

/** Where a credit comes from: a Fascicle certificate or CE the learner recorded themselves. */
export type CreditSource = 'FASCICLE' | 'OUTSIDE';

export interface PlanCredit {
  id: string;
  source: CreditSource;
  provider: string;
  title: string;
  /** YYYY-MM-DD. */
  completedOn: string;
  hours: number;
  /** The part of `hours` that was self-paced (not live in person or in real time). */
  selfPacedHours: number;
  topics: readonly CeTopic[];
}

export interface RenewalPlanInput {
  /** The state's cycle, or null when Fascicle has none for it. */
  rule: RenewalCycleRule | null;
  state: string;
  /** The license's expiry (renewal) date, YYYY-MM-DD, or null when the learner has not given it. */
  expiresOn: string | null;
  /** Today, YYYY-MM-DD. */
  onDate: string;
  credits: readonly PlanCredit[];
}

export interface CountedCredit extends PlanCredit {
  /** What it adds to the cycle after the board's limits (self-paced cap, hours per day). */
  countedHours: number;
}

export interface TopicProgress extends RequiredTopic {
  earnedHours: number;
  met: boolean;
}

export interface RenewalPlan {
  state: string;
  /** YYYY-MM-DD, both ends included; null when the cycle or the expiry is unknown. */
  windowStart: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  requiredHours: number | null;
  earnedHours: number;
  countedHours: number;
  liveHours: number;
  selfPacedHours: number;
  stillNeededHours: number | null;
  /** The credits inside the window, oldest first. */
  credits: CountedCredit[];
  topics: TopicProgress[];
  /** Why some hours earned do not count (a cap reached), in plain words. */
  limits: string[];
  /** true when every known requirement is met; null when a figure needed to say is unknown. */
  complete: boolean | null;
  /** What the plan cannot answer from confirmed figures: never shown as a zero. */
  checkWithBoard: string[];
}

const FIGURE_NAMES: Record<string, string> = {
  hoursPerCycle: 'The hours per cycle',
  cycleMonths: 'The length of the cycle',
  minutesPerHour: 'The minutes in a credit hour',
  selfPacedMaxHours: 'The cap on self-paced hours',
  liveMinHours: 'The minimum of live hours',
  dailyMaxHours: 'The cap on hours per day',
};

/** Hours kept to two decimals, as certificates print them. */
const round = (hours: number) => Math.round(hours * 100) / 100;

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function daysFrom(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000);
}

/**
 * The first day of a window of `months` months ending on `end` (included): the day after the
 * same date `months` earlier, the day clamped to the month's length (29 Feb → 28 Feb).
 */
export function windowStartFor(end: string, months: number): string {
  const date = parseDay(end);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay) + 1);
  return formatDay(target);
}

/**
 * Counts credits against the board's limits, oldest first: self-paced hours beyond the cap,
 * and hours beyond the daily cap, do not count. Oldest first because that is the order in
 * which the learner earned them; no board we read says which to drop.
 */
function countCredits(
  rule: RenewalCycleRule,
  credits: readonly PlanCredit[],
): { counted: CountedCredit[]; overSelfPaced: number; overDaily: number } {
  let selfPacedLeft = rule.selfPacedMaxHours ?? Number.POSITIVE_INFINITY;
  let overSelfPaced = 0;
  let overDaily = 0;
  const perDay = new Map<string, number>();
  const counted = credits.map((credit) => {
    const selfPaced = Math.min(credit.selfPacedHours, credit.hours);
    const selfPacedCounted = Math.min(selfPaced, selfPacedLeft);
    selfPacedLeft -= selfPacedCounted;
    overSelfPaced += selfPaced - selfPacedCounted;
    let hours = credit.hours - selfPaced + selfPacedCounted;
    if (rule.dailyMaxHours !== null) {
      const used = perDay.get(credit.completedOn) ?? 0;
      const kept = Math.max(0, Math.min(hours, rule.dailyMaxHours - used));
      overDaily += hours - kept;
      hours = kept;
      perDay.set(credit.completedOn, used + kept);
    }
    return { ...credit, countedHours: round(hours) };
  });
  return { counted, overSelfPaced: round(overSelfPaced), overDaily: round(overDaily) };
}

function topicProgress(topic: RequiredTopic, credits: readonly CountedCredit[]): TopicProgress {
  const earned = round(
    credits
      .filter((credit) => credit.topics.some((t) => topic.anyOf.includes(t)))
      .reduce((sum, credit) => sum + credit.countedHours, 0),
  );
  const met = topic.hours === null ? earned > 0 : earned >= topic.hours;
  return { ...topic, earnedHours: earned, met };
}

function boardLines(rule: RenewalCycleRule): string[] {
  const lines: string[] = [];
  if (rule.hoursPerCycle === null)
    lines.push('Hours per cycle: not confirmed, check with your board.');
  if (rule.cycleMonths === null)
    lines.push('Length of the cycle: not confirmed, check with your board.');
  for (const topic of rule.topics) {
    if (topic.hours === null) {
      lines.push(`${topic.label}: the hours it needs were not confirmed, check with your board.`);
    }
  }
  for (const figure of rule.unconfirmedFields) {
    lines.push(
      `${FIGURE_NAMES[figure]} comes from a source we could not confirm: check with your board.`,
    );
  }
  return [...lines, ...rule.unconfirmed];
}

/**
 * A license's renewal plan on a date: the cycle window (the cycle's months ending on the
 * expiry date), the credits earned in it, what counts after the board's limits, the topics met
 * and missing, and what is still needed by the due date. A figure the rule does not confirm is
 * never counted as zero: the plan says to check it with the board instead.
 */
export function renewalPlan(input: RenewalPlanInput): RenewalPlan {
  const { rule, expiresOn, onDate } = input;
  const plan: RenewalPlan = {
    state: input.state,
    windowStart: null,
    dueOn: expiresOn,
    daysLeft: expiresOn ? daysFrom(onDate, expiresOn) : null,
    requiredHours: rule?.hoursPerCycle ?? null,
    earnedHours: 0,
    countedHours: 0,
    liveHours: 0,
    selfPacedHours: 0,
    stillNeededHours: null,
    credits: [],
    topics: [],
    limits: [],
    complete: null,
    checkWithBoard: [],
  };
  if (!rule) {
    plan.checkWithBoard.push(
      `Fascicle has no renewal rule for ${input.state} yet: check the hours and topics with your board.`,
    );
    return plan;
  }
  plan.checkWithBoard.push(...boardLines(rule));
  if (!expiresOn) {
    plan.checkWithBoard.unshift("Add your license's expiry date to see this cycle's window.");
    return plan;
  }
  if (rule.cycleMonths === null) return plan;
  const start = windowStartFor(expiresOn, rule.cycleMonths);
  plan.windowStart = start;
  const inWindow = input.credits
    .filter((credit) => credit.completedOn >= start && credit.completedOn <= expiresOn)
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.id.localeCompare(b.id));
  const { counted, overSelfPaced, overDaily } = countCredits(rule, inWindow);
  plan.credits = counted;
  plan.earnedHours = round(inWindow.reduce((sum, c) => sum + c.hours, 0));
  plan.countedHours = round(plan.credits.reduce((sum, c) => sum + c.countedHours, 0));
  plan.selfPacedHours = round(
    inWindow.reduce((sum, c) => sum + Math.min(c.selfPacedHours, c.hours), 0),
  );
  plan.liveHours = round(plan.earnedHours - plan.selfPacedHours);
  if (overSelfPaced > 0) {
    plan.limits.push(
      `Only ${rule.selfPacedMaxHours} self-paced hours count in a cycle: ${overSelfPaced} of yours do not.`,
    );
  }
  if (overDaily > 0) {
    plan.limits.push(
      `At most ${rule.dailyMaxHours} hours count for one day: ${overDaily} of yours do not.`,
    );
  }
  plan.topics = rule.topics.map((topic) => topicProgress(topic, plan.credits));
  const liveShort =
    rule.liveMinHours === null ? 0 : Math.max(0, rule.liveMinHours - plan.liveHours);
  if (liveShort > 0) {
    plan.limits.push(
      `At least ${rule.liveMinHours} hours must be live: ${round(liveShort)} more live hours are needed.`,
    );
  }
  if (rule.hoursPerCycle !== null) {
    plan.stillNeededHours = round(Math.max(0, rule.hoursPerCycle - plan.countedHours, liveShort));
    const topicsKnown = rule.topics.every((t) => t.hours !== null || t.when !== null);
    const topicsMet = plan.topics.every((t) => t.met || t.when !== null);
    plan.complete = plan.stillNeededHours === 0 && topicsMet ? (topicsKnown ? true : null) : false;
  }
  return plan;
}
