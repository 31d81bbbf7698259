/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddCourseAuthorInput = {
  courseId: string | number;
  /** Email of an instructor account */
  email: string;
};

export type AddLessonInput = {
  /** Markdown; stored as written, rendered safely */
  bodyMarkdown: string;
  moduleId: string | number;
  references?: Array<LessonReferenceInput>;
  /** Minutes a learner must spend on the lesson */
  seatTimeMinutes: number;
  title: string;
};

export type AddModuleInput = {
  objectives?: Array<string>;
  title: string;
  versionId: string | number;
};

export type AddQuestionInput = {
  bankId: string | number;
  /** Why the answer is right; shown only as the review policy allows */
  explanationMarkdown: string;
  /** The learning objective the question tests, e.g. safety-pneumothorax */
  objectiveTag: string;
  /** TRUE_FALSE: the options True and False, in that order */
  options: Array<QuestionOptionInput>;
  /** The source that supports the answer */
  reference: string;
  /** Markdown */
  stemMarkdown: string;
  type: QuestionType;
};

export type AddRequiredCredentialInput = {
  courseId?: string | number | null | undefined;
  label: string;
  organizationId: string | number;
  /** A credential program; or give courseId */
  programId?: string | number | null | undefined;
};

/** Severity as in the studies the safety course cites: Brady et al. (2014, J Man Manip Ther 22(3):134-140) recorded mild and significant adverse events on separate forms; Boyce et al. (2020, Int J Sports Phys Ther 15(1):103-113) report minor and major events */
export type AdverseEventSeverity =
  /** Mild (minor in Boyce et al. 2020): short-lived and reversible, such as bruising, bleeding or pain during or after needling, the commonest mild events in Brady et al. (2014) */
  | 'MILD'
  /** Significant (major in Boyce et al. 2020): needs further medical care, or stops the patient from their usual activities; Brady et al. (2014) recorded none in 7,629 treatments */
  | 'SIGNIFICANT';

export type AdverseEventType =
  | 'BLEEDING'
  | 'BROKEN_NEEDLE'
  | 'BRUISING'
  | 'INFECTION'
  | 'NERVE_INJURY'
  | 'OTHER'
  | 'PAIN'
  | 'PNEUMOTHORAX'
  | 'SYNCOPE';

export type ApprovalFilter = 'APPROVED' | 'NOT_APPROVED';

export type ApprovalStatus = 'ACTIVE' | 'EXPIRED' | 'PENDING';

export type AttemptStatus = 'IN_PROGRESS' | 'SUBMITTED';

export type BankFindingCode = 'KEY_POSITION_SKEW' | 'LONGEST_KEY_SHARE' | 'TRUE_FALSE_BALANCE';

/** How many questions of one objective every attempt draws */
export type BlueprintRowInput = {
  count: number;
  /** One of the course's objective keys, e.g. safety-pneumothorax */
  objective: string;
};

/** CE Broker's answer to an uploaded line */
export type BoardReportResult = 'ACCEPTED' | 'REJECTED';

/** Where a completion's report to CE Broker stands */
export type BoardReportStatus = 'ACCEPTED' | 'EXPORTED' | 'NOT_REPORTABLE' | 'PENDING' | 'REJECTED';

/** A body region needled in a supervised session */
export type BodyRegion =
  | 'ABDOMEN'
  | 'ARM'
  /** Chest wall: a region over the lung */
  | 'CHEST_WALL'
  | 'FOREARM_AND_HAND'
  | 'HEAD_AND_NECK'
  | 'HIP_AND_BUTTOCK'
  | 'LEG_AND_FOOT'
  | 'LUMBAR_BACK'
  | 'SHOULDER_GIRDLE'
  | 'THIGH'
  /** Thoracic back: a region over the lung */
  | 'THORACIC_BACK';

/** What a CE course is about, as boards name their required topics */
export type CeTopic =
  | 'CLINICAL'
  | 'ETHICS'
  | 'HIV_AIDS'
  | 'HUMAN_TRAFFICKING'
  | 'JURISPRUDENCE'
  | 'LIFE_SUPPORT'
  | 'MEDICAL_ERRORS'
  | 'PROFESSIONALISM'
  | 'SUICIDE_PREVENTION';

export type CertificateKind = 'COURSE' | 'PROGRAM';

export type CertificateStatus = 'EXPIRED' | 'REVOKED' | 'VALID';

export type ChangeMemberRoleInput = {
  membershipId: string | number;
  role: OrganizationRole;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** 12 to 128 characters */
  newPassword: string;
};

export type ComplianceSort = 'NAME' | 'NEXT_EXPIRY' | 'WORST_STATUS';

/** EXPIRING_60 / EXPIRING_30: expires within 60 / 30 days; NOT_REQUIRED: the clinic does not require this member to hold its credentials (listed, not counted in the totals nor reminded) */
export type ComplianceStatus =
  'EXPIRED' | 'EXPIRING_30' | 'EXPIRING_60' | 'MISSING' | 'NOT_REQUIRED' | 'REVOKED' | 'VALID';

export type ContributorDisclosureInput = {
  /** e.g. PT, DPT, OCS */
  credentials: string;
  /** How relevant relationships were mitigated (required when there are any) */
  mitigation?: string | null | undefined;
  name: string;
  /** Over the past 24 months; empty = none */
  relationships: Array<FinancialRelationshipInput>;
  /** e.g. Author, Reviewer */
  role: string;
};

/** An instructor's correction of a learner's attendance (or a record for one who never scanned) */
export type CorrectLiveAttendanceInput = {
  /** The arrival, within an hour of the session; null: did not attend */
  checkedInAt?: string | null | undefined;
  /** The departure, after the arrival and within an hour of the session */
  checkedOutAt?: string | null | undefined;
  /** Why: 10 to 500 characters, kept in the audit trail */
  reason: string;
  sessionId: string | number;
  /** The learner, who has a seat at the session */
  userId: string | number;
};

export type CorrectionKind =
  /** Legal content (scope of practice, state rules, requirements) */
  | 'LEGAL'
  /** Safety content (risks, contraindications, technique limits) */
  | 'SAFETY';

export type CourseDisclosureInput = {
  /** Empty = none */
  commercialSupport: Array<FinancialRelationshipInput>;
  contributors: Array<ContributorDisclosureInput>;
};

export type CourseEvaluationInput = {
  comments?: string;
  /** The content is relevant to my practice (1–5) */
  contentRelevance: number;
  enrollmentId: string | number;
  /** The content was free of commercial bias */
  freeOfCommercialBias: boolean;
  /** What you will change in your practice */
  intendedPracticeChange?: string;
  /** The learning objectives were met (1–5) */
  objectivesMet: number;
  /** The presentation was clear and well organised (1–5) */
  presentationQuality: number;
  wouldRecommend: boolean;
};

/** DRAFT → IN_REVIEW → PUBLISHED → RETIRED; only a DRAFT can change */
export type CourseVersionStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'RETIRED';

export type CreateCourseInput = {
  /** Who the course is for */
  audience: string;
  /** Months a certificate stays valid (1 to 120); none = it does not expire */
  certificateValidityMonths?: number | null | undefined;
  /** YYYY-MM-DD of the last content review */
  contentReviewedOn?: string | null | undefined;
  credentialKind?: CredentialKind;
  /** YYYY-MM-DD: the last day credit is offered (at most 3 years after the review) */
  creditEndsOn?: string | null | undefined;
  /** Minutes of instruction the course claims (1 to 6000); submission refuses more than the content supports */
  creditMinutes: number;
  disclosure?: CourseDisclosureInput | null | undefined;
  /** Skills the course names but cannot assess online (e.g. palpation): assessed in the hands-on part */
  handsOnObjectives?: Array<string>;
  learningObjectives?: Array<string>;
  /** One key per objective, same order (lower-case words and hyphens); questions are tagged with them. Left out: kept by position */
  objectiveKeys?: Array<string> | null | undefined;
  /** Learners finish a module's lessons before its quiz, and every lesson before the final exam */
  quizzesAfterLessons?: boolean;
  /** YYYY-MM-DD; set to the day of publication when left empty */
  releasedOn?: string | null | undefined;
  /** What the certificate attests and what it does not (printed on it) */
  scopeStatement?: string;
  slug: string;
  summary: string;
  title: string;
  /** Lower-case, e.g. dry-needling */
  topicTags?: Array<string>;
};

export type CreateDraftVersionInput = {
  /** What this version will change */
  changelog: string;
  courseId: string | number;
};

export type CreateOrganizationInput = {
  name: string;
  /** Two-letter state the clinic practises in */
  state?: string | null | undefined;
};

export type CreateQuestionBankInput = {
  title: string;
  versionId: string | number;
};

export type CreateQuizInput = {
  bankId: string | number;
  /** Questions per objective in every attempt, adding up to questionCount; none = one per objective and the rest in proportion to the bank */
  blueprint?: Array<BlueprintRowInput> | null | undefined;
  /** None = unlimited */
  maxAttempts?: number | null | undefined;
  /** The module it closes; none = the course's final exam */
  moduleId?: string | number | null | undefined;
  /** 1 to 100 */
  passingScorePercent: number;
  /** Questions drawn per attempt; none = all */
  questionCount?: number | null | undefined;
  /** Minutes after a failed attempt before the next may start (0 to 10080, a week) */
  retakeWaitMinutes?: number;
  reviewContent?: ReviewContent;
  reviewTiming?: ReviewTiming;
  scoring?: MultipleChoiceScoring;
  shuffleOptions?: boolean;
  shuffleQuestions?: boolean;
  /** Seconds; none = untimed */
  timeLimitSeconds?: number | null | undefined;
  title: string;
  versionId: string | number;
};

/** What a credential certifies */
export type CredentialKind =
  /** Didactic coursework */
  | 'DIDACTIC'
  /** Hybrid (coursework and hands-on training) */
  | 'HYBRID'
  /** Live instruction */
  | 'LIVE';

/** A Fascicle certificate, or CE the learner recorded from elsewhere */
export type CreditSource = 'FASCICLE' | 'OUTSIDE';

export type DeleteAccountInput = {
  /** Your current password: a signed-in session alone cannot delete it */
  password: string;
};

export type DryNeedlingStatus = 'NOT_PERMITTED' | 'PENDING_RULES' | 'PERMITTED' | 'UNCLEAR';

/** The status that holds today: EXPIRED once an active license passes its renewal date */
export type EffectiveLicenseStatus = 'ACTIVE' | 'EXPIRED' | 'INACTIVE' | 'REVOKED' | 'SUSPENDED';

export type EligibilityEvidenceKind =
  'CERTIFICATE' | 'LICENSE' | 'PRACTICAL_EXAM' | 'SUPERVISED_SESSION';

export type EligibilityRequirementKind =
  | 'IN_PERSON_HOURS'
  | 'LICENSE'
  | 'PRACTICAL_EXAM'
  | 'SUPERVISED_SESSIONS'
  | 'TRAINING'
  | 'TRAINING_HOURS'
  | 'TRAINING_WINDOW'
  | 'YEARS_LICENSED';

export type EligibilityVerdict =
  /** Every requirement on record is met, but the rule on record is not complete: ask the board */
  | 'CHECK_WITH_BOARD'
  /** Every requirement of a rule confirmed by a primary source is met */
  | 'ELIGIBLE'
  /** At least one requirement is not met yet */
  | 'MISSING_REQUIREMENTS'
  /** The state does not permit dry needling by physical therapists */
  | 'NOT_PERMITTED'
  /** Permitted by law once the board adopts its rules */
  | 'RULES_PENDING'
  /** No primary source settles it, or no rule is on record for the date */
  | 'UNKNOWN';

export type EmailPreferencesInput = {
  clinicNotices?: boolean | null | undefined;
  courseCorrections?: boolean | null | undefined;
  credentialReminders?: boolean | null | undefined;
};

export type EnrollmentStatus = 'ACTIVE' | 'COMPLETED';

export type FinancialRelationshipInput = {
  /** The ineligible company (makes or sells products used on patients) */
  company: string;
  /** e.g. consulting fees, stock, speaker */
  nature: string;
};

export type GrantQuizAccommodationInput = {
  /** Attempts beyond the quiz maximum (0 to 20) */
  extraAttempts: number;
  /** More time, in percent of the limit: 50 = time and a half */
  extraTimePercent: number;
  quizId: string | number;
  /** Why (kept with the accommodation and in the audit log) */
  reason: string;
  /** The learner */
  userId: string | number;
};

export type InvitationState = 'ACCEPTED' | 'EXPIRED' | 'OPEN';

export type InviteMemberInput = {
  email: string;
  organizationId: string | number;
  role?: OrganizationRole;
};

/** The examiner's mark for one checklist item */
export type ItemResultInput = {
  /** The checklist item */
  key: string;
  /** What the examiner saw (at most 1000 characters); may name the patient model, so it is checked for identifiers */
  notes?: string | null | undefined;
  passed: boolean;
};

export type ItemWarningCode =
  | 'ABSOLUTES_ONLY_IN_DISTRACTORS'
  | 'ABSOLUTES_ONLY_IN_KEY'
  | 'ALL_OR_NONE_OF_THE_ABOVE'
  | 'DUPLICATE_STEM'
  | 'KEY_IS_LONGEST'
  | 'REPEATS_LESSON_TEXT';

export type LessonReferenceInput = {
  /** As it should be printed: authors, title, journal, year */
  citation: string;
  url?: string | null | undefined;
};

export type LicenseNumberCheckStatus =
  /** Does not match the state's published format (entered before the check) */
  | 'INVALID'
  /** No published format for this state and profession was found */
  | 'UNCHECKED'
  /** Matches the state's published format */
  | 'VALID';

/** A license's status as the board's lookup shows it */
export type LicenseStatus = 'ACTIVE' | 'INACTIVE' | 'REVOKED' | 'SUSPENDED';

/** Why the credited minutes are what they are (docs/hybrid.md, credited live minutes) */
export type LiveAttendanceOutcome =
  /** A lab attended for less than 75 %: nothing credited */
  | 'BELOW_REQUIRED_SHARE'
  /** Present for the whole session (within the grace periods) */
  | 'FULL'
  /** No arrival, or no time inside the session */
  | 'NOT_ATTENDED'
  /** No departure recorded: nothing credited until it is */
  | 'NO_CHECK_OUT'
  /** Credited the minutes attended, fewer than scheduled */
  | 'PARTIAL';

/** Credited live minutes of one kind of session (or any kind) */
export type LiveMinutesRequirementInput = {
  /** At least this many credited minutes (1 to 12,000) */
  minimumMinutes: number;
  /** null: sessions of any kind */
  sessionKind?: LiveSessionKind | null | undefined;
};

export type LiveRegistrationStatus =
  /** Cancelled by the learner */
  | 'CANCELLED'
  /** Has a seat */
  | 'REGISTERED'
  /** Waits for a seat; seats free in waitlist order */
  | 'WAITLISTED';

export type LiveSessionKind =
  /** In person, at a venue: hands-on practice under instructors */
  | 'LAB'
  /** Online, through a join link */
  | 'WEBINAR';

export type LoginInput = {
  email: string;
  password: string;
};

export type MediaKind = 'IMAGE' | 'VIDEO';

export type MultipleChoiceScoring = 'ALL_OR_NOTHING' | 'PARTIAL_CREDIT';

export type OrganizationRole = 'ORG_ADMIN' | 'STAFF';

export type OverrideCreditGatesInput = {
  /** Why credit is justified despite the gates (audited; 20–2000 characters) */
  reason: string;
  versionId: string | number;
};

/** A sitting of a practical exam: the day, the place, every item marked */
export type PracticalExamSittingInput = {
  /** YYYY-MM-DD, not in the future */
  examinedOn: string;
  /** Every checklist item, each exactly once */
  results: Array<ItemResultInput>;
  /** The live session it took place at */
  sessionId?: string | number | null | undefined;
  /** At most 2000 characters */
  summary?: string | null | undefined;
};

export type Profession =
  | 'ACUPUNCTURIST'
  | 'ATHLETIC_TRAINER'
  | 'CHIROPRACTOR'
  | 'CLINIC_STAFF'
  | 'EDUCATOR'
  | 'OCCUPATIONAL_THERAPIST'
  | 'OTHER_LICENSED_CLINICIAN'
  | 'PHYSICAL_THERAPIST'
  | 'PHYSICAL_THERAPIST_ASSISTANT'
  | 'PHYSICIAN';

export type ProgramRequirementKind =
  'COURSE' | 'LIVE_MINUTES' | 'PRACTICAL_EXAM' | 'SUPERVISED_SESSIONS';

export type QuestionOptionInput = {
  isCorrect: boolean;
  text: string;
};

export type QuestionType = 'MULTIPLE_CHOICE' | 'SINGLE_CHOICE' | 'TRUE_FALSE';

/** An adverse event from your own practice, with nothing that identifies the patient */
export type RecordAdverseEventInput = {
  /** What you did (1 to 2000 characters, no patient identifiers) */
  actionTaken: string;
  /** YYYY-MM-DD, not in the future */
  eventDate: string;
  /** How it ended (1 to 2000 characters, no patient identifiers) */
  outcome: string;
  severity: AdverseEventSeverity;
  type: AdverseEventType;
};

export type RecordCourseApprovalInput = {
  approvalNumber: string;
  /** The board or accrediting body */
  body: string;
  courseId: string | number;
  /** The body's step of credit in hours: 0.1, 0.25, 0.5 or 1 */
  increment?: number;
  /** A demonstration record, not a real approval */
  isSample?: boolean;
  /** The body's contact hour in minutes: 50 (most PT boards) or 60 (IACET, nursing) */
  minutesPerHour?: number;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD, inclusive; none = open */
  validUntil?: string | null | undefined;
};

export type RecordDryNeedlingRuleInput = {
  boardFiling?: string | null | undefined;
  consentAndRecords?: string | null | undefined;
  delegation?: string | null | undefined;
  /** YYYY-MM-DD this version takes effect */
  effective: string;
  inPersonHours?: number | null | undefined;
  onlineHoursAllowed?: boolean | null | undefined;
  practicalExam?: boolean | null | undefined;
  /** Why this version is recorded (audited) */
  reason: string;
  /** True only when a primary source gave every requirement listed */
  requirementsConfirmed: boolean;
  sources: Array<StateRuleSourceInput>;
  /** Two-letter state */
  state: string;
  /** Needed for a state with no rule yet */
  stateName?: string | null | undefined;
  status: DryNeedlingStatus;
  summary: string;
  supervisedSessions?: number | null | undefined;
  trainingHours?: number | null | undefined;
  trainingRequired?: boolean | null | undefined;
  trainingWithinYears?: number | null | undefined;
  /** What no primary source confirmed */
  unconfirmed: Array<string>;
  yearsLicensed?: number | null | undefined;
};

export type RecordLessonPilotInput = {
  /** The testers were from the audience, independent of the authors and not told the expected time */
  independentOfAuthors: boolean;
  lessonId: string | number;
  /** The testers' median minutes on the lesson */
  medianMinutes: number;
  /** Who the testers were and how they were timed */
  note: string;
  /** Testers from the audience (at least 3) */
  testers: number;
};

/** A candidate's practical exam, recorded and signed by the examiner */
export type RecordPracticalExamInput = {
  /** The candidate; never the examiner */
  candidateId: string | number;
  checklistId: string | number;
  /** YYYY-MM-DD, not in the future */
  examinedOn: string;
  /** Every checklist item, each exactly once */
  results: Array<ItemResultInput>;
  /** The live session it took place at */
  sessionId?: string | number | null | undefined;
  /** At most 2000 characters */
  summary?: string | null | undefined;
};

/** A supervised patient session, with nothing that identifies the patient */
export type RecordSupervisedSessionInput = {
  /** The regions needled (1 to 11, each once) */
  bodyRegions: Array<BodyRegion>;
  /** Short names of the muscles needled (1 to 30) */
  muscles: Array<string>;
  /** 1 to 100 */
  needleCount: number;
  /** Optional notes (at most 2000 characters) with nothing that identifies the patient: no dates, record numbers, phone numbers or emails */
  notes?: string | null | undefined;
  /** The program the session counts toward */
  programId: string | number;
  /** YYYY-MM-DD, not in the future */
  sessionDate: string;
  /** The supervisor's email; or give supervisorId (exactly one). Only a supervisor who has recorded their qualification is found by email */
  supervisorEmail?: string | null | undefined;
  /** The supervisor's account; or give supervisorEmail (exactly one) */
  supervisorId?: string | number | null | undefined;
};

