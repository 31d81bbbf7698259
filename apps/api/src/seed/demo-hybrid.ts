import { CredentialKind } from '@fascicle/catalog';
import {
  DRY_NEEDLING_PRACTICAL_CHECKLIST,
  PRACTICAL_EXAM_OTHER_ITEMS_PERCENT,
} from '@fascicle/hybrid';
import type { ManualClock } from '../config/clock.js';
import { SupervisorRulePreset } from '../hybrid-programs/dto/hands-on-requirements.input.js';
import type { Principal } from '../identity/auth/principal.js';
import { LiveSessionKind } from '../live-sessions/live-session-kind.js';
import { BodyRegion, SupervisedSessionStatus } from '../practice-logs/practice-log-kinds.js';
import type { SeedServices } from './seed-services.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
export const HYBRID_PROGRAM_SLUG = 'dry-needling-hybrid-florida';
/**
 * Florida's 50 face-to-face hours (s. 486.117 and rule 64B17-6.008, as the state rules file
 * gives them): five labs of ten hours, the longest a session may be is twelve.
 */
const LAB_COUNT = 5;
const LAB_MINUTES = 600;
const FLORIDA_HOURS = 50;
const SUPERVISED_SESSIONS = 25;
/** Days before the demo's "now" each past lab is held: two weekends and a Saturday. */
const LAB_DAYS_AGO = [27, 26, 20, 19, 13];
/** The upcoming lab a learner can register for. */
const NEXT_LAB_IN_DAYS = 12;
/** Labs run 13:00–23:00 UTC (8:00–18:00 in Florida in winter). */
const LAB_START_HOUR_UTC = 13;
/** Marcus arrives this late to one lab: past the grace, so those minutes are lost. */
const LATE_MINUTES = 20;

const SCOPE =
  'Coursework, 50 face-to-face hours of supervised lab practice with a practical examination, and 25 supervised patient sessions, designed against Florida’s rule (Fla. Admin. Code R. 64B17-6.008). It does not by itself authorise anyone to dry needle: the state’s own rules decide.';

export interface HybridPeople {
  /** Runs the labs and examines: an author of the program's courses. */
  instructor: Principal;
  admin: Principal;
  /** Supervises patient sessions: licensed, experienced, meets Florida's rule. */
  supervisor: Principal;
  /** Completes every requirement: awarded the hybrid credential. */
  completer: Principal;
  /** Attends the labs (late once), fails the practical, has log entries in every state. */
  inProgress: Principal;
  /** Registers for the next lab. */
  learner: Principal | null;
}

/**
 * The hybrid program of the demo (issue 18): the eight online courses, five labs that make
 * Florida's 50 face-to-face hours, the dry needling practical checklist and 25 supervised
 * sessions, with people at every stage. Each part is looked for before it is made, so a run
 * after a crash finishes the program without a second of anything.
 */
export class DemoHybrid {
  constructor(
    private readonly services: SeedServices,
    private readonly clock: ManualClock,
  ) {}

  async make(courseIds: string[], people: HybridPeople, now: Date): Promise<string> {
    this.clock.set(new Date(now.getTime() - 30 * DAY));
    const programId = await this.program(courseIds, people.admin);
    const checklistId = await this.checklist(programId, people.instructor);
    await this.services.supervisedSessions.setQualification(
      {
        licenseState: 'TX',
        licenseNumber: 'PT-007731',
        dryNeedlingYears: 6,
        ownSessions: 1400,
        meetsStateQualification: true,
      },
      people.supervisor,
    );
    const labs: string[] = [];
    for (const [index, daysAgo] of LAB_DAYS_AGO.entries()) {
      labs.push(await this.lab(programId, index, labStart(now, -daysAgo), people.instructor));
    }
    for (const [index, labId] of labs.entries()) {
      const start = labStart(now, -LAB_DAYS_AGO[index]!);
      await this.attend(labId, start, people.completer, people.instructor, 0);
      await this.attend(
        labId,
        start,
        people.inProgress,
        people.instructor,
        index === 2 ? LATE_MINUTES : 0,
      );
    }
    const lastLab = labStart(now, -LAB_DAYS_AGO[LAB_COUNT - 1]!);
    this.clock.set(new Date(lastLab.getTime() + 9 * HOUR));
    await this.examine(checklistId, people.completer, people.instructor, labs.at(-1)!, true);
    await this.examine(checklistId, people.inProgress, people.instructor, labs.at(-1)!, false);
    await this.supervisedLog(programId, people, now);
    this.clock.set(now);
    const next = await this.lab(
      programId,
      LAB_COUNT,
      labStart(now, NEXT_LAB_IN_DAYS),
      people.instructor,
    );
    if (people.learner) await this.seat(next, people.learner);
    return programId;
  }

