import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuestionType } from '@fascicle/assessment';
import type { QuestionBankEntity } from '../entities/question-bank.entity.js';
import type { QuestionOptionEntity } from '../entities/question-option.entity.js';
import type { QuestionEntity } from '../entities/question.entity.js';

/** Author-only types: reachable only through fields that check authorship first. */
@ObjectType('QuestionBank', { description: 'Authors and admins only' })
export class QuestionBankModel {
  @Field(() => ID)
  id: string;

  versionId: string;

  @Field()
  title: string;

  static from(entity: QuestionBankEntity): QuestionBankModel {
    return Object.assign(new QuestionBankModel(), {
      id: entity.id,
      versionId: entity.versionId,
      title: entity.title,
    });
  }
}

@ObjectType('QuestionOption', { description: 'Authors and admins only' })
export class QuestionOptionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  text: string;

  @Field()
  isCorrect: boolean;

  static from(entity: QuestionOptionEntity): QuestionOptionModel {
    return Object.assign(new QuestionOptionModel(), {
      id: entity.id,
      position: entity.position,
      text: entity.text,
      isCorrect: entity.isCorrect,
    });
  }
}

@ObjectType('Question', { description: 'Authors and admins only' })
export class QuestionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  stemMarkdown: string;

  @Field()
  explanationMarkdown: string;

  @Field()
  reference: string;

  @Field()
  objectiveTag: string;

  static from(entity: QuestionEntity): QuestionModel {
    return Object.assign(new QuestionModel(), {
      id: entity.id,
      position: entity.position,
      type: entity.type,
      stemMarkdown: entity.stemMarkdown,
      explanationMarkdown: entity.explanationMarkdown,
      reference: entity.reference,
      objectiveTag: entity.objectiveTag,
    });
  }
}
