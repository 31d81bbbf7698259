import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type {
  QualificationSnapshot,
  SupervisedSessionEntity,
} from '../entities/supervised-session.entity.js';
import type { SupervisorQualificationEntity } from '../entities/supervisor-qualification.entity.js';
import { BodyRegion, SupervisedSessionStatus } from '../practice-log-kinds.js';

@ObjectType('SupervisorQualification', {
  description: "A supervisor's license and dry needling experience, as they recorded it",
})
export class SupervisorQualificationModel {
  @Field()
  licenseState: string;

  @Field()
  licenseNumber: string;

  @Field(() => Int, { description: 'Whole years of dry needling practice' })
  dryNeedlingYears: number;

  @Field(() => Int, { description: 'Dry needling sessions of their own' })
  ownSessions: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether they meet the program state's own rule for dry needling; null: not stated",
  })
  meetsStateQualification: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last recorded' })
  updatedAt: Date | null;

  static from(entity: SupervisorQualificationEntity): SupervisorQualificationModel {
    return Object.assign(new SupervisorQualificationModel(), {
      licenseState: entity.licenseState,
      licenseNumber: entity.licenseNumber,
      dryNeedlingYears: entity.dryNeedlingYears,
      ownSessions: entity.ownSessions,
      meetsStateQualification: entity.meetsStateQualification,
      updatedAt: entity.updatedAt,
    });
  }

  static fromSnapshot(snapshot: QualificationSnapshot): SupervisorQualificationModel {
    return Object.assign(new SupervisorQualificationModel(), {
      licenseState: snapshot.licenseState,
      licenseNumber: snapshot.licenseNumber,
      dryNeedlingYears: snapshot.dryNeedlingYears,
      ownSessions: snapshot.ownSessions,
      meetsStateQualification: snapshot.meetsStateQualification ?? null,
      updatedAt: null,
    });
  }
}

@ObjectType('SupervisedSession', {
  description: 'A supervised patient session a learner recorded; nothing in it names the patient',
})
export class SupervisedSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  learnerId: string;

  @Field(() => ID)
  programId: string;

  @Field({ description: 'YYYY-MM-DD' })
  sessionDate: string;

  @Field(() => [BodyRegion])
  bodyRegions: BodyRegion[];

  @Field(() => [String])
  muscles: string[];

  @Field(() => Int)
  needleCount: number;

  @Field(() => ID)
  supervisorId: string;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => SupervisedSessionStatus)
  status: SupervisedSessionStatus;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the supervisor confirmed or rejected it',
  })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The supervisor's reason for rejecting it" })
  rejectionReason: string | null;

  @Field(() => SupervisorQualificationModel, {
    nullable: true,
    description: "The supervisor's qualification as it stood when they confirmed the session",
  })
  confirmedQualification: SupervisorQualificationModel | null;

  /** The stored copy behind `confirmedQualification`, for rules that check it (not a field). */
  qualificationSnapshot: QualificationSnapshot | null;

  static from(entity: SupervisedSessionEntity): SupervisedSessionModel {
    return Object.assign(new SupervisedSessionModel(), {
      id: entity.id,
      learnerId: entity.learnerId,
      programId: entity.programId,
      sessionDate: entity.sessionDate,
      bodyRegions: entity.bodyRegions,
      muscles: entity.muscles,
      needleCount: entity.needleCount,
      supervisorId: entity.supervisorId,
      notes: entity.notes,
      status: entity.status,
      recordedAt: entity.recordedAt,
      decidedAt: entity.decidedAt,
      rejectionReason: entity.rejectionReason,
      confirmedQualification: entity.qualification
        ? SupervisorQualificationModel.fromSnapshot(entity.qualification)
        : null,
      qualificationSnapshot: entity.qualification,
    });
  }
}

@ObjectType()
export class SupervisedSessionConnection extends ConnectionType(
  SupervisedSessionModel,
  'SupervisedSession',
) {}
