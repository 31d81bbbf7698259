import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AssessmentReader, type AttemptHistory } from '../assessment/assessment-reader.js';
import type { QuestionBankEntity } from '../assessment/entities/question-bank.entity.js';
import type { QuestionOptionEntity } from '../assessment/entities/question-option.entity.js';
import type { QuestionEntity } from '../assessment/entities/question.entity.js';
import type { QuizEntity } from '../assessment/entities/quiz.entity.js';
import { CatalogReader } from '../catalog/catalog-reader.js';
import type { CourseApprovalEntity } from '../catalog/entities/course-approval.entity.js';
import type { CourseModuleEntity } from '../catalog/entities/course-module.entity.js';
import type { CourseVersionEntity } from '../catalog/entities/course-version.entity.js';
import type { CourseEntity } from '../catalog/entities/course.entity.js';
import type { LessonEntity } from '../catalog/entities/lesson.entity.js';
import type { CertificateEntity } from '../credentials/entities/certificate.entity.js';
import { AccountsService } from '../identity/accounts.service.js';
import type { CourseEvaluationEntity } from '../learning/entities/course-evaluation.entity.js';
import type { LessonProgressEntity } from '../learning/entities/lesson-progress.entity.js';
import { LearningReader } from '../learning/learning-reader.js';
import type { UserEntity } from '../identity/entities/user.entity.js';
import type { QuizAccommodationEntity } from '../assessment/entities/quiz-accommodation.entity.js';

/**
 * Every DataLoader, typed in one place. A new set is made for each request (in the
 * GraphQL context), so batching never crosses requests and no cache outlives one.
 */
export interface Loaders {
  userById: DataLoader<string, UserEntity | null>;
  courseById: DataLoader<string, CourseEntity | null>;
  courseVersionById: DataLoader<string, CourseVersionEntity | null>;
  courseVersionsByCourseId: DataLoader<string, CourseVersionEntity[]>;
  courseAuthorsByCourseId: DataLoader<string, { userId: string; displayName: string }[]>;
  courseApprovalsByCourseId: DataLoader<string, CourseApprovalEntity[]>;
  coursePrerequisitesByCourseId: DataLoader<string, CourseEntity[]>;
  modulesByVersionId: DataLoader<string, CourseModuleEntity[]>;
  lessonsByModuleId: DataLoader<string, LessonEntity[]>;
  seatMinutesByVersionId: DataLoader<string, number>;
  quizById: DataLoader<string, QuizEntity | null>;
  quizzesByVersionId: DataLoader<string, QuizEntity[]>;
  banksByVersionId: DataLoader<string, QuestionBankEntity[]>;
  bankSizeById: DataLoader<string, number>;
  questionsByBankId: DataLoader<string, QuestionEntity[]>;
  optionsByQuestionId: DataLoader<string, QuestionOptionEntity[]>;
  lessonProgressByEnrollmentId: DataLoader<string, LessonProgressEntity[]>;
  evaluationByEnrollmentId: DataLoader<string, CourseEvaluationEntity | null>;
  certificateByEnrollmentId: DataLoader<string, CertificateEntity | null>;
  passedQuizIdsByUserId: DataLoader<string, Set<string>>;
  /** Keyed `<quizId>:<userId>` (quizUserKey). */
  accommodationByQuizUser: DataLoader<string, QuizAccommodationEntity | null>;
  /** Keyed `<quizId>:<userId>` (quizUserKey). */
  attemptHistoryByQuizUser: DataLoader<string, AttemptHistory>;
}

@Injectable()
export class LoaderFactory {
  constructor(
    private readonly accounts: AccountsService,
    private readonly catalog: CatalogReader,
    private readonly assessment: AssessmentReader,
    private readonly learning: LearningReader,
  ) {}

  create(): Loaders {
    const { catalog, assessment, learning } = this;
    return {
      userById: new DataLoader((ids) => this.accounts.findByIds(ids)),
      courseById: new DataLoader((ids) => catalog.coursesByIds(ids)),
      courseVersionById: new DataLoader((ids) => catalog.versionsByIds(ids)),
      courseVersionsByCourseId: new DataLoader((ids) => catalog.versionsByCourseIds(ids)),
      courseAuthorsByCourseId: new DataLoader((ids) => catalog.authorsByCourseIds(ids)),
      courseApprovalsByCourseId: new DataLoader((ids) => catalog.approvalsByCourseIds(ids)),
      coursePrerequisitesByCourseId: new DataLoader((ids) => catalog.prerequisitesByCourseIds(ids)),
      modulesByVersionId: new DataLoader((ids) => catalog.modulesByVersionIds(ids)),
      lessonsByModuleId: new DataLoader((ids) => catalog.lessonsByModuleIds(ids)),
      seatMinutesByVersionId: new DataLoader((ids) => catalog.seatMinutesByVersionIds(ids)),
      quizById: new DataLoader((ids) => assessment.quizzesByIds(ids)),
      quizzesByVersionId: new DataLoader((ids) => assessment.quizzesByVersionIds(ids)),
      banksByVersionId: new DataLoader((ids) => assessment.banksByVersionIds(ids)),
      bankSizeById: new DataLoader((ids) => assessment.bankSizes(ids)),
      questionsByBankId: new DataLoader((ids) => assessment.questionsByBankIds(ids)),
      optionsByQuestionId: new DataLoader((ids) => assessment.optionsByQuestionIds(ids)),
      lessonProgressByEnrollmentId: new DataLoader((ids) => learning.progressByEnrollmentIds(ids)),
      evaluationByEnrollmentId: new DataLoader((ids) => learning.evaluationsByEnrollmentIds(ids)),
      certificateByEnrollmentId: new DataLoader((ids) => learning.certificatesByEnrollmentIds(ids)),
      passedQuizIdsByUserId: new DataLoader((ids) => learning.passedQuizIdsByUserIds(ids)),
      accommodationByQuizUser: new DataLoader((keys) => assessment.accommodationsByKeys(keys)),
      attemptHistoryByQuizUser: new DataLoader((keys) => assessment.attemptHistories(keys)),
    };
  }
}
