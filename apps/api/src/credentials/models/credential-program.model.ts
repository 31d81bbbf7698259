import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CredentialKind } from '@fascicle/catalog';
import '../../catalog/models/disclosure.model.js';

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

  @Field(() => CredentialKind)
  credentialKind: CredentialKind;

  @Field({ description: 'What the credential attests and what it does not; printed on it' })
  scopeStatement: string;

  @Field(() => Int)
  validityMonths: number;

  @Field(() => [ID])
  courseIds: string[];
}
