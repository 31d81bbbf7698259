import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { FLORIDA_SUPERVISOR_RULE, type SupervisorRule } from '@fascicle/hybrid';
import { AuditService } from '../audit/audit.service.js';
import { byKey } from '../common/database/batch.js';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import {
  SupervisorRulePreset,
  type SetHandsOnRequirementsInput,
} from './dto/hands-on-requirements.input.js';
import {
  HybridProgramRulesEntity,
  type HandsOnRequirement,
} from './entities/hybrid-program-rules.entity.js';

const SUPERVISOR_RULES: Record<SupervisorRulePreset, SupervisorRule> = {
  [SupervisorRulePreset.FLORIDA]: FLORIDA_SUPERVISOR_RULE,
};

/** What programs ask beyond their courses: set by an admin, read by the award and the screens. */
@Injectable()
export class HybridProgramRules {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly credentials: CredentialsReader,
  ) {}

  /**
   * Replaces what a program asks beyond its courses. Credentials already issued stay valid;
   * from now on an award needs these. Nothing asked (no live minutes, no exam, no sessions)
   * removes the program's rules: it is a coursework program again.
   */
  async set(
    input: SetHandsOnRequirementsInput,
    principal: Principal,
  ): Promise<HybridProgramRulesEntity | null> {
    const [program] = await this.credentials.programsByIds([input.programId]);
    if (!program) throw InvalidInputError.of('programId', 'No program has this id');
    const kinds = input.liveMinutes.map((live) => live.sessionKind ?? null);
    if (new Set(kinds).size !== kinds.length) {
      throw InvalidInputError.of(
        'liveMinutes',
        'liveMinutes names the same kind of session twice: give one minimum per kind',
      );
    }
    const requirements: HandsOnRequirement[] = [
      ...input.liveMinutes.map((live) => ({
        kind: 'LIVE_MINUTES' as const,
        sessionKind: live.sessionKind ?? null,
        minimumMinutes: live.minimumMinutes,
      })),
      // A program has one practical examination; any version of its checklist counts, so the
      // examination is named by the program.
      ...(input.practicalExam
        ? [{ kind: 'PRACTICAL_EXAM' as const, checklistId: input.programId }]
        : []),
      ...(input.supervisedSessions
        ? [
            {
              kind: 'SUPERVISED_SESSIONS' as const,
              minimumCount: input.supervisedSessions.minimumCount,
              withinDays: input.supervisedSessions.withinDays ?? null,
            },
          ]
        : []),
    ];
    const supervisorRule = input.supervisorRule ? SUPERVISOR_RULES[input.supervisorRule] : null;
    return this.db.transaction(async (manager) => {
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'PROGRAM_HANDS_ON_REQUIREMENTS_SET',
        subjectType: 'credential_program',
        subjectId: input.programId,
        details: { requirements, supervisorRule: input.supervisorRule ?? null },
      });
      if (requirements.length === 0) {
        await manager.delete(HybridProgramRulesEntity, { programId: input.programId });
        return null;
      }
      const row = {
        programId: input.programId,
        requirements,
        supervisorRule,
        updatedAt: this.clock.now(),
      };
      await manager.upsert(HybridProgramRulesEntity, row, ['programId']);
      return manager.findOneByOrFail(HybridProgramRulesEntity, { programId: input.programId });
    });
  }

  /** One query for many programs, in the order asked (null: the program asks only courses). */
  async byProgramIds(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<(HybridProgramRulesEntity | null)[]> {
    if (ids.length === 0) return [];
    const rows = await manager.findBy(HybridProgramRulesEntity, { programId: In([...ids]) });
    return byKey(ids, rows, (row) => row.programId);
  }

  /** Programs whose award may turn on this kind of evidence. */
  async programIdsAsking(
    manager: EntityManager,
    kind: HandsOnRequirement['kind'],
  ): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT program_id AS "programId" FROM hybrid_program_rules
        WHERE requirements @> $1::jsonb`,
      [JSON.stringify([{ kind }])],
    )) as { programId: string }[];
    return rows.map((row) => row.programId);
  }
}
