import { ArgsType, Field, Float, registerEnumType } from '@nestjs/graphql';
import {
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.args.js';

export enum ApprovalFilter {
  /** At least one approval valid today. */
  APPROVED = 'APPROVED',
  NOT_APPROVED = 'NOT_APPROVED',
}
registerEnumType(ApprovalFilter, { name: 'ApprovalFilter' });

@ArgsType()
export class CoursesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words in the title or summary' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  minCeHours?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  maxCeHours?: number;

  @Field(() => String, { nullable: true, description: 'A topic tag, e.g. safety' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'topic must be a topic tag' })
  topic?: string;

  @Field(() => ApprovalFilter, { nullable: true })
  @IsOptional()
  @IsEnum(ApprovalFilter)
  approval?: ApprovalFilter;
}
