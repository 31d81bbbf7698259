import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipStatus, OrganizationRole } from '../entities/membership.entity.js';

registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field(() => GraphQLISODateTime)
  joinedAt: Date;
}

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationRole, { description: "The signed-in user's role here" })
  viewerRole: OrganizationRole;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
