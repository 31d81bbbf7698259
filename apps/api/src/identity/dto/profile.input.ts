import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Profession } from '@fascicle/common';
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

  @Field()
  @Trim()
  @IsString()
  number: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Trim()
  @IsString()
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Trim()
  @IsString()
  expiresOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Print this one on new certificates (a first license always is)',
  })
  @IsOptional()
  @IsBoolean()
  primary?: boolean | null;
}
