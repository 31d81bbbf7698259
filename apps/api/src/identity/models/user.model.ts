import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Profession, Role } from '@fascicle/common';
import type { UserEntity } from '../entities/user.entity.js';

registerEnumType(Role, { name: 'Role', description: 'Platform-wide role of an account' });
registerEnumType(Profession, { name: 'Profession' });

/**
 * An account as its holder (or an admin) sees it. No password hash, ever. Its licenses are
 * resolved by UsersResolver.
 */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Profession)
  profession: Profession;

  @Field(() => [Role])
  roles: Role[];

  @Field({ description: 'Whether the holder opened the link sent to this address' })
  emailVerified: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(entity: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      profession: entity.profession,
      roles: entity.roles,
      emailVerified: entity.emailVerifiedAt !== null,
      createdAt: entity.createdAt,
    });
  }
}
