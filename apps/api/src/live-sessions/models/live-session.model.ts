import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { LiveSessionRegistrationEntity } from '../entities/live-session-registration.entity.js';
import type { LiveSessionEntity } from '../entities/live-session.entity.js';
import { LiveRegistrationStatus, LiveSessionKind } from '../live-session-kind.js';
import { registrationClosesAt } from '../live-session-rules.js';
import type { RegistrationView } from '../live-session-registrations.service.js';

@ObjectType('LiveSession', {
  description: 'An in-person lab or a live webinar of a course or of a credential program',
})
export class LiveSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "The course; null for a program's session" })
  courseId: string | null;

  @Field(() => ID, { nullable: true, description: "The program; null for a course's session" })
  programId: string | null;

  @Field(() => LiveSessionKind)
  kind: LiveSessionKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: "A lab's address; null for a webinar" })
  venue: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => Int, { description: 'Seats in all' })
  capacity: number;

  @Field(() => Int, { description: 'Instructors present' })
  instructors: number;

  @Field(() => Int, { description: 'At most this many learners for each instructor' })
  learnersPerInstructor: number;

  @Field(() => Int, { description: 'Registration and cancellation close this long before' })
  registrationCutoffHours: number;

  @Field(() => GraphQLISODateTime, { description: 'When registration and cancellation close' })
  registrationClosesAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null unless cancelled' })
  cancelledAt: Date | null;

  createdBy: string;
  joinUrlValue: string | null;

  static from(entity: LiveSessionEntity): LiveSessionModel {
    return Object.assign(new LiveSessionModel(), {
      id: entity.id,
      courseId: entity.courseId,
      programId: entity.programId,
      kind: entity.kind,
      title: entity.title,
      venue: entity.venue,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      capacity: entity.capacity,
      instructors: entity.instructors,
      learnersPerInstructor: entity.learnersPerInstructor,
      registrationCutoffHours: entity.cutoffHours,
      registrationClosesAt: registrationClosesAt(entity),
      cancelledAt: entity.cancelledAt,
      createdBy: entity.createdBy,
      joinUrlValue: entity.joinUrl,
    });
  }
}

@ObjectType()
export class LiveSessionConnection extends ConnectionType(LiveSessionModel, 'LiveSession') {}

@ObjectType('LiveSessionRegistration', { description: "A learner's place at a live session" })
export class LiveSessionRegistrationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => LiveRegistrationStatus)
  status: LiveRegistrationStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Place on the waitlist, 1 being next; null unless waitlisted',
  })
  waitlistPosition: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When the status last changed' })
  updatedAt: Date;

  static from(view: RegistrationView): LiveSessionRegistrationModel {
    const entity: LiveSessionRegistrationEntity = view.registration;
    return Object.assign(new LiveSessionRegistrationModel(), {
      id: entity.id,
      sessionId: entity.sessionId,
      status: entity.status,
      waitlistPosition: view.waitlistPosition,
      updatedAt: entity.updatedAt,
    });
  }
}
