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
  CorrectionsLoaders &
  CredentialsLoaders &
  PracticeLogsLoaders &
  LiveSessionsLoaders &
  HybridProgramsLoaders;

interface ModuleLoaderFactory {
  create(): object;
}

/**
 * Most requests use the loaders of one or two modules, and making all of them for each
 * request was a measurable share of a small request's time (issue 20). So a request's loaders
 * are an object whose prototype has a getter per loader: the first read of any loader of a
 * module makes that module's set, once, as own properties of the request's object.
 */
function lazyLoadersPrototype(factories: readonly ModuleLoaderFactory[]): object {
  const prototype = {};
  for (const factory of factories) {
    // The names only: made once at start-up, never used to load.
    const names = Object.keys(factory.create());
    for (const name of names) {
      Object.defineProperty(prototype, name, {
        get(this: Record<string, unknown>) {
          const made = factory.create() as Record<string, unknown>;
          for (const each of names) {
            Object.defineProperty(this, each, { value: made[each], enumerable: true });
          }
          return made[name];
        },
      });
    }
  }
  return prototype;
}

@Injectable()
export class LoaderFactory {
  private readonly prototype: object;

  constructor(
    identity: IdentityLoaderFactory,
    catalog: CatalogLoaderFactory,
    assessment: AssessmentLoaderFactory,
    learning: LearningLoaderFactory,
    credentials: CredentialsLoaderFactory,
    corrections: CorrectionsLoaderFactory,
    practiceLogs: PracticeLogsLoaderFactory,
    liveSessions: LiveSessionsLoaderFactory,
    hybridPrograms: HybridProgramsLoaderFactory,
  ) {
    this.prototype = lazyLoadersPrototype([
      identity,
      catalog,
      assessment,
      learning,
      credentials,
      corrections,
      practiceLogs,
      liveSessions,
      hybridPrograms,
    ]);
  }

  create(): Loaders {
    return Object.create(this.prototype) as Loaders;
  }
}
