import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../common/validation/is-acceptable-password.js';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @Field({ description: '12 to 128 characters' })
  @IsAcceptablePassword()
  newPassword: string;
}
