import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.args.js';

@ArgsType()
export class ClinicAdverseEventsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId is not a valid id' })
  organizationId: string;
}
