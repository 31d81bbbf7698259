import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PracticalChecklistEntity } from '../entities/practical-checklist.entity.js';

@ObjectType('PracticalChecklistItem', { description: 'One item the examiner marks' })
export class PracticalChecklistItemModel {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field({ description: 'A critical item failed fails the exam, whatever the rest' })
  critical: boolean;

  @Field({ description: 'Why the item is (or is not) critical' })
  description: string;
}

@ObjectType('PracticalChecklist', {
  description: "One version of a program's practical checklist; never changed once saved",
})
export class PracticalChecklistModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programId: string;

  @Field()
  title: string;

  @Field(() => Int)
  version: number;

  @Field(() => [PracticalChecklistItemModel])
  items: PracticalChecklistItemModel[];

  @Field(() => Int, {
    description: 'Of the items that are not critical, the percent that must pass',
  })
  nonCriticalPassPercent: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(entity: PracticalChecklistEntity): PracticalChecklistModel {
    return Object.assign(new PracticalChecklistModel(), {
      id: entity.id,
      programId: entity.programId,
      title: entity.title,
      version: entity.version,
      items: entity.items.map((item) =>
        Object.assign(new PracticalChecklistItemModel(), {
          key: item.key,
          label: item.label,
          critical: item.critical,
          description: item.description,
        }),
      ),
      nonCriticalPassPercent: entity.nonCriticalPassPercent,
      createdAt: entity.createdAt,
    });
  }
}
