import { AttemptQuestionEntity } from '../assessment/entities/attempt-question.entity.js';
import { QuestionBankEntity } from '../assessment/entities/question-bank.entity.js';
import { QuestionOptionEntity } from '../assessment/entities/question-option.entity.js';
import { QuestionEntity } from '../assessment/entities/question.entity.js';
import { QuizAttemptEntity } from '../assessment/entities/quiz-attempt.entity.js';
import { QuizAccommodationEntity } from '../assessment/entities/quiz-accommodation.entity.js';
import { QuizEntity } from '../assessment/entities/quiz.entity.js';
import { AuditEventEntity } from '../audit/entities/audit-event.entity.js';
import { CourseApprovalEntity } from '../catalog/entities/course-approval.entity.js';
import { CourseAuthorEntity } from '../catalog/entities/course-author.entity.js';
import { CourseModuleEntity } from '../catalog/entities/course-module.entity.js';
import { CoursePrerequisiteEntity } from '../catalog/entities/course-prerequisite.entity.js';
import { CourseVersionEntity } from '../catalog/entities/course-version.entity.js';
import { GateOverrideEntity } from '../catalog/entities/gate-override.entity.js';
import { CourseEntity } from '../catalog/entities/course.entity.js';
import { LessonMediaEntity } from '../catalog/entities/lesson-media.entity.js';
import { LessonEntity } from '../catalog/entities/lesson.entity.js';
import { CertificateEntity } from '../credentials/entities/certificate.entity.js';
import { CredentialProgramCourseEntity } from '../credentials/entities/credential-program-course.entity.js';
import { CredentialProgramEntity } from '../credentials/entities/credential-program.entity.js';
import { CourseEvaluationEntity } from '../learning/entities/course-evaluation.entity.js';
import { EnrollmentEntity } from '../learning/entities/enrollment.entity.js';
import { LearnerActivityEntity } from '../learning/entities/learner-activity.entity.js';
import { LessonProgressEntity } from '../learning/entities/lesson-progress.entity.js';
import { AccountTokenEntity } from '../identity/entities/account-token.entity.js';
import { LicenseEntity } from '../identity/entities/license.entity.js';
import { LoginFailureEntity } from '../identity/entities/login-failure.entity.js';
import { RefreshTokenEntity } from '../identity/entities/refresh-token.entity.js';
import { UserEntity } from '../identity/entities/user.entity.js';
import { CredentialReminderEntity } from '../organizations/entities/credential-reminder.entity.js';
import { InvitationEntity } from '../organizations/entities/invitation.entity.js';
import { RequiredCredentialEntity } from '../organizations/entities/required-credential.entity.js';
import { MembershipEntity } from '../organizations/entities/membership.entity.js';
import { OrganizationEntity } from '../organizations/entities/organization.entity.js';
import { SeedRecordEntity } from '../seed/entities/seed-record.entity.js';
import { JobEntity } from '../jobs/entities/job.entity.js';
import { CorrectionNoticeEntity } from '../corrections/entities/correction-notice.entity.js';
import { VersionCorrectionEntity } from '../corrections/entities/version-correction.entity.js';
import { AdverseEventEntity } from '../practice-logs/entities/adverse-event.entity.js';
import { SupervisedSessionEntity } from '../practice-logs/entities/supervised-session.entity.js';
import { SupervisorQualificationEntity } from '../practice-logs/entities/supervisor-qualification.entity.js';
import { TreatmentCountEntity } from '../practice-logs/entities/treatment-count.entity.js';
import { LiveSessionAttendanceEntity } from '../live-sessions/entities/live-session-attendance.entity.js';
import { LiveSessionRegistrationEntity } from '../live-sessions/entities/live-session-registration.entity.js';
import { LiveSessionEntity } from '../live-sessions/entities/live-session.entity.js';
import { HybridProgramRulesEntity } from '../hybrid-programs/entities/hybrid-program-rules.entity.js';
import { DryNeedlingRuleEntity } from '../licensing/entities/dry-needling-rule.entity.js';
import { PracticalChecklistEntity } from '../practical-exams/entities/practical-checklist.entity.js';
import { PracticalExamRecordEntity } from '../practical-exams/entities/practical-exam-record.entity.js';
import { OutsideCeRecordEntity } from '../renewals/entities/outside-ce-record.entity.js';
import { RenewalReminderEntity } from '../renewals/entities/renewal-reminder.entity.js';
import { BoardReportingSettingsEntity } from '../board-reporting/entities/board-reporting-settings.entity.js';
import { BoardReportLineEntity } from '../board-reporting/entities/board-report-line.entity.js';
import { BoardReportExportEntity } from '../board-reporting/entities/board-report-export.entity.js';
import { BoardReportExportLineEntity } from '../board-reporting/entities/board-report-export-line.entity.js';

/** Every TypeORM entity. Listed explicitly: ESM builds have no glob loading. */
export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  LoginFailureEntity,
  AccountTokenEntity,
  LicenseEntity,
  AuditEventEntity,
  CourseEntity,
  CourseVersionEntity,
  CourseAuthorEntity,
  CoursePrerequisiteEntity,
  CourseApprovalEntity,
  GateOverrideEntity,
  CourseModuleEntity,
  LessonEntity,
  LessonMediaEntity,
  QuestionBankEntity,
  QuestionEntity,
  QuestionOptionEntity,
  QuizEntity,
  QuizAccommodationEntity,
  QuizAttemptEntity,
  AttemptQuestionEntity,
  EnrollmentEntity,
  LessonProgressEntity,
  LearnerActivityEntity,
  CourseEvaluationEntity,
  CredentialProgramEntity,
  CredentialProgramCourseEntity,
  CertificateEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  RequiredCredentialEntity,
  CredentialReminderEntity,
  SeedRecordEntity,
  JobEntity,
  VersionCorrectionEntity,
  CorrectionNoticeEntity,
  SupervisorQualificationEntity,
  HybridProgramRulesEntity,
  DryNeedlingRuleEntity,
  SupervisedSessionEntity,
  AdverseEventEntity,
  TreatmentCountEntity,
  LiveSessionEntity,
  LiveSessionRegistrationEntity,
  LiveSessionAttendanceEntity,
  PracticalChecklistEntity,
  PracticalExamRecordEntity,
  OutsideCeRecordEntity,
  RenewalReminderEntity,
  BoardReportingSettingsEntity,
  BoardReportLineEntity,
  BoardReportExportEntity,
  BoardReportExportLineEntity,
];
