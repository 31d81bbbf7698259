import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SupervisorRule } from '@fascicle/hybrid';
import { LiveSessionKind } from '../../live-sessions/live-session-kind.js';
import type { HybridProgramRulesEntity } from '../entities/hybrid-program-rules.entity.js';

@ObjectType('LiveMinutesRequirement')
export class LiveMinutesRequirementModel {
  @Field(() => LiveSessionKind, { nullable: true, description: 'null: sessions of any kind' })
  sessionKind: LiveSessionKind | null;

  @Field(() => Int)
  minimumMinutes: number;
}

@ObjectType('SupervisedSessionsRequirement')
export class SupervisedSessionsRequirementModel {
  @Field(() => Int)
  minimumCount: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Days from the start of the program; null: any time',
  })
  withinDays: number | null;
}

@ObjectType('SupervisorRule', {
  description: 'What a supervisor must meet for a confirmation to count',
})
export class SupervisorRuleModel {
  @Field()
  profession: string;

  @Field(() => [String], { nullable: true, description: 'null: a license in any state or DC' })
  licenseJurisdictions: string[] | null;

  @Field(() => Int)
  minimumDryNeedlingYears: number;

  @Field(() => Int)
  minimumOwnSessions: number;

  @Field()
  requiresStateQualification: boolean;

  @Field({ description: 'The rule the figures come from' })
  citation: string;

  @Field()
  sourceUrl: string;

  static from(rule: SupervisorRule): SupervisorRuleModel {
    return Object.assign(new SupervisorRuleModel(), {
      profession: rule.profession,
      licenseJurisdictions: rule.licenseJurisdictions ? [...rule.licenseJurisdictions] : null,
      minimumDryNeedlingYears: rule.minimumDryNeedlingYears,
      minimumOwnSessions: rule.minimumOwnSessions,
      requiresStateQualification: rule.requiresStateQualification,
      citation: rule.source.citation,
      sourceUrl: rule.source.url,
    });
  }
}

@ObjectType('HandsOnRequirements', { description: 'What a program asks beyond its courses' })
export class HandsOnRequirementsModel {
  @Field(() => [LiveMinutesRequirementModel])
  liveMinutes: LiveMinutesRequirementModel[];

  @Field({ description: "A passed practical examination on the program's checklist" })
  practicalExam: boolean;

  @Field(() => SupervisedSessionsRequirementModel, { nullable: true })
  supervisedSessions: SupervisedSessionsRequirementModel | null;

  @Field(() => SupervisorRuleModel, { nullable: true, description: 'null: any supervisor counts' })
  supervisorRule: SupervisorRuleModel | null;

  static from(rules: HybridProgramRulesEntity): HandsOnRequirementsModel {
    const model = Object.assign(new HandsOnRequirementsModel(), {
      liveMinutes: [] as LiveMinutesRequirementModel[],
      practicalExam: false,
      supervisedSessions: null as SupervisedSessionsRequirementModel | null,
      supervisorRule: rules.supervisorRule ? SupervisorRuleModel.from(rules.supervisorRule) : null,
    });
    for (const requirement of rules.requirements) {
      if (requirement.kind === 'LIVE_MINUTES') {
        model.liveMinutes.push({
          sessionKind: requirement.sessionKind as LiveSessionKind | null,
          minimumMinutes: requirement.minimumMinutes,
        });
      } else if (requirement.kind === 'PRACTICAL_EXAM') {
        model.practicalExam = true;
      } else {
        model.supervisedSessions = {
          minimumCount: requirement.minimumCount,
          withinDays: requirement.withinDays,
        };
      }
    }
    return model;
  }
}
