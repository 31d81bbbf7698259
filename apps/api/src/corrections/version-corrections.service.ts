import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { DraftGuard } from '../catalog/draft-guard.js';
import { byKey } from '../common/database/batch.js';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { CorrectionKind } from './correction-kind.js';
import { orderedKinds } from './correction-words.js';
import { VersionCorrectionEntity } from './entities/version-correction.entity.js';

const SUMMARY_LENGTH = { min: 20, max: 2000 };

/**
 * An author's statement, on a draft, that the version corrects safety or legal content. It
 * goes through the catalog's DraftGuard like any edit of the draft (the authors only, the
 * draft only, the version row locked), so it is fixed once the version is published.
 */
@Injectable()
export class VersionCorrections {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftGuard,
    private readonly clock: Clock,
  ) {}

  /**
   * Records (or replaces) the draft's correction; returns the version. The GraphQL input is
   * validated on the way in; this checks again for callers that come without it (the seed).
   */
  markCorrection(
    versionId: string,
    kinds: readonly CorrectionKind[],
    summary: string,
    actor: Principal,
  ) {
    const ordered = orderedKinds(kinds);
    const text = summary.trim();
    if (ordered.length === 0) {
      throw InvalidInputError.of('kinds', 'kinds must name SAFETY, LEGAL or both');
    }
    if (text.length < SUMMARY_LENGTH.min || text.length > SUMMARY_LENGTH.max) {
      throw InvalidInputError.of(
        'summary',
        `summary must be ${SUMMARY_LENGTH.min} to ${SUMMARY_LENGTH.max} characters long`,
      );
    }
    return this.drafts.edit(versionId, actor, async (manager, version) => {
      await manager.upsert(
        VersionCorrectionEntity,
        {
          versionId,
          kinds: ordered,
          summary: text,
          markedBy: actor.userId,
          markedAt: this.clock.now(),
        },
        ['versionId'],
      );
      return version;
    });
  }

  /** Takes the draft's correction back (nothing to take back is no error); returns the version. */
  clearCorrection(versionId: string, actor: Principal) {
    return this.drafts.edit(versionId, actor, async (manager, version) => {
      await manager.delete(VersionCorrectionEntity, { versionId });
      return version;
    });
  }

  /** One query for many versions, in the order asked (null where there is none). */
  async byVersionIds(ids: readonly string[]): Promise<(VersionCorrectionEntity | null)[]> {
    const rows = await this.db.manager.findBy(VersionCorrectionEntity, { versionId: In([...ids]) });
    return byKey(ids, rows, (row) => row.versionId);
  }
}
