import { Injectable } from '@nestjs/common';
import { AssessmentAccountData } from '../assessment/assessment-account-data.js';
import type { AccountData } from '../common/privacy/account-data.js';
import { CorrectionsAccountData } from '../corrections/corrections-account-data.js';
import { CredentialsAccountData } from '../credentials/credentials-account-data.js';
import { IdentityAccountData } from '../identity/identity-account-data.js';
import { LearningAccountData } from '../learning/learning-account-data.js';
import { LiveSessionsAccountData } from '../live-sessions/live-sessions-account-data.js';
import { OrganizationsAccountData } from '../organizations/organizations-account-data.js';
import { PracticeLogsAccountData } from '../practice-logs/practice-logs-account-data.js';
import { PracticalExamsAccountData } from '../practical-exams/practical-exams-account-data.js';
import { RenewalsAccountData } from '../renewals/renewals-account-data.js';

/**
 * Every module's part of a person's data, in the order they are erased: identity last, since
 * the others may read the account (its address) before it is emptied.
 */
@Injectable()
export class AccountDataParts {
  readonly all: readonly AccountData[];

  constructor(
    organizations: OrganizationsAccountData,
    corrections: CorrectionsAccountData,
    practiceLogs: PracticeLogsAccountData,
    practicalExams: PracticalExamsAccountData,
    renewals: RenewalsAccountData,
    liveSessions: LiveSessionsAccountData,
    credentials: CredentialsAccountData,
    assessment: AssessmentAccountData,
    learning: LearningAccountData,
    identity: IdentityAccountData,
  ) {
    this.all = [
      organizations,
      corrections,
      practiceLogs,
      practicalExams,
      renewals,
      liveSessions,
      credentials,
      assessment,
      learning,
      identity,
    ];
  }
}
