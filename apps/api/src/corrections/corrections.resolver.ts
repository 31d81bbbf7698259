import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { CourseVersionModel } from '../catalog/models/course-version.model.js';
import { ConnectionArgs, pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection, type Connection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CorrectionNotices } from './correction-notices.service.js';
import { VersionCorrectionInput } from './dto/correction.input.js';
import { CorrectionNoticeConnection, CorrectionNoticeModel } from './models/correction.model.js';
import { VersionCorrections } from './version-corrections.service.js';

/** Authors mark what a draft corrects; learners read and acknowledge what they were told. */
@Resolver()
export class CorrectionsResolver {
  constructor(
    private readonly corrections: VersionCorrections,
    private readonly notices: CorrectionNotices,
  ) {}

  @Roles(Role.INSTRUCTOR)
  @Mutation(() => CourseVersionModel, {
    description:
      'Say that this draft corrects safety or legal content: when it is published, everyone who completed an earlier version gets a notice (authors only; drafts only)',
  })
  async markVersionCorrection(
    @IdArg('versionId') versionId: string,
    @Args('input') input: VersionCorrectionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(
      await this.corrections.markCorrection(versionId, input.kinds, input.summary, principal),
    );
  }

  @Roles(Role.INSTRUCTOR)
  @Mutation(() => CourseVersionModel, {
    description: "Take back a draft's correction (authors only; drafts only)",
  })
  async clearVersionCorrection(
    @IdArg('versionId') versionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.corrections.clearCorrection(versionId, principal));
  }

  @Query(() => CorrectionNoticeConnection, {
    description: 'Your correction notices, newest first',
    complexity: pageComplexity,
  })
  async myCorrectionNotices(
    @Args() args: ConnectionArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<CorrectionNoticeModel>> {
    const rows = await this.notices.page(principal.userId, args);
    return toConnection(
      rows,
      args.first,
      (row) => row.createdAt.toISOString(),
      CorrectionNoticeModel.from,
    );
  }

  @Mutation(() => CorrectionNoticeModel, { description: 'Mark one of your notices read' })
  async acknowledgeCorrectionNotice(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CorrectionNoticeModel> {
    return CorrectionNoticeModel.from(await this.notices.acknowledge(id, principal.userId));
  }
}
