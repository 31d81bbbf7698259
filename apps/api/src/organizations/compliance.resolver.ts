import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Role } from '@fascicle/common';
import { BOARD_REMINDER } from '@fascicle/regulation';
import { MAX_PAGE_SIZE } from '../common/pagination/connection.args.js';
import { toConnection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import { Trim } from '../common/validation/normalize.js';
import { AppConfig } from '../config/app-config.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { ComplianceService } from './compliance.service.js';
import { CredentialReminders } from './credential-reminders.js';
import {
  ComplianceArgs,
  ComplianceCellModel,
  ComplianceReportModel,
  RequiredCredentialModel,
} from './models/compliance.model.js';
import { OrganizationModel } from './models/organization.model.js';
import { RequiredCredentialsService } from './required-credentials.service.js';

@InputType()
export class AddRequiredCredentialInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'label must be 1 to 200 characters long' })
  label: string;

  @Field(() => ID, { nullable: true, description: 'A credential program; or give courseId' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'courseId must be a course id' })
  courseId?: string | null;
}

@Resolver(() => OrganizationModel)
export class ComplianceResolver {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly requirements: RequiredCredentialsService,
    private readonly reminders: CredentialReminders,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => ComplianceReportModel, {
    description: 'Every member against every required credential (clinic admins only)',
    complexity: ({ args, childComplexity }) =>
      Math.min((args as ComplianceArgs).first ?? 20, MAX_PAGE_SIZE) * childComplexity,
  })
  async complianceReport(
    @Parent() organization: OrganizationModel,
    @Args() args: ComplianceArgs,
  ): Promise<ComplianceReportModel> {
    // Sorted, filtered and cut by the database: only the page's rows are built.
    const report = await this.compliance.page(organization, args);
    const rows = report.rows.map((row) => ({ ...row, id: row.membershipId }));
    return Object.assign(new ComplianceReportModel(), {
      generatedAt: report.generatedAt,
      requirements: report.requirements,
      totals: report.totals,
      members: toConnection(
        rows,
        args.first,
        (row) => row.key,
        ({ key: _, ...row }) => row,
      ),
      csvUrl: `${this.config.publicUrl}/organizations/${organization.id}/compliance.csv`,
      state: report.state,
      eligibilityReminder: BOARD_REMINDER,
    });
  }

  @Mutation(() => RequiredCredentialModel, {
    description: 'Require a credential of the staff (clinic admins)',
  })
  addRequiredCredential(
    @Args('input') input: AddRequiredCredentialInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RequiredCredentialModel> {
    return this.requirements.add(input, principal);
  }

  @Query(() => [RequiredCredentialModel], {
    description: "A clinic's required credentials, oldest first (its members)",
  })
  requiredCredentials(
    @IdArg('organizationId') organizationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RequiredCredentialModel[]> {
    return this.requirements.list(organizationId, principal);
  }

  @Query(() => [ComplianceCellModel], {
    description: 'Where you stand against each credential a clinic you belong to requires',
  })
  myRequiredCredentials(
    @IdArg('organizationId') organizationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ComplianceCellModel[]> {
    return this.compliance.mine(organizationId, principal);
  }

  @Mutation(() => Boolean, { description: 'Stop requiring a credential (clinic admins)' })
  async removeRequiredCredential(
    @IdArg('requirementId') requirementId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.requirements.remove(requirementId, principal);
    return true;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Int, {
    description: 'Run the expiry reminder job now (platform admins); returns reminders sent',
  })
  runCredentialReminders(): Promise<number> {
    return this.reminders.run();
  }
}
