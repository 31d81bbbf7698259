import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NormalizeEmail } from '../../common/validation/normalize.js';

/** Not validated beyond shape: a login answers the same for every wrong combination. */
@InputType()
export class LoginInput {
  @Field()
  @NormalizeEmail()
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}
