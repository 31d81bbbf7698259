import {
  accommodatedPolicy,
  freshAttempts,
  NO_ACCOMMODATION,
  objectivePools,
  planBlueprint,
  type Accommodation,
  type AttemptPolicy,
  type BlueprintPlan,
  type CheckedItem,
  type ObjectivePool,
} from '@fascicle/assessment';
import type { QuestionOptionEntity } from './entities/question-option.entity.js';
import type { QuestionEntity } from './entities/question.entity.js';
import type { QuizEntity } from './entities/quiz.entity.js';

/** How a quiz draws from its bank: the blueprint plan, and the pools it draws from. */
export interface QuizPlan {
  pools: ObjectivePool[];
  plan: BlueprintPlan;
  /** How many attempts in a row can each have questions no earlier one had. */
  fresh: number;
}

type PlannedQuiz = Pick<QuizEntity, 'questionCount' | 'blueprint'>;

/** The plan from the bank's questions (their objective tags). */
export function quizPlan(quiz: PlannedQuiz, bank: readonly { objectiveTag: string }[]): QuizPlan {
  return planFromPools(quiz, objectivePools(bank.map((q) => ({ objective: q.objectiveTag }))));
}

export function planFromPools(quiz: PlannedQuiz, pools: ObjectivePool[]): QuizPlan {
  const plan = planBlueprint(pools, quiz.questionCount, quiz.blueprint);
  return { pools, plan, fresh: freshAttempts(plan.rows, pools) };
}

/** The quiz's limits for one learner, widened by their accommodation if they have one. */
export function learnerPolicy(
  quiz: Pick<QuizEntity, 'maxAttempts' | 'timeLimitSeconds' | 'retakeWaitMinutes'>,
  accommodation: Accommodation | null,
): AttemptPolicy {
  return accommodatedPolicy(
    {
      maxAttempts: quiz.maxAttempts,
      timeLimitSeconds: quiz.timeLimitSeconds,
      retakeWaitMinutes: quiz.retakeWaitMinutes,
    },
    accommodation ?? NO_ACCOMMODATION,
  );
}

/**
 * Whether a later attempt could meet a question an earlier one had: always with unlimited
 * attempts, otherwise when the bank cannot give every allowed attempt questions of its own.
 */
export function retakesMayRepeat(fresh: number, maxAttempts: number | null): boolean {
  return !(maxAttempts !== null && fresh >= maxAttempts);
}

/** A bank's questions as the item-writing checks read them, options in their order. */
export function checkedItems(
  questions: readonly QuestionEntity[],
  optionsOf: (questionId: string) => readonly QuestionOptionEntity[],
): CheckedItem[] {
  return questions.map((question) => ({
    id: question.id,
    type: question.type,
    stem: question.stemMarkdown,
    options: [...optionsOf(question.id)]
      .sort((a, b) => a.position - b.position)
      .map((option) => ({ text: option.text, isCorrect: option.isCorrect })),
  }));
}

/** The first words of a stem, Markdown left out: how a message names a question. */
export function stemExcerpt(markdown: string, words = 8): string {
  const all = markdown
    .replace(/[*_`#>[\]()!]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
