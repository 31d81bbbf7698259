import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { CE_TOPICS, type CeTopic } from '@fascicle/regulation';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';

/**
 * An outside CE record as the upload form sends it (multipart fields are text, so numbers,
 * booleans and the topic list are read from text here).
 */
export class OutsideCeInput {
  @IsString()
  @Length(1, 200)
  provider: string;

  @IsString()
  @Length(1, 300)
  title: string;

  @IsCalendarDate()
  completedOn: string;

  @Transform(({ value }) =>
    typeof value === 'string' && value.trim() !== '' ? Number(value) : value,
  )
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'hours must be a number of hours such as 1.5' })
  @Min(0.25)
  @Max(200)
  hours: number;

  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'selfPaced must be true or false' })
  selfPaced: boolean;

  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @ArrayMaxSize(CE_TOPICS.length)
  @IsIn(CE_TOPICS, { each: true, message: `each topic must be one of ${CE_TOPICS.join(', ')}` })
  topics: CeTopic[];
}
