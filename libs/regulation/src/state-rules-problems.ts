import { isLicensingJurisdiction } from '@fascicle/common';
import { versionsOf } from './rule-versions.js';
import type { DryNeedlingRule, StateRule, StateRules } from './state-rules.js';

/**
 * Hosts whose pages summarise state law for marketing or as a secondary source (course
 * sellers, clinics, aggregators, AI-written summaries). They may point a researcher to a
 * statute; they are never the source of a legal requirement.
 */
export const SECONDARY_HOSTS = [
  'myopainseminars.com',
  'therapycomply.com',
  'pphc.co',
  'masterdryneedling.com',
  'legalclarity.org',
  'elitelearning.com',
  'integrativedryneedling.com',
  'integrativedn.com',
  'citizenportal.ai',
  'getpocketlaw.com',
  'self-law.org',
  'wweek.com',
  'aptamd.org',
  'memberclicks.net',
  'pages.dev',
  'fdocuments.net',
];

/** A check is as old as a course review may be (see the catalog's disclosure rules). */
const MAX_CHECK_AGE_YEARS = 3;

/**
 * What keeps the state table from being shipped as fact: sentences naming the state and
 * field, empty when every row stands on a primary source, dated when read.
 */
export function stateRulesProblems(rules: StateRules, today: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const state of rules.states) {
    const at = `${rules.file} ${state.code}`;
    if (!isLicensingJurisdiction(state.code))
      problems.push(`${at}: not a US licensing jurisdiction`);
    if (seen.has(state.code)) problems.push(`${at}: the state appears twice`);
    seen.add(state.code);
    problems.push(...versionProblems(state, at));
    for (const rule of versionsOf(state)) {
      const where =
        rule === state || state.history.length === 0
          ? at
          : `${at} (version of ${rule.effective ?? 'the first'})`;
      problems.push(...sourceProblems(rule, where, today), ...figureProblems(rule, where));
    }
  }
  return problems;
}

/**
 * Versions run oldest first: only the oldest may have no effective date (in force since before
 * the sources we read), and each later one starts after the one before.
 */
function versionProblems(state: StateRule, at: string): string[] {
  const problems: string[] = [];
  const versions = versionsOf(state);
  versions.forEach((rule, i) => {
    const before = versions[i - 1];
    if (i > 0 && rule.effective === null) {
      problems.push(`${at}: only the oldest version may have no effective date`);
    } else if (before?.effective && rule.effective && rule.effective <= before.effective) {
      problems.push(`${at}: the version of ${rule.effective} must start after the one before it`);
    }
  });
  return problems;
}

function sourceProblems(state: DryNeedlingRule, at: string, today: string): string[] {
  const problems: string[] = [];
  // A state is "unclear" exactly when no primary source was found: then it has none to list.
  if (state.sources.length === 0 && state.status !== 'UNCLEAR') {
    problems.push(`${at}: no primary source`);
  }
  if (state.sources.length === 0 && state.requirementsConfirmed) {
    problems.push(`${at}: requirements cannot be confirmed without a primary source`);
  }
  const oldest = `${Number(today.slice(0, 4)) - MAX_CHECK_AGE_YEARS}${today.slice(4)}`;
  for (const source of state.sources) {
    const where = `${at} source "${source.citation}"`;
    let host = '';
    try {
      const url = new URL(source.url);
      host = url.hostname.toLowerCase();
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        problems.push(`${where}: the URL must be a web address`);
      }
    } catch {
      problems.push(`${where}: the URL is not a web address`);
    }
    const secondary = SECONDARY_HOSTS.find((name) => host === name || host.endsWith(`.${name}`));
    if (secondary) {
      problems.push(`${where}: ${secondary} is a vendor or secondary page, not a primary source`);
    }
    if (source.checkedOn > today) problems.push(`${where}: checkedOn is in the future`);
    if (source.checkedOn < oldest) {
      problems.push(
        `${where}: checked on ${source.checkedOn}; check it again (at most ${MAX_CHECK_AGE_YEARS} years)`,
      );
    }
  }
  const dated =
    state.effective !== null || state.sources.some((source) => source.effective !== null);
  if (
    state.sources.length > 0 &&
    !dated &&
    !state.unconfirmed.some((line) => /effective/i.test(line))
  ) {
    problems.push(
      `${at}: no source gives an effective date; give one or say in unconfirmed why not`,
    );
  }
  return problems;
}

function figureProblems(state: DryNeedlingRule, at: string): string[] {
  const problems: string[] = [];
  const figures = {
    trainingHours: state.trainingHours,
    inPersonHours: state.inPersonHours,
    yearsLicensed: state.yearsLicensed,
    supervisedSessions: state.supervisedSessions,
    trainingWithinYears: state.trainingWithinYears,
  };
  for (const [field, value] of Object.entries(figures)) {
    if (value !== null && (!Number.isFinite(value) || value < 0)) {
      problems.push(`${at}: ${field} must be a number of zero or more, or null`);
    }
  }
  if (
    state.trainingHours !== null &&
    state.inPersonHours !== null &&
    state.inPersonHours > state.trainingHours
  ) {
    problems.push(`${at}: inPersonHours exceeds trainingHours`);
  }
  if (state.status === 'NOT_PERMITTED' && state.trainingHours !== null) {
    problems.push(`${at}: a state that does not permit dry needling sets no training hours`);
  }
  return problems;
}
