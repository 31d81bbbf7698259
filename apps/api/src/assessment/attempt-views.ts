import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  reviewVisibility,
  type Accommodation,
  type ObjectivePool,
  type QuestionType,
  type ReviewVisibility,
} from '@fascicle/assessment';
import { renderLessonMarkdown } from '@fascicle/catalog';
import { Clock } from '../config/clock.js';
import { RawEntityReader } from '../database/raw-entity-reader.js';
import { AttemptStatus, type QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';
import { learnerPolicy, planFromPools, retakesMayRepeat } from './quiz-plan.js';
import {
  AttemptQuestionModel,
  AttemptResultModel,
  QuizAttemptModel,
  QuestionReviewModel,
} from './models/attempt.model.js';

/**
 * Turns attempts into what their learner may see. This is the one place that decides
 * what of the answer key leaves the server: the review policy (`reviewVisibility` in
 * @fascicle/assessment) is applied here and nothing else builds an attempt model, so no
 * field or nesting can carry more. A quiz's key stays hidden while a later attempt could
 * repeat one of its questions (see `retakesMayRepeat`), whatever the quiz's timing says.
 * Loads everything for many attempts in two statements (shown after every start and submit).
 */
@Injectable()
export class AttemptViews {
  private readonly quizRows: RawEntityReader<QuizEntity>;
  private readonly policySql: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.quizRows = new RawEntityReader(db, QuizEntity);
    this.policySql = `SELECT ${this.quizRows.selectAs('z')},
        -- The bank's objectives and how many questions each has, in bank order.
        (SELECT COALESCE(json_agg(json_build_object('objective', p.objective, 'size', p.size)
                                  ORDER BY p.first), '[]'::json)
           FROM (SELECT q.objective_tag AS objective, count(*)::int AS size,
                        min(q.position) AS first
                   FROM questions q WHERE q.bank_id = z.bank_id
                  GROUP BY q.objective_tag) p) AS pools,
        -- Per learner: attempts submitted, whether any passed, whether one is open.
        (SELECT COALESCE(json_agg(h), '[]'::json)
           FROM (SELECT a.user_id AS "userId",
                        count(*) FILTER (WHERE a.status = 'SUBMITTED')::int AS used,
                        COALESCE(bool_or(a.passed), false) AS passed,
                        bool_or(a.status = 'IN_PROGRESS') AS open
                   FROM quiz_attempts a
                  WHERE a.quiz_id = z.id AND a.user_id = ANY($2::uuid[])
                  GROUP BY a.user_id) h) AS history,
        (SELECT COALESCE(json_agg(json_build_object(
                  'userId', c.user_id, 'extraAttempts', c.extra_attempts,
                  'extraTimePercent', c.extra_time_percent)), '[]'::json)
           FROM quiz_accommodations c
          WHERE c.quiz_id = z.id AND c.user_id = ANY($2::uuid[])) AS accommodations
      FROM quizzes z
     WHERE z.id = ANY($1::uuid[])`;
  }

  async build(attempts: QuizAttemptEntity[]): Promise<QuizAttemptModel[]> {
    if (attempts.length === 0) return [];
    const attemptIds = attempts.map((attempt) => attempt.id);
    const quizIds = [...new Set(attempts.map((attempt) => attempt.quizId))];
    const userIds = [...new Set(attempts.map((attempt) => attempt.userId))];
    const [drawn, policies] = await Promise.all([
      this.drawn(attemptIds),
      this.policies(quizIds, userIds),
    ]);
    const now = this.clock.now();

    return attempts.map((attempt) => {
      const { quiz, fresh, history, accommodations } = policies.get(attempt.quizId)!;
      const { maxAttempts } = learnerPolicy(quiz, accommodations.get(attempt.userId) ?? null);
      const past = history.get(attempt.userId) ?? { used: 0, passed: false, open: false };
      const visibility = reviewVisibility(
        { content: quiz.reviewContent, timing: quiz.reviewTiming },
        {
          submitted: attempt.status === AttemptStatus.SUBMITTED,
          passedAny: past.passed,
          attemptsUsed: past.used,
          maxAttempts,
          attemptInProgress: past.open,
          retakesMayRepeat: retakesMayRepeat(fresh, maxAttempts),
        },
      );
      const rows = drawn.filter((row) => row.attemptId === attempt.id);
      return Object.assign(new QuizAttemptModel(), {
        id: attempt.id,
        quizId: attempt.quizId,
        attemptNumber: attempt.attemptNumber,
        status: attempt.status,
        startedAt: attempt.startedAt,
        deadlineAt: attempt.deadlineAt,
        secondsRemaining:
          attempt.deadlineAt && attempt.status === AttemptStatus.IN_PROGRESS
            ? Math.max(0, Math.floor((attempt.deadlineAt.getTime() - now.getTime()) / 1000))
            : null,
        submittedAt: attempt.submittedAt,
        submittedLate: attempt.submittedLate,
        questions: rows.map((row) => questionView(row, visibility)),
        result: resultView(attempt, visibility),
      });
    });
  }

  /**
   * What the review policy needs, per quiz, in one statement: the quiz, the questions each
   * attempt could draw fresh, and each learner's attempts so far and accommodation.
   */
  private async policies(quizIds: string[], userIds: string[]): Promise<Map<string, QuizPolicy>> {
    const rows = (await this.db.query(this.policySql, [quizIds, userIds])) as (Record<
      string,
      unknown
    > & {
      pools: ObjectivePool[];
      history: ({ userId: string } & AttemptHistory)[];
      accommodations: ({ userId: string } & Accommodation)[];
    })[];
    return new Map(
      rows.map((row) => {
        const quiz = this.quizRows.hydrate(row, 'z');
        const policy: QuizPolicy = {
          quiz,
          fresh: planFromPools(quiz, row.pools).fresh,
          history: new Map(row.history.map(({ userId, ...past }) => [userId, past])),
          accommodations: new Map(
            row.accommodations.map(({ userId, ...extra }) => [userId, extra]),
          ),
        };
        return [quiz.id, policy];
      }),
    );
  }

  /**
   * The attempts' drawn questions in order, each with the learner's answer, its points and
   * the question with its options (the key included: `questionView` decides what leaves), in
   * one statement: attempts are shown after every start and submit.
   */
  private drawn(attemptIds: string[]): Promise<DrawnQuestion[]> {
    return this.db.query(
      `SELECT aq.attempt_id AS "attemptId", aq.question_id AS "questionId", aq.position,
              to_json(aq.option_order) AS "optionOrder",
              to_json(aq.selected_option_ids) AS "selectedOptionIds",
              aq.points::float8 AS points,
              q.type, q.stem_markdown AS "stemMarkdown",
              q.explanation_markdown AS "explanationMarkdown", q.reference,
              (SELECT json_object_agg(o.id, json_build_object('text', o.text,
                                                              'isCorrect', o.is_correct))
                 FROM question_options o WHERE o.question_id = aq.question_id) AS options
         FROM attempt_questions aq JOIN questions q ON q.id = aq.question_id
        WHERE aq.attempt_id = ANY($1::uuid[])
        ORDER BY aq.attempt_id, aq.position`,
      [attemptIds],
    );
  }
}

