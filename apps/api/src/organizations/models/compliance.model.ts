import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import type { EligibilityVerdict as Verdict } from '@fascicle/regulation';
import { CredentialKind } from '@fascicle/catalog';
import { ComplianceStatus } from '@fascicle/learning';
import { ConnectionArgs } from '../../common/pagination/connection.args.js';
import { ConnectionType } from '../../common/pagination/connection.js';
import { EligibilityVerdict } from '../../licensing/models/eligibility.model.js';
import { OrganizationRole } from '../organization-role.js';

registerEnumType(ComplianceStatus, {
  name: 'ComplianceStatus',
  description:
    'EXPIRING_60 / EXPIRING_30: expires within 60 / 30 days; NOT_REQUIRED: the clinic does not require this member to hold its credentials (listed, not counted in the totals nor reminded)',
});

export enum ComplianceSort {
  NAME = 'NAME',
  NEXT_EXPIRY = 'NEXT_EXPIRY',
  WORST_STATUS = 'WORST_STATUS',
}
registerEnumType(ComplianceSort, { name: 'ComplianceSort' });

@ArgsType()
export class ComplianceArgs extends ConnectionArgs {
  @Field(() => ComplianceStatus, {
    nullable: true,
    description: 'Members with a credential in this state',
  })
  @IsOptional()
  @IsEnum(ComplianceStatus)
  status?: ComplianceStatus;

  @Field(() => ComplianceSort, { defaultValue: ComplianceSort.NAME })
  @IsEnum(ComplianceSort)
  sort: ComplianceSort = ComplianceSort.NAME;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only members who meet every requirement on record to dry needle in the clinic's state (ELIGIBLE or CHECK_WITH_BOARD); false: only those who do not",
  })
  @IsOptional()
  @IsBoolean()
  eligibleHere?: boolean | null;
}

@ObjectType('ComplianceEligibility', {
  description: "A member against the clinic's state's dry needling rule, today",
})
export class ComplianceEligibilityModel {
  @Field()
  state: string;

  @Field(() => EligibilityVerdict)
  verdict: Verdict;

  @Field(() => [String], { description: 'What is missing, in plain words' })
  missing: string[];

  @Field(() => String, { nullable: true, description: 'When the rule’s sources were last read' })
  checkedOn: string | null;
}

@ObjectType('ComplianceCredential')
export class ComplianceCellModel {
  @Field(() => ID)
  requirementId: string;

  @Field()
  label: string;

  @Field(() => ComplianceStatus)
  status: ComplianceStatus;

  @Field(() => String, { nullable: true })
  certificateCode: string | null;

  @Field(() => String, { nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true })
  expiresOn: string | null;

  @Field(() => String, { nullable: true })
  revokedOn: string | null;

  @Field(() => CredentialKind, {
    nullable: true,
    description:
      'The kind of the credential speaking for this requirement (coursework only, live, or hybrid with hands-on training); null when none is held',
  })
  credentialKind: CredentialKind | null;

  @Field(() => Int, { description: 'Its live or in-person minutes; 0 for coursework only' })
  liveMinutes: number;
}

@ObjectType('ComplianceMember')
export class ComplianceRowModel {
  @Field(() => ID)
  membershipId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  licenseNumber: string | null;

  @Field(() => String, { nullable: true })
  licenseState: string | null;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field(() => ComplianceStatus)
  worstStatus: ComplianceStatus;

  @Field({
    description:
      'A current required credential attests hands-on training (live or hybrid), not coursework alone',
  })
  handsOnCertified: boolean;

  @Field(() => String, { nullable: true })
  nextExpiry: string | null;

  @Field(() => [ComplianceCellModel])
  credentials: ComplianceCellModel[];

  @Field(() => ComplianceEligibilityModel, {
    nullable: true,
    description:
      "May this member dry needle in the clinic's state? null when the clinic names no state",
  })
  eligibility: ComplianceEligibilityModel | null;
}

@ObjectType()
export class ComplianceMemberConnection extends ConnectionType(
  ComplianceRowModel,
  'ComplianceMember',
) {}

@ObjectType('ComplianceTotal')
export class ComplianceTotalModel {
  @Field(() => ComplianceStatus)
  status: ComplianceStatus;

  @Field(() => Int, {
    description: 'Member × requirement cells in this state, of members required to hold them',
  })
  count: number;
}

@ObjectType('RequiredCredential')
export class RequiredCredentialModel {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field(() => ID, { nullable: true, description: 'The credential program required, or' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'the course required' })
  courseId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The program's title or the course's published title (requiredCredentials only)",
  })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'For a course: its slug, to link to it' })
  courseSlug?: string | null;
}

@ObjectType('ComplianceReport')
export class ComplianceReportModel {
  @Field(() => GraphQLISODateTime)
  generatedAt: Date;

  @Field(() => [RequiredCredentialModel])
  requirements: RequiredCredentialModel[];

  @Field(() => [ComplianceTotalModel], {
    description: 'One per state but NOT_REQUIRED: members not required are not counted',
  })
  totals: ComplianceTotalModel[];

  @Field(() => ComplianceMemberConnection)
  members: ComplianceMemberConnection;

  @Field({ description: 'CSV download of the whole report (with a bearer token)' })
  csvUrl: string;

  @Field(() => String, { nullable: true, description: 'The state staff are checked against' })
  state: string | null;

  @Field({ description: 'The board decides: shown with the eligibility column' })
  eligibilityReminder: string;
}
