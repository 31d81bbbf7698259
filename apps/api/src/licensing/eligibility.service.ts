import { Injectable } from '@nestjs/common';
import { Role, isLicensingJurisdiction } from '@fascicle/common';
import { evaluateEligibility, type EligibilityAnswer } from '@fascicle/regulation';
import { isUUID } from 'class-validator';
import { isCalendarDate } from '../common/validation/calendar-date.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import { IdentityReader } from '../identity/identity-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type {
  StaffEligibility,
  StaffEligibilityAnswer,
} from '../organizations/staff-eligibility.js';
import { PractitionerRecords } from './practitioner-records.js';
import { RuleBook } from './rule-book.service.js';

export interface PersonEligibility extends EligibilityAnswer {
  userId: string;
  stateName: string;
}

/**
 * "May this person dry needle in this state on this date?": the rule in force then, the
 * person's record, and `evaluateEligibility` from @fascicle/regulation. Asked by the person,
 * by an admin of a clinic they belong to, or by a platform admin; and for a whole clinic's
 * staff at once by its compliance report (StaffEligibility).
 */
@Injectable()
export class EligibilityService implements StaffEligibility {
  constructor(
    private readonly rules: RuleBook,
    private readonly records: PractitionerRecords,
    private readonly organizations: OrganizationsService,
    private readonly identity: IdentityReader,
  ) {}

  async forPerson(
    principal: Principal,
    userId: string,
    state: string,
    onDate: string | null,
  ): Promise<PersonEligibility> {
    const code = checkedState(state);
    const date = checkedDate(onDate) ?? this.rules.today();
    if (!isUUID(userId)) throw InvalidInputError.of('userId', 'userId is not a valid id');
    await this.mayAsk(principal, userId);
    // An admin may ask about anyone, but only about someone who exists.
    if (userId !== principal.userId && !(await this.identity.accountExists(userId))) {
      throw new NotFoundError('No such person', { field: 'userId' });
    }
    return (await this.answers([userId], code, date)).get(userId)!;
  }

  /** The caller's answer for each of these states, today: one read of the record and rules. */
  async forMyStates(principal: Principal, states: readonly string[]): Promise<PersonEligibility[]> {
    const today = this.rules.today();
    const [rules, records] = await Promise.all([
      this.rules.inForce(states, today),
      this.records.of([principal.userId]),
    ]);
    const record = records.get(principal.userId)!;
    return states.map((state) => {
      const rule = rules.get(state) ?? null;
      return {
        userId: principal.userId,
        stateName: rule?.stateName ?? state,
        ...evaluateEligibility(state, rule?.rule ?? null, record, today),
      };
    });
  }

  /** Every person's answer for one state and date: a fixed number of queries. */
  async answers(
    userIds: readonly string[],
    state: string,
    onDate: string,
  ): Promise<Map<string, PersonEligibility>> {
    const [rules, records] = await Promise.all([
      this.rules.inForce([state], onDate),
      this.records.of(userIds),
    ]);
    const rule = rules.get(state) ?? null;
    const answers = new Map<string, PersonEligibility>();
    for (const [userId, record] of records) {
      answers.set(userId, {
        userId,
        stateName: rule?.stateName ?? state,
        ...evaluateEligibility(state, rule?.rule ?? null, record, onDate),
      });
    }
    return answers;
  }

  /** The compliance report's column: the answer for each member in the clinic's state, today. */
  async forStaff(
    userIds: readonly string[],
    state: string,
  ): Promise<Map<string, StaffEligibilityAnswer>> {
    const answers = await this.answers(userIds, state, this.rules.today());
    return new Map(
      [...answers].map(([userId, answer]) => [
        userId,
        {
          state: answer.state,
          verdict: answer.verdict,
          missing: answer.requirements.filter((check) => !check.met).map((check) => check.required),
          checkedOn: answer.checkedOn,
        },
      ]),
    );
  }

  private async mayAsk(principal: Principal, userId: string): Promise<void> {
    if (principal.userId === userId || principal.roles.includes(Role.ADMIN)) return;
    if (await this.organizations.administersMember(principal, userId)) return;
    throw new ForbiddenError(
      'You can ask about yourself, or about staff of a clinic you administer',
      {
        field: 'userId',
      },
    );
  }
}

export function checkedState(state: string): string {
  const code = state.trim().toUpperCase();
  if (!isLicensingJurisdiction(code)) {
    throw InvalidInputError.of('state', 'state must be a two-letter US state or territory code');
  }
  return code;
}

function checkedDate(onDate: string | null | undefined): string | null {
  if (onDate === null || onDate === undefined) return null;
  if (!isCalendarDate(onDate)) {
    throw InvalidInputError.of('onDate', 'onDate must be a date written YYYY-MM-DD');
  }
  return onDate;
}
