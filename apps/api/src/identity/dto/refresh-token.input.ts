import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@InputType()
export class RefreshTokenInput {
  @Field()
  @IsString()
  @Length(1, 256)
  refreshToken: string;
}