  private async program(courseIds: string[], admin: Principal): Promise<string> {
    const existing = (await this.services.programs.list()).find(
      (program) => program.slug === HYBRID_PROGRAM_SLUG,
    );
    const programId =
      existing?.id ??
      (
        await this.services.programs.create(
          {
            slug: HYBRID_PROGRAM_SLUG,
            title: 'Trigger Point Dry Needling — Hybrid (Florida requirements)',
            description:
              'The eight online courses, five ten-hour labs with a practical examination, and 25 supervised patient sessions.',
            credentialKind: CredentialKind.HYBRID,
            scopeStatement: SCOPE,
            validityMonths: 24,
            courseIds,
          },
          admin,
        )
      ).id;
    // Replacing the rules with the same rules changes nothing: safe to do again after a crash.
    await this.services.hybridRules.set(
      {
        programId,
        liveMinutes: [{ sessionKind: LiveSessionKind.LAB, minimumMinutes: FLORIDA_HOURS * 60 }],
        practicalExam: true,
        supervisedSessions: { minimumCount: SUPERVISED_SESSIONS, withinDays: null },
        supervisorRule: SupervisorRulePreset.FLORIDA,
      },
      admin,
    );
    return programId;
  }

  private async checklist(programId: string, instructor: Principal): Promise<string> {
    const [latest] = await this.services.checklists.forProgram(programId);
    if (latest) return latest.id;
    const made = await this.services.checklists.create(
      {
        programId,
        title: 'Dry needling practical examination',
        items: DRY_NEEDLING_PRACTICAL_CHECKLIST.map(({ reason, ...item }) => ({
          ...item,
          description: reason,
        })),
        nonCriticalPassPercent: PRACTICAL_EXAM_OTHER_ITEMS_PERCENT,
      },
      instructor,
    );
    return made.id;
  }

  /** The lab `index` (scheduled a week before it starts, as an instructor would). */
  private async lab(
    programId: string,
    index: number,
    startsAt: Date,
    instructor: Principal,
  ): Promise<string> {
    const title = `Lab ${index + 1}: hands-on dry needling (${LAB_MINUTES / 60} hours)`;
    const existing = (
      await this.services.liveSessions.page({ programId, first: 50, upcoming: false })
    ).find((session) => session.title === title);
    if (existing) return existing.id;
    const at = this.clock.now();
    this.clock.set(new Date(Math.min(at.getTime(), startsAt.getTime() - 7 * DAY)));
    const session = await this.services.liveSessions.schedule(
      {
        programId,
        kind: LiveSessionKind.LAB,
        title,
        venue: 'Fascicle teaching lab, 400 N Tampa St, Tampa, FL 33602 (demo)',
        startsAt,
        endsAt: new Date(startsAt.getTime() + LAB_MINUTES * 60_000),
        capacity: 12,
        instructors: 2,
        learnersPerInstructor: 6,
        registrationCutoffHours: 48,
      },
      instructor,
    );
    this.clock.set(at);
    return session.id;
  }

  private async seat(sessionId: string, learner: Principal): Promise<void> {
    const [view] = await this.services.liveRegistrations.viewsOf(learner.userId, [sessionId]);
    if (!view) await this.services.liveRegistrations.register(sessionId, learner);
  }

  /**
   * A learner registers a week ahead, scans the code on the instructor's screen on arrival
   * (`lateMinutes` after the start) and at the end of the day.
   */
  private async attend(
    sessionId: string,
    startsAt: Date,
    learner: Principal,
    instructor: Principal,
    lateMinutes: number,
  ): Promise<void> {
    this.clock.set(new Date(startsAt.getTime() - 7 * DAY));
    await this.seat(sessionId, learner);
    const [attendance] = await this.services.liveAttendance.attendanceOf(sessionId, [
      learner.userId,
    ]);
    const scan = async (at: Date) => {
      this.clock.set(at);
      const { code } = await this.services.liveCheckIn.code(sessionId, instructor);
      await this.services.liveCheckIn.checkIn(sessionId, code, learner);
    };
    if (!attendance?.checkedInAt) await scan(new Date(startsAt.getTime() + lateMinutes * 60_000));
    if (!attendance?.checkedOutAt) {
      await scan(new Date(startsAt.getTime() + LAB_MINUTES * 60_000 - 2 * 60_000));
    }
  }

