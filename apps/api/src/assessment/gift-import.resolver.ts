import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { ImportGiftQuestionsArgs } from './dto/gift-import.args.js';
import { GiftImportService } from './gift-import.service.js';
import { GiftImportModel } from './models/gift-import.model.js';

/** The bank's authors only: the service checks authorship and draft status, dry run or not. */
@Roles(Role.INSTRUCTOR)
@Resolver()
export class GiftImportResolver {
  constructor(private readonly gift: GiftImportService) {}

  @Mutation(() => GiftImportModel, {
    description:
      'Questions from a Moodle GIFT file into a bank of a draft version. dryRun (the default) previews and saves nothing; dryRun: false adds every question in one transaction, or refuses the whole file (BAD_USER_INPUT, reason GIFT_PROBLEMS, each problem with its line in extensions.problems)',
  })
  async importGiftQuestions(
    @Args() args: ImportGiftQuestionsArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<GiftImportModel> {
    return this.gift.importGift(args, principal);
  }
}
