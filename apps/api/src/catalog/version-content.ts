import { Inject, Injectable } from '@nestjs/common';
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

/** The version being published, as a module's `published` sees it. */
export interface PublishingVersion {
  id: string;
  courseId: string;
  number: number;
}

/**
 * Work to start once the publish has committed: only a first attempt at something already
 * stored with the publish (a queued job), so that losing it (a crash) loses nothing.
 */
export type AfterCommit = () => Promise<void>;

/**
 * Content another module keeps per course version (question banks and quizzes) that must
 * follow the version's life: copied into a new draft, checked before review and publication.
 * The catalog declares this and calls every implementation inside its own transaction,
 * without knowing their tables; the implementations arrive under VERSION_CONTENT at start-up
 * (see VersionContentModule).
 */
export interface VersionContent {
  copy(
    manager: EntityManager,
    sourceVersionId: string,
    draftVersionId: string,
    moduleIdMap: ReadonlyMap<string, string>,
  ): Promise<void>;
  /**
   * What keeps the version from being submitted or published, in words an author can act on:
   * any problem vetoes the step.
   */
  problems(manager: EntityManager, versionId: string): Promise<string[]>;
  /** The quizzes' part of the credit gates. */
  credit(manager: EntityManager, versionId: string, keys: ObjectiveKeys): Promise<AssessmentCredit>;
  /**
   * The version is being published, in the publish's transaction (after every check): what
   * the module records because of it commits with the publish or not at all.
   */
  published?(manager: EntityManager, version: PublishingVersion): Promise<AfterCommit | null>;
}

export const VERSION_CONTENT = Symbol('VERSION_CONTENT');

/** Every module's version content as one, for the catalog's services. */
@Injectable()
export class VersionContents {
  constructor(@Inject(VERSION_CONTENT) private readonly parts: readonly VersionContent[]) {}

  async copy(
    manager: EntityManager,
    sourceVersionId: string,
    draftVersionId: string,
    moduleIdMap: ReadonlyMap<string, string>,
  ): Promise<void> {
    for (const part of this.parts)
      await part.copy(manager, sourceVersionId, draftVersionId, moduleIdMap);
  }

  async problems(manager: EntityManager, versionId: string): Promise<string[]> {
    const all: string[] = [];
    for (const part of this.parts) all.push(...(await part.problems(manager, versionId)));
    return all;
  }

  async published(manager: EntityManager, version: PublishingVersion): Promise<AfterCommit[]> {
    const after: AfterCommit[] = [];
    for (const part of this.parts) {
      const work = await part.published?.(manager, version);
      if (work) after.push(work);
    }
    return after;
  }

  async credit(
    manager: EntityManager,
    versionId: string,
    keys: ObjectiveKeys,
  ): Promise<AssessmentCredit> {
    const all: AssessmentCredit = { quizzes: [], assessedKeys: [], problems: [] };
    for (const part of this.parts) {
      const { quizzes, assessedKeys, problems } = await part.credit(manager, versionId, keys);
      all.quizzes.push(...quizzes);
      all.assessedKeys.push(...assessedKeys);
      all.problems.push(...problems);
    }
    return all;
  }
}
