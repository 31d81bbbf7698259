import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID } from 'class-validator';
import { GIFT_MAX_BYTES, GIFT_MAX_QUESTIONS } from '@fascicle/assessment';

@ArgsType()
export class ImportGiftQuestionsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'bankId must be a question bank id' })
  bankId: string;

  // The size limit is in bytes (GIFT_MAX_BYTES), so the service checks it.
  @Field({
    description: `Moodle GIFT text, up to ${GIFT_MAX_BYTES / 1024} KB (UTF-8) and ${GIFT_MAX_QUESTIONS} questions`,
  })
  @IsString()
  gift: string;

  @Field({
    defaultValue: true,
    description: 'true: parse and preview only, saving nothing; false: add every question or none',
  })
  @IsBoolean()
  dryRun: boolean;
}
