import { describe, expect, it } from 'vitest';
import { emptyScheduleDraft, parseScheduleDraft, type ScheduleDraft } from './schedule-draft';

const LAB: ScheduleDraft = {
  ...emptyScheduleDraft('c-1'),
  title: 'Upper trapezius lab',
  venue: '12 Main St, Denver',
  joinUrl: 'https://meet.example.com/left-over',
  startsAt: '2027-03-10T09:00',
  endsAt: '2027-03-10T17:00',
  capacity: '12',
  instructors: '2',
  learnersPerInstructor: '6',
  registrationCutoffHours: '48',
};

describe('parseScheduleDraft', () => {
  it('sends a lab with its venue, no link, times as instants and numbers as numbers', () => {
    const parsed = parseScheduleDraft(LAB);
    expect(parsed).toEqual({
      ok: true,
      input: {
        courseId: 'c-1',
        kind: 'LAB',
        title: 'Upper trapezius lab',
        venue: '12 Main St, Denver',
        joinUrl: null,
        startsAt: new Date('2027-03-10T09:00').toISOString(),
        endsAt: new Date('2027-03-10T17:00').toISOString(),
        capacity: 12,
        instructors: 2,
        learnersPerInstructor: 6,
        registrationCutoffHours: 48,
      },
    });
  });

  it('sends a webinar with its link and no venue', () => {
    const parsed = parseScheduleDraft({ ...LAB, kind: 'WEBINAR' });
    expect(parsed.ok && parsed.input).toMatchObject({
      venue: null,
      joinUrl: 'https://meet.example.com/left-over',
    });
  });

  it('leaves the rules between fields to the API (a ratio too small still goes)', () => {
    expect(parseScheduleDraft({ ...LAB, capacity: '40', venue: '' }).ok).toBe(true);
  });

  it('names each field the browser cannot send, and sends nothing', () => {
    const parsed = parseScheduleDraft({
      ...emptyScheduleDraft(),
      capacity: '1.5',
      instructors: '',
      learnersPerInstructor: '-2',
      registrationCutoffHours: 'x',
    });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        courseId: 'Choose the course',
        startsAt: 'Choose the start date and time',
        endsAt: 'Choose the end date and time',
        capacity: 'Seats must be a whole number',
        instructors: 'Instructors must be a whole number',
        learnersPerInstructor: 'Learners per instructor must be a whole number',
        registrationCutoffHours: 'Cut-off (hours before the start) must be a whole number',
      },
    });
  });
});
