import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  DRY_NEEDLING_STATUSES,
  SOURCE_KINDS,
  type DryNeedlingStatus as Status,
  type SourceKind as Kind,
} from '@fascicle/regulation';
import { enumOf } from '../../common/graphql-enum.js';

export const DryNeedlingStatus = enumOf(DRY_NEEDLING_STATUSES);
export const RuleSourceKind = enumOf(SOURCE_KINDS);
registerEnumType(DryNeedlingStatus, { name: 'DryNeedlingStatus' });
registerEnumType(RuleSourceKind, { name: 'RuleSourceKind' });

@ObjectType('StateRuleSource', { description: 'A primary source a rule stands on' })
export class StateRuleSourceModel {
  @Field()
  citation: string;

  @Field(() => RuleSourceKind)
  kind: Kind;

  @Field()
  url: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the cited text took effect' })
  effective: string | null;

  @Field({ description: 'YYYY-MM-DD it was last read' })
  checkedOn: string;
}

@ObjectType('DryNeedlingRuleVersion', {
  description: "One version of a state's dry needling rule: never changed, only followed",
})
export class DryNeedlingRuleVersionModel {
  @Field(() => ID)
  id: string;

  @Field()
  state: string;

  @Field()
  stateName: string;

  @Field(() => DryNeedlingStatus)
  status: Status;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: before any dated one' })
  effective: string | null;

  @Field(() => Boolean, { nullable: true })
  trainingRequired: boolean | null;

  @Field(() => Float, { nullable: true })
  trainingHours: number | null;

  @Field(() => Float, { nullable: true })
  inPersonHours: number | null;

  @Field(() => Boolean, { nullable: true })
  onlineHoursAllowed: boolean | null;

  @Field(() => Boolean, { nullable: true })
  practicalExam: boolean | null;

  @Field(() => Int, { nullable: true })
  trainingWithinYears: number | null;

  @Field(() => Int, { nullable: true })
  yearsLicensed: number | null;

  @Field(() => Int, { nullable: true })
  supervisedSessions: number | null;

  @Field(() => String, { nullable: true })
  boardFiling: string | null;

  @Field(() => String, { nullable: true })
  delegation: string | null;

  @Field(() => String, { nullable: true })
  consentAndRecords: string | null;

  @Field({ description: 'A primary source gave every requirement listed' })
  requirementsConfirmed: boolean;

  @Field(() => [StateRuleSourceModel])
  sources: StateRuleSourceModel[];

  @Field(() => [String], { description: 'Unconfirmed — check with the board' })
  unconfirmed: string[];

  @Field(() => String, { nullable: true, description: 'Why an admin recorded it' })
  reason: string | null;

  @Field({ description: 'Seeded from the data file (false) or recorded by an admin (true)' })
  recordedByAdmin: boolean;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  @Field({ description: 'Whether this is the version in force today' })
  current: boolean;
}
