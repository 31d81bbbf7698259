import { Injectable } from '@nestjs/common';
import {
  AssessmentLoaderFactory,
  type AssessmentLoaders,
} from '../assessment/assessment-loaders.js';
import { CatalogLoaderFactory, type CatalogLoaders } from '../catalog/catalog-loaders.js';
import {
  CorrectionsLoaderFactory,
  type CorrectionsLoaders,
} from '../corrections/corrections-loaders.js';
import {
  CredentialsLoaderFactory,
  type CredentialsLoaders,
} from '../credentials/credentials-loaders.js';
import { IdentityLoaderFactory, type IdentityLoaders } from '../identity/identity-loaders.js';
import { LearningLoaderFactory, type LearningLoaders } from '../learning/learning-loaders.js';
import {
  PracticeLogsLoaderFactory,
  type PracticeLogsLoaders,
} from '../practice-logs/practice-logs-loaders.js';
import {
  LiveSessionsLoaderFactory,
  type LiveSessionsLoaders,
} from '../live-sessions/live-sessions-loaders.js';
import {
  HybridProgramsLoaderFactory,
  type HybridProgramsLoaders,
} from '../hybrid-programs/hybrid-programs-loaders.js';

/**
 * Every DataLoader of a request. Each module defines and backs its own (over its own
 * reader, so no module reaches another's tables through here); this only puts them
 * together. A new set is made for each request (in the GraphQL context), so batching never
 * crosses requests and no cache outlives one.
 */
export type Loaders = IdentityLoaders &
  CatalogLoaders &
  AssessmentLoaders &
  LearningLoaders &
  CredentialsLoaders &
  CorrectionsLoaders &
  PracticeLogsLoaders &
  LiveSessionsLoaders &
  HybridProgramsLoaders;

@Injectable()
export class LoaderFactory {
  constructor(
    private readonly identity: IdentityLoaderFactory,
    private readonly catalog: CatalogLoaderFactory,
    private readonly assessment: AssessmentLoaderFactory,
    private readonly learning: LearningLoaderFactory,
    private readonly credentials: CredentialsLoaderFactory,
    private readonly corrections: CorrectionsLoaderFactory,
    private readonly practiceLogs: PracticeLogsLoaderFactory,
    private readonly liveSessions: LiveSessionsLoaderFactory,
    private readonly hybridPrograms: HybridProgramsLoaderFactory,
  ) {}

  create(): Loaders {
    return {
      ...this.identity.create(),
      ...this.catalog.create(),
      ...this.assessment.create(),
      ...this.learning.create(),
      ...this.credentials.create(),
      ...this.corrections.create(),
      ...this.practiceLogs.create(),
      ...this.liveSessions.create(),
      ...this.hybridPrograms.create(),
    };
  }
}
