/** What a program asks beyond its courses, as the admin screen shows it. */
export interface HandsOnView {
  liveMinutes: { sessionKind: 'LAB' | 'WEBINAR' | null; minimumMinutes: number }[];
  practicalExam: boolean;
  supervisedSessions: { minimumCount: number; withinDays: number | null } | null;
  supervisorRule: { citation: string } | null;
}

const KIND = { LAB: 'in-person lab', WEBINAR: 'live webinar' } as const;

/** One sentence: "Courses only." or the hours, the exam and the sessions it asks. */
export function handsOnSummary(view: HandsOnView | null): string {
  if (!view) return 'Courses only: a coursework credential.';
  const parts = [
    ...view.liveMinutes.map(
      (live) =>
        `${live.minimumMinutes / 60} hours of ${live.sessionKind ? KIND[live.sessionKind] : 'live'} sessions`,
    ),
    ...(view.practicalExam ? ['a passed practical examination'] : []),
    ...(view.supervisedSessions
      ? [
          `${view.supervisedSessions.minimumCount} confirmed supervised sessions${
            view.supervisedSessions.withinDays
              ? ` within ${view.supervisedSessions.withinDays} days of starting`
              : ''
          }`,
        ]
      : []),
  ];
  const rule = view.supervisorRule ? ` Supervisors must meet ${view.supervisorRule.citation}.` : '';
  return `Beyond its courses: ${parts.join(', ')}.${rule}`;
}
