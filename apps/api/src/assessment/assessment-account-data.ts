import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { QuizAccommodationEntity } from './entities/quiz-accommodation.entity.js';

interface AttemptRow {
  quiz: string;
  attemptNumber: number;
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  submittedLate: boolean;
  scorePercent: string | null;
  passed: boolean | null;
}

/**
 * Assessment's part of download-my-data and delete-my-account: quiz attempts and the
 * accommodations granted. An attempt is exported as its score and times, not its questions:
 * the bank stays secure, whoever asks.
 */
@Injectable()
export class AssessmentAccountData implements AccountData {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const [attempts, accommodations] = await Promise.all([
      this.db.query<AttemptRow[]>(
        `SELECT q.title AS quiz, a.attempt_number AS "attemptNumber", a.status,
                a.started_at AS "startedAt", a.submitted_at AS "submittedAt",
                a.submitted_late AS "submittedLate", a.score_percent AS "scorePercent", a.passed
           FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
          WHERE a.user_id = $1
          ORDER BY a.started_at, a.attempt_number`,
        [userId],
      ),
      this.db.manager.find(QuizAccommodationEntity, {
        where: { userId },
        order: { grantedAt: 'ASC' },
      }),
    ]);
    return [
      {
        name: 'quizAttempts',
        data: attempts.map((attempt) => ({
          ...attempt,
          scorePercent: attempt.scorePercent === null ? null : Number(attempt.scorePercent),
        })),
      },
      {
        name: 'quizAccommodations',
        data: accommodations.map(
          ({ quizId, extraAttempts, extraTimePercent, reason, grantedAt }) => ({
            quizId,
            extraAttempts,
            extraTimePercent,
            reason,
            grantedAt,
          }),
        ),
      },
    ];
  }

  /**
   * Attempts stay, naming no one once the account is emptied (item statistics count them).
   * The reason written for an accommodation may be about the person's health: it goes; the
   * extra time and attempts stay, as an attempt's deadline was computed from them.
   */
  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(QuizAccommodationEntity, { userId }, { reason: '' });
  }
}
