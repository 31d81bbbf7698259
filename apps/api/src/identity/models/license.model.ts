import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Profession } from '@fascicle/common';
import type { LicenseEntity } from '../entities/license.entity.js';

@ObjectType('License', { description: 'A license the person holds: one per state and profession' })
export class LicenseModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Two-letter licensing jurisdiction' })
  state: string;

  @Field(() => Profession)
  profession: Profession;

  @Field()
  number: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the original issue date' })
  issuedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the current expiry' })
  expiresOn: string | null;

  @Field({ description: 'The license new certificates print' })
  primary: boolean;

  static from(entity: LicenseEntity): LicenseModel {
    return Object.assign(new LicenseModel(), {
      id: entity.id,
      state: entity.state,
      profession: entity.profession,
      number: entity.number,
      issuedOn: entity.issuedOn,
      expiresOn: entity.expiresOn,
      primary: entity.isPrimary,
    });
  }
}
