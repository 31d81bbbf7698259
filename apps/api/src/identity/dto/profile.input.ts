import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Profession } from '@fascicle/common';
import { LicenseStatus } from '../models/license.model.js';
import { Trim } from '../../common/validation/normalize.js';

@InputType()
export class UpdateProfileInput {
  @Field({ description: 'As it should appear on certificates' })
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'displayName must be 1 to 120 characters long' })
  displayName: string;

  @Field(() => Profession)
  @IsEnum(Profession)
  profession: Profession;
}

@InputType({ description: 'A license to add (no id) or to correct (its id)' })
export class SaveLicenseInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'id is not a license of yours' })
  id?: string | null;

  @Field({ description: 'Two-letter licensing jurisdiction, e.g. TX' })
  @Trim()
  @IsString()
  state: string;

  @Field(() => Profession)
  @IsEnum(Profession)
  profession: Profession;

  @Field({ description: "As the state's license lookup shows it, prefix included" })
  @Trim()
  @IsString()
  number: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Trim()
  @IsString()
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the renewal date' })
  @IsOptional()
  @Trim()
  @IsString()
  expiresOn?: string | null;

  @Field(() => LicenseStatus, {
    nullable: true,
    description:
      "As the board's lookup shows it: ACTIVE for a new license, unchanged when left out",
  })
  @IsOptional()
  @IsEnum(LicenseStatus)
  status?: LicenseStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Print this one on new certificates (a first license always is)',
  })
  @IsOptional()
  @IsBoolean()
  primary?: boolean | null;
}
