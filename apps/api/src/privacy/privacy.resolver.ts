import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { AccountDeletionService } from './account-deletion.service.js';
import { DeleteAccountInput } from './dto/delete-account.input.js';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Mutation(() => Boolean, {
    description:
      'Delete your account: your personal data is erased, except certificates kept for licensing boards (see the privacy notice)',
  })
  async deleteMyAccount(
    @Args('input') input: DeleteAccountInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.deletion.deleteOwnAccount(principal, input.password);
    return true;
  }
}
