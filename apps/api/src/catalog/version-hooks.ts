import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Content that other modules keep per course version (question banks and quizzes) and that
 * must follow the version's life: copied into a new draft, checked before review and
 * publication. Those modules register a hook; the catalog calls every hook inside its own
 * transaction, without knowing their tables.
 */
export interface VersionContentHook {
  copy(
    manager: EntityManager,
    sourceVersionId: string,
    draftVersionId: string,
    moduleIdMap: ReadonlyMap<string, string>,
  ): Promise<void>;
  /** What keeps the version from being submitted or published, in words an author can act on. */
  problems(manager: EntityManager, versionId: string): Promise<string[]>;
}

@Injectable()
export class VersionHooks {
  private readonly hooks: VersionContentHook[] = [];

  register(hook: VersionContentHook): void {
    this.hooks.push(hook);
  }

  async copy(
    manager: EntityManager,
    sourceVersionId: string,
    draftVersionId: string,
    moduleIdMap: ReadonlyMap<string, string>,
  ): Promise<void> {
    for (const hook of this.hooks)
      await hook.copy(manager, sourceVersionId, draftVersionId, moduleIdMap);
  }

  async problems(manager: EntityManager, versionId: string): Promise<string[]> {
    const all: string[] = [];
    for (const hook of this.hooks) all.push(...(await hook.problems(manager, versionId)));
    return all;
  }
}
