import type { LiveRegistrationStatus, LiveSessionKind } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';
import { plural } from '../../ui/format';

export const KIND_WORDS: Record<LiveSessionKind, string> = {
  LAB: 'In-person lab',
  WEBINAR: 'Live webinar',
};

/**
 * A session's start and end in the reader's time zone (or `timeZone`), with the zone's name,
 * e.g. "Thu, Dec 10, 2026, 9:00 AM – 5:00 PM EST": a lab's learners travel to a room, so the
 * zone is never left to guess.
 */
export function sessionTimes(startsAt: string, endsAt: string, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** One moment with its zone, e.g. the cut-off: "Tue, Dec 8, 2026, 9:00 AM EST". */
export function momentWithZone(value: string, timeZone?: string): string {
  return new Date(value).toLocaleString(undefined, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  });
}

/** The reader's IANA zone, named once on the page ("Times are in Europe/Paris"). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface SeatCounts {
  capacity: number;
  seatsLeft: number;
  waitlistLength: number;
}

/** "3 of 12 seats left", "Full: 2 on the waitlist". */
export function seatWords({ capacity, seatsLeft, waitlistLength }: SeatCounts): string {
  if (seatsLeft > 0) return `${seatsLeft} of ${plural(capacity, 'seat')} left`;
  return waitlistLength > 0 ? `Full: ${waitlistLength} on the waitlist` : 'Full';
}

/** For the organiser: "9 of 12 seats taken, 2 waiting". */
export function registrationWords({ capacity, seatsLeft, waitlistLength }: SeatCounts): string {
  const taken = capacity - seatsLeft;
  const seats = `${taken} of ${plural(capacity, 'seat')} taken`;
  return waitlistLength > 0 ? `${seats}, ${waitlistLength} waiting` : seats;
}

/**
 * Whether the next registration gets a seat. Seats go to the waitlist first, so with anyone
 * waiting a newcomer waits too (as the API decides).
 */
export function offersSeat(counts: SeatCounts): boolean {
  return counts.seatsLeft > 0 && counts.waitlistLength === 0;
}

export interface MyRegistration {
  status: LiveRegistrationStatus;
  waitlistPosition: number | null;
}

/** The viewer's place, in words and a badge tone; null when they hold none. */
export function myPlace(
  registration: MyRegistration | null | undefined,
): { words: string; tone: Tone } | null {
  if (!registration) return null;
  switch (registration.status) {
    case 'REGISTERED':
      return { words: 'You have a seat', tone: 'ok' };
    case 'WAITLISTED':
      return registration.waitlistPosition
        ? { words: `Waitlist place ${registration.waitlistPosition}`, tone: 'warn' }
        : { words: 'On the waitlist', tone: 'warn' };
    case 'CANCELLED':
      return null;
  }
}

/** A seat or a waitlist place the viewer can still give up. */
export function holdsPlace(registration: MyRegistration | null | undefined): boolean {
  return registration?.status === 'REGISTERED' || registration?.status === 'WAITLISTED';
}
