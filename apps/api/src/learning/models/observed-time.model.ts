import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ObservedLessonTime')
export class ObservedLessonTimeModel {
  @Field(() => ID)
  lessonId: string;

  @Field()
  title: string;

  @Field(() => Int)
  requiredMinutes: number;

  @Field(() => Int, { description: 'Completed learners with time on this lesson' })
  learners: number;

  @Field(() => Float, { nullable: true, description: 'Active minutes on the lesson, quartiles' })
  activeQ1Minutes: number | null;

  @Field(() => Float, { nullable: true })
  activeMedianMinutes: number | null;

  @Field(() => Float, { nullable: true })
  activeQ3Minutes: number | null;

  @Field(() => Int, { description: 'Learners whose reader reported reaching the end of the text' })
  readers: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Active minutes until the end of the text was reached, quartiles',
  })
  readingQ1Minutes: number | null;

  @Field(() => Float, { nullable: true })
  readingMedianMinutes: number | null;

  @Field(() => Float, { nullable: true })
  readingQ3Minutes: number | null;

  @Field({
    description:
      'READING when enough readers reached the end (seat time keeps everyone on a lesson for its required time, so only reading time can fall below it), else ACTIVE',
  })
  basis: string;

  @Field(() => String, {
    nullable: true,
    description: 'UNDER: median below 70 % of the required time; OVER: above 150 %',
  })
  flag: string | null;
}

@ObjectType('ObservedTime', {
  description: 'Measured time against required time, once enough learners completed the version',
})
export class ObservedTimeModel {
  @Field(() => Int)
  completions: number;

  @Field(() => Int)
  minimumCompletions: number;

  @Field(() => [ObservedLessonTimeModel], { description: 'Empty until the minimum is reached' })
  lessons: ObservedLessonTimeModel[];
}
