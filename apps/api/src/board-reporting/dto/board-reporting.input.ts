import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Profession } from '@fascicle/common';
import { Trim } from '../../common/validation/normalize.js';

@InputType({ description: 'A board a course reports to: a state and the profession it licenses' })
export class ReportedBoardInput {
  @Field({ description: 'Two-letter state code, e.g. FL' })
  @IsString()
  @MaxLength(2, { message: 'state must be a two-letter code' })
  @Trim()
  state: string;

  @Field(() => Profession)
  @IsEnum(Profession)
  profession: Profession;
}

@InputType({ description: "How a course's completions are reported to CE Broker" })
export class SetCourseBoardReportingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courseId must be a course id' })
  courseId: string;

  @Field({ description: 'CE Broker provider tracking number: "50-" then digits' })
  @IsString()
  @MaxLength(40)
  @Trim()
  providerNumber: string;

  @Field({ description: 'CE Broker course tracking number: "20-" then digits' })
  @IsString()
  @MaxLength(40)
  @Trim()
  courseNumber: string;

  @Field(() => [ReportedBoardInput], { description: '1 to 20 boards, each once' })
  @IsArray()
  @ArrayMaxSize(20, { message: 'boards may name at most 20 boards' })
  @ValidateNested({ each: true })
  @Type(() => ReportedBoardInput)
  boards: ReportedBoardInput[];
}
