import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactHoursModel } from './disclosure.model.js';

@ObjectType('GateProblem', { description: 'A credit gate the version fails' })
export class GateProblemModel {
  @Field({ description: 'e.g. CLAIM_EXCEEDS_SUPPORTED, SEAT_TIME_ABOVE_ESTIMATE' })
  code: string;

  @Field({ description: 'What to change, e.g. creditMinutes or lessons.<id>.seatTimeMinutes' })
  field: string;

  @Field()
  message: string;

  @Field({ description: 'An admin overrode this gate for the next step' })
  overridden: boolean;
}

@ObjectType('LessonPilot')
export class LessonPilotModel {
  @Field(() => Int)
  testers: number;

  @Field(() => Float)
  medianMinutes: number;

  @Field()
  note: string;

  @Field({ description: 'The lesson changed after the pilot: it no longer counts' })
  stale: boolean;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;
}

@ObjectType('LessonTimeEstimate')
export class LessonTimeModel {
  @Field(() => ID)
  lessonId: string;

  @Field()
  title: string;

  @Field(() => Int)
  words: number;

  @Field(() => Float)
  readingMinutes: number;

  @Field(() => Float)
  mediaMinutes: number;

  @Field(() => Float, { description: 'What the lesson is credited with' })
  estimateMinutes: number;

  @Field({ description: 'WORD_COUNT or PILOT' })
  source: string;

  @Field(() => LessonPilotModel, { nullable: true })
  pilot: LessonPilotModel | null;

  @Field(() => Int)
  seatTimeMinutes: number;

  @Field(() => Int, { description: 'The most seat time the estimate allows' })
  maxSeatTimeMinutes: number;
}

@ObjectType('QuizTimeEstimate')
export class QuizTimeModel {
  @Field(() => ID)
  quizId: string;

  @Field()
  title: string;

  @Field(() => Int)
  questionsDrawn: number;

  @Field(() => Float)
  minutes: number;
}

@ObjectType('GateOverride', { description: "An admin's override of credit gates, with the reason" })
export class GateOverrideModel {
  @Field({ description: 'SUBMIT or PUBLISH' })
  stage: string;

  @Field(() => [String])
  codes: string[];

  @Field()
  reason: string;

  @Field()
  adminName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('CreditReport', {
  description:
    'Claimed against supported time, lesson by lesson, and every credit gate (authors and admins)',
})
export class CreditReportModel {
  @Field(() => Int)
  claimedMinutes: number;

  @Field(() => Int, { description: 'The most the content supports (whole minutes, rounded down)' })
  supportedMinutes: number;

  @Field(() => Float)
  lessonMinutes: number;

  @Field(() => Float)
  quizMinutes: number;

  @Field(() => Int)
  readingWordsPerMinute: number;

  @Field(() => Float)
  minutesPerQuestion: number;

  @Field(() => Int)
  seatTimeTolerancePercent: number;

  @Field(() => [ContactHoursModel], { description: 'Claimed hours in each approval’s unit' })
  claimedHours: ContactHoursModel[];

  @Field(() => [ContactHoursModel], { description: 'Supported hours in each approval’s unit' })
  supportedHours: ContactHoursModel[];

  @Field(() => [LessonTimeModel])
  lessons: LessonTimeModel[];

  @Field(() => [QuizTimeModel])
  quizzes: QuizTimeModel[];

  @Field(() => [GateProblemModel])
  problems: GateProblemModel[];

  @Field(() => [GateOverrideModel])
  overrides: GateOverrideModel[];
}