/** A learner's attempts at one quiz so far. */
interface AttemptHistory {
  used: number;
  passed: boolean;
  open: boolean;
}

interface QuizPolicy {
  quiz: QuizEntity;
  /** Questions each allowed attempt can draw that no other attempt has (`planFromPools`). */
  fresh: number;
  history: Map<string, AttemptHistory>;
  accommodations: Map<string, Accommodation>;
}

/** A drawn question as `AttemptViews.drawn` reads it. */
interface DrawnQuestion {
  attemptId: string;
  questionId: string;
  position: number;
  optionOrder: string[];
  selectedOptionIds: string[] | null;
  points: number | null;
  type: QuestionType;
  stemMarkdown: string;
  explanationMarkdown: string;
  reference: string;
  /** By option id. */
  options: Record<string, { text: string; isCorrect: boolean }>;
}

function questionView(row: DrawnQuestion, visibility: ReviewVisibility): AttemptQuestionModel {
  const options = row.optionOrder.map((id) => ({ id, ...row.options[id]! }));
  let review: QuestionReviewModel | null = null;
  if (visibility.score) {
    review = Object.assign(new QuestionReviewModel(), {
      correct: visibility.correctness ? row.points === 1 : null,
      points: visibility.correctness ? row.points : null,
      correctOptionIds: visibility.key
        ? options.filter((option) => option.isCorrect).map((option) => option.id)
        : null,
      explanationMarkdown: visibility.key ? row.explanationMarkdown : null,
      explanationHtml: visibility.key ? renderLessonMarkdown(row.explanationMarkdown) : null,
      reference: visibility.key ? row.reference : null,
    });
  }
  return Object.assign(new AttemptQuestionModel(), {
    questionId: row.questionId,
    position: row.position,
    type: row.type,
    stemMarkdown: row.stemMarkdown,
    stemHtml: renderLessonMarkdown(row.stemMarkdown),
    // Text and id only: `isCorrect` stays behind.
    options: options.map((option) => ({ id: option.id, text: option.text })),
    selectedOptionIds: row.selectedOptionIds ?? [],
    review,
  });
}

function resultView(
  attempt: QuizAttemptEntity,
  visibility: ReviewVisibility,
): AttemptResultModel | null {
  if (attempt.status !== AttemptStatus.SUBMITTED || !visibility.score) return null;
  return Object.assign(new AttemptResultModel(), {
    scorePercent: attempt.scorePercent!,
    scorePoints: attempt.scorePoints!,
    maxPoints: attempt.maxPoints,
    passed: attempt.passed!,
    showsCorrectness: visibility.correctness,
    showsKey: visibility.key,
  });
}
