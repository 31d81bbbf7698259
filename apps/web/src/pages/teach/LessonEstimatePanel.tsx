import type { CreditReportFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { minutesText, wholeMinutes } from './credit/credit-format';
import {
  liveEstimate,
  READING_WORDS_PER_MINUTE,
  seatTimeWarning,
  supportedWith,
} from './lesson-estimate';
import './credit/credit.css';

type Timing = CreditReportFieldsFragment['lessons'][number];

/**
 * The lesson's instructional time as the text stands, recomputed at every keystroke with the
 * server's own functions; and what that does to the course's claim.
 */
export function LessonEstimatePanel({
  bodyMarkdown,
  seatTimeMinutes,
  saved,
  report,
}: {
  bodyMarkdown: string;
  seatTimeMinutes: string;
  saved: { bodyMarkdown: string; timing: Timing | null };
  report: CreditReportFieldsFragment | null | undefined;
}) {
  const pilot = saved.timing?.pilot ?? null;
  const estimate = liveEstimate(bodyMarkdown, { bodyMarkdown: saved.bodyMarkdown, pilot });
  const warning = seatTimeWarning(seatTimeMinutes, estimate);
  const supported =
    report && saved.timing
      ? supportedWith(report, saved.timing.estimateMinutes, estimate.minutes)
      : null;
  return (
    <section className="credit-live" aria-labelledby="estimate-heading">
      <h2 id="estimate-heading">Instructional time</h2>
      <dl className="details">
        <dt>Words</dt>
        <dd>{estimate.words}</dd>
        <dt>Reading time</dt>
        <dd>
          {minutesText(estimate.readingMinutes)} at {READING_WORDS_PER_MINUTE} words a minute
        </dd>
        <dt>Estimate</dt>
        <dd>
          {minutesText(estimate.minutes)}{' '}
          {estimate.source === 'PILOT' && pilot && (
            <span className="muted">(the pilot’s median, {pilot.testers} testers)</span>
          )}
        </dd>
        <dt>Seat time it may require</dt>
        <dd>at most {wholeMinutes(estimate.maxSeatTimeMinutes)}</dd>
        {report && supported !== null && (
          <>
            <dt>The course</dt>
            <dd>
              claims {wholeMinutes(report.claimedMinutes)}; with this text it supports{' '}
              {wholeMinutes(supported)}{' '}
              {report.claimedMinutes > supported ? (
                <Badge tone="danger">Claims more than it supports</Badge>
              ) : (
                <Badge tone="ok">Within</Badge>
              )}
            </dd>
          </>
        )}
      </dl>
      {warning && (
        <p className="field-error">
          <span aria-hidden="true">✕ </span>
          {warning}
        </p>
      )}
      {estimate.pilotLapses && (
        <p className="notice notice-warn">
          The recorded pilot timed the saved text. Saving this change makes it stale, and the lesson
          falls back to its word count.
        </p>
      )}
    </section>
  );
}
