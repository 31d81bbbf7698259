import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

/** Only the fields given change. */
@InputType()
export class EmailPreferencesInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  credentialReminders?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  clinicNotices?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  courseCorrections?: boolean;
}
