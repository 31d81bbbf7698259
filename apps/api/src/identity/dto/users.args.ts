import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.args.js';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Matches email or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
