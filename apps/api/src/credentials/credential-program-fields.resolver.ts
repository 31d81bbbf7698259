import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CourseModel } from '../catalog/models/course.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CredentialProgramModel } from './models/credential-program.model.js';

@Resolver(() => CredentialProgramModel)
export class CredentialProgramFieldsResolver {
  @ResolveField(() => [CourseModel], {
    description: 'The courses to complete, in the order of courseIds (one batch for a whole list)',
  })
  async courses(
    @Parent() program: CredentialProgramModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseModel[]> {
    const courses = await context.loaders.courseById.loadMany(program.courseIds);
    return courses.flatMap((course) =>
      course && !(course instanceof Error) ? [CourseModel.from(course)] : [],
    );
  }
}
