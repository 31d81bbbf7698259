import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApprovalStatus, approvalStatus } from '@fascicle/catalog';
import type { CourseApprovalEntity } from '../entities/course-approval.entity.js';

registerEnumType(ApprovalStatus, { name: 'ApprovalStatus' });

@ObjectType('CourseApproval', { description: "A board's or accreditor's approval of a course" })
export class CourseApprovalModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The board or accrediting body' })
  body: string;

  @Field()
  approvalNumber: string;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive' })
  validUntil: string | null;

  @Field({ description: 'A demonstration record, not a real approval' })
  isSample: boolean;

  @Field(() => ApprovalStatus, { description: 'As of today (UTC)' })
  status: ApprovalStatus;

  @Field(() => Int, { description: "The body's contact hour in minutes" })
  minutesPerHour: number;

  @Field(() => Float, { description: "The body's step of credit in hours" })
  increment: number;

  static from(entity: CourseApprovalEntity, today: string): CourseApprovalModel {
    return Object.assign(new CourseApprovalModel(), {
      id: entity.id,
      body: entity.body,
      approvalNumber: entity.approvalNumber,
      validFrom: entity.validFrom,
      validUntil: entity.validUntil,
      isSample: entity.isSample,
      status: approvalStatus(entity, today),
      minutesPerHour: entity.minutesPerHour,
      increment: entity.hourIncrement,
    });
  }
}
