import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ELIGIBILITY_VERDICTS,
  EVIDENCE_KINDS,
  REQUIREMENT_KINDS,
  type EligibilityVerdict as Verdict,
  type EvidenceKind as Evidence,
  type RequirementKind as Requirement,
} from '@fascicle/regulation';
import { StateRuleSourceModel } from './dry-needling-rule.model.js';
import { enumOf } from '../../common/graphql-enum.js';

export const EligibilityVerdict = enumOf(ELIGIBILITY_VERDICTS);
export const RequirementKind = enumOf(REQUIREMENT_KINDS);
export const EvidenceKind = enumOf(EVIDENCE_KINDS);

registerEnumType(EligibilityVerdict, {
  name: 'EligibilityVerdict',
  valuesMap: {
    ELIGIBLE: { description: 'Every requirement of a rule confirmed by a primary source is met' },
    CHECK_WITH_BOARD: {
      description:
        'Every requirement on record is met, but the rule on record is not complete: ask the board',
    },
    MISSING_REQUIREMENTS: { description: 'At least one requirement is not met yet' },
    NOT_PERMITTED: { description: 'The state does not permit dry needling by physical therapists' },
    RULES_PENDING: { description: 'Permitted by law once the board adopts its rules' },
    UNKNOWN: { description: 'No primary source settles it, or no rule is on record for the date' },
  },
});
registerEnumType(RequirementKind, { name: 'EligibilityRequirementKind' });
registerEnumType(EvidenceKind, { name: 'EligibilityEvidenceKind' });

@ObjectType('EligibilityEvidence', { description: 'A record that counted toward a requirement' })
export class EligibilityEvidenceModel {
  @Field(() => EvidenceKind)
  kind: Evidence;

  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  date: string | null;

  @Field(() => Int, { nullable: true, description: 'The minutes it counted for' })
  minutes: number | null;
}

@ObjectType('EligibilityRequirement')
export class EligibilityRequirementModel {
  @Field(() => RequirementKind)
  kind: Requirement;

  @Field({ description: 'What the rule asks, in plain words' })
  required: string;

  @Field()
  met: boolean;

  @Field({ description: 'What the record shows' })
  found: string;

  @Field(() => [EligibilityEvidenceModel])
  evidence: EligibilityEvidenceModel[];
}

@ObjectType('DryNeedlingEligibility', {
  description: "A person's record against a state's dry needling rule on a date",
})
export class DryNeedlingEligibilityModel {
  @Field(() => ID)
  userId: string;

  @Field({ description: 'Two-letter state' })
  state: string;

  @Field({ description: 'The state’s name, or the code when no rule names it' })
  stateName: string;

  @Field({ description: 'YYYY-MM-DD' })
  onDate: string;

  @Field(() => EligibilityVerdict)
  verdict: Verdict;

  @Field(() => [EligibilityRequirementModel], { description: 'Every requirement checked' })
  requirements: EligibilityRequirementModel[];

  @Field(() => [EligibilityRequirementModel], { description: 'The requirements not met' })
  missing: EligibilityRequirementModel[];

  @Field(() => [String], {
    description: 'What the person must do that no record here shows (filing, consent, delegation)',
  })
  steps: string[];

  @Field(() => [String], { description: 'What no primary source confirmed: ask the board' })
  unconfirmed: string[];

  @Field()
  summary: string;

  @Field(() => String, { nullable: true, description: 'When the rule applied took effect' })
  ruleEffective: string | null;

  @Field(() => String, { nullable: true, description: 'When the rule’s sources were last read' })
  rulesCheckedOn: string | null;

  @Field(() => [StateRuleSourceModel])
  sources: StateRuleSourceModel[];

  @Field({ description: 'The board decides: a reminder shown with every answer' })
  reminder: string;
}
