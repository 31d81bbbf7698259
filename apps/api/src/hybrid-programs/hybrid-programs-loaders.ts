import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { HybridProgramRulesEntity } from './entities/hybrid-program-rules.entity.js';
import { HybridProgramRules } from './hybrid-program-rules.service.js';

/** The hybrid-programs module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface HybridProgramsLoaders {
  hybridRulesByProgramId: DataLoader<string, HybridProgramRulesEntity | null>;
}

@Injectable()
export class HybridProgramsLoaderFactory {
  constructor(private readonly rules: HybridProgramRules) {}

  create(): HybridProgramsLoaders {
    return { hybridRulesByProgramId: new DataLoader((ids) => this.rules.byProgramIds(ids)) };
  }
}
