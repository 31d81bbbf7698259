import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { AuditEventEntity } from '../entities/audit-event.entity.js';

@ObjectType('AuditEvent', { description: 'An append-only record of a change that matters' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who did it (null for the system)' })
  actorId: string | null;

  @Field()
  action: string;

  @Field()
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'What changed, as a JSON object' })
  details: string;

  static from(entity: AuditEventEntity): AuditEventModel {
    return Object.assign(new AuditEventModel(), {
      id: entity.id,
      occurredAt: entity.occurredAt,
      actorId: entity.actorId,
      action: entity.action,
      subjectType: entity.subjectType,
      subjectId: entity.subjectId,
      details: JSON.stringify(entity.details),
    });
  }
}
