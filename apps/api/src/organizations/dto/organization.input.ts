import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  IsIn,
} from 'class-validator';
import { US_LICENSING_JURISDICTIONS } from '@fascicle/common';
import { NormalizeEmail, Trim } from '../../common/validation/normalize.js';
import { OrganizationRole } from '../organization-role.js';

registerEnumType(OrganizationRole, { name: 'OrganizationRole' });

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Trim()
  @IsString()
  @Length(2, 200, { message: 'name must be 2 to 200 characters long' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Two-letter state the clinic practises in' })
  @IsOptional()
  @IsIn(US_LICENSING_JURISDICTIONS, {
    message: 'state must be a two-letter US state or territory code',
  })
  state?: string | null;
}

@InputType()
export class SetOrganizationStateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field(() => String, { nullable: true, description: 'Two-letter state; null: none' })
  @IsOptional()
  @IsIn(US_LICENSING_JURISDICTIONS, {
    message: 'state must be a two-letter US state or territory code',
  })
  state: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;

  @Field(() => OrganizationRole, { defaultValue: OrganizationRole.STAFF })
  @IsEnum(OrganizationRole)
  role: OrganizationRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be a membership id' })
  membershipId: string;

  @Field(() => OrganizationRole)
  @IsEnum(OrganizationRole)
  role: OrganizationRole;
}

@InputType()
export class SetMemberRequirementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be a membership id' })
  membershipId: string;

  @Field({
    description:
      'Whether the clinic requires this member to hold its required credentials: false leaves them out of the compliance totals and reminders',
  })
  @IsBoolean({ message: 'requiredToHold must be true or false' })
  requiredToHold: boolean;
}
