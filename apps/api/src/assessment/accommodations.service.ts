import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { AssessmentErrors } from './assessment-errors.js';
import type { GrantQuizAccommodationInput } from './dto/accommodation.input.js';
import { QuizAccommodationEntity } from './entities/quiz-accommodation.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

/**
 * Extra attempts or time on one quiz for one learner, granted by an admin with a reason
 * (for a documented disability, say). One per learner and quiz: granting again replaces it.
 */
@Injectable()
export class AccommodationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly identity: IdentityReader,
  ) {}

  grant(input: GrantQuizAccommodationInput, admin: Principal): Promise<QuizAccommodationEntity> {
    return this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(QuizEntity, { id: input.quizId }))) {
        throw AssessmentErrors.quizNotFound();
      }
      if (!(await this.identity.accountExists(input.userId, manager))) {
        throw AssessmentErrors.userNotFound();
      }
      const fields = {
        quizId: input.quizId,
        userId: input.userId,
        extraAttempts: input.extraAttempts,
        extraTimePercent: input.extraTimePercent,
        reason: input.reason,
        grantedBy: admin.userId,
        grantedAt: this.clock.now(),
      };
      await manager.upsert(QuizAccommodationEntity, fields, ['quizId', 'userId']);
      const saved = await manager.findOneByOrFail(QuizAccommodationEntity, {
        quizId: input.quizId,
        userId: input.userId,
      });
      await this.audit.record(manager, {
        actorId: admin.userId,
        action: 'QUIZ_ACCOMMODATION_GRANTED',
        subjectType: 'quiz',
        subjectId: input.quizId,
        details: {
          userId: input.userId,
          extraAttempts: input.extraAttempts,
          extraTimePercent: input.extraTimePercent,
          reason: input.reason,
        },
      });
      return saved;
    });
  }

  async forQuiz(quizId: string): Promise<QuizAccommodationEntity[]> {
    if (!(await this.db.manager.existsBy(QuizEntity, { id: quizId }))) {
      throw AssessmentErrors.quizNotFound();
    }
    return this.db.manager.find(QuizAccommodationEntity, {
      where: { quizId },
      order: { grantedAt: 'ASC' },
    });
  }
}
