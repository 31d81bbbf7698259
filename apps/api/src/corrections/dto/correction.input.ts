import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsString,
  Length,
} from 'class-validator';
import { Trim } from '../../common/validation/normalize.js';
import { CorrectionKind } from '../correction-kind.js';

@InputType({ description: 'What a version corrects, for those who completed an earlier one' })
export class VersionCorrectionInput {
  @Field(() => [CorrectionKind], { description: 'SAFETY, LEGAL or both' })
  @IsArray()
  @ArrayMinSize(1, { message: 'kinds must name SAFETY, LEGAL or both' })
  @ArrayMaxSize(2, { message: 'kinds must name SAFETY, LEGAL or both' })
  @ArrayUnique({ message: 'kinds must name each kind once' })
  @IsEnum(CorrectionKind, { each: true, message: 'kinds must name SAFETY, LEGAL or both' })
  kinds: CorrectionKind[];

  @Field({ description: 'What changed, in plain text (20 to 2000 characters)' })
  @Trim()
  @IsString()
  @Length(20, 2000, { message: 'summary must be 20 to 2000 characters long' })
  summary: string;
}
