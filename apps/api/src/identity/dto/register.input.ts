import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Profession } from '@fascicle/common';
import { IsAcceptablePassword } from '../../common/validation/is-acceptable-password.js';
import { NormalizeEmail, Trim } from '../../common/validation/normalize.js';

@InputType()
export class RegisterInput {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: '12 to 128 characters' })
  @IsAcceptablePassword()
  password: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'displayName must be 1 to 120 characters long' })
  displayName: string;

  @Field(() => Profession)
  @IsEnum(Profession)
  profession: Profession;

  @Field(() => String, {
    nullable: true,
    description: 'Required for licensed professions; optional for educators and clinic staff',
  })
  @IsOptional()
  @Trim()
  @IsString()
  licenseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter licensing jurisdiction' })
  @IsOptional()
  @Trim()
  @IsString()
  licenseState?: string | null;
}
