import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CredentialKind, MAX_SCOPE_STATEMENT } from '@fascicle/catalog';
import '../../catalog/models/disclosure.model.js';
import { Trim } from '../../common/validation/normalize.js';
import { IsSlug } from '../../catalog/dto/validators.js';

@InputType()
export class RevokeCertificateInput {
  @Field()
  @IsString()
  @Length(1, 40)
  code: string;

  @Field({ description: 'Kept in the audit trail; never shown to verifiers' })
  @Trim()
  @IsString()
  @Length(3, 2000, { message: 'reason must be 3 to 2000 characters long' })
  reason: string;
}

@InputType()
export class CreateCredentialProgramInput {
  @Field()
  @IsSlug()
  slug: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field({ description: 'What the program covers, for people choosing it' })
  @Trim()
  @IsString()
  @Length(1, 5000, { message: 'description must be 1 to 5000 characters long' })
  description: string;

  @Field(() => CredentialKind, { defaultValue: CredentialKind.DIDACTIC })
  @IsEnum(CredentialKind, { message: 'credentialKind must be DIDACTIC, LIVE or HYBRID' })
  credentialKind?: CredentialKind;

  @Field({
    defaultValue: '',
    description: 'What the credential attests and what it does not (printed on it)',
  })
  @Trim()
  @IsString()
  @MaxLength(MAX_SCOPE_STATEMENT, {
    message: `scopeStatement must be at most ${MAX_SCOPE_STATEMENT} characters`,
  })
  scopeStatement?: string;

  @Field(() => Int, { description: 'Months the credential stays valid' })
  @IsInt()
  @Min(1, { message: 'validityMonths must be between 1 and 120' })
  @Max(120, { message: 'validityMonths must be between 1 and 120' })
  validityMonths: number;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'courseIds must not repeat a course' })
  @IsUUID('all', { each: true, message: 'courseIds must be course ids' })
  courseIds: string[];
}
