import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';

@InputType()
export class RefreshTokenInput {
  @Field({
    nullable: true,
    description: 'Leave out to use the fascicle_refresh cookie (the web app does)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 256)
  refreshToken?: string;
}
