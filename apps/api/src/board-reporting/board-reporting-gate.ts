import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { checkLicenseNumber } from '@fascicle/regulation';
import { IdentityReader } from '../identity/identity-reader.js';
import type { EnrollmentGate, EnrollmentRefusal } from '../learning/enrollment-gate.js';
import { BoardReportingSettingsEntity } from './entities/board-reporting-settings.entity.js';

/**
 * Before someone enrols in a course that reports to CE Broker: a license they hold for a
 * reported board must match its state's published number format, or the report would bounce.
 * They correct it in their profile first. A number whose state publishes no format is let
 * through (the report line notes it was not checked); so is a learner with no license for the
 * board (their completion is simply not reportable there).
 */
@Injectable()
export class BoardReportingGate implements EnrollmentGate {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly identity: IdentityReader,
  ) {}

  async refusal(userId: string, courseId: string): Promise<EnrollmentRefusal | null> {
    const settings = await this.db.manager.findOneBy(BoardReportingSettingsEntity, { courseId });
    if (!settings) return null;
    const licenses = await this.identity.licensesByUserId(userId);
    for (const board of settings.boards) {
      const license = licenses.find(
        (held) => held.state === board.state && held.profession === board.profession,
      );
      if (!license) continue;
      const check = checkLicenseNumber(board.state, board.profession, license.number);
      if (check.status === 'INVALID') {
        return {
          field: 'licenseNumber',
          message: `This course reports completions to CE Broker for ${board.state}, and your ${board.state} license number "${license.number}" would be refused: ${check.message}. Correct it in your profile, then enrol.`,
        };
      }
    }
    return null;
  }
}
