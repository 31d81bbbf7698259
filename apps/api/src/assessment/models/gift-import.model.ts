import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuestionType } from '@fascicle/assessment';
import { ItemWarningModel } from './bank-checks.model.js';

@ObjectType('GiftImportNote', { description: 'A problem or a warning at one line of a GIFT file' })
export class GiftImportNoteModel {
  @Field(() => Int, { description: '1-based line of the file' })
  line: number;

  @Field({ description: 'In words for the author, line first: Line 12: …' })
  message: string;
}

@ObjectType('GiftImportOption')
export class GiftImportOptionModel {
  @Field()
  text: string;

  @Field({ description: 'A positive Moodle weight (or =) makes an option correct' })
  isCorrect: boolean;

  @Field(() => Float, { description: "Moodle's weight in percent: = is 100, a bare ~ is 0" })
  weight: number;

  @Field(() => String, {
    nullable: true,
    description: "Moodle's feedback on this answer (#…): shown here, not imported",
  })
  feedback: string | null;
}

@ObjectType('GiftImportQuestion', { description: 'A question of a GIFT file, as it is added' })
export class GiftImportQuestionModel {
  @Field(() => Int, { description: 'Line where its block starts, comment lines included' })
  line: number;

  @Field(() => String, { nullable: true, description: '::Title:: (not stored)' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The $CATEGORY in force (not stored)' })
  category: string | null;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  stemMarkdown: string;

  @Field(() => [GiftImportOptionModel])
  options: GiftImportOptionModel[];

  @Field({ description: 'The general feedback (####…)' })
  explanationMarkdown: string;

  @Field({ description: 'From the comment line // objective: …' })
  objectiveTag: string;

  @Field({ description: 'From the comment line // reference: …' })
  reference: string;

  @Field(() => [ItemWarningModel], {
    description: 'Item-writing checks of this question alone; QuestionBank.checks has the rest',
  })
  checks: ItemWarningModel[];

  @Field(() => ID, { nullable: true, description: 'The question added; null on a dry run' })
  questionId: string | null;
}

@ObjectType('GiftImport', { description: 'The preview, or the outcome, of a GIFT import' })
export class GiftImportModel {
  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Questions added to the bank: 0 on a dry run' })
  imported: number;

  @Field(() => [GiftImportQuestionModel], {
    description: 'The questions without a problem, in file order',
  })
  questions: GiftImportQuestionModel[];

  @Field(() => [GiftImportNoteModel], { description: 'What stops the import; by line' })
  problems: GiftImportNoteModel[];

  @Field(() => [GiftImportNoteModel], {
    description: 'Imported, but not exactly as written (answer feedback, weights, HTML tags)',
  })
  warnings: GiftImportNoteModel[];
}
