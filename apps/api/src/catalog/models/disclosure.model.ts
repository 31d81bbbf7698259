import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CREDENTIAL_KIND_LABEL,
  CredentialKind,
  type ContactHourUnit,
  type CourseDisclosure,
} from '@fascicle/catalog';

registerEnumType(CredentialKind, {
  name: 'CredentialKind',
  description: 'What a credential certifies',
  valuesMap: Object.fromEntries(
    Object.values(CredentialKind).map((kind) => [
      kind,
      { description: CREDENTIAL_KIND_LABEL[kind] },
    ]),
  ),
});

@ObjectType('FinancialRelationship')
export class FinancialRelationshipModel {
  @Field()
  company: string;

  @Field()
  nature: string;
}

@ObjectType('ContributorDisclosure')
export class ContributorDisclosureModel {
  @Field()
  name: string;

  @Field()
  credentials: string;

  @Field()
  role: string;

  @Field(() => [FinancialRelationshipModel], { description: 'Past 24 months; empty = none' })
  relationships: FinancialRelationshipModel[];

  @Field(() => String, { nullable: true })
  mitigation: string | null;
}

@ObjectType('CourseDisclosure', {
  description: 'Who controls the content and their financial relationships, shown before enrolment',
})
export class CourseDisclosureModel {
  @Field(() => [ContributorDisclosureModel])
  contributors: ContributorDisclosureModel[];

  @Field(() => [FinancialRelationshipModel], { description: 'Empty = none' })
  commercialSupport: FinancialRelationshipModel[];

  static from(disclosure: CourseDisclosure | null): CourseDisclosureModel | null {
    if (!disclosure) return null;
    return Object.assign(new CourseDisclosureModel(), {
      contributors: disclosure.contributors.map((person) => ({
        ...person,
        mitigation: person.mitigation ?? null,
      })),
      commercialSupport: disclosure.commercialSupport,
    });
  }
}

@ObjectType('ContactHours', {
  description: "Minutes of instruction in one approving body's contact hours",
})
export class ContactHoursModel {
  @Field({ description: 'Whose hours: the approving body, or "Default (60-minute hours)"' })
  label: string;

  @Field(() => String, { nullable: true })
  approvalNumber: string | null;

  @Field(() => Int)
  minutesPerHour: number;

  @Field(() => Float)
  increment: number;

  @Field(() => Float)
  hours: number;

  @Field({ description: 'e.g. "1.5 contact hours of 50 minutes"' })
  text: string;

  static of(
    label: string,
    approvalNumber: string | null,
    unit: ContactHourUnit,
    hours: number,
    text: string,
  ): ContactHoursModel {
    return Object.assign(new ContactHoursModel(), {
      label,
      approvalNumber,
      minutesPerHour: unit.minutesPerHour,
      increment: unit.increment,
      hours,
      text,
    });
  }
}
