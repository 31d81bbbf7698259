import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { EmailPreferencesInput } from './dto/email-preferences.input.js';
import { EmailPreferences } from './email-preferences.js';
import { EmailPreferencesModel } from './models/email-preferences.model.js';
import { UserModel } from './models/user.model.js';

@Resolver(() => UserModel)
export class EmailPreferencesResolver {
  constructor(private readonly preferences: EmailPreferences) {}

  @ResolveField(() => EmailPreferencesModel, {
    nullable: true,
    description: "Which optional emails the account gets: its holder's to read, null to others",
  })
  async emailPreferences(
    @Parent() user: UserModel,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EmailPreferencesModel | null> {
    return user.id === principal.userId ? this.preferences.get(user.id) : null;
  }

  @Mutation(() => EmailPreferencesModel, { description: 'Choose which optional emails you get' })
  updateEmailPreferences(
    @Args('input') input: EmailPreferencesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EmailPreferencesModel> {
    return this.preferences.update(principal.userId, input);
  }
}
