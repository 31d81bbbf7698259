import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../common/validation/normalize.js';

@InputType()
export class FinancialRelationshipInput {
  @Field({ description: 'The ineligible company (makes or sells products used on patients)' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'company must be 1 to 200 characters long' })
  company: string;

  @Field({ description: 'e.g. consulting fees, stock, speaker' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'nature must be 1 to 200 characters long' })
  nature: string;
}

@InputType()
export class ContributorDisclosureInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters long' })
  name: string;

  @Field({ description: 'e.g. PT, DPT, OCS' })
  @Trim()
  @IsString()
  @MaxLength(300)
  credentials: string;

  @Field({ description: 'e.g. Author, Reviewer' })
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'role must be 1 to 100 characters long' })
  role: string;

  @Field(() => [FinancialRelationshipInput], {
    description: 'Over the past 24 months; empty = none',
  })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FinancialRelationshipInput)
  relationships: FinancialRelationshipInput[];

  @Field(() => String, {
    nullable: true,
    description: 'How relevant relationships were mitigated (required when there are any)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  mitigation?: string | null;
}

/** Shown to learners before they enrol, and kept with every certificate. */
@InputType()
export class CourseDisclosureInput {
  @Field(() => [ContributorDisclosureInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ContributorDisclosureInput)
  contributors: ContributorDisclosureInput[];

  @Field(() => [FinancialRelationshipInput], { description: 'Empty = none' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FinancialRelationshipInput)
  commercialSupport: FinancialRelationshipInput[];
}
