import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  BeyondCourses,
  ProgramRequirementsGate,
} from '../credentials/program-requirements-gate.js';
import { HybridProgramRules } from './hybrid-program-rules.service.js';
import { ProgramProgress } from './program-progress.service.js';

/** Credentials' question, answered: does a person meet what these programs ask beyond courses? */
@Injectable()
export class HybridProgramGate implements ProgramRequirementsGate {
  constructor(
    private readonly rules: HybridProgramRules,
    private readonly progress: ProgramProgress,
  ) {}

  async beyondCourses(
    manager: EntityManager,
    userId: string,
    programIds: readonly string[],
    today: string,
  ): Promise<Map<string, BeyondCourses>> {
    const rules = await this.rules.byProgramIds(programIds, manager);
    const answers = new Map<string, BeyondCourses>();
    for (const [index, programId] of programIds.entries()) {
      const programRules = rules[index] ?? null;
      if (!programRules) {
        answers.set(programId, { met: true, liveMinutes: 0 });
        continue;
      }
      const standing = await this.progress.standing(
        manager,
        userId,
        programId,
        programRules,
        today,
        false,
      );
      answers.set(programId, { met: standing.result.met, liveMinutes: standing.liveMinutes });
    }
    return answers;
  }
}
