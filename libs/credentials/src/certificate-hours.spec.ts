import { approvalHours } from './certificate-hours.js';

describe('approvalHours', () => {
  const board = { body: 'Sample Board', approvalNumber: 'SAMPLE-1', isSample: true };

  it('keeps the hours granted at issue, in the approval’s own unit', () => {
    expect(approvalHours({ ...board, minutesPerHour: 50, increment: 0.5, hours: 1.5 }, 95)).toEqual(
      {
        ...board,
        minutesPerHour: 50,
        increment: 0.5,
        hours: 1.5,
        hoursText: '1.5 contact hours of 50 minutes',
      },
    );
  });

  it('computes the hours from the minutes when a unit has none recorded', () => {
    expect(approvalHours({ ...board, minutesPerHour: 50, increment: 0.25 }, 95)).toMatchObject({
      hours: 1.75,
      hoursText: '1.75 contact hours of 50 minutes',
    });
  });

  it('reads a certificate issued before units as 60-minute quarter hours', () => {
    expect(approvalHours(board, 75)).toMatchObject({
      minutesPerHour: 60,
      increment: 0.25,
      hours: 1.25,
      hoursText: '1.25 contact hours of 60 minutes',
    });
  });
});
