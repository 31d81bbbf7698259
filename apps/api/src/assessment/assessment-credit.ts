import { bankFindings } from '@fascicle/assessment';
import type { GateProblem } from '@fascicle/catalog';
import type { AssessmentCredit, ObjectiveKeys } from '../catalog/version-content.js';
import type { QuestionBankEntity } from './entities/question-bank.entity.js';
import type { QuestionOptionEntity } from './entities/question-option.entity.js';
import type { QuestionEntity } from './entities/question.entity.js';
import type { QuizEntity } from './entities/quiz.entity.js';
import { checkedItems, quizPlan, stemExcerpt } from './quiz-plan.js';

export interface VersionAssessment {
  quizzes: readonly QuizEntity[];
  banks: readonly QuestionBankEntity[];
  /** In bank order (position). */
  questions: readonly QuestionEntity[];
  options: readonly QuestionOptionEntity[];
}

/**
 * The quizzes' part of a version's credit: what each draws, which objectives every attempt
 * covers, and what keeps the credit from standing (questions tagged with no objective of
 * the course, blueprints the bank cannot fill, banks over an item-writing limit). Every quiz
 * counts toward credit, so every quiz and every bank a quiz draws from is checked.
 */
export function assessmentCredit(
  version: VersionAssessment,
  keys: ObjectiveKeys,
): AssessmentCredit {
  const bankById = new Map(version.banks.map((bank) => [bank.id, bank]));
  const questionsOf = groupBy(version.questions, (question) => question.bankId);
  const optionsOf = groupBy(version.options, (option) => option.questionId);
  const own = new Set(keys.own);
  const examKeys = new Set([...keys.own, ...keys.prerequisites]);

  const credit: AssessmentCredit = { quizzes: [], assessedKeys: [], problems: [] };
  const assessed = new Set<string>();
  const taggedWrong = new Set<string>();
  const checkedBanks = new Set<string>();
  const bankProblems: GateProblem[] = [];
  // Module quizzes first: a question a module quiz draws must carry one of the course's own
  // objectives even if the final exam draws from the same bank.
  const ordered = [...version.quizzes].sort(
    (a, b) => Number(a.moduleId === null) - Number(b.moduleId === null),
  );
  for (const quiz of ordered) {
    const bank = questionsOf.get(quiz.bankId) ?? [];
    const { plan, pools } = quizPlan(quiz, bank);
    credit.quizzes.push({
      id: quiz.id,
      title: quiz.title,
      moduleId: quiz.moduleId,
      questionsDrawn: quiz.questionCount ?? bank.length,
    });
    const pooled = new Set(pools.map((pool) => pool.objective));
    for (const row of plan.rows) {
      if (row.count >= 1 && pooled.has(row.objective)) assessed.add(row.objective);
    }
    for (const problem of plan.problems) {
      credit.problems.push({
        code: 'BLUEPRINT_UNFILLABLE',
        field: `quizzes.${quiz.id}.blueprint`,
        message: `Quiz "${quiz.title}": ${problem.message}`,
      });
    }
    const allowed = quiz.moduleId === null ? examKeys : own;
    for (const question of bank) {
      if (allowed.has(question.objectiveTag) || taggedWrong.has(question.id)) continue;
      taggedWrong.add(question.id);
      credit.problems.push({
        code: 'UNKNOWN_OBJECTIVE',
        field: `questions.${question.id}.objectiveTag`,
        message:
          `Question "${stemExcerpt(question.stemMarkdown)}" is tagged "${question.objectiveTag}", ` +
          (quiz.moduleId === null
            ? 'which is no objective of this course or of the courses it requires'
            : 'which is not one of the objectives of this course'),
      });
    }
    if (checkedBanks.has(quiz.bankId)) continue;
    checkedBanks.add(quiz.bankId);
    const title = bankById.get(quiz.bankId)?.title ?? 'question bank';
    const items = checkedItems(bank, (id) => optionsOf.get(id) ?? []);
    for (const finding of bankFindings(items).filter((finding) => finding.limit)) {
      if (finding.code === 'KEY_POSITION_SKEW') continue;
      bankProblems.push({
        code: finding.code,
        field: `questionBanks.${quiz.bankId}`,
        message: `Bank "${title}": ${finding.message}`,
      });
    }
  }
  credit.problems.push(...bankProblems);
  credit.assessedKeys = [...assessed];
  return credit;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
