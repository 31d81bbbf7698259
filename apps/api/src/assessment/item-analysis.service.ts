import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { isAuthor } from '../catalog/draft-guard.js';
import { CatalogErrors } from '../catalog/catalog-errors.js';
import type { Principal } from '../identity/auth/principal.js';
import { AssessmentErrors } from './assessment-errors.js';
import { mostChosenWrong, optionPicks } from './item-options.js';
import { QuizEntity } from './entities/quiz.entity.js';
import type { QuizItemAnalysisModel } from './models/item-analysis.model.js';

/**
 * Item analysis, computed by PostgreSQL over the graded attempts: four aggregate
 * queries, whatever the number of attempts (the fourth counts every option's picks, see
 * item-options.ts). Facility is the mean credit; discrimination
 * is `corr(item credit, rest of the score)`, the point-biserial correlation (the rest
 * excludes the item itself, so an item does not correlate with its own points).
 */
@Injectable()
export class ItemAnalysisService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
  ) {}

  async analyse(quizId: string, principal: Principal): Promise<QuizItemAnalysisModel> {
    const quiz = await this.db.manager.findOneBy(QuizEntity, { id: quizId });
    if (!quiz) throw AssessmentErrors.quizNotFound();
    const version = await this.catalog.versionById(quiz.versionId);
    const allowed =
      principal.roles.includes(Role.ADMIN) ||
      (await isAuthor(this.db.manager, version!.courseId, principal.userId));
    if (!allowed) throw CatalogErrors.notAnAuthor();

    const [items, summary, buckets] = await Promise.all([
      this.items(quizId, quiz.bankId),
      this.db.query(
        `SELECT count(*)::int AS attempts, avg(score_percent)::float AS mean,
                avg(CASE WHEN passed THEN 1 ELSE 0 END)::float AS "passRate"
           FROM quiz_attempts WHERE quiz_id = $1 AND status = 'SUBMITTED'`,
        [quizId],
      ) as Promise<{ attempts: number; mean: number | null; passRate: number | null }[]>,
      this.db.query(
        `SELECT LEAST(floor(score_percent / 10), 9)::int AS bucket, count(*)::int AS attempts
           FROM quiz_attempts WHERE quiz_id = $1 AND status = 'SUBMITTED' GROUP BY 1`,
        [quizId],
      ) as Promise<{ bucket: number; attempts: number }[]>,
    ]);
    const counts = new Map(buckets.map((row) => [row.bucket, row.attempts]));
    return {
      quizId,
      attempts: summary[0]!.attempts,
      meanScorePercent: round(summary[0]!.mean, 2),
      passRate: round(summary[0]!.passRate, 4),
      scoreDistribution: Array.from({ length: 10 }, (_, bucket) => ({
        fromPercent: bucket * 10,
        toPercent: bucket * 10 + 10,
        attempts: counts.get(bucket) ?? 0,
      })),
      questions: items,
    };
  }

  private async items(quizId: string, bankId: string) {
    const [rows, options] = await Promise.all([
      this.db.query(
        `WITH graded AS (
         SELECT aq.question_id, aq.points::float AS item,
                (a.score_points - aq.points)::float AS rest
           FROM attempt_questions aq JOIN quiz_attempts a ON a.id = aq.attempt_id
          WHERE a.quiz_id = $1 AND a.status = 'SUBMITTED'
       ),
       stats AS (
         SELECT question_id, count(*)::int AS responses, avg(item) AS facility,
                corr(item, rest) AS discrimination
           FROM graded GROUP BY question_id
       )
       SELECT q.id AS "questionId", q.position, q.stem_markdown AS "stemMarkdown",
              q.objective_tag AS "objectiveTag", COALESCE(s.responses, 0) AS responses,
              s.facility, s.discrimination
         FROM questions q
         LEFT JOIN stats s ON s.question_id = q.id
        WHERE q.bank_id = $2
        ORDER BY q.position`,
        [quizId, bankId],
      ) as Promise<
        {
          questionId: string;
          position: number;
          stemMarkdown: string;
          objectiveTag: string;
          responses: number;
          facility: number | null;
          discrimination: number | null;
        }[]
      >,
      optionPicks(this.db, quizId, bankId),
    ]);
    return rows.map((row) => {
      const own = options.get(row.questionId) ?? [];
      return {
        questionId: row.questionId,
        position: row.position,
        stemMarkdown: row.stemMarkdown,
        objectiveTag: row.objectiveTag,
        responses: row.responses,
        facility: round(row.facility, 4),
        discrimination: round(row.discrimination, 4),
        mostChosenWrongOption: mostChosenWrong(own),
        options: own.map((option) => ({
          ...option,
          share: row.responses > 0 ? round(option.picks / row.responses, 4) : null,
        })),
      };
    });
  }
}

function round(value: number | null, decimals: number): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const factor = 10 ** decimals;
  return Math.round(Number(value) * factor) / factor;
}
