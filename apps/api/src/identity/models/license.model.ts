import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Profession } from '@fascicle/common';
import {
  checkLicenseNumber,
  effectiveLicenseStatus,
  type EffectiveLicenseStatus as EffectiveStatus,
  type LicenseStatus as Status,
} from '@fascicle/regulation';
import type { LicenseEntity } from '../entities/license.entity.js';
import { LicenseNumberCheckModel } from './license-number-check.model.js';

/** The GraphQL face of `LICENSE_STATUSES` (libs/regulation), kept equal by the compiler. */
export enum LicenseStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(LicenseStatus, {
  name: 'LicenseStatus',
  description: "A license's status as the board's lookup shows it",
});

export enum EffectiveLicenseStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  INACTIVE = 'INACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(EffectiveLicenseStatus, {
  name: 'EffectiveLicenseStatus',
  description:
    'The status that holds today: EXPIRED once an active license passes its renewal date',
});

// Typed maps: a status added to the library without its GraphQL value fails to compile.
const STATUS: Record<Status, LicenseStatus> = LicenseStatus;
const EFFECTIVE: Record<EffectiveStatus, EffectiveLicenseStatus> = EffectiveLicenseStatus;

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

  @Field(() => LicenseNumberCheckModel, {
    description: "The number against the state's published format (shown, never refused here)",
  })
  numberCheck: LicenseNumberCheckModel;

  @Field(() => LicenseStatus, { description: 'As recorded by the holder' })
  status: LicenseStatus;

  @Field(() => EffectiveLicenseStatus, { description: "Today's status, by the server's clock" })
  effectiveStatus: EffectiveLicenseStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the original issue date' })
  issuedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, the current expiry: the renewal date',
  })
  expiresOn: string | null;

  @Field({ description: 'The license new certificates print' })
  primary: boolean;

  /** `today`: YYYY-MM-DD on the server's clock, for the effective status. */
  static from(entity: LicenseEntity, today: string): LicenseModel {
    return Object.assign(new LicenseModel(), {
      id: entity.id,
      state: entity.state,
      profession: entity.profession,
      number: entity.number,
      numberCheck: LicenseNumberCheckModel.from(
        checkLicenseNumber(entity.state, entity.profession, entity.number),
      ),
      status: STATUS[entity.status],
      effectiveStatus: EFFECTIVE[effectiveLicenseStatus(entity.status, entity.expiresOn, today)],
      issuedOn: entity.issuedOn,
      expiresOn: entity.expiresOn,
      primary: entity.isPrimary,
    });
  }
}
