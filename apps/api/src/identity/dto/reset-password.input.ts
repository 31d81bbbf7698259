import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../../common/validation/is-acceptable-password.js';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link in the email' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @Field({ description: '12 to 128 characters' })
  @IsAcceptablePassword()
  newPassword: string;
}
