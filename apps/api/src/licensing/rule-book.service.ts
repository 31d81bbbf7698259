import { createHash } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  loadStateRules,
  ruleInForce,
  versionsOf,
  type DryNeedlingRule,
  type RecordedRule,
} from '@fascicle/regulation';
import { AuditService } from '../audit/audit.service.js';
import { Clock, todayUtc } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { DryNeedlingRuleEntity } from './entities/dry-needling-rule.entity.js';

export interface StoredRule extends RecordedRule {
  id: string;
  state: string;
  stateName: string;
  reason: string | null;
  recordedBy: string | null;
}

/**
 * The dry needling rules as the platform applies them: every version of every state, seeded
 * from libs/regulation/data/dry-needling.yaml at start-up and followed by the versions admins
 * record (audited). Nothing is ever changed or deleted, so any past answer can be given again.
 */
@Injectable()
export class RuleBook implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Adds the data file's versions not stored yet (a new release's corrections among them). */
  async onApplicationBootstrap(): Promise<void> {
    const rows = loadStateRules().states.flatMap((state) =>
      versionsOf(state).map((rule) => ({ state: state.code, stateName: state.name, rule })),
    );
    // One statement; replicas starting together insert each version once (the unique key).
    await this.db.query(
      `INSERT INTO dry_needling_rules (state, state_name, effective_from, rule, content_hash)
       SELECT r.state, r.state_name, r.effective_from::date, r.rule, r.content_hash
         FROM jsonb_to_recordset($1::jsonb)
           AS r(state text, state_name text, effective_from text, rule jsonb, content_hash text)
       ON CONFLICT (state, content_hash) DO NOTHING`,
      [
        JSON.stringify(
          rows.map(({ state, stateName, rule }) => ({
            state,
            state_name: stateName,
            effective_from: rule.effective,
            rule,
            content_hash: contentHash(stateName, rule),
          })),
        ),
      ],
    );
  }

  /** Every version of these states (all states when none are named), oldest first: one query. */
  async versions(states?: readonly string[]): Promise<Map<string, StoredRule[]>> {
    const rows = await this.db.manager
      .createQueryBuilder(DryNeedlingRuleEntity, 'r')
      .where(states ? 'r.state = ANY(:states)' : 'TRUE', { states: [...(states ?? [])] })
      .orderBy('r.state')
      .addOrderBy('r.effective_from', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.recorded_at')
      .getMany();
    const byState = new Map<string, StoredRule[]>();
    for (const row of rows) {
      const stored: StoredRule = {
        id: row.id,
        state: row.state,
        stateName: row.stateName,
        rule: row.rule,
        recordedAt: row.recordedAt.toISOString(),
        reason: row.reason,
        recordedBy: row.recordedBy,
      };
      byState.set(row.state, [...(byState.get(row.state) ?? []), stored]);
    }
    return byState;
  }

  /**
   * The version of each state's rule (every state: null) in force on the date; a state is
   * absent when no version was recorded for it then.
   */
  async inForce(
    states: readonly string[] | null,
    onDate: string,
  ): Promise<Map<string, StoredRule>> {
    const versions = await this.versions(states ?? undefined);
    const found = new Map<string, StoredRule>();
    for (const [state, list] of versions) {
      const rule = ruleInForce(list, onDate) as StoredRule | null;
      if (rule) found.set(state, rule);
    }
    return found;
  }

  /** A new version, checked by the caller; audited in the same transaction. */
  async record(
    input: { state: string; stateName: string; rule: DryNeedlingRule; reason: string },
    principal: Principal,
  ): Promise<StoredRule> {
    return this.db.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(DryNeedlingRuleEntity, {
          state: input.state,
          stateName: input.stateName,
          effectiveFrom: input.rule.effective,
          rule: input.rule,
          // Recording the same version twice is allowed (a later correction back); the time
          // makes its hash its own.
          contentHash: contentHash(input.stateName, input.rule, this.clock.now().toISOString()),
          reason: input.reason,
          recordedBy: principal.userId,
        }),
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'DRY_NEEDLING_RULE_RECORDED',
        subjectType: 'dry_needling_rule',
        subjectId: row.id,
        details: { state: input.state, effective: input.rule.effective, reason: input.reason },
      });
      const saved = await manager.findOneByOrFail(DryNeedlingRuleEntity, { id: row.id });
      return {
        id: saved.id,
        state: saved.state,
        stateName: saved.stateName,
        rule: saved.rule,
        recordedAt: saved.recordedAt.toISOString(),
        reason: saved.reason,
        recordedBy: saved.recordedBy,
      };
    });
  }

  today(): string {
    return todayUtc(this.clock);
  }
}

function contentHash(stateName: string, rule: DryNeedlingRule, salt = ''): string {
  return createHash('sha256').update(JSON.stringify({ stateName, rule, salt })).digest('hex');
}
