import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GateProblem } from '@fascicle/catalog';

/** What the quizzes of a version contribute to its credit (see CreditGates). */
export interface AssessmentCredit {
  /** Every quiz a learner must pass, with the questions one attempt draws. */
  quizzes: { id: string; title: string; moduleId: string | null; questionsDrawn: number }[];
  /** Objective keys that every attempt of at least one quiz draws a question for. */
  assessedKeys: string[];
  /** Unknown objective tags, blueprints the bank cannot fill, broken bank limits. */
  problems: GateProblem[];
}

/** The objective keys a version's questions may be tagged with. */
export interface ObjectiveKeys {
  /** The version's own objectives. */
  own: string[];
  /** Also allowed in a final exam: the objectives of the courses it requires. */
  prerequisites: string[];
}

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
  /** The quizzes' part of the credit gates. */
  credit(manager: EntityManager, versionId: string, keys: ObjectiveKeys): Promise<AssessmentCredit>;
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

  async credit(
    manager: EntityManager,
    versionId: string,
    keys: ObjectiveKeys,
  ): Promise<AssessmentCredit> {
    const all: AssessmentCredit = { quizzes: [], assessedKeys: [], problems: [] };
    for (const hook of this.hooks) {
      const part = await hook.credit(manager, versionId, keys);
      all.quizzes.push(...part.quizzes);
      all.assessedKeys.push(...part.assessedKeys);
      all.problems.push(...part.problems);
    }
    return all;
  }
}
