import { registerEnumType } from '@nestjs/graphql';

/** How a live session meets: hands-on in a room, or online. */
export enum LiveSessionKind {
  LAB = 'LAB',
  WEBINAR = 'WEBINAR',
}

/** Where a learner stands for one session. */
export enum LiveRegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(LiveSessionKind, {
  name: 'LiveSessionKind',
  valuesMap: {
    LAB: { description: 'In person, at a venue: hands-on practice under instructors' },
    WEBINAR: { description: 'Online, through a join link' },
  },
});

registerEnumType(LiveRegistrationStatus, {
  name: 'LiveRegistrationStatus',
  valuesMap: {
    REGISTERED: { description: 'Has a seat' },
    WAITLISTED: { description: 'Waits for a seat; seats free in waitlist order' },
    CANCELLED: { description: 'Cancelled by the learner' },
  },
});
