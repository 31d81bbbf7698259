import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Your current password: a signed-in session alone cannot delete it' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
