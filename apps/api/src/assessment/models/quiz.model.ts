import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MultipleChoiceScoring, ReviewContent, ReviewTiming } from '@fascicle/assessment';
import type { QuizEntity } from '../entities/quiz.entity.js';
import { BlueprintRowModel } from './blueprint.model.js';

/** A quiz as anyone who may take it sees it: settings, never questions or answers. */
@ObjectType('Quiz')
export class QuizModel {
  @Field(() => ID)
  id: string;

  versionId: string;
  bankId: string;

  @Field(() => ID, { nullable: true })
  moduleId: string | null;

  @Field({ description: "True for the course's final exam" })
  isFinalExam: boolean;

  @Field()
  title: string;

  @Field(() => Int)
  passingScorePercent: number;

  /** Null = the whole bank; see questionsPerAttempt for the number. */
  @Field(() => Int, { nullable: true, description: 'As set by the author; null = all' })
  questionCount: number | null;

  @Field()
  shuffleQuestions: boolean;

  @Field()
  shuffleOptions: boolean;

  @Field(() => Int, { nullable: true })
  timeLimitSeconds: number | null;

  @Field(() => Int, { nullable: true })
  maxAttempts: number | null;

  @Field(() => Int, { description: 'Minutes after a failed attempt before the next may start' })
  retakeWaitMinutes: number;

  @Field(() => [BlueprintRowModel], {
    nullable: true,
    description: "The author's questions per objective; null = shared out from the bank",
  })
  blueprint: BlueprintRowModel[] | null;

  @Field(() => MultipleChoiceScoring)
  scoring: MultipleChoiceScoring;

  @Field(() => ReviewContent)
  reviewContent: ReviewContent;

  @Field(() => ReviewTiming)
  reviewTiming: ReviewTiming;

  static from(entity: QuizEntity): QuizModel {
    return Object.assign(new QuizModel(), {
      id: entity.id,
      versionId: entity.versionId,
      bankId: entity.bankId,
      moduleId: entity.moduleId,
      isFinalExam: entity.moduleId === null,
      title: entity.title,
      passingScorePercent: entity.passingScorePercent,
      questionCount: entity.questionCount,
      shuffleQuestions: entity.shuffleQuestions,
      shuffleOptions: entity.shuffleOptions,
      timeLimitSeconds: entity.timeLimitSeconds,
      maxAttempts: entity.maxAttempts,
      retakeWaitMinutes: entity.retakeWaitMinutes,
      blueprint:
        entity.blueprint?.map((row) => ({ objective: row.objective, count: row.count })) ?? null,
      scoring: entity.scoring,
      reviewContent: entity.reviewContent,
      reviewTiming: entity.reviewTiming,
    });
  }
}
