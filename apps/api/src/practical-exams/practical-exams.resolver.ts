import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { ConnectionArgs, pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection, type Connection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CreatePracticalChecklistInput } from './dto/practical-checklist.input.js';
import {
  PracticalExamSittingInput,
  PracticalExamsArgs,
  RecordPracticalExamInput,
} from './dto/practical-exam.input.js';
import { PracticalChecklistModel } from './models/practical-checklist.model.js';
import { PracticalExamConnection, PracticalExamModel } from './models/practical-exam.model.js';
import { PracticalChecklists } from './practical-checklists.service.js';
import { PracticalExamQueries, type PracticalExamView } from './practical-exam-queries.js';
import { PracticalExams } from './practical-exams.service.js';

/** A page of records, newest first: the cursor is the record's creation time and id. */
function page(views: PracticalExamView[], first: number): Connection<PracticalExamModel> {
  return toConnection(
    views.map((view) => ({ id: view.record.id, view })),
    first,
    (row) => row.view.record.createdAt.toISOString(),
    (row) => PracticalExamModel.from(row.view),
  );
}

/**
 * Programs' practical checklists, and examiners' signed records of candidates' practical exams.
 */
@Resolver(() => PracticalExamModel)
export class PracticalExamsResolver {
  constructor(
    private readonly checklists: PracticalChecklists,
    private readonly exams: PracticalExams,
    private readonly queries: PracticalExamQueries,
  ) {}

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => PracticalChecklistModel, {
    description:
      "Save a new version of a program's practical checklist (an admin or an author of one of its courses)",
  })
  async createPracticalChecklist(
    @Args('input') input: CreatePracticalChecklistInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticalChecklistModel> {
    return PracticalChecklistModel.from(await this.checklists.create(input, principal));
  }

  @Query(() => [PracticalChecklistModel], {
    description: "Every version of a program's practical checklist, newest first",
  })
  async practicalChecklists(
    @IdArg('programId') programId: string,
  ): Promise<PracticalChecklistModel[]> {
    return (await this.checklists.forProgram(programId)).map(PracticalChecklistModel.from);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => PracticalExamModel, {
    description:
      "Record and sign a candidate's practical exam (an instructor or admin, never the candidate); every item marked once, the result graded, never changed afterwards",
  })
  async recordPracticalExam(
    @Args('input') input: RecordPracticalExamInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticalExamModel> {
    const record = await this.exams.record(input, principal);
    return PracticalExamModel.from((await this.queries.views([record]))[0]!);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => PracticalExamModel, {
    description:
      'Correct a record: a new signed record for the same candidate and checklist that names the one it replaces (once), with a reason (1 to 500 characters)',
  })
  async correctPracticalExam(
    @IdArg('recordId') recordId: string,
    @Args('input') input: PracticalExamSittingInput,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticalExamModel> {
    const record = await this.exams.correct(recordId, input, reason, principal);
    return PracticalExamModel.from((await this.queries.views([record]))[0]!);
  }

  @Query(() => PracticalExamConnection, {
    description: 'Your practical exam records, newest first, with each item as marked',
    complexity: pageComplexity,
  })
  async myPracticalExams(
    @Args() args: ConnectionArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<PracticalExamModel>> {
    return page(await this.queries.mine(principal.userId, args), args.first);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => PracticalExamConnection, {
    description: "A checklist's or a candidate's practical exam records, newest first",
    complexity: pageComplexity,
  })
  async practicalExams(@Args() args: PracticalExamsArgs): Promise<Connection<PracticalExamModel>> {
    return page(await this.queries.list(args), args.first);
  }

  @Query(() => PracticalExamModel, {
    description: 'One record: to its candidate, instructors and admins',
  })
  async practicalExam(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticalExamModel> {
    return PracticalExamModel.from(await this.queries.one(id, principal));
  }

  @ResolveField(() => String, { description: "The candidate's name" })
  async candidateName(
    @Parent() exam: PracticalExamModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.userById.load(exam.candidateId))?.displayName ?? '';
  }
}
