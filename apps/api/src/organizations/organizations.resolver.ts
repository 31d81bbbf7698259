import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/validation/id-arg.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import {
  ChangeMemberRoleInput,
  CreateOrganizationInput,
  SetOrganizationStateInput,
  InviteMemberInput,
  SetMemberRequirementInput,
} from './dto/organization.input.js';
import type { MembershipEntity } from './entities/membership.entity.js';
import type { OrganizationEntity } from './entities/organization.entity.js';
import type { OrganizationRole } from './organization-role.js';
import {
  InvitationModel,
  MembershipModel,
  OrganizationModel,
} from './models/organization.model.js';
import { MemberRequirementsService } from './member-requirements.service.js';
import { OrganizationsService } from './organizations.service.js';

const organizationModel = (row: {
  organization: OrganizationEntity;
  role: OrganizationRole;
  membershipId: string;
}) =>
  Object.assign(new OrganizationModel(), {
    id: row.organization.id,
    name: row.organization.name,
    state: row.organization.state,
    viewerRole: row.role,
    viewerMembershipId: row.membershipId,
  });

const membershipModel = (
  m: MembershipEntity,
  person?: { displayName: string; email: string } | null,
): MembershipModel =>
  Object.assign(new MembershipModel(), {
    id: m.id,
    organizationId: m.organizationId,
    userId: m.userId,
    displayName: person?.displayName ?? '',
    email: person?.email ?? '',
    role: m.role,
    status: m.status,
    requiredToHold: m.requiredToHold,
    joinedAt: m.joinedAt,
  });

@Resolver()
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly memberRequirements: MemberRequirementsService,
  ) {}

  @Mutation(() => OrganizationModel, { description: 'Create a clinic; you become its admin' })
  async createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationModel> {
    return organizationModel(await this.organizations.create(input.name, principal, input.state));
  }

  @Mutation(() => OrganizationModel, {
    description: 'Set the state the clinic practises in (clinic admins; audited)',
  })
  async setOrganizationState(
    @Args('input') input: SetOrganizationStateInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationModel> {
    return organizationModel(
      await this.organizations.setState(input.organizationId, input.state, principal),
    );
  }

  @Query(() => OrganizationModel, { description: 'A clinic you belong to' })
  async organization(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationModel> {
    return organizationModel(await this.organizations.get(id, principal));
  }

  @Query(() => [OrganizationModel], { description: 'Clinics you belong to' })
  async myOrganizations(@CurrentPrincipal() principal: Principal): Promise<OrganizationModel[]> {
    return (await this.organizations.mine(principal)).map(organizationModel);
  }

  @Query(() => [MembershipModel], { description: "A clinic's current members (its admins only)" })
  async organizationMembers(
    @IdArg('organizationId') organizationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MembershipModel[]> {
    return (await this.organizations.members(organizationId, principal)).map(
      ({ membership, person }) => membershipModel(membership, person),
    );
  }

  @Mutation(() => InvitationModel, { description: 'Invite someone by email (clinic admins)' })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationModel> {
    return InvitationModel.from(await this.organizations.invite(input, principal));
  }

  @Mutation(() => OrganizationModel, { description: 'Join a clinic with the token from the email' })
  async acceptInvitation(
    @Args('token', { type: () => String }) token: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationModel> {
    return organizationModel(await this.organizations.accept(token.slice(0, 200), principal));
  }

  @Mutation(() => Boolean, {
    description: 'Leave a clinic (your membership) or remove a member (admins)',
  })
  async endMembership(
    @IdArg('membershipId') membershipId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.organizations.end(membershipId, principal);
    return true;
  }

  @Mutation(() => MembershipModel, { description: "Change a member's role (clinic admins)" })
  async changeMemberRole(
    @Args('input') input: ChangeMemberRoleInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MembershipModel> {
    return membershipModel(
      await this.organizations.changeRole(input.membershipId, input.role, principal),
    );
  }

  @Mutation(() => MembershipModel, {
    description:
      "Require a member to hold the clinic's required credentials, or not (clinic admins, platform admins)",
  })
  async setMemberRequirement(
    @Args('input') input: SetMemberRequirementInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MembershipModel> {
    const { membership, person } = await this.memberRequirements.set(
      input.membershipId,
      input.requiredToHold,
      principal,
    );
    return membershipModel(membership, person);
  }
}
