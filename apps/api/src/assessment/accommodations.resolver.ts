import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { IdArg } from '../common/validation/id-arg.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { AccommodationsService } from './accommodations.service.js';
import { GrantQuizAccommodationInput } from './dto/accommodation.input.js';
import { QuizAccommodationModel } from './models/accommodation.model.js';

/** Admins grant a learner extra attempts or time on a quiz, with a reason that is audited. */
@Roles(Role.ADMIN)
@Resolver(() => QuizAccommodationModel)
export class AccommodationsResolver {
  constructor(private readonly accommodations: AccommodationsService) {}

  @Mutation(() => QuizAccommodationModel, {
    description: "Grant (or replace) a learner's extra attempts or time on a quiz (admins)",
  })
  async grantQuizAccommodation(
    @Args('input') input: GrantQuizAccommodationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizAccommodationModel> {
    return QuizAccommodationModel.from(await this.accommodations.grant(input, principal));
  }

  @Query(() => [QuizAccommodationModel], { description: "A quiz's accommodations (admins)" })
  async quizAccommodations(@IdArg('quizId') quizId: string): Promise<QuizAccommodationModel[]> {
    return (await this.accommodations.forQuiz(quizId)).map(QuizAccommodationModel.from);
  }

  @ResolveField(() => String, { description: "The learner's display name" })
  async learnerName(
    @Parent() accommodation: QuizAccommodationModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.userById.load(accommodation.userId))?.displayName ?? '';
  }
}
