import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model.js';

@ObjectType('AuthPayload', { description: 'A new session: send accessToken as a Bearer token' })
export class AuthPayloadModel {
  @Field({ description: 'JWT, valid for 15 minutes' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single use: exchange it with refreshToken for a new session' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
