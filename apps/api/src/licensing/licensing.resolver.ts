import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { ruleInForce } from '@fascicle/regulation';
import { NotFoundError } from '../common/errors/domain-error.js';
import { CurrentPrincipal, Public, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { RecordDryNeedlingRuleInput } from './dto/record-dry-needling-rule.input.js';
import { checkedState, EligibilityService, type PersonEligibility } from './eligibility.service.js';
import { DryNeedlingEligibilityModel } from './models/eligibility.model.js';
import { DryNeedlingRuleVersionModel } from './models/dry-needling-rule.model.js';
import { RuleBook, type StoredRule } from './rule-book.service.js';
import { ruleFromInput } from './rule-input.js';

@Resolver()
export class LicensingResolver {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly rules: RuleBook,
    private readonly identity: IdentityReader,
  ) {}

  @Query(() => DryNeedlingEligibilityModel, {
    description:
      'Whether a person may dry needle in a state on a date (yourself, staff of a clinic you administer, or anyone for platform admins), with the evidence that counted',
  })
  async dryNeedlingEligibility(
    @Args('state') state: string,
    @Args('userId', { type: () => ID, nullable: true, description: 'Default: yourself' })
    userId: string | null,
    @Args('onDate', {
      type: () => String,
      nullable: true,
      description: 'YYYY-MM-DD; default today',
    })
    onDate: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DryNeedlingEligibilityModel> {
    const answer = await this.eligibility.forPerson(
      principal,
      userId ?? principal.userId,
      state,
      onDate,
    );
    return toModel(answer);
  }

  @Query(() => [DryNeedlingEligibilityModel], {
    description: 'Your answer for the state of each license on your profile, today',
  })
  async myDryNeedlingEligibility(
    @CurrentPrincipal() principal: Principal,
  ): Promise<DryNeedlingEligibilityModel[]> {
    const [licenses] = await this.identity.licensesByUserIds([principal.userId]);
    const states = [...new Set(licenses!.map((license) => license.state))].sort();
    return (await this.eligibility.forMyStates(principal, states)).map(toModel);
  }

  @Public()
  @Query(() => [DryNeedlingRuleVersionModel], {
    description: "Each state's dry needling rule in force today, by state",
  })
  async dryNeedlingRules(): Promise<DryNeedlingRuleVersionModel[]> {
    const current = await this.rules.inForce(null, this.rules.today());
    return [...current.values()].map((rule) => versionModel(rule, true));
  }

  @Public()
  @Query(() => [DryNeedlingRuleVersionModel], {
    description: "Every version of a state's rule, oldest first, the one in force today marked",
  })
  async dryNeedlingRuleHistory(
    @Args('state') state: string,
  ): Promise<DryNeedlingRuleVersionModel[]> {
    const code = checkedState(state);
    const versions = (await this.rules.versions([code])).get(code) ?? [];
    if (versions.length === 0)
      throw new NotFoundError(`No rule for ${code} is on record`, { field: 'state' });
    const current = ruleInForce(versions, this.rules.today());
    return versions.map((rule) => versionModel(rule, rule === current));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DryNeedlingRuleVersionModel, {
    description:
      "Record a new version of a state's dry needling rule (platform admins; audited). Earlier versions stay: answers for earlier dates do not change",
  })
  async recordDryNeedlingRule(
    @Args('input') input: RecordDryNeedlingRuleInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DryNeedlingRuleVersionModel> {
    const code = checkedState(input.state);
    const known = (await this.rules.versions([code])).get(code) ?? [];
    const stateName = input.stateName ?? known.at(-1)?.stateName;
    if (!stateName) {
      throw new NotFoundError(`No rule for ${code} is on record yet: give its stateName`, {
        field: 'stateName',
      });
    }
    const rule = ruleFromInput(input, code, stateName, this.rules.today());
    const stored = await this.rules.record(
      { state: code, stateName, rule, reason: input.reason },
      principal,
    );
    const current = ruleInForce([...known, stored], this.rules.today());
    return versionModel(stored, current === stored);
  }
}

function toModel(answer: PersonEligibility): DryNeedlingEligibilityModel {
  return Object.assign(new DryNeedlingEligibilityModel(), {
    ...answer,
    missing: answer.requirements.filter((check) => !check.met),
    rulesCheckedOn: answer.checkedOn,
  });
}

function versionModel(stored: StoredRule, current: boolean): DryNeedlingRuleVersionModel {
  return Object.assign(new DryNeedlingRuleVersionModel(), {
    ...stored.rule,
    id: stored.id,
    state: stored.state,
    stateName: stored.stateName,
    reason: stored.reason,
    recordedByAdmin: stored.recordedBy !== null || stored.reason !== null,
    recordedAt: new Date(stored.recordedAt),
    current,
  });
}
