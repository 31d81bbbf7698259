import { DEFAULT_LIVE_CREDIT_RULE, liveCredit, type LiveSessionSchedule } from './live-credit.js';

const at = (hhmmss: string) => new Date(`2026-03-14T${hhmmss}Z`);
// A four-hour lab, 09:00 to 13:00: 240 minutes.
const lab: LiveSessionSchedule = {
  startsAt: at('09:00:00'),
  endsAt: at('13:00:00'),
  requiresFullAttendance: true,
};
const webinar: LiveSessionSchedule = { ...lab, requiresFullAttendance: false };
const attended = (checkIn: string | null, checkOut: string | null) => ({
  checkedInAt: checkIn === null ? null : at(checkIn),
  checkedOutAt: checkOut === null ? null : at(checkOut),
});

describe('liveCredit', () => {
  it('credits the scheduled length, and no more, to someone there from before start to after end', () => {
    expect(liveCredit(lab, attended('08:40:00', '13:30:00'))).toEqual({
      outcome: 'FULL',
      creditedMinutes: 240,
      attendedMinutes: 240,
      scheduledMinutes: 240,
    });
  });

  it('counts a check-in exactly at the end of the late-arrival grace from the start', () => {
    expect(liveCredit(lab, attended('09:05:00', '13:00:00')).creditedMinutes).toBe(240);
  });

  it('takes the whole lateness off one minute past the grace, not just the minute over', () => {
    expect(liveCredit(lab, attended('09:06:00', '13:00:00'))).toMatchObject({
      outcome: 'PARTIAL',
      creditedMinutes: 234,
    });
  });

  it('never rounds a part minute up', () => {
    // 09:06:30 to 13:00 is 233.5 minutes.
    expect(liveCredit(lab, attended('09:06:30', '13:00:00')).creditedMinutes).toBe(233);
  });

  it('forgives a check-out at most the grace before the end, and no earlier one', () => {
    expect(liveCredit(lab, attended('09:00:00', '12:55:00')).creditedMinutes).toBe(240);
    expect(liveCredit(lab, attended('09:00:00', '12:54:00')).creditedMinutes).toBe(234);
  });

  it('credits a full-attendance session at exactly the required share, and nothing a minute below it', () => {
    // 75 % of 240 minutes is 180: 09:00 to 12:00 is exactly that.
    expect(liveCredit(lab, attended('09:00:00', '12:00:00'))).toMatchObject({
      outcome: 'PARTIAL',
      creditedMinutes: 180,
    });
    expect(liveCredit(lab, attended('09:00:00', '11:59:00'))).toEqual({
      outcome: 'BELOW_REQUIRED_SHARE',
      creditedMinutes: 0,
      attendedMinutes: 179,
      scheduledMinutes: 240,
    });
  });

  it('credits the attended minutes of a session that does not require full attendance', () => {
    expect(liveCredit(webinar, attended('09:00:00', '10:00:00'))).toMatchObject({
      outcome: 'PARTIAL',
      creditedMinutes: 60,
    });
  });

  it('credits nothing without a check-in, without a check-out, or outside the window', () => {
    expect(liveCredit(webinar, attended(null, null)).outcome).toBe('NOT_ATTENDED');
    expect(liveCredit(webinar, attended('09:00:00', null))).toMatchObject({
      outcome: 'NO_CHECK_OUT',
      creditedMinutes: 0,
    });
    expect(liveCredit(webinar, attended('13:00:00', '13:30:00')).outcome).toBe('NOT_ATTENDED');
    expect(liveCredit(webinar, attended('08:00:00', '08:59:00')).outcome).toBe('NOT_ATTENDED');
    // A check-out before the check-in (a bad correction) earns nothing rather than a negative.
    expect(liveCredit(webinar, attended('11:00:00', '10:00:00')).creditedMinutes).toBe(0);
  });

  it('takes its thresholds as parameters', () => {
    const strict = {
      ...DEFAULT_LIVE_CREDIT_RULE,
      lateArrivalGraceMinutes: 0,
      fullAttendanceSharePercent: 100,
    };
    expect(liveCredit(lab, attended('09:01:00', '13:00:00'), strict)).toMatchObject({
      outcome: 'BELOW_REQUIRED_SHARE',
      attendedMinutes: 239,
    });
    const lenient = { ...DEFAULT_LIVE_CREDIT_RULE, lateArrivalGraceMinutes: 15 };
    expect(liveCredit(lab, attended('09:15:00', '13:00:00'), lenient).creditedMinutes).toBe(240);
    expect(liveCredit(lab, attended('09:16:00', '13:00:00'), lenient).creditedMinutes).toBe(224);
  });

  it('refuses a session that does not end after it starts, and a negative threshold', () => {
    expect(() => liveCredit({ ...lab, endsAt: lab.startsAt }, attended(null, null))).toThrow(
      RangeError,
    );
    expect(() =>
      liveCredit(lab, attended(null, null), {
        ...DEFAULT_LIVE_CREDIT_RULE,
        lateArrivalGraceMinutes: -1,
      }),
    ).toThrow(RangeError);
  });
});
