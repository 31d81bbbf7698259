import { describe, expect, it } from 'vitest';
import {
  holdsPlace,
  myPlace,
  offersSeat,
  registrationWords,
  seatWords,
  sessionTimes,
} from './live-session-words';

describe('live session words', () => {
  it('gives the times in the zone asked for, with its name', () => {
    const text = sessionTimes('2027-03-10T16:00:00Z', '2027-03-11T00:00:00Z', 'America/Denver');
    expect(text).toMatch(/9:00/);
    expect(text).toMatch(/5:00/);
    expect(text).toMatch(/MST|GMT-7/);
    expect(sessionTimes('2027-03-10T16:00:00Z', '2027-03-10T18:00:00Z', 'Asia/Tokyo')).toMatch(
      /1:00.*3:00/,
    );
  });

  it('counts the seats left, or the waitlist once full', () => {
    expect(seatWords({ capacity: 12, seatsLeft: 3, waitlistLength: 0 })).toBe('3 of 12 seats left');
    expect(seatWords({ capacity: 1, seatsLeft: 1, waitlistLength: 0 })).toBe('1 of 1 seat left');
    expect(seatWords({ capacity: 12, seatsLeft: 0, waitlistLength: 2 })).toBe(
      'Full: 2 on the waitlist',
    );
    expect(seatWords({ capacity: 12, seatsLeft: 0, waitlistLength: 0 })).toBe('Full');
  });

  it('tells the organiser the seats taken and who waits', () => {
    expect(registrationWords({ capacity: 12, seatsLeft: 3, waitlistLength: 0 })).toBe(
      '9 of 12 seats taken',
    );
    expect(registrationWords({ capacity: 2, seatsLeft: 0, waitlistLength: 1 })).toBe(
      '2 of 2 seats taken, 1 waiting',
    );
  });

  it('offers a seat only when one is free and nobody waits for it', () => {
    expect(offersSeat({ capacity: 2, seatsLeft: 1, waitlistLength: 0 })).toBe(true);
    expect(offersSeat({ capacity: 2, seatsLeft: 0, waitlistLength: 0 })).toBe(false);
    expect(offersSeat({ capacity: 2, seatsLeft: 1, waitlistLength: 1 })).toBe(false);
  });

  it('says where the viewer stands', () => {
    expect(myPlace({ status: 'REGISTERED', waitlistPosition: null })).toEqual({
      words: 'You have a seat',
      tone: 'ok',
    });
    expect(myPlace({ status: 'WAITLISTED', waitlistPosition: 3 })?.words).toBe('Waitlist place 3');
    expect(myPlace({ status: 'CANCELLED', waitlistPosition: null })).toBeNull();
    expect(myPlace(null)).toBeNull();
    expect(holdsPlace({ status: 'WAITLISTED', waitlistPosition: 1 })).toBe(true);
    expect(holdsPlace({ status: 'CANCELLED', waitlistPosition: null })).toBe(false);
  });
});
