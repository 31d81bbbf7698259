import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@fascicle/common';
import { In, type DataSource } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import type { ConnectionArgs } from '../common/pagination/connection.args.js';
import type { Principal } from '../identity/auth/principal.js';
import { hasAnyRole } from '../identity/auth/principal.js';
import { keysetPage } from '../practice-logs/practice-log-queries.js';
import type { PracticalExamsArgs } from './dto/practical-exam.input.js';
import { PracticalChecklistEntity } from './entities/practical-checklist.entity.js';
import { PracticalExamRecordEntity } from './entities/practical-exam-record.entity.js';

/** A record with its checklist and the record that replaced it, if one did. */
export interface PracticalExamView {
  record: PracticalExamRecordEntity;
  checklist: PracticalChecklistEntity;
  replacedById: string | null;
}

/**
 * Reading records: the candidate their own, instructors and admins anyone's. A page costs
 * three queries however long it is (records, their checklists, their replacements).
 */
@Injectable()
export class PracticalExamQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The candidate's records, newest first, replaced ones included (they name their successor). */
  async mine(userId: string, args: ConnectionArgs): Promise<PracticalExamView[]> {
    const query = this.db.manager
      .createQueryBuilder(PracticalExamRecordEntity, 'r')
      .where('r.candidate_id = :userId', { userId });
    return this.views(await keysetPage(query, 'r.created_at', args));
  }

  /** A checklist's or a candidate's records, newest first (the resolver admits staff only). */
  async list(args: PracticalExamsArgs): Promise<PracticalExamView[]> {
    if (!args.checklistId === !args.candidateId) {
      throw InvalidInputError.of('checklistId', 'Give either checklistId or candidateId');
    }
    const query = this.db.manager.createQueryBuilder(PracticalExamRecordEntity, 'r');
    // Not `:id`: the page's cursor binds that name.
    if (args.checklistId) {
      query.where('r.checklist_id = :checklistId', { checklistId: args.checklistId });
    } else query.where('r.candidate_id = :candidateId', { candidateId: args.candidateId });
    return this.views(await keysetPage(query, 'r.created_at', args));
  }

  /** The candidate sees their own; instructors and admins any; others learn nothing of it. */
  async one(id: string, principal: Principal): Promise<PracticalExamView> {
    const record = await this.db.manager.findOneBy(PracticalExamRecordEntity, { id });
    if (
      !record ||
      (record.candidateId !== principal.userId &&
        !hasAnyRole(principal, [Role.INSTRUCTOR, Role.ADMIN]))
    ) {
      throw new NotFoundError('No such practical exam record', { field: 'id' });
    }
    const [view] = await this.views([record]);
    return view!;
  }

  async views(records: PracticalExamRecordEntity[]): Promise<PracticalExamView[]> {
    if (records.length === 0) return [];
    const checklists = await this.db.manager.findBy(PracticalChecklistEntity, {
      id: In([...new Set(records.map((r) => r.checklistId))]),
    });
    const replacements = await this.db.manager.find(PracticalExamRecordEntity, {
      select: { id: true, replacesId: true },
      where: { replacesId: In(records.map((r) => r.id)) },
    });
    const checklistById = new Map(checklists.map((c) => [c.id, c]));
    const replacedBy = new Map(replacements.map((r) => [r.replacesId!, r.id]));
    return records.map((record) => ({
      record,
      checklist: checklistById.get(record.checklistId)!,
      replacedById: replacedBy.get(record.id) ?? null,
    }));
  }
}
