import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CredentialProgram')
export class CredentialProgramModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int)
  validityMonths: number;

  @Field(() => [ID])
  courseIds: string[];
}
