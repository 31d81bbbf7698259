import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  reviewVisibility,
  type ObjectivePool,
  type QuestionType,
  type ReviewVisibility,
} from '@fascicle/assessment';
import { renderLessonMarkdown } from '@fascicle/catalog';
import { Clock } from '../config/clock.js';
import { quizUserKey } from './assessment-reader.js';
import { AttemptStatus, type QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import { QuizAccommodationEntity } from './entities/quiz-accommodation.entity.js';
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
 * Loads everything for many attempts in five queries.
 */
@Injectable()
export class AttemptViews {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async build(attempts: QuizAttemptEntity[]): Promise<QuizAttemptModel[]> {
    if (attempts.length === 0) return [];
    const attemptIds = attempts.map((attempt) => attempt.id);
    const quizIds = [...new Set(attempts.map((attempt) => attempt.quizId))];
    const userIds = [...new Set(attempts.map((attempt) => attempt.userId))];
    const [quizzes, drawn, history, pools, accommodations] = await Promise.all([
      this.db.manager.findBy(QuizEntity, { id: In(quizIds) }),
      this.drawn(attemptIds),
      this.history(quizIds, userIds),
      this.pools(quizIds),
      this.db.manager.findBy(QuizAccommodationEntity, {
        quizId: In(quizIds),
        userId: In(userIds),
      }),
    ]);
    const quizById = new Map(quizzes.map((quiz) => [quiz.id, quiz]));
    const freshByQuiz = new Map(
      quizzes.map((quiz) => [quiz.id, planFromPools(quiz, pools.get(quiz.id) ?? []).fresh]),
    );
    const accommodationOf = new Map(
      accommodations.map((row) => [quizUserKey(row.quizId, row.userId), row]),
    );
    const now = this.clock.now();

    return attempts.map((attempt) => {
      const quiz = quizById.get(attempt.quizId)!;
      const { maxAttempts } = learnerPolicy(
        quiz,
        accommodationOf.get(quizUserKey(attempt.quizId, attempt.userId)) ?? null,
      );
      const past = history.get(`${attempt.quizId}:${attempt.userId}`) ?? {
        used: 0,
        passed: false,
        open: false,
      };
      const visibility = reviewVisibility(
        { content: quiz.reviewContent, timing: quiz.reviewTiming },
        {
          submitted: attempt.status === AttemptStatus.SUBMITTED,
          passedAny: past.passed,
          attemptsUsed: past.used,
          maxAttempts,
          attemptInProgress: past.open,
          retakesMayRepeat: retakesMayRepeat(freshByQuiz.get(quiz.id)!, maxAttempts),
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

  /** Per quiz: its bank's objectives and how many questions each has, in bank order. */
  private async pools(quizIds: string[]): Promise<Map<string, ObjectivePool[]>> {
    const rows = (await this.db.query(
      `SELECT z.id AS "quizId", q.objective_tag AS objective, count(*)::int AS size
         FROM quizzes z JOIN questions q ON q.bank_id = z.bank_id
        WHERE z.id = ANY($1::uuid[])
        GROUP BY z.id, q.objective_tag
        ORDER BY z.id, min(q.position)`,
      [quizIds],
    )) as { quizId: string; objective: string; size: number }[];
    const pools = new Map<string, ObjectivePool[]>();
    for (const { quizId, objective, size } of rows) {
      pools.set(quizId, [...(pools.get(quizId) ?? []), { objective, size }]);
    }
    return pools;
  }

  /** Per quiz and learner: attempts submitted, whether any passed, whether one is open. */
  private async history(quizIds: string[], userIds: string[]) {
    const rows = (await this.db.query(
      `SELECT quiz_id AS "quizId", user_id AS "userId",
              count(*) FILTER (WHERE status = 'SUBMITTED')::int AS used,
              COALESCE(bool_or(passed), false) AS passed,
              bool_or(status = 'IN_PROGRESS') AS open
         FROM quiz_attempts
        WHERE quiz_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[])
        GROUP BY quiz_id, user_id`,
      [quizIds, userIds],
    )) as { quizId: string; userId: string; used: number; passed: boolean; open: boolean }[];
    return new Map(rows.map((row) => [`${row.quizId}:${row.userId}`, row]));
  }
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