/** How many dry needling treatments you gave on a day */
export type RecordTreatmentCountInput = {
  /** 0 to 1000; recording a day again replaces its count */
  count: number;
  /** YYYY-MM-DD, not in the future */
  date: string;
};

export type RegisterInput = {
  displayName: string;
  email: string;
  /** Required for licensed professions; optional for educators and clinic staff */
  licenseNumber?: string | null | undefined;
  /** Two-letter licensing jurisdiction */
  licenseState?: string | null | undefined;
  /** 12 to 128 characters */
  password: string;
  profession: Profession;
};

export type RemoveCourseAuthorInput = {
  courseId: string | number;
  /** The author to remove */
  userId: string | number;
};

export type ReorderLessonsInput = {
  /** Every lesson of the module, in the new order */
  lessonIds: Array<string | number>;
  moduleId: string | number;
};

export type ReorderModulesInput = {
  /** Every module of the version, in the new order */
  moduleIds: Array<string | number>;
  versionId: string | number;
};

export type ReorderQuestionsInput = {
  bankId: string | number;
  /** Every question of the bank, in the new order */
  questionIds: Array<string | number>;
};

/** A board a course reports to: a state and the profession it licenses */
export type ReportedBoardInput = {
  profession: Profession;
  /** Two-letter state code, e.g. FL */
  state: string;
};

export type ResetPasswordInput = {
  /** 12 to 128 characters */
  newPassword: string;
  /** The token from the reset link in the email */
  token: string;
};

/** What a learner sees after submitting */
export type ReviewContent =
  /** Also the correct options, explanations and references */
  | 'FULL_EXPLANATIONS'
  /** Also which questions were right or wrong */
  | 'SCORE_AND_CORRECTNESS'
  /** The score and pass/fail */
  | 'SCORE_ONLY';

/** When more than the score becomes visible */
export type ReviewTiming =
  /** As soon as an attempt is submitted */
  | 'AFTER_EACH_ATTEMPT'
  /** Once the learner has passed, or has used the last allowed attempt */
  | 'AFTER_PASSING_OR_LAST_ATTEMPT';

export type RevokeCertificateInput = {
  code: string;
  /** Kept in the audit trail; never shown to verifiers */
  reason: string;
};

/** Platform-wide role of an account */
export type Role = 'ADMIN' | 'INSTRUCTOR' | 'LEARNER';

export type RuleSourceKind = 'ATTORNEY_GENERAL' | 'BILL' | 'BOARD' | 'COURT' | 'RULE' | 'STATUTE';

export type SaveAnswerInput = {
  attemptId: string | number;
  questionId: string | number;
  /** The options chosen; empty clears the answer */
  selectedOptionIds: Array<string | number>;
};

/** A license to add (no id) or to correct (its id) */
export type SaveLicenseInput = {
  /** YYYY-MM-DD, the renewal date */
  expiresOn?: string | null | undefined;
  id?: string | number | null | undefined;
  /** YYYY-MM-DD */
  issuedOn?: string | null | undefined;
  /** As the state's license lookup shows it, prefix included */
  number: string;
  /** Print this one on new certificates (a first license always is) */
  primary?: boolean | null | undefined;
  profession: Profession;
  /** Two-letter licensing jurisdiction, e.g. TX */
  state: string;
  /** As the board's lookup shows it: ACTIVE for a new license, unchanged when left out */
  status?: LicenseStatus | null | undefined;
};

/** An in-person lab or a live webinar of a course or of a program (exactly one) */
export type ScheduleLiveSessionInput = {
  /** Seats: 1 to 200, at most instructors × learnersPerInstructor */
  capacity: number;
  /** The course; or give programId */
  courseId?: string | number | null | undefined;
  /** After startsAt, at most 12 hours later */
  endsAt: string;
  /** Instructors present: 1 to 50 */
  instructors: number;
  /** A webinar's https join link (a webinar needs one) */
  joinUrl?: string | null | undefined;
  kind: LiveSessionKind;
  /** The ratio: at most this many learners for each instructor (1 to 200) */
  learnersPerInstructor: number;
  /** The credential program; or give courseId */
  programId?: string | number | null | undefined;
  /** Registration and cancellation close this many hours before the start (0 to 336) */
  registrationCutoffHours: number;
  startsAt: string;
  /** 3 to 200 characters */
  title: string;
  /** A lab's address (a lab needs one) */
  venue?: string | null | undefined;
};

export type SendBackCourseVersionInput = {
  /** What the authors must change before submitting again */
  comment: string;
  versionId: string | number;
};

/** How a course's completions are reported to CE Broker */
export type SetCourseBoardReportingInput = {
  /** 1 to 20 boards, each once */
  boards: Array<ReportedBoardInput>;
  courseId: string | number;
  /** CE Broker course tracking number: "20-" then digits */
  courseNumber: string;
  /** CE Broker provider tracking number: "50-" then digits */
  providerNumber: string;
};

/** What a program asks beyond its courses; replaces what it asked before (credentials already issued stay valid) */
export type SetHandsOnRequirementsInput = {
  liveMinutes?: Array<LiveMinutesRequirementInput>;
  /** Whether a passed practical examination of the program's checklist is needed */
  practicalExam?: boolean;
  programId: string | number;
  supervisedSessions?: SupervisedSessionsRequirementInput | null | undefined;
  /** The rule a supervisor must meet for their confirmation to count; null: any supervisor */
  supervisorRule?: SupervisorRulePreset | null | undefined;
};

export type SetMemberRequirementInput = {
  membershipId: string | number;
  /** Whether the clinic requires this member to hold its required credentials: false leaves them out of the compliance totals and reminders */
  requiredToHold: boolean;
};

export type SetOrganizationStateInput = {
  organizationId: string | number;
  /** Two-letter state; null: none */
  state?: string | null | undefined;
};

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: string | number;
};

export type StateRuleSourceInput = {
  /** YYYY-MM-DD it was read */
  checkedOn: string;
  citation: string;
  /** YYYY-MM-DD the cited text took effect */
  effective?: string | null | undefined;
  kind: RuleSourceKind;
  url: string;
};

export type SupervisedSessionStatus =
  /** The named supervisor confirmed it; it counts toward the program */
  | 'CONFIRMED'
  /** Recorded by the learner, waiting for the supervisor */
  | 'PENDING'
  /** The named supervisor rejected it, with a reason */
  | 'REJECTED';

/** Confirmed supervised patient sessions, within a period or not */
export type SupervisedSessionsRequirementInput = {
  /** At least this many confirmed sessions (1 to 1,000) */
  minimumCount: number;
  /** Only sessions within this many days of the day the person started the program count; null: no period */
  withinDays?: number | null | undefined;
};

/** A supervisor's qualification, recorded on their profile */
export type SupervisorQualificationInput = {
  /** Whole years of dry needling practice (0 to 70) */
  dryNeedlingYears: number;
  /** The license number (1 to 40 characters) */
  licenseNumber: string;
  /** The state of the license, two letters (e.g. FL) */
  licenseState: string;
  /** Whether you meet the program state's own rule for dry needling (Florida asks it of a supervisor); leave out if you do not know */
  meetsStateQualification?: boolean | null | undefined;
  /** Dry needling sessions of their own (0 to 1,000,000) */
  ownSessions: number;
};

export type SupervisorRulePreset =
  /** Fla. Admin. Code R. 64B17-6.008: a PT licensed in any state or DC with a year and 25 sessions of dry needling who meets Florida’s own rule */
  'FLORIDA';

export type UpdateCourseVersionInput = {
  /** Who the course is for */
  audience?: string | null | undefined;
  /** Months a certificate stays valid (1 to 120); none = it does not expire */
  certificateValidityMonths?: number | null | undefined;
  /** What changed since the previous version */
  changelog?: string | null | undefined;
  /** YYYY-MM-DD of the last content review */
  contentReviewedOn?: string | null | undefined;
  credentialKind?: CredentialKind | null | undefined;
  /** YYYY-MM-DD: the last day credit is offered (at most 3 years after the review) */
  creditEndsOn?: string | null | undefined;
  /** Minutes of instruction the course claims (1 to 6000); submission refuses more than the content supports */
  creditMinutes?: number | null | undefined;
  disclosure?: CourseDisclosureInput | null | undefined;
  /** Skills the course names but cannot assess online (e.g. palpation): assessed in the hands-on part */
  handsOnObjectives?: Array<string> | null | undefined;
  learningObjectives?: Array<string> | null | undefined;
  /** One key per objective, same order (lower-case words and hyphens); questions are tagged with them. Left out: kept by position */
  objectiveKeys?: Array<string> | null | undefined;
  /** Learners finish a module's lessons before its quiz, and every lesson before the final exam */
  quizzesAfterLessons?: boolean | null | undefined;
  /** YYYY-MM-DD; set to the day of publication when left empty */
  releasedOn?: string | null | undefined;
  /** What the certificate attests and what it does not (printed on it) */
  scopeStatement?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
  /** Lower-case, e.g. dry-needling */
  topicTags?: Array<string> | null | undefined;
  versionId: string | number;
};

export type UpdateLessonInput = {
  /** Markdown; stored as written, rendered safely */
  bodyMarkdown?: string | null | undefined;
  lessonId: string | number;
  references?: Array<LessonReferenceInput> | null | undefined;
  /** Minutes a learner must spend on the lesson */
  seatTimeMinutes?: number | null | undefined;
  title?: string | null | undefined;
};

export type UpdateModuleInput = {
  moduleId: string | number;
  objectives?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateProfileInput = {
  /** As it should appear on certificates */
  displayName: string;
  profession: Profession;
};

export type UpdateQuestionInput = {
  /** Why the answer is right; shown only as the review policy allows */
  explanationMarkdown: string;
  /** The learning objective the question tests, e.g. safety-pneumothorax */
  objectiveTag: string;
  /** TRUE_FALSE: the options True and False, in that order */
  options: Array<QuestionOptionInput>;
  questionId: string | number;
  /** The source that supports the answer */
  reference: string;
  /** Markdown */
  stemMarkdown: string;
  type: QuestionType;
};

export type UpdateQuizInput = {
  bankId?: string | number | null | undefined;
  /** Questions per objective in every attempt, adding up to questionCount; none = one per objective and the rest in proportion to the bank */
  blueprint?: Array<BlueprintRowInput> | null | undefined;
  /** None = unlimited */
  maxAttempts?: number | null | undefined;
  /** 1 to 100 */
  passingScorePercent?: number | null | undefined;
  /** Questions drawn per attempt; none = all */
  questionCount?: number | null | undefined;
  quizId: string | number;
  /** Minutes after a failed attempt before the next may start (0 to 10080, a week) */
  retakeWaitMinutes?: number | null | undefined;
  reviewContent?: ReviewContent | null | undefined;
  reviewTiming?: ReviewTiming | null | undefined;
  scoring?: MultipleChoiceScoring | null | undefined;
  shuffleOptions?: boolean | null | undefined;
  shuffleQuestions?: boolean | null | undefined;
  /** Seconds; none = untimed */
  timeLimitSeconds?: number | null | undefined;
  title?: string | null | undefined;
};

export type VerificationStatus =
  | 'EXPIRED'
  | 'NOT_FOUND'
  | 'REVOKED'
  /** Reissued with the holder's corrected name or license: supersededByCode names the current certificate */
  | 'SUPERSEDED'
  | 'VALID';

/** What a version corrects, for those who completed an earlier one */
export type VersionCorrectionInput = {
  /** SAFETY, LEGAL or both */
  kinds: Array<CorrectionKind>;
  /** What changed, in plain text (20 to 2000 characters) */
  summary: string;
};

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never }>;

export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type SessionUserFieldsFragment = {
  id: string;
  email: string;
  displayName: string;
  profession: Profession;
  licenseNumber: string | null;
  licenseState: string | null;
  roles: Array<Role>;
  emailVerified: boolean;
};

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never }>;

export type RefreshSessionMutation = {
  refreshToken: {
    accessToken: string;
    user: {
      id: string;
      email: string;
      displayName: string;
      profession: Profession;
      licenseNumber: string | null;
      licenseState: string | null;
      roles: Array<Role>;
      emailVerified: boolean;
    };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    accessToken: string;
    user: {
      id: string;
      email: string;
      displayName: string;
      profession: Profession;
      licenseNumber: string | null;
      licenseState: string | null;
      roles: Array<Role>;
      emailVerified: boolean;
    };
  };
};

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type RegisterMutation = {
  register: {
    accessToken: string;
    user: {
      id: string;
      email: string;
      displayName: string;
      profession: Profession;
      licenseNumber: string | null;
      licenseState: string | null;
      roles: Array<Role>;
      emailVerified: boolean;
    };
  };
};

export type SessionViewerQueryVariables = Exact<{ [key: string]: never }>;

