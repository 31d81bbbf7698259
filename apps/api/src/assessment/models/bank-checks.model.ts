import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { BankFindingCode, ItemWarningCode } from '@fascicle/assessment';

const BANK_FINDING_CODES: { [code in BankFindingCode]: code } = {
  LONGEST_KEY_SHARE: 'LONGEST_KEY_SHARE',
  TRUE_FALSE_BALANCE: 'TRUE_FALSE_BALANCE',
  KEY_POSITION_SKEW: 'KEY_POSITION_SKEW',
};
const ITEM_WARNING_CODES: { [code in ItemWarningCode]: code } = {
  KEY_IS_LONGEST: 'KEY_IS_LONGEST',
  ABSOLUTES_ONLY_IN_DISTRACTORS: 'ABSOLUTES_ONLY_IN_DISTRACTORS',
  ABSOLUTES_ONLY_IN_KEY: 'ABSOLUTES_ONLY_IN_KEY',
  ALL_OR_NONE_OF_THE_ABOVE: 'ALL_OR_NONE_OF_THE_ABOVE',
  DUPLICATE_STEM: 'DUPLICATE_STEM',
  REPEATS_LESSON_TEXT: 'REPEATS_LESSON_TEXT',
};
registerEnumType(BANK_FINDING_CODES, { name: 'BankFindingCode' });
registerEnumType(ITEM_WARNING_CODES, { name: 'ItemWarningCode' });

@ObjectType('BankFinding')
export class BankFindingModel {
  @Field(() => BANK_FINDING_CODES)
  code: BankFindingCode;

  @Field({ description: 'A limit blocks submission and publication; the rest are warnings' })
  limit: boolean;

  @Field()
  message: string;
}

@ObjectType('ItemWarning')
export class ItemWarningModel {
  @Field(() => ITEM_WARNING_CODES)
  code: ItemWarningCode;

  @Field()
  message: string;
}

@ObjectType('ItemCheck')
export class ItemCheckModel {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ItemWarningModel])
  warnings: ItemWarningModel[];
}

@ObjectType('QuestionBankChecks', {
  description: 'Item-writing checks of a bank (authors and admins only, like the bank)',
})
export class QuestionBankChecksModel {
  @Field(() => Int)
  singleChoice: number;

  @Field(() => Int, {
    description: 'Single-choice questions whose key is the uniquely longest option',
  })
  longestKeys: number;

  @Field(() => Float, { description: 'What picking the longest option would get by chance (0–1)' })
  chanceShare: number;

  @Field(() => Int, { description: 'The most longest-option keys the bank may hold' })
  longestKeyLimit: number;

  @Field(() => Int)
  trueFalse: number;

  @Field(() => Int, { description: 'True/false questions keyed false' })
  falseKeys: number;

  @Field(() => [Int], { description: 'Single-choice keys at each option position (first = 0)' })
  keyPositions: number[];

  @Field(() => [BankFindingModel])
  findings: BankFindingModel[];

  @Field(() => [ItemCheckModel], { description: 'Each question of the bank, in bank order' })
  items: ItemCheckModel[];
}
