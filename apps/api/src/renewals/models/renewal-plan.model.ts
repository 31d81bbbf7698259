import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type {
  CountedCredit,
  RenewalCycleRule,
  RenewalPlan,
  TopicProgress,
} from '@fascicle/regulation';
import { CE_TOPIC, CeTopic, CreditSource } from './ce-topic.js';

@ObjectType('RenewalSource', { description: 'A primary source of a renewal rule' })
export class RenewalSourceModel {
  @Field()
  citation: string;

  @Field({ description: 'STATUTE, RULE or BOARD' })
  kind: string;

  @Field()
  url: string;

  @Field({ description: 'YYYY-MM-DD, when it was last read' })
  checkedOn: string;
}

@ObjectType('RenewalCredit', { description: 'A credit in the renewal window' })
export class RenewalCreditModel {
  @Field({ description: 'The certificate or outside CE record id' })
  id: string;

  @Field(() => CreditSource)
  source: CreditSource;

  @Field()
  provider: string;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  completedOn: string;

  @Field(() => Float)
  hours: number;

  @Field(() => Float, { description: 'The self-paced part of the hours' })
  selfPacedHours: number;

  @Field(() => Float, { description: "What it adds after the board's limits" })
  countedHours: number;

  @Field(() => [CeTopic])
  topics: CeTopic[];

  static from(credit: CountedCredit): RenewalCreditModel {
    return Object.assign(new RenewalCreditModel(), {
      ...credit,
      source: CreditSource[credit.source],
      topics: credit.topics.map((topic) => CE_TOPIC[topic]),
    });
  }
}

@ObjectType('RenewalTopic', { description: 'A topic the board requires in the cycle' })
export class RenewalTopicModel {
  @Field()
  label: string;

  @Field(() => [CeTopic], { description: 'Credits tagged with any of these count' })
  anyOf: CeTopic[];

  @Field(() => Float, { nullable: true, description: 'null: the hours were not confirmed' })
  requiredHours: number | null;

  @Field(() => Float)
  earnedHours: number;

  @Field()
  met: boolean;

  @Field(() => String, { nullable: true, description: 'When it applies, if not every renewal' })
  when: string | null;

  static from(topic: TopicProgress): RenewalTopicModel {
    return Object.assign(new RenewalTopicModel(), {
      label: topic.label,
      anyOf: topic.anyOf.map((t) => CE_TOPIC[t]),
      requiredHours: topic.hours,
      earnedHours: topic.earnedHours,
      met: topic.met,
      when: topic.when,
    });
  }
}

@ObjectType('RenewalPlan', {
  description:
    "A license's renewal cycle and what is still needed. The board decides: unknown figures are listed in checkWithBoard, never shown as zero",
})
export class RenewalPlanModel {
  @Field()
  licenseId: string;

  @Field()
  state: string;

  @Field(() => String, {
    nullable: true,
    description: 'The state name, when Fascicle has its rule',
  })
  stateName: string | null;

  @Field(() => Float, { nullable: true, description: 'null: not confirmed' })
  requiredHours: number | null;

  @Field(() => Int, { nullable: true })
  cycleMonths: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the first day of the cycle' })
  windowStart: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD: the license's renewal date" })
  dueOn: string | null;

  @Field(() => Int, { nullable: true })
  daysLeft: number | null;

  @Field(() => Float)
  earnedHours: number;

  @Field(() => Float, { description: "Earned hours that count after the board's limits" })
  countedHours: number;

  @Field(() => Float)
  liveHours: number;

  @Field(() => Float)
  selfPacedHours: number;

  @Field(() => Float, { nullable: true, description: 'null when the required hours are unknown' })
  stillNeededHours: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'null when a figure needed to say is unknown',
  })
  complete: boolean | null;

  @Field(() => [RenewalCreditModel])
  credits: RenewalCreditModel[];

  @Field(() => [RenewalTopicModel])
  topics: RenewalTopicModel[];

  @Field(() => [String], { description: 'Why some earned hours do not count' })
  limits: string[];

  @Field(() => [String], { description: 'What to check with the board' })
  checkWithBoard: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes in one credit hour, when the rule says',
  })
  minutesPerHour: number | null;

  @Field(() => String, { nullable: true })
  firstRenewal: string | null;

  @Field(() => String, { nullable: true })
  recordKeeping: string | null;

  @Field(() => [String])
  notes: string[];

  @Field(() => [RenewalSourceModel])
  sources: RenewalSourceModel[];

  static from(
    licenseId: string,
    plan: RenewalPlan,
    rule: RenewalCycleRule | null,
  ): RenewalPlanModel {
    return Object.assign(new RenewalPlanModel(), {
      licenseId,
      state: plan.state,
      stateName: rule?.name ?? null,
      requiredHours: plan.requiredHours,
      cycleMonths: rule?.cycleMonths ?? null,
      windowStart: plan.windowStart,
      dueOn: plan.dueOn,
      daysLeft: plan.daysLeft,
      earnedHours: plan.earnedHours,
      countedHours: plan.countedHours,
      liveHours: plan.liveHours,
      selfPacedHours: plan.selfPacedHours,
      stillNeededHours: plan.stillNeededHours,
      complete: plan.complete,
      credits: plan.credits.map((credit) => RenewalCreditModel.from(credit)),
      topics: plan.topics.map((topic) => RenewalTopicModel.from(topic)),
      limits: plan.limits,
      checkWithBoard: plan.checkWithBoard,
      minutesPerHour: rule?.minutesPerHour ?? null,
      firstRenewal: rule?.firstRenewal ?? null,
      recordKeeping: rule?.recordKeeping ?? null,
      notes: rule?.notes ?? [],
      sources: (rule?.sources ?? []).map((source) =>
        Object.assign(new RenewalSourceModel(), source),
      ),
    });
  }
}
