import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { PracticalExamRecordEntity } from './entities/practical-exam-record.entity.js';

/** The practical exams' part of download-my-data and delete-my-account. */
@Injectable()
export class PracticalExamsAccountData implements AccountData {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const manager = this.db.manager;
    const [taken, examined] = [
      await manager.find(PracticalExamRecordEntity, {
        where: { candidateId: userId },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      await manager.find(PracticalExamRecordEntity, {
        where: { examinerId: userId },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    ];
    const record = (r: PracticalExamRecordEntity) => ({
      id: r.id,
      checklistId: r.checklistId,
      candidateId: r.candidateId,
      examinerName: r.examinerName,
      examinedOn: r.examinedOn,
      sessionId: r.sessionId,
      results: r.results,
      passed: r.passed,
      summary: r.summary,
      replacesId: r.replacesId,
      correctionReason: r.correctionReason,
      signedAt: r.signedAt,
      signature: r.signature,
    });
    return [
      { name: 'practicalExams', data: taken.map(record) },
      { name: 'practicalExamsExamined', data: examined.map(record) },
    ];
  }

  /**
   * Nothing is erased, as certificates are not (docs/privacy.md): a signed practical exam is
   * the candidate's proof of hands-on skill for a licensing board, and the examiner's name on
   * it is part of what the board checks. The records name accounts by id, and deletion empties
   * the account, so they no longer say who the candidate was; the database refuses to change
   * or delete them in any case (a trigger), so an erasure that tried would roll back the whole
   * deletion.
   */
  async eraseFor(_manager: EntityManager, _userId: string, _at: Date): Promise<void> {
    // Retained: see above.
  }
}
