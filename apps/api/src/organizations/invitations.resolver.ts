import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/validation/id-arg.js';
import { CurrentPrincipal, Public } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import {
  InvitationModel,
  InvitationPreviewModel,
  InvitationState,
} from './models/organization.model.js';
import { InvitationsService } from './invitations.service.js';

@Resolver()
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Query(() => [InvitationModel], {
    description: 'Invitations not yet accepted and not expired, newest first (clinic admins)',
  })
  async pendingInvitations(
    @IdArg('organizationId') organizationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationModel[]> {
    return (await this.invitations.pending(organizationId, principal)).map(InvitationModel.from);
  }

  @Mutation(() => Boolean, { description: 'Withdraw an invitation nobody has accepted' })
  async cancelInvitation(
    @IdArg('invitationId') invitationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.invitations.cancel(invitationId, principal);
    return true;
  }

  @Public()
  @Query(() => InvitationPreviewModel, {
    description: 'Which clinic an invitation link is from, before signing in to accept it',
  })
  async invitationPreview(
    @Args('token', { type: () => String }) token: string,
  ): Promise<InvitationPreviewModel> {
    const { invitation, organizationName, state } = await this.invitations.preview(
      token.slice(0, 200),
    );
    return Object.assign(new InvitationPreviewModel(), {
      organizationName,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      state: InvitationState[state],
    });
  }
}
