import type { DataSource } from 'typeorm';
import type { OptionAnalysisModel, WrongOptionPickModel } from './models/item-analysis.model.js';

/**
 * Distractor analysis: every option of every question of the bank, with how many submitted
 * attempts chose it. One aggregate query (options joined to counts of the picks unnested from
 * the attempts' answers), whatever the number of attempts; question id → options in order.
 */
export async function optionPicks(
  db: DataSource,
  quizId: string,
  bankId: string,
): Promise<Map<string, Omit<OptionAnalysisModel, 'share'>[]>> {
  const rows = (await db.query(
    `WITH picks AS (
       SELECT aq.question_id, picked.option_id, count(*)::int AS picks
         FROM attempt_questions aq
         JOIN quiz_attempts a ON a.id = aq.attempt_id
         CROSS JOIN LATERAL unnest(aq.selected_option_ids) AS picked(option_id)
        WHERE a.quiz_id = $1 AND a.status = 'SUBMITTED'
        GROUP BY aq.question_id, picked.option_id
     )
     SELECT o.question_id AS "questionId", o.id AS "optionId", o.position, o.text,
            o.is_correct AS "isKey", COALESCE(p.picks, 0)::int AS picks
       FROM question_options o
       JOIN questions q ON q.id = o.question_id
       LEFT JOIN picks p ON p.question_id = o.question_id AND p.option_id = o.id
      WHERE q.bank_id = $2
      ORDER BY q.position, o.position`,
    [quizId, bankId],
  )) as (Omit<OptionAnalysisModel, 'share'> & { questionId: string })[];
  const byQuestion = new Map<string, Omit<OptionAnalysisModel, 'share'>[]>();
  for (const { questionId, ...option } of rows) {
    const options = byQuestion.get(questionId) ?? [];
    options.push(option);
    byQuestion.set(questionId, options);
  }
  return byQuestion;
}

/** The wrong option chosen most often (ties: the lowest id), or null when none was chosen. */
export function mostChosenWrong(
  options: readonly Omit<OptionAnalysisModel, 'share'>[],
): WrongOptionPickModel | null {
  const best = options
    .filter((option) => !option.isKey && option.picks > 0)
    .sort((a, b) => b.picks - a.picks || (a.optionId < b.optionId ? -1 : 1))[0];
  return best ? { optionId: best.optionId, text: best.text, picks: best.picks } : null;
}
