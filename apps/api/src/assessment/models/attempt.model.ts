import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { QuestionType } from '@fascicle/assessment';
import { AttemptStatus } from '../entities/quiz-attempt.entity.js';

registerEnumType(AttemptStatus, { name: 'AttemptStatus' });

@ObjectType('AttemptOption', { description: 'An option as shown to the learner: text only' })
export class AttemptOptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}

@ObjectType('QuestionReview', {
  description: "A submitted question's review, as far as the quiz's review policy allows",
})
export class QuestionReviewModel {
  @Field(() => Boolean, { nullable: true, description: 'Null unless the policy shows correctness' })
  correct: boolean | null;

  @Field(() => Float, { nullable: true, description: '0 to 1; null unless correctness is shown' })
  points: number | null;

  @Field(() => [ID], { nullable: true, description: 'Null unless the policy shows the key' })
  correctOptionIds: string[] | null;

  @Field(() => String, { nullable: true, description: 'Null unless the policy shows the key' })
  explanationMarkdown: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The explanation rendered to safe HTML; null unless the policy shows the key',
  })
  explanationHtml: string | null;

  @Field(() => String, { nullable: true, description: 'Null unless the policy shows the key' })
  reference: string | null;
}

@ObjectType('AttemptQuestion', { description: 'A question as drawn for one attempt' })
export class AttemptQuestionModel {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  stemMarkdown: string;

  @Field({ description: 'The stem rendered to safe HTML (raw HTML off, allowlisted)' })
  stemHtml: string;

  @Field(() => [AttemptOptionModel], { description: 'In the order frozen for this attempt' })
  options: AttemptOptionModel[];

  @Field(() => [ID], { description: 'The answer saved so far' })
  selectedOptionIds: string[];

  @Field(() => QuestionReviewModel, { nullable: true, description: 'Null before submission' })
  review: QuestionReviewModel | null;
}

@ObjectType('AttemptResult')
export class AttemptResultModel {
  @Field(() => Float)
  scorePercent: number;

  @Field(() => Float)
  scorePoints: number;

  @Field(() => Int)
  maxPoints: number;

  @Field()
  passed: boolean;

  @Field({ description: 'Whether the review shows which questions were right' })
  showsCorrectness: boolean;

  @Field({ description: 'Whether the review shows correct options and explanations' })
  showsKey: boolean;
}

@ObjectType('QuizAttempt')
export class QuizAttemptModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  quizId: string;

  @Field(() => Int)
  attemptNumber: number;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null when untimed' })
  deadlineAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Seconds left by the server's clock when this answer was made (a timer need not trust the device's clock); null when untimed or submitted",
  })
  secondsRemaining: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'Graded after its time ran out, with the answers saved in time' })
  submittedLate: boolean;

  @Field(() => [AttemptQuestionModel])
  questions: AttemptQuestionModel[];

  @Field(() => AttemptResultModel, { nullable: true, description: 'Null until submitted' })
  result: AttemptResultModel | null;
}
