import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

export interface SeatInvitation {
  /** Stable per registration, so a calendar updates the same event rather than adding one. */
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** A lab's venue. */
  location: string | null;
  /** A webinar's join link. */
  url: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  stamp: Date;
}

/**
 * The iCalendar invitation (RFC 5545, METHOD:REQUEST per RFC 5546) for a seat. No time zone
 * is set, so DTSTART and DTEND are written in UTC (a trailing Z) and each calendar shows them
 * in its own zone.
 */
export function seatInvitationIcs(invite: SeatInvitation): string {
  const calendar = ical({
    prodId: { company: 'Fascicle', product: 'live-sessions', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: invite.uid,
    stamp: invite.stamp,
    start: invite.startsAt,
    end: invite.endsAt,
    summary: invite.title,
    description: invite.description,
    location: invite.location,
    url: invite.url,
    status: ICalEventStatus.CONFIRMED,
    organizer: invite.organizer,
    attendees: [
      {
        ...invite.attendee,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
  });
  return calendar.toString();
}
