import type { DataSource } from 'typeorm';
import type { Clock } from '../config/clock.js';
import { SeedRecordEntity } from './entities/seed-record.entity.js';

/**
 * The seed's own bookkeeping: what it published last, so a second run changes nothing, and
 * what it has started and finished, so a run after a crash picks up where the last one
 * stopped.
 */
export class SeedRecords {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(key: string): Promise<string | null> {
    const record = await this.db.manager.findOneBy(SeedRecordEntity, { key });
    return record?.value ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db.manager.upsert(
      SeedRecordEntity,
      { key, value, updatedAt: this.clock.now() },
      { conflictPaths: ['key'] },
    );
  }

  async remove(key: string): Promise<void> {
    await this.db.manager.delete(SeedRecordEntity, { key });
  }
}
