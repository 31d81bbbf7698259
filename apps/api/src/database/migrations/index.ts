import { Identity1764201600000 } from './1764201600000-Identity.js';
import { Catalog1764288000000 } from './1764288000000-Catalog.js';
import { Assessment1764374400000 } from './1764374400000-Assessment.js';
import { LearningCredentials1764460800000 } from './1764460800000-LearningCredentials.js';
import { Organizations1764547200000 } from './1764547200000-Organizations.js';
import { Seed1764633600000 } from './1764633600000-Seed.js';
import { CreditIntegrity1764720000000 } from './1764720000000-CreditIntegrity.js';
import { Jobs1764806400000 } from './1764806400000-Jobs.js';
import { AccountSelfService1764892800000 } from './1764892800000-AccountSelfService.js';
import { Licenses1764979200000 } from './1764979200000-Licenses.js';
import { MembersRequiredToHold1765152000000 } from './1765152000000-MembersRequiredToHold.js';
import { Privacy1765238400000 } from './1765238400000-Privacy.js';
import { QuizzesAfterLessons1765324800000 } from './1765324800000-QuizzesAfterLessons.js';
import { EmailPreferences1765411200000 } from './1765411200000-EmailPreferences.js';
import { LessonMedia1765497600000 } from './1765497600000-LessonMedia.js';
import { WatchedSeconds1765584000000 } from './1765584000000-WatchedSeconds.js';
import { CorrectionNotices1765670400000 } from './1765670400000-CorrectionNotices.js';
import { HandsOnObjectives1765756800000 } from './1765756800000-HandsOnObjectives.js';
import { PracticeLogs1765929600000 } from './1765929600000-PracticeLogs.js';
import { LiveSessions1765843200000 } from './1765843200000-LiveSessions.js';
import { LiveAttendance1766016000000 } from './1766016000000-LiveAttendance.js';
import { PracticalExams1766102400000 } from './1766102400000-PracticalExams.js';
import { HybridPrograms1766188800000 } from './1766188800000-HybridPrograms.js';
import { DryNeedlingRules1766275200000 } from './1766275200000-DryNeedlingRules.js';
import { LicenseStatus1766361600000 } from './1766361600000-LicenseStatus.js';
import { Renewals1766448000000 } from './1766448000000-Renewals.js';
import { BoardReporting1766534400000 } from './1766534400000-BoardReporting.js';

/** Every migration, oldest first. Listed explicitly: ESM builds have no glob loading. */
export const MIGRATIONS = [
  Identity1764201600000,
  Catalog1764288000000,
  Assessment1764374400000,
  LearningCredentials1764460800000,
  Organizations1764547200000,
  Seed1764633600000,
  CreditIntegrity1764720000000,
  Jobs1764806400000,
  AccountSelfService1764892800000,
  Licenses1764979200000,
  MembersRequiredToHold1765152000000,
  Privacy1765238400000,
  QuizzesAfterLessons1765324800000,
  EmailPreferences1765411200000,
  LessonMedia1765497600000,
  WatchedSeconds1765584000000,
  CorrectionNotices1765670400000,
  HandsOnObjectives1765756800000,
  LiveSessions1765843200000,
  PracticeLogs1765929600000,
  LiveAttendance1766016000000,
  PracticalExams1766102400000,
  HybridPrograms1766188800000,
  DryNeedlingRules1766275200000,
  LicenseStatus1766361600000,
  Renewals1766448000000,
  BoardReporting1766534400000,
];
