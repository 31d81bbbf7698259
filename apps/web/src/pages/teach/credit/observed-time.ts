import { minutesText } from './credit-format';

interface ObservedFigures {
  basis: string;
  activeMedianMinutes?: number | null;
  activeQ1Minutes?: number | null;
  activeQ3Minutes?: number | null;
  readingMedianMinutes?: number | null;
  readingQ1Minutes?: number | null;
  readingQ3Minutes?: number | null;
}

/** "12 min (9–15 min)" from the figures the basis names; "—" when there are none. */
export function observedRange(lesson: ObservedFigures): string {
  const reading = lesson.basis === 'READING';
  const median = reading ? lesson.readingMedianMinutes : lesson.activeMedianMinutes;
  const q1 = reading ? lesson.readingQ1Minutes : lesson.activeQ1Minutes;
  const q3 = reading ? lesson.readingQ3Minutes : lesson.activeQ3Minutes;
  if (median === null || median === undefined) return '—';
  const range =
    q1 === null || q1 === undefined || q3 === null || q3 === undefined
      ? ''
      : ` (${minutesText(q1).replace(' min', '')}–${minutesText(q3)})`;
  return `${minutesText(median)}${range}`;
}
