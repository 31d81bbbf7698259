import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AttemptAnswers } from '../assessment/attempt-answers.service.js';
import { AttemptsService } from '../assessment/attempts.service.js';
import { QuestionBankService } from '../assessment/question-bank.service.js';
import { QuizAuthoringService } from '../assessment/quiz-authoring.service.js';
import { AssessmentReader } from '../assessment/assessment-reader.js';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { CourseAuthoringService } from '../catalog/course-authoring.service.js';
import { CourseContentService } from '../catalog/course-content.service.js';
import { CourseReviewService } from '../catalog/course-review.service.js';
import { Clock } from '../config/clock.js';
import { CertificatesService } from '../credentials/certificates.service.js';
import { CredentialProgramsService } from '../credentials/credential-programs.service.js';
import { AccountsService } from '../identity/accounts.service.js';
import { ProfileService } from '../identity/profile.service.js';
import { DemoAccounts } from '../identity/demo-accounts.js';
import { EnrollmentService } from '../learning/enrollment.service.js';
import { EvaluationService } from '../learning/evaluation.service.js';
import { LearningReader } from '../learning/learning-reader.js';
import { ProgressService } from '../learning/progress.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { VersionCorrections } from '../corrections/version-corrections.service.js';
import { RequiredCredentialsService } from '../organizations/required-credentials.service.js';
import { HybridProgramRules } from '../hybrid-programs/hybrid-program-rules.service.js';
import { LiveAttendanceRecords } from '../live-sessions/live-attendance.service.js';
import { LiveCheckIn } from '../live-sessions/live-check-in.service.js';
import { LiveSessionRegistrations } from '../live-sessions/live-session-registrations.service.js';
import { LiveSessions } from '../live-sessions/live-sessions.service.js';
import { SupervisedSessions } from '../practice-logs/supervised-sessions.service.js';
import { PracticalChecklists } from '../practical-exams/practical-checklists.service.js';
import { PracticalExamQueries } from '../practical-exams/practical-exam-queries.js';
import { PracticalExams } from '../practical-exams/practical-exams.service.js';

/**
 * The services the seed works through: the same ones the GraphQL resolvers call for an
 * instructor, an admin, a learner and a clinic admin. Nothing here writes to content tables
 * directly.
 */
export function seedServices(app: INestApplicationContext) {
  const get = <T>(type: abstract new (...args: never[]) => T): T =>
    app.get(type, { strict: false });
  return {
    db: get(DataSource),
    clock: get(Clock),
    accounts: get(AccountsService),
    profiles: get(ProfileService),
    demoAccounts: get(DemoAccounts),
    authoring: get(CourseAuthoringService),
    content: get(CourseContentService),
    review: get(CourseReviewService),
    catalog: get(CatalogReader),
    banks: get(QuestionBankService),
    quizzes: get(QuizAuthoringService),
    assessment: get(AssessmentReader),
    attempts: get(AttemptsService),
    answers: get(AttemptAnswers),
    enrollments: get(EnrollmentService),
    progress: get(ProgressService),
    evaluations: get(EvaluationService),
    learning: get(LearningReader),
    programs: get(CredentialProgramsService),
    certificates: get(CertificatesService),
    organizations: get(OrganizationsService),
    requiredCredentials: get(RequiredCredentialsService),
    corrections: get(VersionCorrections),
    hybridRules: get(HybridProgramRules),
    liveSessions: get(LiveSessions),
    liveRegistrations: get(LiveSessionRegistrations),
    liveCheckIn: get(LiveCheckIn),
    liveAttendance: get(LiveAttendanceRecords),
    checklists: get(PracticalChecklists),
    practicalExams: get(PracticalExams),
    practicalExamQueries: get(PracticalExamQueries),
    supervisedSessions: get(SupervisedSessions),
  };
}

export type SeedServices = ReturnType<typeof seedServices>;

/** Lines of progress for a person watching the seed; silent in tests. */
export type SeedProgress = (line: string) => void;
