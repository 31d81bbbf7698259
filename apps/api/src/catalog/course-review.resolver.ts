import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { Clock, todayUtc } from '../config/clock.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CourseReviewService } from './course-review.service.js';
import {
  OverrideCreditGatesInput,
  RecordCourseApprovalInput,
  SendBackCourseVersionInput,
} from './dto/review.input.js';
import { CourseApprovalModel } from './models/course-approval.model.js';
import { CourseVersionModel } from './models/course-version.model.js';
import { IdArg } from '../common/validation/id-arg.js';

/** The platform admin's side of publication. */
@Roles(Role.ADMIN)
@Resolver()
export class CourseReviewResolver {
  constructor(
    private readonly review: CourseReviewService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => CourseVersionModel, {
    description: 'Publish a version in review; the version it replaces is retired',
  })
  async publishCourseVersion(
    @IdArg('versionId') versionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.review.publish(versionId, principal));
  }

  @Mutation(() => CourseVersionModel, {
    description:
      'Let a draft (at submit) or a version in review (at publish) through the credit gates it fails now, with a written reason (audited)',
  })
  async overrideCreditGates(
    @Args('input') input: OverrideCreditGatesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(
      await this.review.overrideGates(input.versionId, input.reason, principal),
    );
  }

  @Mutation(() => CourseVersionModel, { description: 'Return a version to its authors' })
  async sendBackCourseVersion(
    @Args('input') input: SendBackCourseVersionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(
      await this.review.sendBack(input.versionId, input.comment, principal),
    );
  }

  @Mutation(() => CourseVersionModel, { description: 'Withdraw a published version' })
  async retireCourseVersion(
    @IdArg('versionId') versionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.review.retire(versionId, principal));
  }

  @Mutation(() => CourseApprovalModel, { description: 'Record an accreditation approval' })
  async recordCourseApproval(
    @Args('input') input: RecordCourseApprovalInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseApprovalModel> {
    const approval = await this.review.recordApproval(input, principal);
    return CourseApprovalModel.from(approval, todayUtc(this.clock));
  }
}
