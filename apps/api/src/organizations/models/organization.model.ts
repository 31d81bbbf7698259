import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InvitationEntity } from '../entities/invitation.entity.js';
import { MembershipStatus, OrganizationRole } from '../organization-role.js';

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

  @Field({
    description:
      'Whether the clinic requires this member to hold its required credentials (counted and reminded)',
  })
  requiredToHold: boolean;

  @Field(() => GraphQLISODateTime)
  joinedAt: Date;
}

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The state the clinic practises in: staff are checked against its dry needling rule',
  })
  state: string | null;

  @Field(() => OrganizationRole, { description: "The signed-in user's role here" })
  viewerRole: OrganizationRole;

  @Field(() => ID, {
    description: "The signed-in user's membership here (to leave: endMembership)",
  })
  viewerMembershipId: string;
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
  invitedAt: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  static from(invitation: InvitationEntity): InvitationModel {
    return Object.assign(new InvitationModel(), {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      invitedAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
    });
  }
}

export enum InvitationState {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationState, { name: 'InvitationState' });

@ObjectType('InvitationPreview', {
  description: 'What an invitation link says before it is accepted',
})
export class InvitationPreviewModel {
  @Field()
  organizationName: string;

  @Field({ description: 'The address it was sent to: accept signed in with this email' })
  email: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => InvitationState)
  state: InvitationState;
}