export type SessionViewerQuery = {
  me: {
    id: string;
    email: string;
    displayName: string;
    profession: Profession;
    licenseNumber: string | null;
    licenseState: string | null;
    roles: Array<Role>;
    emailVerified: boolean;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { id: string } };

export type MyClinicsQueryVariables = Exact<{ [key: string]: never }>;

export type MyClinicsQuery = {
  myOrganizations: Array<{ id: string; name: string; viewerRole: OrganizationRole }>;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type MyEmailPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type MyEmailPreferencesQuery = {
  me: {
    id: string;
    emailPreferences: {
      credentialReminders: boolean;
      clinicNotices: boolean;
      courseCorrections: boolean;
    } | null;
  };
};

export type UpdateEmailPreferencesMutationVariables = Exact<{
  input: EmailPreferencesInput;
}>;

export type UpdateEmailPreferencesMutation = {
  updateEmailPreferences: {
    credentialReminders: boolean;
    clinicNotices: boolean;
    courseCorrections: boolean;
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateProfileMutation = {
  updateProfile: {
    id: string;
    email: string;
    displayName: string;
    profession: Profession;
    licenseNumber: string | null;
    licenseState: string | null;
    roles: Array<Role>;
    emailVerified: boolean;
  };
};

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;

export type VerifyEmailMutation = { verifyEmail: boolean };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;

export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type ProfileLicenseFieldsFragment = {
  id: string;
  state: string;
  profession: Profession;
  number: string;
  status: LicenseStatus;
  effectiveStatus: EffectiveLicenseStatus;
  issuedOn: string | null;
  expiresOn: string | null;
  primary: boolean;
  numberCheck: { status: LicenseNumberCheckStatus; message: string; sourceUrl: string | null };
};

export type AccountLicensesQueryVariables = Exact<{ [key: string]: never }>;

export type AccountLicensesQuery = {
  me: {
    id: string;
    licenses: Array<{
      id: string;
      state: string;
      profession: Profession;
      number: string;
      status: LicenseStatus;
      effectiveStatus: EffectiveLicenseStatus;
      issuedOn: string | null;
      expiresOn: string | null;
      primary: boolean;
      numberCheck: { status: LicenseNumberCheckStatus; message: string; sourceUrl: string | null };
    }>;
  };
};

export type SaveLicenseMutationVariables = Exact<{
  input: SaveLicenseInput;
}>;

export type SaveLicenseMutation = {
  saveLicense: {
    id: string;
    email: string;
    displayName: string;
    profession: Profession;
    licenseNumber: string | null;
    licenseState: string | null;
    roles: Array<Role>;
    emailVerified: boolean;
    licenses: Array<{
      id: string;
      state: string;
      profession: Profession;
      number: string;
      status: LicenseStatus;
      effectiveStatus: EffectiveLicenseStatus;
      issuedOn: string | null;
      expiresOn: string | null;
      primary: boolean;
      numberCheck: { status: LicenseNumberCheckStatus; message: string; sourceUrl: string | null };
    }>;
  };
};

export type RemoveLicenseMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveLicenseMutation = {
  removeLicense: {
    id: string;
    email: string;
    displayName: string;
    profession: Profession;
    licenseNumber: string | null;
    licenseState: string | null;
    roles: Array<Role>;
    emailVerified: boolean;
    licenses: Array<{
      id: string;
      state: string;
      profession: Profession;
      number: string;
      status: LicenseStatus;
      effectiveStatus: EffectiveLicenseStatus;
      issuedOn: string | null;
      expiresOn: string | null;
      primary: boolean;
      numberCheck: { status: LicenseNumberCheckStatus; message: string; sourceUrl: string | null };
    }>;
  };
};

export type AdminAccommodationCoursesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type AdminAccommodationCoursesQuery = {
  courses: {
    edges: Array<{
      node: { id: string; slug: string; currentVersion: { id: string; title: string } | null };
    }>;
  };
};

export type AdminAccommodationQuizzesQueryVariables = Exact<{
  slug: string;
}>;

export type AdminAccommodationQuizzesQuery = {
  course: {
    id: string;
    slug: string;
    currentVersion: {
      id: string;
      title: string;
      number: number;
      quizzes: Array<{
        id: string;
        title: string;
        isFinalExam: boolean;
        maxAttempts: number | null;
        timeLimitSeconds: number | null;
      }>;
    } | null;
  };
};

export type AdminGrantAccommodationMutationVariables = Exact<{
  input: GrantQuizAccommodationInput;
}>;

export type AdminGrantAccommodationMutation = {
  grantQuizAccommodation: { id: string; learnerName: string };
};

export type AdminAccommodationLearnersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type AdminAccommodationLearnersQuery = {
  users: { edges: Array<{ node: { id: string; displayName: string; email: string } }> };
};

export type AdminQuizAccommodationsQueryVariables = Exact<{
  quizId: string | number;
}>;

export type AdminQuizAccommodationsQuery = {
  quiz: { id: string; title: string; maxAttempts: number | null; timeLimitSeconds: number | null };
  quizAccommodations: Array<{
    id: string;
    userId: string;
    learnerName: string;
    extraAttempts: number;
    extraTimePercent: number;
    reason: string;
    grantedAt: string;
  }>;
};

export type AdminCourseApprovalsQueryVariables = Exact<{
  slug: string;
}>;

export type AdminCourseApprovalsQuery = {
  course: {
    id: string;
    slug: string;
    currentVersion: { id: string; title: string } | null;
    approvals: Array<{
      id: string;
      body: string;
      approvalNumber: string;
      validFrom: string;
      validUntil: string | null;
      isSample: boolean;
      status: ApprovalStatus;
      minutesPerHour: number;
      increment: number;
    }>;
  };
};

export type AdminApprovalCoursesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type AdminApprovalCoursesQuery = {
  courses: {
    edges: Array<{
      node: { id: string; slug: string; currentVersion: { id: string; title: string } | null };
    }>;
  };
};

export type AdminRecordApprovalMutationVariables = Exact<{
  input: RecordCourseApprovalInput;
}>;

export type AdminRecordApprovalMutation = { recordCourseApproval: { id: string } };

export type AdminVerifyCertificateQueryVariables = Exact<{
  code: string;
}>;

export type AdminVerifyCertificateQuery = {
  verifyCertificate: {
    code: string;
    codeWellFormed: boolean;
    status: VerificationStatus;
    holderName: string | null;
    licenseNumber: string | null;
    licenseState: string | null;
    title: string | null;
    courseVersion: number | null;
    ceHours: number | null;
    completedOn: string | null;
    expiresOn: string | null;
    revokedOn: string | null;
    supersededByCode: string | null;
  };
};

export type AdminRevokeCertificateMutationVariables = Exact<{
  input: RevokeCertificateInput;
}>;

export type AdminRevokeCertificateMutation = {
  revokeCertificate: {
    id: string;
    code: string;
    status: CertificateStatus;
    revokedOn: string | null;
  };
};

export type AdminSetHandsOnRequirementsMutationVariables = Exact<{
  input: SetHandsOnRequirementsInput;
}>;

export type AdminSetHandsOnRequirementsMutation = {
  setProgramHandsOnRequirements: { practicalExam: boolean } | null;
};

export type AdminProgramsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminProgramsQuery = {
  credentialPrograms: Array<{
    id: string;
    slug: string;
    title: string;
    credentialKind: CredentialKind;
    courses: Array<{ id: string; currentVersion: { title: string } | null }>;
    handsOnRequirements: {
      practicalExam: boolean;
      liveMinutes: Array<{ sessionKind: LiveSessionKind | null; minimumMinutes: number }>;
      supervisedSessions: { minimumCount: number; withinDays: number | null } | null;
      supervisorRule: { citation: string } | null;
    } | null;
  }>;
};

export type AdminOverrideGatesMutationVariables = Exact<{
  input: OverrideCreditGatesInput;
}>;

export type AdminOverrideGatesMutation = {
  overrideCreditGates: { id: string; status: CourseVersionStatus };
};

export type AdminPublishAfterOverrideMutationVariables = Exact<{
  versionId: string | number;
}>;

export type AdminPublishAfterOverrideMutation = {
  publishCourseVersion: { id: string; status: CourseVersionStatus; publishedAt: string | null };
};

export type ReviewQuizzesFragment = {
  quizzes: Array<{
    id: string;
    title: string;
    isFinalExam: boolean;
    passingScorePercent: number;
    questionsPerAttempt: number;
    timeLimitSeconds: number | null;
    maxAttempts: number | null;
    retakeWaitMinutes: number;
    scoring: MultipleChoiceScoring;
    bank: { id: string; title: string } | null;
    blueprint: Array<{ objective: string; count: number }> | null;
    blueprintPlan: {
      freshAttempts: number;
      retakesMayRepeat: boolean;
      problems: Array<string>;
    } | null;
  }>;
  questionBanks: Array<{
    id: string;
    title: string;
    checks: {
      singleChoice: number;
      longestKeys: number;
      longestKeyLimit: number;
      chanceShare: number;
      trueFalse: number;
      falseKeys: number;
      keyPositions: Array<number>;
      findings: Array<{ code: BankFindingCode; limit: boolean; message: string }>;
      items: Array<{
        questionId: string;
        warnings: Array<{ code: ItemWarningCode; message: string }>;
      }>;
    };
    questions: Array<{
      id: string;
      position: number;
      type: QuestionType;
      stemMarkdown: string;
      objectiveTag: string;
      reference: string;
      explanationMarkdown: string;
      options: Array<{ id: string; position: number; text: string; isCorrect: boolean }>;
    }>;
  }>;
};

export type AdminPublishVersionMutationVariables = Exact<{
  versionId: string | number;
}>;

export type AdminPublishVersionMutation = {
  publishCourseVersion: { id: string; status: CourseVersionStatus; publishedAt: string | null };
};

export type AdminSendBackVersionMutationVariables = Exact<{
  input: SendBackCourseVersionInput;
}>;

export type AdminSendBackVersionMutation = {
  sendBackCourseVersion: { id: string; status: CourseVersionStatus; reviewComment: string | null };
};

export type AdminReviewQueueQueryVariables = Exact<{ [key: string]: never }>;

export type AdminReviewQueueQuery = {
  courseReviewQueue: Array<{
    id: string;
    title: string;
    number: number;
    submittedAt: string | null;
    creditMinutes: number;
    ceHours: number;
    changelog: string;
    course: { id: string; slug: string; authors: Array<{ userId: string; displayName: string }> };
  }>;
};

export type AdminReviewVersionQueryVariables = Exact<{
  id: string | number;
}>;

export type AdminReviewVersionQuery = {
  courseVersion: {
    id: string;
    title: string;
    number: number;
    status: CourseVersionStatus;
    summary: string;
    audience: string;
    creditMinutes: number;
    ceHours: number;
    certificateValidityMonths: number | null;
    credentialKind: CredentialKind;
    scopeStatement: string;
    releasedOn: string | null;
    contentReviewedOn: string | null;
    creditEndsOn: string | null;
    changelog: string;
    learningObjectives: Array<string>;
    handsOnObjectives: Array<string>;
    topicTags: Array<string>;
    submittedAt: string | null;
    reviewComment: string | null;
    totalSeatTimeMinutes: number;
    objectives: Array<{ key: string; text: string }>;
    disclosure: {
      contributors: Array<{
        name: string;
        credentials: string;
        role: string;
        mitigation: string | null;
        relationships: Array<{ company: string; nature: string }>;
      }>;
      commercialSupport: Array<{ company: string; nature: string }>;
    } | null;
    creditReport: {
      claimedMinutes: number;
      supportedMinutes: number;
      lessonMinutes: number;
      quizMinutes: number;
      readingWordsPerMinute: number;
      minutesPerQuestion: number;
      seatTimeTolerancePercent: number;
      claimedHours: Array<{
        label: string;
        approvalNumber: string | null;
        minutesPerHour: number;
        increment: number;
        hours: number;
        text: string;
      }>;
      supportedHours: Array<{
        label: string;
        approvalNumber: string | null;
        minutesPerHour: number;
        increment: number;
        hours: number;
        text: string;
      }>;
      lessons: Array<{
        lessonId: string;
        title: string;
        words: number;
        readingMinutes: number;
        mediaMinutes: number;
        estimateMinutes: number;
        source: string;
        seatTimeMinutes: number;
        maxSeatTimeMinutes: number;
        pilot: {
          testers: number;
          medianMinutes: number;
          note: string;
          stale: boolean;
          recordedAt: string;
        } | null;
      }>;
      quizzes: Array<{ quizId: string; title: string; questionsDrawn: number; minutes: number }>;
      problems: Array<{ code: string; field: string; message: string; overridden: boolean }>;
      overrides: Array<{
        stage: string;
        codes: Array<string>;
        reason: string;
        adminName: string;
        createdAt: string;
      }>;
    } | null;
    observedTime: {
      completions: number;
      minimumCompletions: number;
      lessons: Array<{
        lessonId: string;
        title: string;
        requiredMinutes: number;
        basis: string;
        learners: number;
        readers: number;
        activeMedianMinutes: number | null;
        activeQ1Minutes: number | null;
        activeQ3Minutes: number | null;
        readingMedianMinutes: number | null;
        readingQ1Minutes: number | null;
        readingQ3Minutes: number | null;
        flag: string | null;
      }>;
    } | null;
    correction: { kinds: Array<CorrectionKind>; summary: string } | null;
    course: { id: string; slug: string; authors: Array<{ userId: string; displayName: string }> };
    modules: Array<{
      id: string;
      position: number;
      title: string;
      objectives: Array<string>;
      lessons: Array<{
        id: string;
        position: number;
        title: string;
        seatTimeMinutes: number;
        bodyHtml: string;
        references: Array<{ citation: string; url: string | null }>;
      }>;
    }>;
    quizzes: Array<{
      id: string;
      title: string;
      isFinalExam: boolean;
      passingScorePercent: number;
      questionsPerAttempt: number;
      timeLimitSeconds: number | null;
      maxAttempts: number | null;
      retakeWaitMinutes: number;
      scoring: MultipleChoiceScoring;
      bank: { id: string; title: string } | null;
      blueprint: Array<{ objective: string; count: number }> | null;
      blueprintPlan: {
        freshAttempts: number;
        retakesMayRepeat: boolean;
        problems: Array<string>;
      } | null;
    }>;
    questionBanks: Array<{
      id: string;
      title: string;
      checks: {
        singleChoice: number;
        longestKeys: number;
        longestKeyLimit: number;
        chanceShare: number;
        trueFalse: number;
        falseKeys: number;
        keyPositions: Array<number>;
        findings: Array<{ code: BankFindingCode; limit: boolean; message: string }>;
        items: Array<{
          questionId: string;
          warnings: Array<{ code: ItemWarningCode; message: string }>;
        }>;
      };
      questions: Array<{
        id: string;
        position: number;
        type: QuestionType;
        stemMarkdown: string;
        objectiveTag: string;
        reference: string;
        explanationMarkdown: string;
        options: Array<{ id: string; position: number; text: string; isCorrect: boolean }>;
      }>;
    }>;
  };
};

export type RuleVersionFieldsFragment = {
  id: string;
  state: string;
  stateName: string;
  status: DryNeedlingStatus;
  summary: string;
  effective: string | null;
  trainingRequired: boolean | null;
  trainingHours: number | null;
  inPersonHours: number | null;
  onlineHoursAllowed: boolean | null;
  practicalExam: boolean | null;
  trainingWithinYears: number | null;
  yearsLicensed: number | null;
  supervisedSessions: number | null;
  boardFiling: string | null;
  delegation: string | null;
  consentAndRecords: string | null;
  requirementsConfirmed: boolean;
  unconfirmed: Array<string>;
  reason: string | null;
  recordedByAdmin: boolean;
  recordedAt: string;
  current: boolean;
  sources: Array<{
    citation: string;
    kind: RuleSourceKind;
    url: string;
    effective: string | null;
    checkedOn: string;
  }>;
};

export type AdminDryNeedlingRulesQueryVariables = Exact<{ [key: string]: never }>;

export type AdminDryNeedlingRulesQuery = {
  dryNeedlingRules: Array<{
    id: string;
    state: string;
    stateName: string;
    status: DryNeedlingStatus;
    summary: string;
    effective: string | null;
    trainingRequired: boolean | null;
    trainingHours: number | null;
    inPersonHours: number | null;
    onlineHoursAllowed: boolean | null;
    practicalExam: boolean | null;
    trainingWithinYears: number | null;
    yearsLicensed: number | null;
    supervisedSessions: number | null;
    boardFiling: string | null;
    delegation: string | null;
    consentAndRecords: string | null;
    requirementsConfirmed: boolean;
    unconfirmed: Array<string>;
    reason: string | null;
    recordedByAdmin: boolean;
    recordedAt: string;
    current: boolean;
    sources: Array<{
      citation: string;
      kind: RuleSourceKind;
      url: string;
      effective: string | null;
      checkedOn: string;
    }>;
  }>;
};

export type AdminDryNeedlingRuleHistoryQueryVariables = Exact<{
  state: string;
}>;

export type AdminDryNeedlingRuleHistoryQuery = {
  dryNeedlingRuleHistory: Array<{
    id: string;
    state: string;
    stateName: string;
    status: DryNeedlingStatus;
    summary: string;
    effective: string | null;
    trainingRequired: boolean | null;
    trainingHours: number | null;
    inPersonHours: number | null;
    onlineHoursAllowed: boolean | null;
    practicalExam: boolean | null;
    trainingWithinYears: number | null;
    yearsLicensed: number | null;
    supervisedSessions: number | null;
    boardFiling: string | null;
    delegation: string | null;
    consentAndRecords: string | null;
    requirementsConfirmed: boolean;
    unconfirmed: Array<string>;
    reason: string | null;
    recordedByAdmin: boolean;
    recordedAt: string;
    current: boolean;
    sources: Array<{
      citation: string;
      kind: RuleSourceKind;
      url: string;
      effective: string | null;
      checkedOn: string;
    }>;
  }>;
};

export type AdminRecordDryNeedlingRuleMutationVariables = Exact<{
  input: RecordDryNeedlingRuleInput;
}>;

export type AdminRecordDryNeedlingRuleMutation = {
  recordDryNeedlingRule: {
    id: string;
    state: string;
    stateName: string;
    status: DryNeedlingStatus;
    summary: string;
    effective: string | null;
    trainingRequired: boolean | null;
    trainingHours: number | null;
    inPersonHours: number | null;
    onlineHoursAllowed: boolean | null;
    practicalExam: boolean | null;
    trainingWithinYears: number | null;
    yearsLicensed: number | null;
    supervisedSessions: number | null;
    boardFiling: string | null;
    delegation: string | null;
    consentAndRecords: string | null;
    requirementsConfirmed: boolean;
    unconfirmed: Array<string>;
    reason: string | null;
    recordedByAdmin: boolean;
    recordedAt: string;
    current: boolean;
    sources: Array<{
      citation: string;
      kind: RuleSourceKind;
      url: string;
      effective: string | null;
      checkedOn: string;
    }>;
  };
};

export type AdminSetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;

export type AdminSetUserRolesMutation = { setUserRoles: { id: string; roles: Array<Role> } };

export type AdminUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminUsersQuery = {
  users: {
    edges: Array<{
      node: {
        id: string;
        displayName: string;
        email: string;
        profession: Profession;
        createdAt: string;
        roles: Array<Role>;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CatalogQueryVariables = Exact<{
  search?: string | null | undefined;
  topic?: string | null | undefined;
  minCeHours?: number | null | undefined;
  maxCeHours?: number | null | undefined;
  approval?: ApprovalFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type CatalogQuery = {
  courses: {
    edges: Array<{
      node: {
        id: string;
        slug: string;
        approvals: Array<{ id: string; body: string; status: ApprovalStatus; isSample: boolean }>;
        currentVersion: {
          id: string;
          title: string;
          summary: string;
          ceHours: number;
          creditMinutes: number;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CoursePageQueryVariables = Exact<{
  slug: string;
}>;

export type CoursePageQuery = {
  course: {
    id: string;
    slug: string;
    authors: Array<{ userId: string; displayName: string }>;
    approvals: Array<{
      id: string;
      body: string;
      approvalNumber: string;
      status: ApprovalStatus;
      validFrom: string;
      validUntil: string | null;
      isSample: boolean;
    }>;
    prerequisites: Array<{
      id: string;
      slug: string;
      currentVersion: { id: string; title: string } | null;
    }>;
    currentVersion: {
      id: string;
      number: number;
      title: string;
      summary: string;
      audience: string;
      ceHours: number;
      creditMinutes: number;
      credentialKind: CredentialKind;
      scopeStatement: string;
      releasedOn: string | null;
      creditEndsOn: string | null;
      contentReviewedOn: string | null;
      certificateValidityMonths: number | null;
      learningObjectives: Array<string>;
      handsOnObjectives: Array<string>;
      totalSeatTimeMinutes: number;
      topicTags: Array<string>;
      publishedAt: string | null;
      contactHours: Array<{ label: string; approvalNumber: string | null; text: string }>;
      disclosure: {
        contributors: Array<{
          name: string;
          credentials: string;
          role: string;
          mitigation: string | null;
          relationships: Array<{ company: string; nature: string }>;
        }>;
        commercialSupport: Array<{ company: string; nature: string }>;
      } | null;
      modules: Array<{
        id: string;
        position: number;
        title: string;
        objectives: Array<string>;
        lessons: Array<{ id: string; title: string; seatTimeMinutes: number }>;
        quiz: { id: string; title: string } | null;
      }>;
      finalExam: { id: string; title: string } | null;
    } | null;
  };
};

export type CourseEnrollmentsQueryVariables = Exact<{ [key: string]: never }>;

export type CourseEnrollmentsQuery = {
  myEnrollments: Array<{ id: string; courseId: string; status: EnrollmentStatus }>;
};

export type EnrollMutationVariables = Exact<{
  courseId: string | number;
}>;

export type EnrollMutation = { enroll: { id: string; courseId: string; status: EnrollmentStatus } };

export type ClinicInvitationPreviewQueryVariables = Exact<{
  token: string;
}>;

export type ClinicInvitationPreviewQuery = {
  invitationPreview: {
    organizationName: string;
    email: string;
    role: OrganizationRole;
    state: InvitationState;
    expiresAt: string;
  };
};

export type ClinicAcceptInvitationMutationVariables = Exact<{
  token: string;
}>;

export type ClinicAcceptInvitationMutation = {
  acceptInvitation: {
    id: string;
    name: string;
    viewerRole: OrganizationRole;
    viewerMembershipId: string;
  };
};

export type ClinicAddRequiredCredentialMutationVariables = Exact<{
  input: AddRequiredCredentialInput;
}>;

export type ClinicAddRequiredCredentialMutation = {
  addRequiredCredential: { id: string; label: string };
};

export type ClinicComplianceTotalsQueryVariables = Exact<{
  id: string | number;
}>;

export type ClinicComplianceTotalsQuery = {
  organization: {
    id: string;
    complianceReport: {
      generatedAt: string;
      csvUrl: string;
      requirements: Array<{ id: string; label: string }>;
      totals: Array<{ status: ComplianceStatus; count: number }>;
    };
  };
};

export type ClinicHeaderQueryVariables = Exact<{
  id: string | number;
}>;

export type ClinicHeaderQuery = {
  organization: {
    id: string;
    name: string;
    viewerRole: OrganizationRole;
    viewerMembershipId: string;
  };
};

export type ClinicPractiseStateQueryVariables = Exact<{
  id: string | number;
}>;

export type ClinicPractiseStateQuery = { organization: { id: string; state: string | null } };

export type SetClinicStateMutationVariables = Exact<{
  input: SetOrganizationStateInput;
}>;

export type SetClinicStateMutation = { setOrganizationState: { id: string; state: string | null } };

export type ClinicListQueryVariables = Exact<{ [key: string]: never }>;

export type ClinicListQuery = {
  myOrganizations: Array<{ id: string; name: string; viewerRole: OrganizationRole }>;
};

export type ClinicCreateMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;

export type ClinicCreateMutation = {
  createOrganization: { id: string; name: string; viewerRole: OrganizationRole };
};

export type ClinicInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;

export type ClinicInviteMemberMutation = {
  inviteMember: { id: string; email: string; role: OrganizationRole };
};

export type ClinicLeaveMutationVariables = Exact<{
  membershipId: string | number;
}>;

export type ClinicLeaveMutation = { endMembership: boolean };

export type ClinicChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;

export type ClinicChangeMemberRoleMutation = {
  changeMemberRole: { id: string; role: OrganizationRole };
};

export type ClinicEndMembershipMutationVariables = Exact<{
  membershipId: string | number;
}>;

export type ClinicEndMembershipMutation = { endMembership: boolean };

export type ClinicMembersQueryVariables = Exact<{
  id: string | number;
}>;

export type ClinicMembersQuery = {
  organizationMembers: Array<{
    id: string;
    userId: string;
    displayName: string;
    email: string;
    role: OrganizationRole;
    requiredToHold: boolean;
    joinedAt: string;
  }>;
};

export type ClinicPendingInvitationsQueryVariables = Exact<{
  id: string | number;
}>;

export type ClinicPendingInvitationsQuery = {
  pendingInvitations: Array<{
    id: string;
    email: string;
    role: OrganizationRole;
    invitedAt: string;
    expiresAt: string;
  }>;
};

export type ClinicCancelInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type ClinicCancelInvitationMutation = { cancelInvitation: boolean };

export type ClinicRemoveRequiredCredentialMutationVariables = Exact<{
  requirementId: string | number;
}>;

export type ClinicRemoveRequiredCredentialMutation = { removeRequiredCredential: boolean };

export type ClinicSetMemberRequirementMutationVariables = Exact<{
  input: SetMemberRequirementInput;
}>;

export type ClinicSetMemberRequirementMutation = {
  setMemberRequirement: { id: string; requiredToHold: boolean };
};

export type ClinicRequiredCredentialsQueryVariables = Exact<{
  id: string | number;
}>;

export type ClinicRequiredCredentialsQuery = {
  requiredCredentials: Array<{
    id: string;
    label: string;
    programId: string | null;
    courseId: string | null;
    title: string | null;
    courseSlug: string | null;
  }>;
  credentialPrograms: Array<{ id: string; title: string; courseIds: Array<string> }>;
  courses: {
    edges: Array<{
      node: { id: string; slug: string; currentVersion: { id: string; title: string } | null };
    }>;
  };
};

export type ClinicMyRequiredCredentialsQueryVariables = Exact<{
  id: string | number;
}>;

export type ClinicMyRequiredCredentialsQuery = {
  myRequiredCredentials: Array<{
    requirementId: string;
    label: string;
    status: ComplianceStatus;
    certificateCode: string | null;
    completedOn: string | null;
    expiresOn: string | null;
    revokedOn: string | null;
  }>;
};

export type ClinicRosterQueryVariables = Exact<{
  id: string | number;
  status?: ComplianceStatus | null | undefined;
  sort: ComplianceSort;
  after?: string | null | undefined;
  eligibleHere?: boolean | null | undefined;
}>;

export type ClinicRosterQuery = {
  organization: {
    id: string;
    complianceReport: {
      state: string | null;
      eligibilityReminder: string;
      members: {
        edges: Array<{
          cursor: string;
          node: {
            membershipId: string;
            displayName: string;
            email: string;
            role: OrganizationRole;
            licenseNumber: string | null;
            licenseState: string | null;
            nextExpiry: string | null;
            worstStatus: ComplianceStatus;
            credentials: Array<{
              requirementId: string;
              label: string;
              status: ComplianceStatus;
              certificateCode: string | null;
              completedOn: string | null;
              expiresOn: string | null;
              revokedOn: string | null;
            }>;
            eligibility: {
              state: string;
              verdict: EligibilityVerdict;
              missing: Array<string>;
              checkedOn: string | null;
            } | null;
          };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
};

export type ReportQueryVariables = Exact<{
  id: string | number;
}>;

export type ReportQuery = {
  organization: { id: string; name: string; complianceReport: { generatedAt: string } };
};

export type NFragment = { name: string };

export type TranscriptCorrectionNoticeFieldsFragment = {
  id: string;
  versionNumber: number;
  kinds: Array<CorrectionKind>;
  summary: string;
  createdAt: string;
  readAt: string | null;
};

export type AcknowledgeCorrectionNoticeMutationVariables = Exact<{
  id: string | number;
}>;

export type AcknowledgeCorrectionNoticeMutation = {
  acknowledgeCorrectionNotice: { id: string; readAt: string | null };
};

export type MyCertificatesQueryVariables = Exact<{ [key: string]: never }>;

export type MyCertificatesQuery = {
  myCertificates: Array<{
    id: string;
    code: string;
    kind: CertificateKind;
    title: string;
    courseVersion: number | null;
    ceHours: number;
    creditMinutes: number;
    onlineMinutes: number;
    liveMinutes: number;
    credentialKind: CredentialKind;
    scopeStatement: string;
    completedOn: string;
    expiresOn: string | null;
    revokedOn: string | null;
    status: CertificateStatus;
    holderName: string;
    licenseNumber: string | null;
    licenseState: string | null;
    reissuable: boolean;
    pdfUrl: string;
    verifyUrl: string;
    approvals: Array<{
      body: string;
      approvalNumber: string;
      isSample: boolean;
      hoursText: string;
    }>;
  }>;
};

export type ReissueCertificateMutationVariables = Exact<{
  code: string;
}>;

export type ReissueCertificateMutation = { reissueCertificate: { id: string; code: string } };

export type MyTranscriptQueryVariables = Exact<{ [key: string]: never }>;

export type MyTranscriptQuery = {
  myTranscript: {
    totalHours: number;
    csvUrl: string;
    years: Array<{ year: number; hours: number }>;
    certificates: Array<{
      id: string;
      code: string;
      kind: CertificateKind;
      title: string;
      ceHours: number;
      onlineMinutes: number;
      liveMinutes: number;
      completedOn: string;
      expiresOn: string | null;
      status: CertificateStatus;
      correctionNotices: Array<{
        id: string;
        versionNumber: number;
        kinds: Array<CorrectionKind>;
        summary: string;
        createdAt: string;
        readAt: string | null;
      }>;
    }>;
  };
};

export type EligibilityAnswerFieldsFragment = {
  userId: string;
  state: string;
  stateName: string;
  onDate: string;
  verdict: EligibilityVerdict;
  summary: string;
  steps: Array<string>;
  unconfirmed: Array<string>;
  ruleEffective: string | null;
  rulesCheckedOn: string | null;
  reminder: string;
  requirements: Array<{
    kind: EligibilityRequirementKind;
    required: string;
    met: boolean;
    found: string;
    evidence: Array<{
      kind: EligibilityEvidenceKind;
      id: string;
      label: string;
      date: string | null;
      minutes: number | null;
    }>;
  }>;
  sources: Array<{
    citation: string;
    kind: RuleSourceKind;
    url: string;
    effective: string | null;
    checkedOn: string;
  }>;
};

export type MyDryNeedlingEligibilityQueryVariables = Exact<{ [key: string]: never }>;

export type MyDryNeedlingEligibilityQuery = {
  myDryNeedlingEligibility: Array<{
    userId: string;
    state: string;
    stateName: string;
    onDate: string;
    verdict: EligibilityVerdict;
    summary: string;
    steps: Array<string>;
    unconfirmed: Array<string>;
    ruleEffective: string | null;
    rulesCheckedOn: string | null;
    reminder: string;
    requirements: Array<{
      kind: EligibilityRequirementKind;
      required: string;
      met: boolean;
      found: string;
      evidence: Array<{
        kind: EligibilityEvidenceKind;
        id: string;
        label: string;
        date: string | null;
        minutes: number | null;
      }>;
    }>;
    sources: Array<{
      citation: string;
      kind: RuleSourceKind;
      url: string;
      effective: string | null;
      checkedOn: string;
    }>;
  }>;
};

export type DryNeedlingEligibilityCheckQueryVariables = Exact<{
  state: string;
  onDate?: string | null | undefined;
}>;

export type DryNeedlingEligibilityCheckQuery = {
  dryNeedlingEligibility: {
    userId: string;
    state: string;
    stateName: string;
    onDate: string;
    verdict: EligibilityVerdict;
    summary: string;
    steps: Array<string>;
    unconfirmed: Array<string>;
    ruleEffective: string | null;
    rulesCheckedOn: string | null;
    reminder: string;
    requirements: Array<{
      kind: EligibilityRequirementKind;
      required: string;
      met: boolean;
      found: string;
      evidence: Array<{
        kind: EligibilityEvidenceKind;
        id: string;
        label: string;
        date: string | null;
        minutes: number | null;
      }>;
    }>;
    sources: Array<{
      citation: string;
      kind: RuleSourceKind;
      url: string;
      effective: string | null;
      checkedOn: string;
    }>;
  };
};

export type CorrectLiveAttendanceMutationVariables = Exact<{
  input: CorrectLiveAttendanceInput;
}>;

export type CorrectLiveAttendanceMutation = {
  correctLiveAttendance: {
    userId: string;
    checkedInAt: string | null;
    checkedOutAt: string | null;
    creditedMinutes: number;
    outcome: LiveAttendanceOutcome;
    corrected: boolean;
  };
};

export type LabRosterQueryVariables = Exact<{
  sessionId: string | number;
  after?: string | null | undefined;
}>;

export type LabRosterQuery = {
  liveSessionAttendance: {
    edges: Array<{
      node: {
        userId: string;
        learnerName: string;
        checkedInAt: string | null;
        checkedOutAt: string | null;
        creditedMinutes: number;
        outcome: LiveAttendanceOutcome;
        corrected: boolean;
        correctionReason: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CheckInSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type CheckInSessionQuery = {
  liveSession: {
    id: string;
    title: string;
    venue: string | null;
    startsAt: string;
    endsAt: string;
    cancelledAt: string | null;
    myRegistration: { id: string; status: LiveRegistrationStatus } | null;
    myAttendance: {
      checkedInAt: string | null;
      checkedOutAt: string | null;
      creditedMinutes: number;
      outcome: LiveAttendanceOutcome;
    } | null;
  };
};

export type CheckInMutationVariables = Exact<{
  sessionId: string | number;
  code: string;
}>;

export type CheckInMutation = {
  checkInToLiveSession: {
    checkedInAt: string | null;
    checkedOutAt: string | null;
    creditedMinutes: number;
    outcome: LiveAttendanceOutcome;
  };
};

export type LabCheckInCodeQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type LabCheckInCodeQuery = {
  liveSessionCheckInCode: { code: string; url: string; qrSvg: string; expiresAt: string };
};

export type HybridProgramsQueryVariables = Exact<{ [key: string]: never }>;

export type HybridProgramsQuery = {
  credentialPrograms: Array<{
    id: string;
    title: string;
    handsOnRequirements: { practicalExam: boolean } | null;
  }>;
};

export type LabSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type LabSessionQuery = {
  liveSession: {
    id: string;
    kind: LiveSessionKind;
    title: string;
    venue: string | null;
    startsAt: string;
    endsAt: string;
    cancelledAt: string | null;
    programId: string | null;
  };
};

export type LabChecklistQueryVariables = Exact<{
  programId: string | number;
}>;

export type LabChecklistQuery = {
  practicalChecklists: Array<{ id: string; title: string; version: number }>;
};

export type ProgramProgressPageQueryVariables = Exact<{
  programId: string | number;
}>;

export type ProgramProgressPageQuery = {
  credentialPrograms: Array<{
    id: string;
    title: string;
    description: string;
    courses: Array<{
      id: string;
      slug: string;
      currentVersion: { id: string; title: string } | null;
    }>;
    handsOnRequirements: {
      practicalExam: boolean;
      liveMinutes: Array<{ sessionKind: LiveSessionKind | null; minimumMinutes: number }>;
      supervisedSessions: { minimumCount: number; withinDays: number | null } | null;
    } | null;
  }>;
  myProgramProgress: {
    programId: string;
    met: boolean;
    liveMinutes: number;
    supervisedSessionsCounted: number;
    startedOn: string | null;
    missing: Array<{
      kind: ProgramRequirementKind;
      message: string;
      courseId: string | null;
      neededMinutes: number | null;
      neededCount: number | null;
    }>;
  };
  myPracticalExams: {
    edges: Array<{
      node: {
        id: string;
        programId: string;
        checklistTitle: string;
        examinedOn: string;
        passed: boolean;
        current: boolean;
        examinerName: string;
        criticalFailed: Array<{ key: string; label: string }>;
      };
    }>;
  };
};

export type PracticalExamFieldsFragment = {
  id: string;
  checklistId: string;
  checklistTitle: string;
  checklistVersion: number;
  programId: string;
  candidateId: string;
  candidateName: string;
  examinerName: string;
  examinedOn: string;
  sessionId: string | null;
  passed: boolean;
  reasons: Array<string>;
  summary: string | null;
  replacesId: string | null;
  correctionReason: string | null;
  replacedById: string | null;
  current: boolean;
  signedAt: string;
  signatureValid: boolean;
  results: Array<{
    key: string;
    label: string;
    critical: boolean;
    passed: boolean;
    notes: string | null;
  }>;
  criticalFailed: Array<{ key: string; label: string }>;
};

export type PracticalExamSetupQueryVariables = Exact<{
  programId: string | number;
  candidateId: string | number;
}>;

export type PracticalExamSetupQuery = {
  practicalChecklists: Array<{
    id: string;
    title: string;
    version: number;
    nonCriticalPassPercent: number;
    items: Array<{ key: string; label: string; critical: boolean; description: string }>;
  }>;
  practicalExams: {
    edges: Array<{
      node: {
        id: string;
        checklistId: string;
        checklistTitle: string;
        checklistVersion: number;
        programId: string;
        candidateId: string;
        candidateName: string;
        examinerName: string;
        examinedOn: string;
        sessionId: string | null;
        passed: boolean;
        reasons: Array<string>;
        summary: string | null;
        replacesId: string | null;
        correctionReason: string | null;
        replacedById: string | null;
        current: boolean;
        signedAt: string;
        signatureValid: boolean;
        results: Array<{
          key: string;
          label: string;
          critical: boolean;
          passed: boolean;
          notes: string | null;
        }>;
        criticalFailed: Array<{ key: string; label: string }>;
      };
    }>;
  };
};

export type RecordPracticalExamMutationVariables = Exact<{
  input: RecordPracticalExamInput;
}>;

export type RecordPracticalExamMutation = {
  recordPracticalExam: {
    id: string;
    checklistId: string;
    checklistTitle: string;
    checklistVersion: number;
    programId: string;
    candidateId: string;
    candidateName: string;
    examinerName: string;
    examinedOn: string;
    sessionId: string | null;
    passed: boolean;
    reasons: Array<string>;
    summary: string | null;
    replacesId: string | null;
    correctionReason: string | null;
    replacedById: string | null;
    current: boolean;
    signedAt: string;
    signatureValid: boolean;
    results: Array<{
      key: string;
      label: string;
      critical: boolean;
      passed: boolean;
      notes: string | null;
    }>;
    criticalFailed: Array<{ key: string; label: string }>;
  };
};

export type CorrectPracticalExamMutationVariables = Exact<{
  recordId: string | number;
  input: PracticalExamSittingInput;
  reason: string;
}>;

export type CorrectPracticalExamMutation = {
  correctPracticalExam: {
    id: string;
    checklistId: string;
    checklistTitle: string;
    checklistVersion: number;
    programId: string;
    candidateId: string;
    candidateName: string;
    examinerName: string;
    examinedOn: string;
    sessionId: string | null;
    passed: boolean;
    reasons: Array<string>;
    summary: string | null;
    replacesId: string | null;
    correctionReason: string | null;
    replacedById: string | null;
    current: boolean;
    signedAt: string;
    signatureValid: boolean;
    results: Array<{
      key: string;
      label: string;
      critical: boolean;
      passed: boolean;
      notes: string | null;
    }>;
    criticalFailed: Array<{ key: string; label: string }>;
  };
};

export type EnrollmentOverviewQueryVariables = Exact<{
  id: string | number;
}>;

export type EnrollmentOverviewQuery = {
  enrollment: {
    id: string;
    status: EnrollmentStatus;
    certificate: { id: string; code: string } | null;
    courseVersion: {
      id: string;
      title: string;
      ceHours: number;
      course: { id: string; slug: string };
      modules: Array<{
        id: string;
        title: string;
        lessons: Array<{ id: string; title: string; seatTimeMinutes: number }>;
        quiz: { id: string; title: string } | null;
      }>;
      finalExam: { id: string; title: string } | null;
    };
    progressReport: {
      evaluationSubmitted: boolean;
      steps: Array<{
        kind: string;
        message: string;
        lessonId: string | null;
        quizId: string | null;
      }>;
      lessons: Array<{
        lessonId: string;
        completed: boolean;
        creditedSeconds: number;
        requiredSeconds: number;
      }>;
      quizzes: Array<{ quizId: string; passed: boolean }>;
    };
  };
};

export type EvaluationContextQueryVariables = Exact<{
  id: string | number;
}>;

export type EvaluationContextQuery = {
  enrollment: {
    id: string;
    courseVersion: { id: string; title: string };
    progressReport: { evaluationSubmitted: boolean };
    certificate: { id: string; code: string } | null;
  };
};

export type SubmitCourseEvaluationMutationVariables = Exact<{
  input: CourseEvaluationInput;
}>;

export type SubmitCourseEvaluationMutation = {
  submitCourseEvaluation: { id: string; code: string } | null;
};

export type MyLearningQueryVariables = Exact<{ [key: string]: never }>;

export type MyLearningQuery = {
  myEnrollments: Array<{
    id: string;
    status: EnrollmentStatus;
    enrolledAt: string;
    completedAt: string | null;
    courseVersion: { id: string; title: string; ceHours: number };
    certificate: { id: string; code: string } | null;
    progressReport: {
      evaluationSubmitted: boolean;
      lessons: Array<{ lessonId: string; completed: boolean }>;
      quizzes: Array<{ quizId: string; passed: boolean }>;
    };
  }>;
};

export type LessonMediaFieldsFragment = {
  id: string;
  kind: MediaKind;
  position: number;
  url: string;
  width: number | null;
  height: number | null;
  altText: string | null;
  captionsUrl: string | null;
  transcript: string | null;
};

export type LessonReaderQueryVariables = Exact<{
  enrollmentId: string | number;
}>;

export type LessonReaderQuery = {
  enrollment: {
    id: string;
    courseVersion: {
      id: string;
      title: string;
      modules: Array<{
        id: string;
        title: string;
        lessons: Array<{
          id: string;
          title: string;
          bodyHtml: string;
          seatTimeMinutes: number;
          media: Array<{
            id: string;
            kind: MediaKind;
            position: number;
            url: string;
            width: number | null;
            height: number | null;
            altText: string | null;
            captionsUrl: string | null;
            transcript: string | null;
          }>;
          references: Array<{ citation: string; url: string | null }>;
        }>;
      }>;
    };
    progressReport: {
      lessons: Array<{
        lessonId: string;
        creditedSeconds: number;
        requiredSeconds: number;
        watchedSeconds: number;
        videoSeconds: number;
        completed: boolean;
      }>;
    };
  };
};

export type RecordLessonActivityMutationVariables = Exact<{
  lessonId: string | number;
  resumed: boolean;
  reachedEnd: boolean;
  playing: boolean;
}>;

export type RecordLessonActivityMutation = {
  recordLessonActivity: {
    lessonId: string;
    enrollmentId: string;
    creditedSeconds: number;
    requiredSeconds: number;
    watchedSeconds: number;
    videoSeconds: number;
    completed: boolean;
  };
};

export type CompleteLessonMutationVariables = Exact<{
  lessonId: string | number;
}>;

export type CompleteLessonMutation = {
  completeLesson: {
    lessonId: string;
    enrollmentId: string;
    creditedSeconds: number;
    requiredSeconds: number;
    watchedSeconds: number;
    videoSeconds: number;
    completed: boolean;
  };
};

export type AttemptFieldsFragment = {
  id: string;
  quizId: string;
  attemptNumber: number;
  status: AttemptStatus;
  startedAt: string;
  secondsRemaining: number | null;
  submittedAt: string | null;
  submittedLate: boolean;
  result: {
    scorePercent: number;
    scorePoints: number;
    maxPoints: number;
    passed: boolean;
    showsCorrectness: boolean;
    showsKey: boolean;
  } | null;
  questions: Array<{
    questionId: string;
    position: number;
    type: QuestionType;
    stemHtml: string;
    selectedOptionIds: Array<string>;
    options: Array<{ id: string; text: string }>;
    review: {
      correct: boolean | null;
      points: number | null;
      correctOptionIds: Array<string> | null;
      explanationHtml: string | null;
      reference: string | null;
    } | null;
  }>;
};

export type QuizPageQueryVariables = Exact<{
  quizId: string | number;
}>;

export type QuizPageQuery = {
  quiz: {
    id: string;
    title: string;
    isFinalExam: boolean;
    passingScorePercent: number;
    questionsPerAttempt: number;
    timeLimitSeconds: number | null;
    maxAttempts: number | null;
    retakeWaitMinutes: number;
    reviewContent: ReviewContent;
    reviewTiming: ReviewTiming;
    viewerPolicy: {
      maxAttempts: number | null;
      timeLimitSeconds: number | null;
      attemptsUsed: number;
      nextAttemptAt: string | null;
      retakeWaitMinutes: number;
    } | null;
  };
  myQuizAttempts: Array<{
    id: string;
    quizId: string;
    attemptNumber: number;
    status: AttemptStatus;
    startedAt: string;
    secondsRemaining: number | null;
    submittedAt: string | null;
    submittedLate: boolean;
    result: {
      scorePercent: number;
      scorePoints: number;
      maxPoints: number;
      passed: boolean;
      showsCorrectness: boolean;
      showsKey: boolean;
    } | null;
    questions: Array<{
      questionId: string;
      position: number;
      type: QuestionType;
      stemHtml: string;
      selectedOptionIds: Array<string>;
      options: Array<{ id: string; text: string }>;
      review: {
        correct: boolean | null;
        points: number | null;
        correctOptionIds: Array<string> | null;
        explanationHtml: string | null;
        reference: string | null;
      } | null;
    }>;
  }>;
};

export type StartQuizAttemptMutationVariables = Exact<{
  quizId: string | number;
}>;

export type StartQuizAttemptMutation = {
  startQuizAttempt: {
    id: string;
    quizId: string;
    attemptNumber: number;
    status: AttemptStatus;
    startedAt: string;
    secondsRemaining: number | null;
    submittedAt: string | null;
    submittedLate: boolean;
    result: {
      scorePercent: number;
      scorePoints: number;
      maxPoints: number;
      passed: boolean;
      showsCorrectness: boolean;
      showsKey: boolean;
    } | null;
    questions: Array<{
      questionId: string;
      position: number;
      type: QuestionType;
      stemHtml: string;
      selectedOptionIds: Array<string>;
      options: Array<{ id: string; text: string }>;
      review: {
        correct: boolean | null;
        points: number | null;
        correctOptionIds: Array<string> | null;
        explanationHtml: string | null;
        reference: string | null;
      } | null;
    }>;
  };
};

export type SaveAnswerMutationVariables = Exact<{
  input: SaveAnswerInput;
}>;

export type SaveAnswerMutation = {
  saveAnswer: {
    attemptId: string;
    questionId: string;
    selectedOptionIds: Array<string>;
    answeredAt: string;
  };
};

export type SubmitQuizAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;

export type SubmitQuizAttemptMutation = {
  submitQuizAttempt: {
    id: string;
    quizId: string;
    attemptNumber: number;
    status: AttemptStatus;
    startedAt: string;
    secondsRemaining: number | null;
    submittedAt: string | null;
    submittedLate: boolean;
    result: {
      scorePercent: number;
      scorePoints: number;
      maxPoints: number;
      passed: boolean;
      showsCorrectness: boolean;
      showsKey: boolean;
    } | null;
    questions: Array<{
      questionId: string;
      position: number;
      type: QuestionType;
      stemHtml: string;
      selectedOptionIds: Array<string>;
      options: Array<{ id: string; text: string }>;
      review: {
        correct: boolean | null;
        points: number | null;
        correctOptionIds: Array<string> | null;
        explanationHtml: string | null;
        reference: string | null;
      } | null;
    }>;
  };
};

export type CourseLiveSessionsQueryVariables = Exact<{
  courseId: string | number;
}>;

export type CourseLiveSessionsQuery = {
  liveSessions: {
    edges: Array<{
      node: {
        id: string;
        courseId: string | null;
        kind: LiveSessionKind;
        title: string;
        venue: string | null;
        joinUrl: string | null;
        startsAt: string;
        endsAt: string;
        capacity: number;
        seatsLeft: number;
        waitlistLength: number;
        registrationClosesAt: string;
        cancelledAt: string | null;
        myRegistration: {
          id: string;
          status: LiveRegistrationStatus;
          waitlistPosition: number | null;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean };
  };
};

export type LiveSessionCardFieldsFragment = {
  id: string;
  courseId: string | null;
  kind: LiveSessionKind;
  title: string;
  venue: string | null;
  joinUrl: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  seatsLeft: number;
  waitlistLength: number;
  registrationClosesAt: string;
  cancelledAt: string | null;
  myRegistration: {
    id: string;
    status: LiveRegistrationStatus;
    waitlistPosition: number | null;
  } | null;
};

export type LiveSessionsQueryVariables = Exact<{
  courseId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;

export type LiveSessionsQuery = {
  liveSessions: {
    edges: Array<{
      node: {
        id: string;
        courseId: string | null;
        kind: LiveSessionKind;
        title: string;
        venue: string | null;
        joinUrl: string | null;
        startsAt: string;
        endsAt: string;
        capacity: number;
        seatsLeft: number;
        waitlistLength: number;
        registrationClosesAt: string;
        cancelledAt: string | null;
        myRegistration: {
          id: string;
          status: LiveRegistrationStatus;
          waitlistPosition: number | null;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type LiveCourseNamesQueryVariables = Exact<{ [key: string]: never }>;

export type LiveCourseNamesQuery = {
  courses: {
    edges: Array<{ node: { id: string; currentVersion: { id: string; title: string } | null } }>;
  };
};

export type TeachLiveSessionsQueryVariables = Exact<{
  courseId?: string | number | null | undefined;
  programId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;

export type TeachLiveSessionsQuery = {
  liveSessions: {
    edges: Array<{
      node: {
        id: string;
        kind: LiveSessionKind;
        title: string;
        venue: string | null;
        joinUrl: string | null;
        startsAt: string;
        endsAt: string;
        capacity: number;
        instructors: number;
        learnersPerInstructor: number;
        seatsLeft: number;
        waitlistLength: number;
        cancelledAt: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CancelLiveSessionMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelLiveSessionMutation = {
  cancelLiveSession: { id: string; cancelledAt: string | null };
};

export type RegisterForLiveSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;

export type RegisterForLiveSessionMutation = {
  registerForLiveSession: {
    id: string;
    status: LiveRegistrationStatus;
    waitlistPosition: number | null;
  };
};

export type CancelLiveSessionRegistrationMutationVariables = Exact<{
  sessionId: string | number;
}>;

export type CancelLiveSessionRegistrationMutation = {
  cancelLiveSessionRegistration: {
    id: string;
    status: LiveRegistrationStatus;
    waitlistPosition: number | null;
  };
};

export type LiveSessionStatusQueryVariables = Exact<{
  id: string | number;
}>;

export type LiveSessionStatusQuery = {
  liveSession: {
    id: string;
    courseId: string | null;
    kind: LiveSessionKind;
    title: string;
    venue: string | null;
    joinUrl: string | null;
    startsAt: string;
    endsAt: string;
    capacity: number;
    seatsLeft: number;
    waitlistLength: number;
    registrationClosesAt: string;
    cancelledAt: string | null;
    myRegistration: {
      id: string;
      status: LiveRegistrationStatus;
      waitlistPosition: number | null;
    } | null;
  };
};

export type ScheduleLiveSessionMutationVariables = Exact<{
  input: ScheduleLiveSessionInput;
}>;

export type ScheduleLiveSessionMutation = {
  scheduleLiveSession: {
    id: string;
    courseId: string | null;
    title: string;
    startsAt: string;
    endsAt: string;
  };
};

export type TeachLiveCoursesQueryVariables = Exact<{ [key: string]: never }>;

export type TeachLiveCoursesQuery = {
  credentialPrograms: Array<{ id: string; title: string; courses: Array<{ id: string }> }>;
  myAuthoredCourses: Array<{
    id: string;
    slug: string;
    currentVersion: { id: string; title: string } | null;
    openVersion: { id: string; title: string } | null;
  }>;
};

export type RecordAdverseEventMutationVariables = Exact<{
  input: RecordAdverseEventInput;
}>;

export type RecordAdverseEventMutation = { recordAdverseEvent: { id: string } };

export type AdverseEventFieldsFragment = {
  id: string;
  eventDate: string;
  severity: AdverseEventSeverity;
  type: AdverseEventType;
  actionTaken: string;
  outcome: string;
  clinicianName: string;
};

export type AdverseEventSummaryQueryVariables = Exact<{ [key: string]: never }>;

export type AdverseEventSummaryQuery = {
  adverseEventSummary: {
    total: number | null;
    groups: Array<{
      type: AdverseEventType | null;
      types: Array<AdverseEventType>;
      count: number | null;
    }>;
  };
};

export type ClinicAdverseEventsQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
}>;

export type ClinicAdverseEventsQuery = {
  clinicAdverseEventRate: {
    organizationId: string;
    eventCount: number;
    treatmentCount: number;
    eventsWithTreatmentsLogged: number;
    ratePerThousandTreatments: number | null;
  };
  clinicAdverseEvents: {
    edges: Array<{
      node: {
        id: string;
        eventDate: string;
        severity: AdverseEventSeverity;
        type: AdverseEventType;
        actionTaken: string;
        outcome: string;
        clinicianName: string;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type SessionsToConfirmQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type SessionsToConfirmQuery = {
  sessionsToConfirm: {
    edges: Array<{
      node: {
        id: string;
        programId: string;
        sessionDate: string;
        bodyRegions: Array<BodyRegion>;
        muscles: Array<string>;
        needleCount: number;
        notes: string | null;
        status: SupervisedSessionStatus;
        decidedAt: string | null;
        rejectionReason: string | null;
        learnerName: string;
        supervisorName: string;
        supervisorCheck: { qualified: boolean; reasons: Array<string> } | null;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type MyAdverseEventsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MyAdverseEventsQuery = {
  myAdverseEvents: {
    edges: Array<{
      node: {
        id: string;
        eventDate: string;
        severity: AdverseEventSeverity;
        type: AdverseEventType;
        actionTaken: string;
        outcome: string;
        clinicianName: string;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type MySupervisedSessionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MySupervisedSessionsQuery = {
  mySupervisedSessions: {
    edges: Array<{
      node: {
        id: string;
        programId: string;
        sessionDate: string;
        bodyRegions: Array<BodyRegion>;
        muscles: Array<string>;
        needleCount: number;
        notes: string | null;
        status: SupervisedSessionStatus;
        decidedAt: string | null;
        rejectionReason: string | null;
        learnerName: string;
        supervisorName: string;
        supervisorCheck: { qualified: boolean; reasons: Array<string> } | null;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type MySupervisorQualificationQueryVariables = Exact<{ [key: string]: never }>;

export type MySupervisorQualificationQuery = {
  mySupervisorQualification: {
    licenseState: string;
    licenseNumber: string;
    dryNeedlingYears: number;
    ownSessions: number;
    meetsStateQualification: boolean | null;
    updatedAt: string | null;
  } | null;
};

export type SetSupervisorQualificationMutationVariables = Exact<{
  input: SupervisorQualificationInput;
}>;

export type SetSupervisorQualificationMutation = {
  setSupervisorQualification: {
    licenseState: string;
    licenseNumber: string;
    dryNeedlingYears: number;
    ownSessions: number;
    meetsStateQualification: boolean | null;
    updatedAt: string | null;
  };
};

export type ConfirmSupervisedSessionMutationVariables = Exact<{
  id: string | number;
}>;

export type ConfirmSupervisedSessionMutation = {
  confirmSupervisedSession: {
    id: string;
    programId: string;
    sessionDate: string;
    bodyRegions: Array<BodyRegion>;
    muscles: Array<string>;
    needleCount: number;
    notes: string | null;
    status: SupervisedSessionStatus;
    decidedAt: string | null;
    rejectionReason: string | null;
    learnerName: string;
    supervisorName: string;
    supervisorCheck: { qualified: boolean; reasons: Array<string> } | null;
  };
};

export type RejectSupervisedSessionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectSupervisedSessionMutation = {
  rejectSupervisedSession: {
    id: string;
    programId: string;
    sessionDate: string;
    bodyRegions: Array<BodyRegion>;
    muscles: Array<string>;
    needleCount: number;
    notes: string | null;
    status: SupervisedSessionStatus;
    decidedAt: string | null;
    rejectionReason: string | null;
    learnerName: string;
    supervisorName: string;
    supervisorCheck: { qualified: boolean; reasons: Array<string> } | null;
  };
};

export type SupervisedSessionFieldsFragment = {
  id: string;
  programId: string;
  sessionDate: string;
  bodyRegions: Array<BodyRegion>;
  muscles: Array<string>;
  needleCount: number;
  notes: string | null;
  status: SupervisedSessionStatus;
  decidedAt: string | null;
  rejectionReason: string | null;
  learnerName: string;
  supervisorName: string;
  supervisorCheck: { qualified: boolean; reasons: Array<string> } | null;
};

export type RecordSupervisedSessionMutationVariables = Exact<{
  input: RecordSupervisedSessionInput;
}>;

export type RecordSupervisedSessionMutation = {
  recordSupervisedSession: { id: string; status: SupervisedSessionStatus; supervisorName: string };
};

export type RecordTreatmentCountMutationVariables = Exact<{
  input: RecordTreatmentCountInput;
}>;

export type RecordTreatmentCountMutation = {
  recordTreatmentCount: { date: string; count: number };
};

export type PracticeProgramsQueryVariables = Exact<{ [key: string]: never }>;

export type PracticeProgramsQuery = {
  credentialPrograms: Array<{
    id: string;
    title: string;
    handsOnRequirements: {
      supervisedSessions: { minimumCount: number; withinDays: number | null } | null;
    } | null;
    courses: Array<{ id: string; authors: Array<{ userId: string; displayName: string }> }>;
  }>;
};

export type RenewalPlansQueryVariables = Exact<{ [key: string]: never }>;

export type RenewalPlansQuery = {
  me: {
    id: string;
    licenses: Array<{
      id: string;
      state: string;
      number: string;
      expiresOn: string | null;
      renewalPlan: {
        licenseId: string;
        state: string;
        stateName: string | null;
        requiredHours: number | null;
        cycleMonths: number | null;
        windowStart: string | null;
        dueOn: string | null;
        daysLeft: number | null;
        earnedHours: number;
        countedHours: number;
        liveHours: number;
        selfPacedHours: number;
        stillNeededHours: number | null;
        complete: boolean | null;
        limits: Array<string>;
        checkWithBoard: Array<string>;
        firstRenewal: string | null;
        recordKeeping: string | null;
        notes: Array<string>;
        minutesPerHour: number | null;
        credits: Array<{
          id: string;
          source: CreditSource;
          provider: string;
          title: string;
          completedOn: string;
          hours: number;
          countedHours: number;
        }>;
        topics: Array<{
          label: string;
          requiredHours: number | null;
          earnedHours: number;
          met: boolean;
          when: string | null;
        }>;
        sources: Array<{ citation: string; url: string; checkedOn: string }>;
      } | null;
    }>;
  };
};

export type MyOutsideCeQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MyOutsideCeQuery = {
  myOutsideCe: {
    edges: Array<{
      node: {
        id: string;
        provider: string;
        title: string;
        completedOn: string;
        hours: number;
        selfPaced: boolean;
        topics: Array<CeTopic>;
        fileName: string;
        fileUrl: string;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type RemoveOutsideCeMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveOutsideCeMutation = { removeOutsideCe: boolean };

export type TeachAddLessonMutationVariables = Exact<{
  input: AddLessonInput;
}>;

export type TeachAddLessonMutation = { addLesson: { id: string; title: string } };

export type TeachAssessmentQueryVariables = Exact<{
  versionId: string | number;
}>;

export type TeachAssessmentQuery = {
  courseVersion: {
    id: string;
    number: number;
    status: CourseVersionStatus;
    title: string;
    reviewComment: string | null;
    course: { id: string; viewerIsAuthor: boolean };
    modules: Array<{ id: string; title: string }>;
    objectives: Array<{ key: string; text: string }>;
    questionBanks: Array<{ id: string; title: string; questions: Array<{ id: string }> }>;
    quizzes: Array<{
      id: string;
      title: string;
      moduleId: string | null;
      isFinalExam: boolean;
      passingScorePercent: number;
      questionCount: number | null;
      questionsPerAttempt: number;
      timeLimitSeconds: number | null;
      maxAttempts: number | null;
      scoring: MultipleChoiceScoring;
      reviewContent: ReviewContent;
      reviewTiming: ReviewTiming;
      shuffleQuestions: boolean;
      shuffleOptions: boolean;
      retakeWaitMinutes: number;
      bank: { id: string; title: string } | null;
      blueprint: Array<{ objective: string; count: number }> | null;
      blueprintPlan: {
        freshAttempts: number;
        retakesMayRepeat: boolean;
        problems: Array<string>;
        rows: Array<{ objective: string; count: number; poolSize: number }>;
      } | null;
    }>;
  };
};

export type TeachQuizFieldsFragment = {
  id: string;
  title: string;
  moduleId: string | null;
  isFinalExam: boolean;
  passingScorePercent: number;
  questionCount: number | null;
  questionsPerAttempt: number;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  scoring: MultipleChoiceScoring;
  reviewContent: ReviewContent;
  reviewTiming: ReviewTiming;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  retakeWaitMinutes: number;
  bank: { id: string; title: string } | null;
  blueprint: Array<{ objective: string; count: number }> | null;
  blueprintPlan: {
    freshAttempts: number;
    retakesMayRepeat: boolean;
    problems: Array<string>;
    rows: Array<{ objective: string; count: number; poolSize: number }>;
  } | null;
};

export type TeachRemoveAuthorMutationVariables = Exact<{
  input: RemoveCourseAuthorInput;
}>;

export type TeachRemoveAuthorMutation = { removeCourseAuthor: boolean };

export type TeachCreateBankMutationVariables = Exact<{
  input: CreateQuestionBankInput;
}>;

export type TeachCreateBankMutation = { createQuestionBank: { id: string; title: string } };

export type TeachRemoveBankMutationVariables = Exact<{
  bankId: string | number;
}>;

export type TeachRemoveBankMutation = { removeQuestionBank: boolean };

export type TeachAddAuthorMutationVariables = Exact<{
  input: AddCourseAuthorInput;
}>;

export type TeachAddAuthorMutation = { addCourseAuthor: boolean };

export type TeachMarkVersionCorrectionMutationVariables = Exact<{
  versionId: string | number;
  input: VersionCorrectionInput;
}>;

export type TeachMarkVersionCorrectionMutation = {
  markVersionCorrection: {
    id: string;
    correction: { kinds: Array<CorrectionKind>; summary: string } | null;
  };
};

export type TeachClearVersionCorrectionMutationVariables = Exact<{
  versionId: string | number;
}>;

export type TeachClearVersionCorrectionMutation = {
  clearVersionCorrection: {
    id: string;
    correction: { kinds: Array<CorrectionKind>; summary: string } | null;
  };
};

export type TeachCourseQueryVariables = Exact<{
  slug: string;
}>;

export type TeachCourseQuery = {
  course: {
    id: string;
    slug: string;
    viewerIsAuthor: boolean;
    viewerCanRemoveAuthors: boolean;
    authors: Array<{ userId: string; displayName: string; isOwner: boolean }>;
    currentVersion: { id: string; number: number; title: string } | null;
    openVersion: { id: string; number: number; status: CourseVersionStatus } | null;
    versions: Array<{
      id: string;
      number: number;
      title: string;
      status: CourseVersionStatus;
      changelog: string;
      reviewComment: string | null;
      submittedAt: string | null;
      publishedAt: string | null;
      retiredAt: string | null;
    }>;
  };
};

export type TeachDiscardDraftMutationVariables = Exact<{
  versionId: string | number;
}>;

export type TeachDiscardDraftMutation = {
  discardDraftVersion: {
    versionId: string;
    courseId: string;
    number: number;
    courseRemoved: boolean;
  };
};

export type GiftPreviewFieldsFragment = {
  dryRun: boolean;
  imported: number;
  problems: Array<{ line: number; message: string }>;
  warnings: Array<{ line: number; message: string }>;
  questions: Array<{
    line: number;
    type: QuestionType;
    stemMarkdown: string;
    objectiveTag: string;
    options: Array<{ text: string; isCorrect: boolean }>;
  }>;
};

export type TeachImportGiftMutationVariables = Exact<{
  bankId: string | number;
  gift: string;
  dryRun: boolean;
}>;

export type TeachImportGiftMutation = {
  importGiftQuestions: {
    dryRun: boolean;
    imported: number;
    problems: Array<{ line: number; message: string }>;
    warnings: Array<{ line: number; message: string }>;
    questions: Array<{
      line: number;
      type: QuestionType;
      stemMarkdown: string;
      objectiveTag: string;
      options: Array<{ text: string; isCorrect: boolean }>;
    }>;
  };
};

export type TeachItemAnalysisQueryVariables = Exact<{
  quizId: string | number;
}>;

export type TeachItemAnalysisQuery = {
  quiz: {
    id: string;
    title: string;
    isFinalExam: boolean;
    passingScorePercent: number;
    questionsPerAttempt: number;
    bank: { id: string; title: string } | null;
    courseVersion: { id: string; number: number; title: string };
  };
  quizItemAnalysis: {
    quizId: string;
    attempts: number;
    meanScorePercent: number | null;
    passRate: number | null;
    scoreDistribution: Array<{ fromPercent: number; toPercent: number; attempts: number }>;
    questions: Array<{
      questionId: string;
      position: number;
      stemMarkdown: string;
      objectiveTag: string;
      responses: number;
      facility: number | null;
      discrimination: number | null;
      mostChosenWrongOption: { optionId: string; text: string; picks: number } | null;
      options: Array<{
        optionId: string;
        position: number;
        text: string;
        isKey: boolean;
        picks: number;
        share: number | null;
      }>;
    }>;
  };
};

export type TeachLessonEditorQueryVariables = Exact<{
  lessonId: string | number;
}>;

export type TeachLessonEditorQuery = {
  lesson: {
    id: string;
    position: number;
    title: string;
    seatTimeMinutes: number;
    bodyMarkdown: string;
    bodyHtml: string;
    media: Array<{
      id: string;
      kind: MediaKind;
      position: number;
      url: string;
      contentType: string;
      bytes: number;
      width: number | null;
      height: number | null;
      altText: string | null;
      durationSeconds: number | null;
      captionsUrl: string | null;
      transcript: string | null;
    }>;
    module: { id: string; title: string };
    courseVersion: {
      id: string;
      number: number;
      status: CourseVersionStatus;
      title: string;
      reviewComment: string | null;
      course: { id: string; viewerIsAuthor: boolean };
      modules: Array<{ id: string; lessons: Array<{ id: string; title: string }> }>;
      creditReport: {
        claimedMinutes: number;
        supportedMinutes: number;
        lessonMinutes: number;
        quizMinutes: number;
        readingWordsPerMinute: number;
        minutesPerQuestion: number;
        seatTimeTolerancePercent: number;
        claimedHours: Array<{
          label: string;
          approvalNumber: string | null;
          minutesPerHour: number;
          increment: number;
          hours: number;
          text: string;
        }>;
        supportedHours: Array<{
          label: string;
          approvalNumber: string | null;
          minutesPerHour: number;
          increment: number;
          hours: number;
          text: string;
        }>;
        lessons: Array<{
          lessonId: string;
          title: string;
          words: number;
          readingMinutes: number;
          mediaMinutes: number;
          estimateMinutes: number;
          source: string;
          seatTimeMinutes: number;
          maxSeatTimeMinutes: number;
          pilot: {
            testers: number;
            medianMinutes: number;
            note: string;
            stale: boolean;
            recordedAt: string;
          } | null;
        }>;
        quizzes: Array<{ quizId: string; title: string; questionsDrawn: number; minutes: number }>;
        problems: Array<{ code: string; field: string; message: string; overridden: boolean }>;
        overrides: Array<{
          stage: string;
          codes: Array<string>;
          reason: string;
          adminName: string;
          createdAt: string;
        }>;
      } | null;
    };
    references: Array<{ citation: string; url: string | null }>;
  };
};

export type TeachLessonFieldsFragment = {
  id: string;
  position: number;
  title: string;
  seatTimeMinutes: number;
  bodyMarkdown: string;
  bodyHtml: string;
  references: Array<{ citation: string; url: string | null }>;
};

export type TeachUpdateLessonMutationVariables = Exact<{
  input: UpdateLessonInput;
}>;

export type TeachUpdateLessonMutation = {
  updateLesson: {
    id: string;
    position: number;
    title: string;
    seatTimeMinutes: number;
    bodyMarkdown: string;
    bodyHtml: string;
    references: Array<{ citation: string; url: string | null }>;
  };
};

export type TeachReorderLessonsMutationVariables = Exact<{
  input: ReorderLessonsInput;
}>;

export type TeachReorderLessonsMutation = {
  reorderLessons: {
    id: string;
    position: number;
    title: string;
    objectives: Array<string>;
    lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
    quiz: { id: string; title: string } | null;
  };
};

export type TeachRemoveLessonMutationVariables = Exact<{
  lessonId: string | number;
}>;

export type TeachRemoveLessonMutation = {
  removeLesson: {
    id: string;
    position: number;
    title: string;
    objectives: Array<string>;
    lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
    quiz: { id: string; title: string } | null;
  };
};

export type TeachLessonMediaFieldsFragment = {
  id: string;
  kind: MediaKind;
  position: number;
  url: string;
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  altText: string | null;
  durationSeconds: number | null;
  captionsUrl: string | null;
  transcript: string | null;
};

export type TeachRemoveLessonMediaMutationVariables = Exact<{
  mediaId: string | number;
}>;

export type TeachRemoveLessonMediaMutation = { removeLessonMedia: boolean };

export type TeachUpdateModuleMutationVariables = Exact<{
  input: UpdateModuleInput;
}>;

export type TeachUpdateModuleMutation = {
  updateModule: {
    id: string;
    position: number;
    title: string;
    objectives: Array<string>;
    lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
    quiz: { id: string; title: string } | null;
  };
};

export type TeachRemoveModuleMutationVariables = Exact<{
  moduleId: string | number;
}>;

export type TeachRemoveModuleMutation = {
  removeModule: {
    id: string;
    totalSeatTimeMinutes: number;
    modules: Array<{
      id: string;
      position: number;
      title: string;
      objectives: Array<string>;
      lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
      quiz: { id: string; title: string } | null;
    }>;
  };
};

export type TeachModuleFieldsFragment = {
  id: string;
  position: number;
  title: string;
  objectives: Array<string>;
  lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
  quiz: { id: string; title: string } | null;
};

export type TeachAddModuleMutationVariables = Exact<{
  input: AddModuleInput;
}>;

export type TeachAddModuleMutation = {
  addModule: {
    id: string;
    position: number;
    title: string;
    objectives: Array<string>;
    lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
    quiz: { id: string; title: string } | null;
  };
};

export type TeachReorderModulesMutationVariables = Exact<{
  input: ReorderModulesInput;
}>;

export type TeachReorderModulesMutation = {
  reorderModules: {
    id: string;
    modules: Array<{
      id: string;
      position: number;
      title: string;
      objectives: Array<string>;
      lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
      quiz: { id: string; title: string } | null;
    }>;
  };
};

export type TeachMyCoursesQueryVariables = Exact<{ [key: string]: never }>;

export type TeachMyCoursesQuery = {
  myAuthoredCourses: Array<{
    id: string;
    slug: string;
    currentVersion: {
      id: string;
      number: number;
      title: string;
      status: CourseVersionStatus;
    } | null;
    openVersion: {
      id: string;
      number: number;
      title: string;
      status: CourseVersionStatus;
      reviewComment: string | null;
    } | null;
  }>;
};

export type TeachCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;

export type TeachCreateCourseMutation = { createCourse: { id: string } };

export type TeachCreateDraftMutationVariables = Exact<{
  input: CreateDraftVersionInput;
}>;

export type TeachCreateDraftMutation = { createDraftVersion: { id: string } };

export type TeachClearPilotMutationVariables = Exact<{
  lessonId: string | number;
}>;

export type TeachClearPilotMutation = { clearLessonPilot: { id: string } };

export type TeachQuestionBankQueryVariables = Exact<{
  bankId: string | number;
}>;

export type TeachQuestionBankQuery = {
  questionBank: {
    id: string;
    title: string;
    courseVersion: {
      id: string;
      number: number;
      status: CourseVersionStatus;
      title: string;
      reviewComment: string | null;
      course: { id: string; viewerIsAuthor: boolean };
    };
    questions: Array<{
      id: string;
      position: number;
      type: QuestionType;
      stemMarkdown: string;
      explanationMarkdown: string;
      reference: string;
      objectiveTag: string;
      options: Array<{ id: string; position: number; text: string; isCorrect: boolean }>;
    }>;
    checks: {
      singleChoice: number;
      longestKeys: number;
      longestKeyLimit: number;
      chanceShare: number;
      trueFalse: number;
      falseKeys: number;
      keyPositions: Array<number>;
      findings: Array<{ code: BankFindingCode; limit: boolean; message: string }>;
      items: Array<{
        questionId: string;
        warnings: Array<{ code: ItemWarningCode; message: string }>;
      }>;
    };
  };
};

export type TeachQuestionFieldsFragment = {
  id: string;
  position: number;
  type: QuestionType;
  stemMarkdown: string;
  explanationMarkdown: string;
  reference: string;
  objectiveTag: string;
  options: Array<{ id: string; position: number; text: string; isCorrect: boolean }>;
};

export type TeachAddQuestionMutationVariables = Exact<{
  input: AddQuestionInput;
}>;

export type TeachAddQuestionMutation = {
  addQuestion: {
    id: string;
    position: number;
    type: QuestionType;
    stemMarkdown: string;
    explanationMarkdown: string;
    reference: string;
    objectiveTag: string;
    options: Array<{ id: string; position: number; text: string; isCorrect: boolean }>;
  };
};

export type TeachUpdateQuestionMutationVariables = Exact<{
  input: UpdateQuestionInput;
}>;

export type TeachUpdateQuestionMutation = {
  updateQuestion: {
    id: string;
    position: number;
    type: QuestionType;
    stemMarkdown: string;
    explanationMarkdown: string;
    reference: string;
    objectiveTag: string;
    options: Array<{ id: string; position: number; text: string; isCorrect: boolean }>;
  };
};

export type TeachRemoveQuestionMutationVariables = Exact<{
  questionId: string | number;
}>;

export type TeachRemoveQuestionMutation = {
  removeQuestion: {
    id: string;
    questions: Array<{
      id: string;
      position: number;
      type: QuestionType;
      stemMarkdown: string;
      explanationMarkdown: string;
      reference: string;
      objectiveTag: string;
      options: Array<{ id: string; position: number; text: string; isCorrect: boolean }>;
    }>;
  };
};

export type TeachReorderQuestionsMutationVariables = Exact<{
  input: ReorderQuestionsInput;
}>;

export type TeachReorderQuestionsMutation = {
  reorderQuestions: { id: string; questions: Array<{ id: string; position: number }> };
};

export type TeachCreateQuizMutationVariables = Exact<{
  input: CreateQuizInput;
}>;

export type TeachCreateQuizMutation = {
  createQuiz: {
    id: string;
    title: string;
    moduleId: string | null;
    isFinalExam: boolean;
    passingScorePercent: number;
    questionCount: number | null;
    questionsPerAttempt: number;
    timeLimitSeconds: number | null;
    maxAttempts: number | null;
    scoring: MultipleChoiceScoring;
    reviewContent: ReviewContent;
    reviewTiming: ReviewTiming;
    shuffleQuestions: boolean;
    shuffleOptions: boolean;
    retakeWaitMinutes: number;
    bank: { id: string; title: string } | null;
    blueprint: Array<{ objective: string; count: number }> | null;
    blueprintPlan: {
      freshAttempts: number;
      retakesMayRepeat: boolean;
      problems: Array<string>;
      rows: Array<{ objective: string; count: number; poolSize: number }>;
    } | null;
  };
};

export type TeachUpdateQuizMutationVariables = Exact<{
  input: UpdateQuizInput;
}>;

export type TeachUpdateQuizMutation = {
  updateQuiz: {
    id: string;
    title: string;
    moduleId: string | null;
    isFinalExam: boolean;
    passingScorePercent: number;
    questionCount: number | null;
    questionsPerAttempt: number;
    timeLimitSeconds: number | null;
    maxAttempts: number | null;
    scoring: MultipleChoiceScoring;
    reviewContent: ReviewContent;
    reviewTiming: ReviewTiming;
    shuffleQuestions: boolean;
    shuffleOptions: boolean;
    retakeWaitMinutes: number;
    bank: { id: string; title: string } | null;
    blueprint: Array<{ objective: string; count: number }> | null;
    blueprintPlan: {
      freshAttempts: number;
      retakesMayRepeat: boolean;
      problems: Array<string>;
      rows: Array<{ objective: string; count: number; poolSize: number }>;
    } | null;
  };
};

export type TeachRemoveQuizMutationVariables = Exact<{
  quizId: string | number;
}>;

export type TeachRemoveQuizMutation = { removeQuiz: boolean };

export type TeachRecordPilotMutationVariables = Exact<{
  input: RecordLessonPilotInput;
}>;

export type TeachRecordPilotMutation = { recordLessonPilot: { id: string } };

export type TeachSubmitVersionMutationVariables = Exact<{
  versionId: string | number;
}>;

export type TeachSubmitVersionMutation = {
  submitCourseVersion: {
    id: string;
    status: CourseVersionStatus;
    submittedAt: string | null;
    reviewComment: string | null;
  };
};

export type TeachVersionEditorQueryVariables = Exact<{
  id: string | number;
}>;

export type TeachVersionEditorQuery = {
  courseVersion: {
    id: string;
    number: number;
    status: CourseVersionStatus;
    title: string;
    summary: string;
    audience: string;
    creditMinutes: number;
    ceHours: number;
    certificateValidityMonths: number | null;
    quizzesAfterLessons: boolean;
    learningObjectives: Array<string>;
    handsOnObjectives: Array<string>;
    topicTags: Array<string>;
    credentialKind: CredentialKind;
    scopeStatement: string;
    releasedOn: string | null;
    contentReviewedOn: string | null;
    creditEndsOn: string | null;
    changelog: string;
    reviewComment: string | null;
    submittedAt: string | null;
    publishedAt: string | null;
    retiredAt: string | null;
    totalSeatTimeMinutes: number;
    objectives: Array<{ key: string; text: string }>;
    disclosure: {
      contributors: Array<{
        name: string;
        credentials: string;
        role: string;
        mitigation: string | null;
        relationships: Array<{ company: string; nature: string }>;
      }>;
      commercialSupport: Array<{ company: string; nature: string }>;
    } | null;
    correction: { kinds: Array<CorrectionKind>; summary: string } | null;
    course: { id: string; slug: string; viewerIsAuthor: boolean };
    modules: Array<{
      id: string;
      position: number;
      title: string;
      objectives: Array<string>;
      lessons: Array<{ id: string; position: number; title: string; seatTimeMinutes: number }>;
      quiz: { id: string; title: string } | null;
    }>;
    questionBanks: Array<{ id: string }>;
    quizzes: Array<{ id: string }>;
  };
};

export type RecordBoardReportResultMutationVariables = Exact<{
  lineIds: Array<string | number> | string | number;
  status: BoardReportResult;
  reason?: string | null | undefined;
}>;

export type RecordBoardReportResultMutation = {
  recordBoardReportResult: Array<{ id: string; status: BoardReportStatus; reason: string | null }>;
};

export type CourseBoardReportQueryVariables = Exact<{
  courseId: string | number;
  status?: BoardReportStatus | null | undefined;
  after?: string | null | undefined;
}>;

export type CourseBoardReportQuery = {
  courseBoardReport: {
    courseId: string;
    counts: {
      pending: number;
      exported: number;
      accepted: number;
      rejected: number;
      notReportable: number;
    };
    lines: {
      edges: Array<{
        node: {
          id: string;
          holderName: string;
          licenseNumber: string | null;
          state: string;
          profession: Profession;
          completedOn: string;
          ceHours: number;
          status: BoardReportStatus;
          reason: string | null;
          note: string | null;
          exportedAt: string | null;
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    exports: Array<{
      id: string;
      createdAt: string;
      lineCount: number;
      filename: string;
      sha256: string;
      downloadPath: string;
    }>;
  };
};

export type ExportCeBrokerRosterMutationVariables = Exact<{
  courseId: string | number;
}>;

export type ExportCeBrokerRosterMutation = {
  exportCeBrokerRoster: { id: string; lineCount: number; filename: string; downloadPath: string };
};

export type BoardReportingCoursesQueryVariables = Exact<{ [key: string]: never }>;

export type BoardReportingCoursesQuery = {
  myAuthoredCourses: Array<{
    id: string;
    slug: string;
    currentVersion: { id: string; title: string } | null;
    openVersion: { id: string; title: string } | null;
  }>;
};

export type CourseBoardReportingQueryVariables = Exact<{
  courseId: string | number;
}>;

export type CourseBoardReportingQuery = {
  courseBoardReporting: {
    courseId: string;
    providerNumber: string;
    courseNumber: string;
    boards: Array<{ state: string; profession: Profession }>;
  } | null;
};

export type SetCourseBoardReportingMutationVariables = Exact<{
  input: SetCourseBoardReportingInput;
}>;

export type SetCourseBoardReportingMutation = {
  setCourseBoardReporting: {
    courseId: string;
    providerNumber: string;
    courseNumber: string;
    boards: Array<{ state: string; profession: Profession }>;
  };
};

export type BankChecksFieldsFragment = {
  singleChoice: number;
  longestKeys: number;
  longestKeyLimit: number;
  chanceShare: number;
  trueFalse: number;
  falseKeys: number;
  keyPositions: Array<number>;
  findings: Array<{ code: BankFindingCode; limit: boolean; message: string }>;
  items: Array<{ questionId: string; warnings: Array<{ code: ItemWarningCode; message: string }> }>;
};

export type TeachCreditReportQueryVariables = Exact<{
  id: string | number;
}>;

export type TeachCreditReportQuery = {
  courseVersion: {
    id: string;
    questionBanks: Array<{ id: string; questions: Array<{ id: string }> }>;
    creditReport: {
      claimedMinutes: number;
      supportedMinutes: number;
      lessonMinutes: number;
      quizMinutes: number;
      readingWordsPerMinute: number;
      minutesPerQuestion: number;
      seatTimeTolerancePercent: number;
      claimedHours: Array<{
        label: string;
        approvalNumber: string | null;
        minutesPerHour: number;
        increment: number;
        hours: number;
        text: string;
      }>;
      supportedHours: Array<{
        label: string;
        approvalNumber: string | null;
        minutesPerHour: number;
        increment: number;
        hours: number;
        text: string;
      }>;
      lessons: Array<{
        lessonId: string;
        title: string;
        words: number;
        readingMinutes: number;
        mediaMinutes: number;
        estimateMinutes: number;
        source: string;
        seatTimeMinutes: number;
        maxSeatTimeMinutes: number;
        pilot: {
          testers: number;
          medianMinutes: number;
          note: string;
          stale: boolean;
          recordedAt: string;
        } | null;
      }>;
      quizzes: Array<{ quizId: string; title: string; questionsDrawn: number; minutes: number }>;
      problems: Array<{ code: string; field: string; message: string; overridden: boolean }>;
      overrides: Array<{
        stage: string;
        codes: Array<string>;
        reason: string;
        adminName: string;
        createdAt: string;
      }>;
    } | null;
    observedTime: {
      completions: number;
      minimumCompletions: number;
      lessons: Array<{
        lessonId: string;
        title: string;
        requiredMinutes: number;
        basis: string;
        learners: number;
        readers: number;
        activeMedianMinutes: number | null;
        activeQ1Minutes: number | null;
        activeQ3Minutes: number | null;
        readingMedianMinutes: number | null;
        readingQ1Minutes: number | null;
        readingQ3Minutes: number | null;
        flag: string | null;
      }>;
    } | null;
  };
};

export type CreditReportFieldsFragment = {
  claimedMinutes: number;
  supportedMinutes: number;
  lessonMinutes: number;
  quizMinutes: number;
  readingWordsPerMinute: number;
  minutesPerQuestion: number;
  seatTimeTolerancePercent: number;
  claimedHours: Array<{
    label: string;
    approvalNumber: string | null;
    minutesPerHour: number;
    increment: number;
    hours: number;
    text: string;
  }>;
  supportedHours: Array<{
    label: string;
    approvalNumber: string | null;
    minutesPerHour: number;
    increment: number;
    hours: number;
    text: string;
  }>;
  lessons: Array<{
    lessonId: string;
    title: string;
    words: number;
    readingMinutes: number;
    mediaMinutes: number;
    estimateMinutes: number;
    source: string;
    seatTimeMinutes: number;
    maxSeatTimeMinutes: number;
    pilot: {
      testers: number;
      medianMinutes: number;
      note: string;
      stale: boolean;
      recordedAt: string;
    } | null;
  }>;
  quizzes: Array<{ quizId: string; title: string; questionsDrawn: number; minutes: number }>;
  problems: Array<{ code: string; field: string; message: string; overridden: boolean }>;
  overrides: Array<{
    stage: string;
    codes: Array<string>;
    reason: string;
    adminName: string;
    createdAt: string;
  }>;
};

export type ObservedTimeFieldsFragment = {
  completions: number;
  minimumCompletions: number;
  lessons: Array<{
    lessonId: string;
    title: string;
    requiredMinutes: number;
    basis: string;
    learners: number;
    readers: number;
    activeMedianMinutes: number | null;
    activeQ1Minutes: number | null;
    activeQ3Minutes: number | null;
    readingMedianMinutes: number | null;
    readingQ1Minutes: number | null;
    readingQ3Minutes: number | null;
    flag: string | null;
  }>;
};

export type PreviewLessonMarkdownQueryVariables = Exact<{
  markdown: string;
}>;

export type PreviewLessonMarkdownQuery = { previewLessonMarkdown: string };

export type TeachUpdateVersionMutationVariables = Exact<{
  input: UpdateCourseVersionInput;
}>;

export type TeachUpdateVersionMutation = {
  updateCourseVersion: {
    id: string;
    title: string;
    summary: string;
    audience: string;
    creditMinutes: number;
    ceHours: number;
    certificateValidityMonths: number | null;
    learningObjectives: Array<string>;
    handsOnObjectives: Array<string>;
    topicTags: Array<string>;
    changelog: string;
    credentialKind: CredentialKind;
    scopeStatement: string;
    releasedOn: string | null;
    contentReviewedOn: string | null;
    creditEndsOn: string | null;
    objectives: Array<{ key: string; text: string }>;
    disclosure: {
      contributors: Array<{
        name: string;
        credentials: string;
        role: string;
        mitigation: string | null;
        relationships: Array<{ company: string; nature: string }>;
      }>;
      commercialSupport: Array<{ company: string; nature: string }>;
    } | null;
  };
};

export type TeachDisclosureFieldsFragment = {
  contributors: Array<{
    name: string;
    credentials: string;
    role: string;
    mitigation: string | null;
    relationships: Array<{ company: string; nature: string }>;
  }>;
  commercialSupport: Array<{ company: string; nature: string }>;
};

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;

export type VerifyCertificateQuery = {
  verifyCertificate: {
    code: string;
    codeWellFormed: boolean;
    status: VerificationStatus;
    holderName: string | null;
    licenseNumber: string | null;
    licenseState: string | null;
    title: string | null;
    courseVersion: number | null;
    provider: string | null;
    ceHours: number | null;
    creditMinutes: number | null;
    onlineMinutes: number | null;
    liveMinutes: number | null;
    credentialKind: CredentialKind | null;
    scopeStatement: string | null;
    completedOn: string | null;
    expiresOn: string | null;
    revokedOn: string | null;
    supersededByCode: string | null;
    approvals: Array<{
      body: string;
      approvalNumber: string;
      isSample: boolean;
      hoursText: string;
    }>;
  };
};

export const SessionUserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionUserFieldsFragment, unknown>;
export const ProfileLicenseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileLicenseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'License' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'numberCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileLicenseFieldsFragment, unknown>;
export const BankChecksFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankChecksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuestionBankChecks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'singleChoice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeyLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chanceShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trueFalse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'falseKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPositions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warnings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BankChecksFieldsFragment, unknown>;
export const ReviewQuizzesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewQuizzes' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizzes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoring' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bank' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'blueprint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'blueprintPlan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'freshAttempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retakesMayRepeat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionBanks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BankChecksFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanationMarkdown' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'options' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankChecksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuestionBankChecks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'singleChoice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeyLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chanceShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trueFalse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'falseKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPositions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warnings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewQuizzesFragment, unknown>;
export const RuleVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DryNeedlingRuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inPersonHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineHoursAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingWithinYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearsLicensed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisedSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardFiling' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delegation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentAndRecords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementsConfirmed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unconfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleVersionFieldsFragment, unknown>;
export const NFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'N' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
      },
    },
  ],
} as unknown as DocumentNode<NFragment, unknown>;
export const TranscriptCorrectionNoticeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TranscriptCorrectionNoticeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kinds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TranscriptCorrectionNoticeFieldsFragment, unknown>;
export const EligibilityAnswerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EligibilityAnswerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DryNeedlingEligibility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'found' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'steps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unconfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleEffective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rulesCheckedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reminder' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EligibilityAnswerFieldsFragment, unknown>;
export const PracticalExamFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticalExamFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PracticalExam' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacesId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signatureValid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criticalFailed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticalExamFieldsFragment, unknown>;
export const LessonMediaFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LessonMediaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LessonMedia' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'width' } },
          { kind: 'Field', name: { kind: 'Name', value: 'height' } },
          { kind: 'Field', name: { kind: 'Name', value: 'altText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'captionsUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transcript' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LessonMediaFieldsFragment, unknown>;
export const AttemptFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttemptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuizAttempt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondsRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedLate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scorePoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxPoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsCorrectness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsKey' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stemHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selectedOptionIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'review' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'correct' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'correctOptionIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanationHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttemptFieldsFragment, unknown>;
export const LiveSessionCardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveSessionCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LiveSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationClosesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveSessionCardFieldsFragment, unknown>;
export const AdverseEventFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdverseEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdverseEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clinicianName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdverseEventFieldsFragment, unknown>;
export const SupervisedSessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupervisedSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupervisedSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyRegions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'muscles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supervisorCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupervisedSessionFieldsFragment, unknown>;
export const TeachQuizFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuizFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quiz' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bank' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoring' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewContent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewTiming' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleQuestions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleOptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprintPlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'freshAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retakesMayRepeat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'poolSize' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachQuizFieldsFragment, unknown>;
export const GiftPreviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GiftPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GiftImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GiftPreviewFieldsFragment, unknown>;
export const TeachLessonFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachLessonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lesson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachLessonFieldsFragment, unknown>;
export const TeachLessonMediaFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachLessonMediaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LessonMedia' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'width' } },
          { kind: 'Field', name: { kind: 'Name', value: 'height' } },
          { kind: 'Field', name: { kind: 'Name', value: 'altText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'captionsUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transcript' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachLessonMediaFieldsFragment, unknown>;
export const TeachModuleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachModuleFieldsFragment, unknown>;
export const TeachQuestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanationMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachQuestionFieldsFragment, unknown>;
export const CreditReportFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'claimedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lessonMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readingWordsPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesPerQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatTimeTolerancePercent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mediaMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxSeatTimeMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pilot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'testers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizzes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsDrawn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overridden' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'codes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adminName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditReportFieldsFragment, unknown>;
export const ObservedTimeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObservedTimeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ObservedTime' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'completions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumCompletions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learners' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeMedianMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeQ1Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeQ3Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingMedianMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingQ1Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingQ3Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flag' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObservedTimeFieldsFragment, unknown>;
export const TeachDisclosureFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachDisclosureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseDisclosure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commercialSupport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachDisclosureFieldsFragment, unknown>;
export const ResendVerificationEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendVerificationEmail' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'resendVerificationEmail' } }],
      },
    },
  ],
} as unknown as DocumentNode<
  ResendVerificationEmailMutation,
  ResendVerificationEmailMutationVariables
>;
export const RefreshSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshSession' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshToken' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionUserFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionUserFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Register' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'register' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionUserFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const SessionViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionViewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionUserFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionViewerQuery, SessionViewerQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyClinicsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyClinics' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myOrganizations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyClinicsQuery, MyClinicsQueryVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutEverywhereDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogoutEverywhere' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logoutEverywhere' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const MyEmailPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyEmailPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'emailPreferences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'credentialReminders' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clinicNotices' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'courseCorrections' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyEmailPreferencesQuery, MyEmailPreferencesQueryVariables>;
export const UpdateEmailPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEmailPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EmailPreferencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEmailPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'credentialReminders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clinicNotices' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseCorrections' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateEmailPreferencesMutation,
  UpdateEmailPreferencesMutationVariables
>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const UpdateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionUserFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const DeleteMyAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteMyAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteAccountInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteMyAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const AccountLicensesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccountLicenses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'licenses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ProfileLicenseFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileLicenseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'License' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'numberCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountLicensesQuery, AccountLicensesQueryVariables>;
export const SaveLicenseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveLicense' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveLicenseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveLicense' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionUserFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'licenses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ProfileLicenseFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileLicenseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'License' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'numberCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveLicenseMutation, SaveLicenseMutationVariables>;
export const RemoveLicenseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveLicense' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeLicense' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionUserFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'licenses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ProfileLicenseFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileLicenseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'License' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'numberCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveLicenseMutation, RemoveLicenseMutationVariables>;
export const AdminAccommodationCoursesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAccommodationCourses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminAccommodationCoursesQuery,
  AdminAccommodationCoursesQueryVariables
>;
export const AdminAccommodationQuizzesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAccommodationQuizzes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'course' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quizzes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminAccommodationQuizzesQuery,
  AdminAccommodationQuizzesQueryVariables
>;
export const AdminGrantAccommodationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminGrantAccommodation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'GrantQuizAccommodationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantQuizAccommodation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminGrantAccommodationMutation,
  AdminGrantAccommodationMutationVariables
>;
export const AdminAccommodationLearnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAccommodationLearners' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminAccommodationLearnersQuery,
  AdminAccommodationLearnersQueryVariables
>;
export const AdminQuizAccommodationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminQuizAccommodations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizAccommodations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quizId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extraAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extraTimePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminQuizAccommodationsQuery, AdminQuizAccommodationsQueryVariables>;
export const AdminCourseApprovalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCourseApprovals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'course' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isSample' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCourseApprovalsQuery, AdminCourseApprovalsQueryVariables>;
export const AdminApprovalCoursesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminApprovalCourses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminApprovalCoursesQuery, AdminApprovalCoursesQueryVariables>;
export const AdminRecordApprovalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRecordApproval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordCourseApprovalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCourseApproval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRecordApprovalMutation, AdminRecordApprovalMutationVariables>;
export const AdminVerifyCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminVerifyCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'codeWellFormed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supersededByCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminVerifyCertificateQuery, AdminVerifyCertificateQueryVariables>;
export const AdminRevokeCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRevokeCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminRevokeCertificateMutation,
  AdminRevokeCertificateMutationVariables
>;
export const AdminSetHandsOnRequirementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetHandsOnRequirements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetHandsOnRequirementsInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setProgramHandsOnRequirements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminSetHandsOnRequirementsMutation,
  AdminSetHandsOnRequirementsMutationVariables
>;
export const AdminProgramsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminPrograms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credentialPrograms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentialKind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'currentVersion' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'handsOnRequirements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'liveMinutes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'sessionKind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minimumMinutes' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supervisedSessions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'minimumCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'withinDays' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supervisorRule' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminProgramsQuery, AdminProgramsQueryVariables>;
export const AdminOverrideGatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminOverrideGates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OverrideCreditGatesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrideCreditGates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminOverrideGatesMutation, AdminOverrideGatesMutationVariables>;
export const AdminPublishAfterOverrideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminPublishAfterOverride' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishCourseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminPublishAfterOverrideMutation,
  AdminPublishAfterOverrideMutationVariables
>;
export const AdminPublishVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminPublishVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishCourseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPublishVersionMutation, AdminPublishVersionMutationVariables>;
export const AdminSendBackVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSendBackVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SendBackCourseVersionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendBackCourseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSendBackVersionMutation, AdminSendBackVersionMutationVariables>;
export const AdminReviewQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminReviewQueue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courseReviewQueue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changelog' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'course' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminReviewQueueQuery, AdminReviewQueueQueryVariables>;
export const AdminReviewVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminReviewVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateValidityMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentialKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeStatement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releasedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentReviewedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditEndsOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'objectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disclosure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachDisclosureFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'creditReport' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'CreditReportFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'observedTime' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ObservedTimeFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'changelog' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningObjectives' } },
                { kind: 'Field', name: { kind: 'Name', value: 'handsOnObjectives' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topicTags' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'correction' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kinds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalSeatTimeMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'course' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lessons' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'references' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewQuizzes' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankChecksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuestionBankChecks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'singleChoice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeyLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chanceShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trueFalse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'falseKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPositions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warnings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachDisclosureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseDisclosure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commercialSupport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'claimedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lessonMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readingWordsPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesPerQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatTimeTolerancePercent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mediaMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxSeatTimeMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pilot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'testers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizzes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsDrawn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overridden' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'codes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adminName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObservedTimeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ObservedTime' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'completions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumCompletions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learners' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeMedianMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeQ1Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeQ3Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingMedianMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingQ1Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingQ3Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flag' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewQuizzes' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizzes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoring' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bank' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'blueprint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'blueprintPlan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'freshAttempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retakesMayRepeat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionBanks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BankChecksFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanationMarkdown' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'options' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminReviewVersionQuery, AdminReviewVersionQueryVariables>;
export const AdminDryNeedlingRulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDryNeedlingRules' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dryNeedlingRules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DryNeedlingRuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inPersonHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineHoursAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingWithinYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearsLicensed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisedSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardFiling' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delegation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentAndRecords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementsConfirmed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unconfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDryNeedlingRulesQuery, AdminDryNeedlingRulesQueryVariables>;
export const AdminDryNeedlingRuleHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDryNeedlingRuleHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dryNeedlingRuleHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DryNeedlingRuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inPersonHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineHoursAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingWithinYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearsLicensed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisedSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardFiling' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delegation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentAndRecords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementsConfirmed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unconfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminDryNeedlingRuleHistoryQuery,
  AdminDryNeedlingRuleHistoryQueryVariables
>;
export const AdminRecordDryNeedlingRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRecordDryNeedlingRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RecordDryNeedlingRuleInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDryNeedlingRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DryNeedlingRuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inPersonHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineHoursAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingWithinYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearsLicensed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisedSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardFiling' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delegation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentAndRecords' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementsConfirmed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unconfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminRecordDryNeedlingRuleMutation,
  AdminRecordDryNeedlingRuleMutationVariables
>;
export const AdminSetUserRolesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetUserRoles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetUserRolesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserRoles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetUserRolesMutation, AdminSetUserRolesMutationVariables>;
export const AdminUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminUsers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '25' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const CatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Catalog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'topic' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minCeHours' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'maxCeHours' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approval' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'topic' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'topic' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minCeHours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minCeHours' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'maxCeHours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'maxCeHours' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approval' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approval' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'approvals' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'isSample' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const CoursePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoursePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'course' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isSample' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prerequisites' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'currentVersion' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'credentialKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scopeStatement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'releasedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditEndsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentReviewedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contactHours' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'disclosure' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'contributors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'credentials' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'relationships' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'commercialSupport' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'certificateValidityMonths' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'learningObjectives' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'handsOnObjectives' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalSeatTimeMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'topicTags' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'modules' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lessons' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'seatTimeMinutes' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'quiz' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'finalExam' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoursePageQuery, CoursePageQueryVariables>;
export const CourseEnrollmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CourseEnrollments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myEnrollments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CourseEnrollmentsQuery, CourseEnrollmentsQueryVariables>;
export const EnrollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Enroll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enroll' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'courseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrollMutation, EnrollMutationVariables>;
export const ClinicInvitationPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicInvitationPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitationPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicInvitationPreviewQuery, ClinicInvitationPreviewQueryVariables>;
export const ClinicAcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicAcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerMembershipId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicAcceptInvitationMutation,
  ClinicAcceptInvitationMutationVariables
>;
export const ClinicAddRequiredCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicAddRequiredCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AddRequiredCredentialInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addRequiredCredential' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicAddRequiredCredentialMutation,
  ClinicAddRequiredCredentialMutationVariables
>;
export const ClinicComplianceTotalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicComplianceTotals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complianceReport' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '1' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'generatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'csvUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requirements' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'totals' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicComplianceTotalsQuery, ClinicComplianceTotalsQueryVariables>;
export const ClinicHeaderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicHeader' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerMembershipId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicHeaderQuery, ClinicHeaderQueryVariables>;
export const ClinicPractiseStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicPractiseState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicPractiseStateQuery, ClinicPractiseStateQueryVariables>;
export const SetClinicStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetClinicState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetOrganizationStateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setOrganizationState' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetClinicStateMutation, SetClinicStateMutationVariables>;
export const ClinicListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myOrganizations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicListQuery, ClinicListQueryVariables>;
export const ClinicCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRole' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicCreateMutation, ClinicCreateMutationVariables>;
export const ClinicInviteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicInviteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicInviteMemberMutation, ClinicInviteMemberMutationVariables>;
export const ClinicLeaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicLeave' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'membershipId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'membershipId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'membershipId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicLeaveMutation, ClinicLeaveMutationVariables>;
export const ClinicChangeMemberRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicChangeMemberRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeMemberRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMemberRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicChangeMemberRoleMutation,
  ClinicChangeMemberRoleMutationVariables
>;
export const ClinicEndMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicEndMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'membershipId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'membershipId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'membershipId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicEndMembershipMutation, ClinicEndMembershipMutationVariables>;
export const ClinicMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizationMembers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredToHold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicMembersQuery, ClinicMembersQueryVariables>;
export const ClinicPendingInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicPendingInvitations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingInvitations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicPendingInvitationsQuery, ClinicPendingInvitationsQueryVariables>;
export const ClinicCancelInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicCancelInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invitationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicCancelInvitationMutation,
  ClinicCancelInvitationMutationVariables
>;
export const ClinicRemoveRequiredCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicRemoveRequiredCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requirementId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeRequiredCredential' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requirementId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requirementId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicRemoveRequiredCredentialMutation,
  ClinicRemoveRequiredCredentialMutationVariables
>;
export const ClinicSetMemberRequirementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClinicSetMemberRequirement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetMemberRequirementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMemberRequirement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredToHold' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicSetMemberRequirementMutation,
  ClinicSetMemberRequirementMutationVariables
>;
export const ClinicRequiredCredentialsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicRequiredCredentials' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredCredentials' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseSlug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credentialPrograms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseIds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicRequiredCredentialsQuery,
  ClinicRequiredCredentialsQueryVariables
>;
export const ClinicMyRequiredCredentialsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicMyRequiredCredentials' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myRequiredCredentials' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClinicMyRequiredCredentialsQuery,
  ClinicMyRequiredCredentialsQueryVariables
>;
export const ClinicRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplianceStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplianceSort' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'eligibleHere' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complianceReport' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '25' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'sort' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'eligibleHere' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'eligibleHere' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eligibilityReminder' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'edges' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'node' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'membershipId' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'displayName' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'licenseNumber' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'licenseState' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'nextExpiry' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'worstStatus' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'credentials' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'requirementId' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'label' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'status' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'certificateCode' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'completedOn' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'expiresOn' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'revokedOn' },
                                              },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'eligibility' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'state' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'verdict' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'missing' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'checkedOn' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pageInfo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicRosterQuery, ClinicRosterQueryVariables>;
export const ReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Report' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complianceReport' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '1' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'generatedAt' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const AcknowledgeCorrectionNoticeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeCorrectionNotice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeCorrectionNotice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AcknowledgeCorrectionNoticeMutation,
  AcknowledgeCorrectionNoticeMutationVariables
>;
export const MyCertificatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCertificates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCertificates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onlineMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'liveMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentialKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeStatement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reissuable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifyUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isSample' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursText' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const ReissueCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReissueCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reissueCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReissueCertificateMutation, ReissueCertificateMutationVariables>;
export const MyTranscriptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTranscript' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTranscript' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'csvUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'years' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certificates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onlineMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'liveMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'correctionNotices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TranscriptCorrectionNoticeFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TranscriptCorrectionNoticeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kinds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTranscriptQuery, MyTranscriptQueryVariables>;
export const MyDryNeedlingEligibilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyDryNeedlingEligibility' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myDryNeedlingEligibility' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'EligibilityAnswerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EligibilityAnswerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DryNeedlingEligibility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'found' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'steps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unconfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleEffective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rulesCheckedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reminder' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDryNeedlingEligibilityQuery, MyDryNeedlingEligibilityQueryVariables>;
export const DryNeedlingEligibilityCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DryNeedlingEligibilityCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onDate' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dryNeedlingEligibility' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onDate' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onDate' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'EligibilityAnswerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EligibilityAnswerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DryNeedlingEligibility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'found' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'steps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unconfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleEffective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rulesCheckedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reminder' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DryNeedlingEligibilityCheckQuery,
  DryNeedlingEligibilityCheckQueryVariables
>;
export const CorrectLiveAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CorrectLiveAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CorrectLiveAttendanceInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctLiveAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOutAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'corrected' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CorrectLiveAttendanceMutation, CorrectLiveAttendanceMutationVariables>;
export const LabRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LabRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSessionAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'checkedOutAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'creditedMinutes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'corrected' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LabRosterQuery, LabRosterQueryVariables>;
export const CheckInSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckInSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myRegistration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myAttendance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'checkedOutAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditedMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInSessionQuery, CheckInSessionQueryVariables>;
export const CheckInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkInToLiveSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedOutAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const LabCheckInCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LabCheckInCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSessionCheckInCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qrSvg' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LabCheckInCodeQuery, LabCheckInCodeQueryVariables>;
export const HybridProgramsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HybridPrograms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credentialPrograms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'handsOnRequirements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HybridProgramsQuery, HybridProgramsQueryVariables>;
export const LabSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LabSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LabSessionQuery, LabSessionQueryVariables>;
export const LabChecklistDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LabChecklist' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'practicalChecklists' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LabChecklistQuery, LabChecklistQueryVariables>;
export const ProgramProgressPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgramProgressPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credentialPrograms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'currentVersion' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'handsOnRequirements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'liveMinutes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'sessionKind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minimumMinutes' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'practicalExam' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supervisedSessions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'minimumCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'withinDays' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgramProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'liveMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supervisedSessionsCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'missing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'neededMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'neededCount' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPracticalExams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'checklistTitle' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'examinedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'examinerName' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'criticalFailed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgramProgressPageQuery, ProgramProgressPageQueryVariables>;
export const PracticalExamSetupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PracticalExamSetup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'candidateId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'practicalChecklists' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nonCriticalPassPercent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'practicalExams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'candidateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'candidateId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'PracticalExamFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticalExamFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PracticalExam' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacesId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signatureValid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criticalFailed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticalExamSetupQuery, PracticalExamSetupQueryVariables>;
export const RecordPracticalExamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordPracticalExam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordPracticalExamInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPracticalExam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PracticalExamFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticalExamFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PracticalExam' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacesId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signatureValid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criticalFailed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordPracticalExamMutation, RecordPracticalExamMutationVariables>;
export const CorrectPracticalExamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CorrectPracticalExam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PracticalExamSittingInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctPracticalExam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PracticalExamFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticalExamFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PracticalExam' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checklistVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacesId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signatureValid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criticalFailed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CorrectPracticalExamMutation, CorrectPracticalExamMutationVariables>;
export const EnrollmentOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnrollmentOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrollment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certificate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courseVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'course' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'modules' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lessons' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'seatTimeMinutes' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'quiz' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'finalExam' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progressReport' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationSubmitted' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'steps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lessons' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'creditedSeconds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requiredSeconds' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quizzes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrollmentOverviewQuery, EnrollmentOverviewQueryVariables>;
export const EvaluationContextDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationContext' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrollment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courseVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progressReport' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationSubmitted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certificate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationContextQuery, EvaluationContextQueryVariables>;
export const SubmitCourseEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitCourseEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseEvaluationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitCourseEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitCourseEvaluationMutation,
  SubmitCourseEvaluationMutationVariables
>;
export const MyLearningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyLearning' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myEnrollments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enrolledAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courseVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certificate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progressReport' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationSubmitted' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lessons' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quizzes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyLearningQuery, MyLearningQueryVariables>;
export const LessonReaderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LessonReader' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enrollmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrollment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'enrollmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courseVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'modules' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lessons' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'seatTimeMinutes' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'media' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'LessonMediaFields' },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'references' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'citation' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progressReport' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lessons' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'creditedSeconds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requiredSeconds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'watchedSeconds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'videoSeconds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LessonMediaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LessonMedia' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'width' } },
          { kind: 'Field', name: { kind: 'Name', value: 'height' } },
          { kind: 'Field', name: { kind: 'Name', value: 'altText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'captionsUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transcript' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LessonReaderQuery, LessonReaderQueryVariables>;
export const RecordLessonActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordLessonActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'resumed' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reachedEnd' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'playing' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordLessonActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lessonId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'resumed' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'resumed' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reachedEnd' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reachedEnd' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'playing' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'playing' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enrollmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditedSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'watchedSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'videoSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordLessonActivityMutation, RecordLessonActivityMutationVariables>;
export const CompleteLessonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteLesson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeLesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lessonId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enrollmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditedSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'watchedSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'videoSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteLessonMutation, CompleteLessonMutationVariables>;
export const QuizPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuizPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewContent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewTiming' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerPolicy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attemptsUsed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myQuizAttempts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quizId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttemptFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttemptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuizAttempt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondsRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedLate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scorePoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxPoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsCorrectness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsKey' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stemHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selectedOptionIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'review' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'correct' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'correctOptionIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanationHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuizPageQuery, QuizPageQueryVariables>;
export const StartQuizAttemptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartQuizAttempt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startQuizAttempt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quizId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttemptFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttemptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuizAttempt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondsRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedLate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scorePoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxPoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsCorrectness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsKey' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stemHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selectedOptionIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'review' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'correct' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'correctOptionIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanationHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartQuizAttemptMutation, StartQuizAttemptMutationVariables>;
export const SaveAnswerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveAnswer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveAnswerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveAnswer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attemptId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selectedOptionIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveAnswerMutation, SaveAnswerMutationVariables>;
export const SubmitQuizAttemptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitQuizAttempt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attemptId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitQuizAttempt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'attemptId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'attemptId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttemptFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttemptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuizAttempt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondsRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedLate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scorePoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxPoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsCorrectness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'showsKey' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stemHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selectedOptionIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'review' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'correct' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'correctOptionIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanationHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitQuizAttemptMutation, SubmitQuizAttemptMutationVariables>;
export const CourseLiveSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CourseLiveSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'courseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upcoming' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'LiveSessionCardFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveSessionCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LiveSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationClosesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CourseLiveSessionsQuery, CourseLiveSessionsQueryVariables>;
export const LiveSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LiveSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'courseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upcoming' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'LiveSessionCardFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveSessionCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LiveSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationClosesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveSessionsQuery, LiveSessionsQueryVariables>;
export const LiveCourseNamesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LiveCourseNames' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveCourseNamesQuery, LiveCourseNamesQueryVariables>;
export const TeachLiveSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachLiveSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'courseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'joinUrl' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'instructors' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'learnersPerInstructor' },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waitlistLength' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachLiveSessionsQuery, TeachLiveSessionsQueryVariables>;
export const CancelLiveSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelLiveSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelLiveSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelLiveSessionMutation, CancelLiveSessionMutationVariables>;
export const RegisterForLiveSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterForLiveSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerForLiveSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RegisterForLiveSessionMutation,
  RegisterForLiveSessionMutationVariables
>;
export const CancelLiveSessionRegistrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelLiveSessionRegistration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelLiveSessionRegistration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CancelLiveSessionRegistrationMutation,
  CancelLiveSessionRegistrationMutationVariables
>;
export const LiveSessionStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LiveSessionStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liveSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveSessionCardFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveSessionCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LiveSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationClosesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveSessionStatusQuery, LiveSessionStatusQueryVariables>;
export const ScheduleLiveSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleLiveSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleLiveSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleLiveSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleLiveSessionMutation, ScheduleLiveSessionMutationVariables>;
export const TeachLiveCoursesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachLiveCourses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credentialPrograms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAuthoredCourses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachLiveCoursesQuery, TeachLiveCoursesQueryVariables>;
export const RecordAdverseEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAdverseEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAdverseEventInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAdverseEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAdverseEventMutation, RecordAdverseEventMutationVariables>;
export const AdverseEventSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdverseEventSummary' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adverseEventSummary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'types' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdverseEventSummaryQuery, AdverseEventSummaryQueryVariables>;
export const ClinicAdverseEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClinicAdverseEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clinicAdverseEventRate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eventCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'treatmentCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eventsWithTreatmentsLogged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratePerThousandTreatments' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clinicAdverseEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AdverseEventFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdverseEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdverseEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clinicianName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClinicAdverseEventsQuery, ClinicAdverseEventsQueryVariables>;
export const SessionsToConfirmDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionsToConfirm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessionsToConfirm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'SupervisedSessionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupervisedSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupervisedSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyRegions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'muscles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supervisorCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionsToConfirmQuery, SessionsToConfirmQueryVariables>;
export const MyAdverseEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAdverseEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAdverseEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AdverseEventFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdverseEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdverseEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clinicianName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAdverseEventsQuery, MyAdverseEventsQueryVariables>;
export const MySupervisedSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySupervisedSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySupervisedSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'SupervisedSessionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupervisedSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupervisedSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyRegions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'muscles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supervisorCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySupervisedSessionsQuery, MySupervisedSessionsQueryVariables>;
export const MySupervisorQualificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySupervisorQualification' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySupervisorQualification' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dryNeedlingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownSessions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsStateQualification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MySupervisorQualificationQuery,
  MySupervisorQualificationQueryVariables
>;
export const SetSupervisorQualificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetSupervisorQualification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SupervisorQualificationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setSupervisorQualification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dryNeedlingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownSessions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsStateQualification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetSupervisorQualificationMutation,
  SetSupervisorQualificationMutationVariables
>;
export const ConfirmSupervisedSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmSupervisedSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmSupervisedSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SupervisedSessionFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupervisedSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupervisedSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyRegions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'muscles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supervisorCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConfirmSupervisedSessionMutation,
  ConfirmSupervisedSessionMutationVariables
>;
export const RejectSupervisedSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectSupervisedSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectSupervisedSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SupervisedSessionFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupervisedSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupervisedSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyRegions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'muscles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supervisorCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RejectSupervisedSessionMutation,
  RejectSupervisedSessionMutationVariables
>;
export const RecordSupervisedSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordSupervisedSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RecordSupervisedSessionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordSupervisedSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordSupervisedSessionMutation,
  RecordSupervisedSessionMutationVariables
>;
export const RecordTreatmentCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordTreatmentCount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordTreatmentCountInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordTreatmentCount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordTreatmentCountMutation, RecordTreatmentCountMutationVariables>;
export const PracticeProgramsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PracticePrograms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credentialPrograms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'handsOnRequirements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supervisedSessions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'minimumCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'withinDays' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticeProgramsQuery, PracticeProgramsQueryVariables>;
export const RenewalPlansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RenewalPlans' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'licenses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'renewalPlan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'licenseId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stateName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requiredHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cycleMonths' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'earnedHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countedHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'liveHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'selfPacedHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stillNeededHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'limits' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'checkWithBoard' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstRenewal' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordKeeping' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'credits' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'countedHours' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'topics' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'requiredHours' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'earnedHours' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'when' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sources' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'checkedOn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenewalPlansQuery, RenewalPlansQueryVariables>;
export const MyOutsideCeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyOutsideCe' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myOutsideCe' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'selfPaced' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'topics' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fileUrl' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyOutsideCeQuery, MyOutsideCeQueryVariables>;
export const RemoveOutsideCeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveOutsideCe' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeOutsideCe' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveOutsideCeMutation, RemoveOutsideCeMutationVariables>;
export const TeachAddLessonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachAddLesson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddLessonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addLesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachAddLessonMutation, TeachAddLessonMutationVariables>;
export const TeachAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'course' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'objectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questionBanks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'questions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quizzes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachQuizFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuizFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quiz' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bank' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoring' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewContent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewTiming' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleQuestions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleOptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprintPlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'freshAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retakesMayRepeat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'poolSize' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachAssessmentQuery, TeachAssessmentQueryVariables>;
export const TeachRemoveAuthorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRemoveAuthor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveCourseAuthorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCourseAuthor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachRemoveAuthorMutation, TeachRemoveAuthorMutationVariables>;
export const TeachCreateBankDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachCreateBank' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateQuestionBankInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createQuestionBank' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachCreateBankMutation, TeachCreateBankMutationVariables>;
export const TeachRemoveBankDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRemoveBank' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bankId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeQuestionBank' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bankId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bankId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachRemoveBankMutation, TeachRemoveBankMutationVariables>;
export const TeachAddAuthorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachAddAuthor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCourseAuthorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addCourseAuthor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachAddAuthorMutation, TeachAddAuthorMutationVariables>;
export const TeachMarkVersionCorrectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachMarkVersionCorrection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionCorrectionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markVersionCorrection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'correction' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kinds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  TeachMarkVersionCorrectionMutation,
  TeachMarkVersionCorrectionMutationVariables
>;
export const TeachClearVersionCorrectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachClearVersionCorrection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clearVersionCorrection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'correction' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kinds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  TeachClearVersionCorrectionMutation,
  TeachClearVersionCorrectionMutationVariables
>;
export const TeachCourseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachCourse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'course' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRemoveAuthors' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isOwner' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changelog' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachCourseQuery, TeachCourseQueryVariables>;
export const TeachDiscardDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachDiscardDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discardDraftVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseRemoved' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachDiscardDraftMutation, TeachDiscardDraftMutationVariables>;
export const TeachImportGiftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachImportGift' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bankId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gift' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importGiftQuestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bankId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bankId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gift' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gift' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GiftPreviewFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GiftPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GiftImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachImportGiftMutation, TeachImportGiftMutationVariables>;
export const TeachItemAnalysisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachItemAnalysis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bank' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courseVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizItemAnalysis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quizId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meanScorePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreDistribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'facility' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'discrimination' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mostChosenWrongOption' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'picks' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'options' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'picks' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachItemAnalysisQuery, TeachItemAnalysisQueryVariables>;
export const TeachLessonEditorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachLessonEditor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachLessonFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'media' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachLessonMediaFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'module' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courseVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'course' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'modules' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lessons' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'creditReport' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'CreditReportFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachLessonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lesson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachLessonMediaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LessonMedia' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'width' } },
          { kind: 'Field', name: { kind: 'Name', value: 'height' } },
          { kind: 'Field', name: { kind: 'Name', value: 'altText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'captionsUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transcript' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'claimedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lessonMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readingWordsPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesPerQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatTimeTolerancePercent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mediaMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxSeatTimeMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pilot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'testers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizzes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsDrawn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overridden' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'codes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adminName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachLessonEditorQuery, TeachLessonEditorQueryVariables>;
export const TeachUpdateLessonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachUpdateLesson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateLessonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachLessonFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachLessonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lesson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachUpdateLessonMutation, TeachUpdateLessonMutationVariables>;
export const TeachReorderLessonsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachReorderLessons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderLessonsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderLessons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachModuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachReorderLessonsMutation, TeachReorderLessonsMutationVariables>;
export const TeachRemoveLessonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRemoveLesson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeLesson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lessonId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachModuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachRemoveLessonMutation, TeachRemoveLessonMutationVariables>;
export const TeachRemoveLessonMediaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRemoveLessonMedia' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mediaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeLessonMedia' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mediaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mediaId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  TeachRemoveLessonMediaMutation,
  TeachRemoveLessonMediaMutationVariables
>;
export const TeachUpdateModuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachUpdateModule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateModuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateModule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachModuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachUpdateModuleMutation, TeachUpdateModuleMutationVariables>;
export const TeachRemoveModuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRemoveModule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeModule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'moduleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalSeatTimeMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachModuleFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachRemoveModuleMutation, TeachRemoveModuleMutationVariables>;
export const TeachAddModuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachAddModule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddModuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addModule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachModuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachAddModuleMutation, TeachAddModuleMutationVariables>;
export const TeachReorderModulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachReorderModules' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderModulesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderModules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachModuleFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachReorderModulesMutation, TeachReorderModulesMutationVariables>;
export const TeachMyCoursesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachMyCourses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAuthoredCourses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachMyCoursesQuery, TeachMyCoursesQueryVariables>;
export const TeachCreateCourseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachCreateCourse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCourseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCourse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachCreateCourseMutation, TeachCreateCourseMutationVariables>;
export const TeachCreateDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachCreateDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateDraftVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDraftVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachCreateDraftMutation, TeachCreateDraftMutationVariables>;
export const TeachClearPilotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachClearPilot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clearLessonPilot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lessonId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lessonId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachClearPilotMutation, TeachClearPilotMutationVariables>;
export const TeachQuestionBankDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachQuestionBank' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bankId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionBank' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bankId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'courseVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'course' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachQuestionFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BankChecksFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanationMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankChecksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuestionBankChecks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'singleChoice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestKeyLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chanceShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trueFalse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'falseKeys' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPositions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warnings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachQuestionBankQuery, TeachQuestionBankQueryVariables>;
export const TeachAddQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachAddQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachQuestionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanationMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachAddQuestionMutation, TeachAddQuestionMutationVariables>;
export const TeachUpdateQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachUpdateQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachQuestionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanationMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachUpdateQuestionMutation, TeachUpdateQuestionMutationVariables>;
export const TeachRemoveQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRemoveQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachQuestionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stemMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanationMarkdown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectiveTag' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isCorrect' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachRemoveQuestionMutation, TeachRemoveQuestionMutationVariables>;
export const TeachReorderQuestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachReorderQuestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderQuestionsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderQuestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachReorderQuestionsMutation, TeachReorderQuestionsMutationVariables>;
export const TeachCreateQuizDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachCreateQuiz' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateQuizInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createQuiz' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachQuizFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuizFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quiz' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bank' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoring' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewContent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewTiming' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleQuestions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleOptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprintPlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'freshAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retakesMayRepeat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'poolSize' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachCreateQuizMutation, TeachCreateQuizMutationVariables>;
export const TeachUpdateQuizDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachUpdateQuiz' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateQuizInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateQuiz' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeachQuizFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachQuizFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quiz' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isFinalExam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bank' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'passingScorePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsPerAttempt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLimitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoring' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewContent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewTiming' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleQuestions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shuffleOptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retakeWaitMinutes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blueprintPlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'freshAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retakesMayRepeat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'poolSize' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachUpdateQuizMutation, TeachUpdateQuizMutationVariables>;
export const TeachRemoveQuizDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRemoveQuiz' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeQuiz' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quizId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quizId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachRemoveQuizMutation, TeachRemoveQuizMutationVariables>;
export const TeachRecordPilotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachRecordPilot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordLessonPilotInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordLessonPilot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachRecordPilotMutation, TeachRecordPilotMutationVariables>;
export const TeachSubmitVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachSubmitVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitCourseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachSubmitVersionMutation, TeachSubmitVersionMutationVariables>;
export const TeachVersionEditorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachVersionEditor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateValidityMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quizzesAfterLessons' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningObjectives' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'objectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'handsOnObjectives' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topicTags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentialKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeStatement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releasedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentReviewedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditEndsOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disclosure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachDisclosureFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'correction' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kinds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'changelog' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalSeatTimeMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'course' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachModuleFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questionBanks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quizzes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachDisclosureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseDisclosure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commercialSupport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachModuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseModule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quiz' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachVersionEditorQuery, TeachVersionEditorQueryVariables>;
export const RecordBoardReportResultDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordBoardReportResult' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lineIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BoardReportResult' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordBoardReportResult' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lineIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lineIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordBoardReportResultMutation,
  RecordBoardReportResultMutationVariables
>;
export const CourseBoardReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CourseBoardReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BoardReportStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courseBoardReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'courseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exported' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rejected' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notReportable' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'exportedAt' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'exports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lineCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CourseBoardReportQuery, CourseBoardReportQueryVariables>;
export const ExportCeBrokerRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportCeBrokerRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportCeBrokerRoster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'courseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportCeBrokerRosterMutation, ExportCeBrokerRosterMutationVariables>;
export const BoardReportingCoursesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardReportingCourses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAuthoredCourses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardReportingCoursesQuery, BoardReportingCoursesQueryVariables>;
export const CourseBoardReportingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CourseBoardReporting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courseBoardReporting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'courseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'courseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'providerNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'boards' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CourseBoardReportingQuery, CourseBoardReportingQueryVariables>;
export const SetCourseBoardReportingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCourseBoardReporting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetCourseBoardReportingInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCourseBoardReporting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'courseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'providerNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'boards' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetCourseBoardReportingMutation,
  SetCourseBoardReportingMutationVariables
>;
export const TeachCreditReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeachCreditReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'courseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questionBanks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'questions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'creditReport' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'CreditReportFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'observedTime' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ObservedTimeFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'claimedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lessonMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quizMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readingWordsPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesPerQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatTimeTolerancePercent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportedHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesPerHour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'increment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mediaMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatTimeMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxSeatTimeMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pilot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'testers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quizzes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quizId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsDrawn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overridden' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'codes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adminName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObservedTimeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ObservedTime' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'completions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumCompletions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lessons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lessonId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learners' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeMedianMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeQ1Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeQ3Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingMedianMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingQ1Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readingQ3Minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flag' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachCreditReportQuery, TeachCreditReportQueryVariables>;
export const PreviewLessonMarkdownDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewLessonMarkdown' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'markdown' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewLessonMarkdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'markdown' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'markdown' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewLessonMarkdownQuery, PreviewLessonMarkdownQueryVariables>;
export const TeachUpdateVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TeachUpdateVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCourseVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCourseVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateValidityMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningObjectives' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'objectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'handsOnObjectives' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topicTags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changelog' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentialKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeStatement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releasedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentReviewedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditEndsOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disclosure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TeachDisclosureFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeachDisclosureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CourseDisclosure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commercialSupport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'company' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeachUpdateVersionMutation, TeachUpdateVersionMutationVariables>;
export const VerifyCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'codeWellFormed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licenseState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ceHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onlineMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'liveMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credentialKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeStatement' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvalNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isSample' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursText' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supersededByCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