  /** A pass, or a fail on the one critical item most often missed near the lung. */
  private async examine(
    checklistId: string,
    candidate: Principal,
    examiner: Principal,
    sessionId: string,
    pass: boolean,
  ): Promise<void> {
    const done = await this.services.practicalExamQueries.list({
      candidateId: candidate.userId,
      first: 10,
    });
    if (done.some((exam) => exam.checklist.id === checklistId)) return;
    await this.services.practicalExams.record(
      {
        checklistId,
        candidateId: candidate.userId,
        examinedOn: this.clock.now().toISOString().slice(0, 10),
        sessionId,
        results: DRY_NEEDLING_PRACTICAL_CHECKLIST.map((item) => ({
          key: item.key,
          passed: pass || item.key !== 'technique-near-lung',
          notes:
            !pass && item.key === 'technique-near-lung'
              ? 'Directed the needle toward the chest wall over the upper trapezius instead of a pincer grasp aimed away from it.'
              : null,
        })),
        summary: pass
          ? 'Safe, fluent technique throughout.'
          : 'Failed a critical item: repeat the thoracic region station at the next lab.',
      },
      examiner,
    );
  }

  /**
   * The completer's 25 confirmed sessions over the two weeks after the labs; the learner in
   * progress has 24 confirmed, one rejected and one waiting.
   */
  private async supervisedLog(programId: string, people: HybridPeople, now: Date) {
    const logged = async (learner: Principal) =>
      (await this.services.supervisedSessions.mine(learner.userId, { first: 100 })).length;
    const entry = async (learner: Principal, day: Date, index: number) => {
      this.clock.set(new Date(day.getTime() + 20 * HOUR));
      const session = await this.services.supervisedSessions.record(
        {
          programId,
          sessionDate: day.toISOString().slice(0, 10),
          bodyRegions: [REGIONS[index % REGIONS.length]!],
          muscles: [MUSCLES[index % MUSCLES.length]!],
          needleCount: 2 + (index % 5),
          supervisorId: people.supervisor.userId,
          notes: null,
        },
        learner,
      );
      return session.id;
    };
    const start = new Date(now.getTime() - 12 * DAY);
    // Decisions first, for entries a crash left undecided; then the entries still to make.
    await this.decide(people, people.completer, () => SupervisedSessionStatus.CONFIRMED);
    for (let index = await logged(people.completer); index < SUPERVISED_SESSIONS; index += 1) {
      const day = new Date(start.getTime() + Math.floor(index / 3) * DAY);
      await this.services.supervisedSessions.confirm(
        await entry(people.completer, day, index),
        people.supervisor,
      );
    }
    for (let index = await logged(people.inProgress); index < IN_PROGRESS_LOG.length; index += 1) {
      const day = new Date(start.getTime() + Math.floor(index / 3) * DAY);
      await entry(people.inProgress, day, index);
    }
    await this.decide(people, people.inProgress, (index) => IN_PROGRESS_LOG[index]!);
  }

  /** The supervisor's decision on each of the learner's pending entries (oldest first). */
  private async decide(
    people: HybridPeople,
    learner: Principal,
    decision: (index: number) => SupervisedSessionStatus,
  ): Promise<void> {
    const entries = (await this.services.supervisedSessions.mine(learner.userId, { first: 100 }))
      .slice()
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
    for (const [index, entry] of entries.entries()) {
      if (entry.status !== SupervisedSessionStatus.PENDING) continue;
      if (decision(index) === SupervisedSessionStatus.CONFIRMED) {
        await this.services.supervisedSessions.confirm(entry.id, people.supervisor);
      } else if (decision(index) === SupervisedSessionStatus.REJECTED) {
        await this.services.supervisedSessions.reject(
          entry.id,
          'I was not in the room for this session: log it under the clinician who supervised it.',
          people.supervisor,
        );
      }
    }
  }
}

/**
 * The learner in progress: 24 entries confirmed (one short of the program's and Florida's 25),
 * one rejected, one waiting for the supervisor.
 */
const IN_PROGRESS_LOG = [
  ...Array.from({ length: 24 }, () => SupervisedSessionStatus.CONFIRMED),
  SupervisedSessionStatus.REJECTED,
  SupervisedSessionStatus.PENDING,
];

const REGIONS = [
  BodyRegion.SHOULDER_GIRDLE,
  BodyRegion.HEAD_AND_NECK,
  BodyRegion.LUMBAR_BACK,
  BodyRegion.HIP_AND_BUTTOCK,
  BodyRegion.LEG_AND_FOOT,
];
const MUSCLES = [
  'infraspinatus',
  'levator scapulae',
  'quadratus lumborum',
  'gluteus medius',
  'gastrocnemius',
  'upper trapezius',
];

/** The lab `days` from the demo's "now" (negative: before), at 13:00 UTC. */
function labStart(now: Date, days: number): Date {
  const day = new Date(now.getTime() + days * DAY);
  day.setUTCHours(LAB_START_HOUR_UTC, 0, 0, 0);
  return day;
}
