import type { ManualClock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import type { OutgoingMail } from '../mail/mailer.js';
import type { CurriculumSeedResult } from './curriculum-seeder.js';
import { CourseFacts } from './course-facts.js';
import { DemoClinic, type ClinicMember } from './demo-clinic.js';
import { DemoLicensing } from './demo-licensing.js';
import { DemoHybrid } from './demo-hybrid.js';
import {
  CLINIC_ADMIN,
  CLINIC_NAME,
  CLINIC_STAFF,
  COHORT_SIZE,
  SECOND_INSTRUCTOR,
  cohortAccount,
  staffAccount,
  type DemoPerson,
  type DemoStaff,
} from './demo-people.js';
import { KeyedRandom } from './random.js';
import type { SeedRecords } from './seed-records.js';
import type { SeedProgress, SeedServices } from './seed-services.js';
import { SimulatedLearner, type DemoCourse } from './simulated-learner.js';

const DAY = 86_400_000;
const MARKER = 'demo-data';
const STARTED_AT = 'demo-data:started-at';
const FOUNDATIONS = 'dry-needling-foundations';
const MECHANISM = 'dry-needling-mechanism';
/** A progress line after every this many cohort learners. */
const COHORT_REPORT_EVERY = 12;

/** One part of the demo data, done whole or redone whole; its record says it is done. */
interface Step {
  key: string;
  /** Returns what to record (the cohort's attempt counts), and prints its own progress. */
  run(): Promise<string | void>;
}

/**
 * People in every state a screen can show, made through the same services the web app
 * calls: staff earn their didactic credential by taking the eight courses (on a clock set
 * back to when they took them), the clinic invites them by email and they accept.
 *
 * Done once per database, in steps (the co-author, each staff member, the demo learner,
 * each cohort learner, the clinic), each recorded in seed_records when done. A run after a
 * crash skips the recorded steps and redoes the interrupted one, which picks up what it had
 * stored (see SimulatedLearner) on the clock of the first run (its start is recorded too).
 */
export class DemoDataSeeder {
  private readonly random = new KeyedRandom('fascicle-demo');
  private readonly facts: CourseFacts;

  constructor(
    private readonly services: SeedServices,
    private readonly records: SeedRecords,
    private readonly clock: ManualClock,
    private readonly inbox: OutgoingMail[],
    private readonly progress: SeedProgress,
  ) {
    this.facts = new CourseFacts(services);
  }

  async run(curriculum: CurriculumSeedResult, people: { author: Principal; admin: Principal }) {
    if (await this.records.get(MARKER)) return false;
    const now = await this.startedAt();
    const course = (slug: string): DemoCourse => ({
      id: curriculum.courses.find((c) => c.slug === slug)!.courseId,
      slug,
    });
    const program = curriculum.courses.map(({ courseId: id, slug }) => ({ id, slug }));
    const cohortAttempts: number[] = [];

    const steps: Step[] = [
      { key: 'co-author', run: () => this.coAuthor(curriculum, people.author, now) },
      ...CLINIC_STAFF.map((person, index) => ({
        key: `staff:${index}`,
        run: () => this.staffMember(person, index, program, course, now),
      })),
      { key: 'learner', run: () => this.demoLearner(course(FOUNDATIONS), now) },
      { key: 'hybrid', run: () => this.hybrid(program, people, now) },
      ...Array.from({ length: COHORT_SIZE }, (_, index) => ({
        key: `cohort:${index}`,
        run: () => this.cohortLearner(index, course(FOUNDATIONS), now),
      })),
      { key: 'clinic', run: () => this.clinic(curriculum.programId, people.admin, now) },
      { key: 'licensing', run: () => this.licensing(now) },
    ];
    let skipped = 0;
    for (const step of steps) {
      const key = `demo-data:${step.key}`;
      let value = await this.records.get(key);
      if (value === null) {
        if (skipped > 0) {
          this.progress(`  resuming an interrupted run: ${skipped} of ${steps.length} steps done`);
          skipped = 0;
        }
        value = (await step.run()) ?? 'done';
        await this.records.set(key, value);
      } else {
        skipped += 1;
      }
      if (step.key.startsWith('cohort:')) {
        cohortAttempts.push(Number(value));
        this.cohortProgress(cohortAttempts);
      }
    }
    await this.records.set(MARKER, now.toISOString());
    return true;
  }

  /** The demo data's "now", kept from the first run so that a resumed step replays its times. */
  private async startedAt(): Promise<Date> {
    const recorded = await this.records.get(STARTED_AT);
    if (recorded) return new Date(recorded);
    const now = this.clock.now();
    await this.records.set(STARTED_AT, now.toISOString());
    return now;
  }

  private async coAuthor(curriculum: CurriculumSeedResult, author: Principal, now: Date) {
    this.clock.set(now);
    const second = await this.account(SECOND_INSTRUCTOR);
    const courseIds = ['dry-needling-safety', 'dry-needling-technique'].map(
      (slug) => curriculum.courses.find((c) => c.slug === slug)!.courseId,
    );
    const authors = await this.services.catalog.authorsByCourseIds(courseIds);
    for (const [index, courseId] of courseIds.entries()) {
      if (authors[index].some(({ userId }) => userId === second.userId)) continue;
      await this.services.authoring.addAuthor({ courseId, email: second.email }, author);
    }
    this.progress(`  ${SECOND_INSTRUCTOR.displayName} co-authors Safety and Technique`);
  }

  private async staffMember(
    person: DemoStaff,
    index: number,
    program: DemoCourse[],
    course: (slug: string) => DemoCourse,
    now: Date,
  ) {
    const story = person.story;
    this.clock.set(startOf(story, now));
    const account = await this.account(staffAccount(person, index));
    const random = this.random.child('staff', account.email);
    const learner = this.learner(account, 1.6 + random.unit('ability'), random);
    if (story.kind === 'CREDENTIAL' || story.kind === 'REVOKED') {
      for (const each of program) await learner.complete(each);
    } else if (story.kind === 'PART_WAY') {
      await learner.complete(course(FOUNDATIONS));
      await learner.partWay(course(MECHANISM), 2);
    }
    this.progress(`  ${person.name}: ${describeStory(person)}`);
  }

  /**
   * The hybrid program: the first two staff (who hold the coursework) take its labs; the
   * first completes everything, the second is part-way. The co-instructor supervises.
   */
  private async hybrid(
    program: DemoCourse[],
    people: { author: Principal; admin: Principal },
    now: Date,
  ) {
    const staff = (index: number) => this.account(staffAccount(CLINIC_STAFF[index]!, index));
    const account = await this.services.accounts.findByEmail('learner@fascicle.test');
    await new DemoHybrid(this.services, this.clock).make(
      program.map((course) => course.id),
      {
        instructor: people.author,
        admin: people.admin,
        supervisor: await this.account(SECOND_INSTRUCTOR),
        completer: await staff(0),
        inProgress: await staff(1),
        learner: account ? { userId: account.id, roles: account.roles } : null,
      },
      now,
    );
    this.progress(
      `  Hybrid program: ${CLINIC_STAFF[0]!.name} holds it (50 lab hours, practical passed, 25 supervised sessions); ${CLINIC_STAFF[1]!.name} is part-way`,
    );
  }

  private async demoLearner(foundations: DemoCourse, now: Date) {
    const account = await this.services.accounts.findByEmail('learner@fascicle.test');
    if (!account) return;
    this.clock.set(new Date(now.getTime() - 3 * DAY));
    const principal = { userId: account.id, roles: account.roles };
    const learner = this.learner(principal, 1, this.random.child('learner'));
    await learner.partWay(foundations, 2);
    this.progress('  learner@fascicle.test is part-way through Foundations');
  }

  /**
   * Each cohort learner enrols at their own time. Half complete the course (enough for the
   * authors' observed-time report); the rest read a lesson or none and try the quizzes.
   * Returns the attempts they made, for the progress line.
   */
  private async cohortLearner(index: number, foundations: DemoCourse, now: Date) {
    const random = this.random.child('cohort', index);
    this.clock.set(new Date(now.getTime() - random.between(5, 60, 'enrolled') * DAY));
    const account = await this.account(cohortAccount(index));
    const learner = this.learner(account, random.between(-1, 2.5, 'ability'), random);
    if (index % 2 === 1) {
      await learner.complete(foundations);
      return String(learner.attemptsMade);
    }
    const enrollment = await learner.enroll(foundations);
    if (index % 4 === 0) await learner.readLessons(enrollment, 1);
    const quizzes = await learner.quizzesOf(enrollment.versionId);
    for (const quiz of quizzes.filter((q) => q.moduleId)) {
      const tries = 1 + Math.floor(random.unit('tries', quiz.title) * 3);
      await learner.takeQuiz(quiz, tries);
    }
    return String(learner.attemptsMade);
  }

  private cohortProgress(attempts: number[]) {
    if (attempts.length === COHORT_SIZE) {
      const total = attempts.reduce((sum, n) => sum + n, 0);
      this.progress(`  ${COHORT_SIZE} learners took the Foundations quizzes (${total} attempts)`);
    } else if (attempts.length % COHORT_REPORT_EVERY === 0) {
      this.progress(`  cohort: ${attempts.length} of ${COHORT_SIZE} learners done`);
    }
  }

  private async clinic(programId: string, admin: Principal, now: Date) {
    this.clock.set(now);
    const clinicAdmin = await this.account(CLINIC_ADMIN);
    const staff: ClinicMember[] = [];
    for (const [index, person] of CLINIC_STAFF.entries()) {
      const { email, ...principal } = await this.account(staffAccount(person, index));
      staff.push({ person, principal, email });
    }
    await new DemoClinic(this.services, this.clock, this.inbox).make(
      clinicAdmin,
      staff,
      programId,
      admin,
    );
    this.progress(`  ${CLINIC_NAME}: ${CLINIC_ADMIN.email} and ${staff.length} staff`);
  }

  /** The clinic's state and the hybrid staff's licenses: what eligibility and renewals show. */
  private async licensing(now: Date) {
    const staff = (index: number) => this.account(staffAccount(CLINIC_STAFF[index]!, index));
    await new DemoLicensing(this.services, this.clock).make(
      {
        clinicAdmin: await this.account(CLINIC_ADMIN),
        completer: await staff(0),
        inProgress: await staff(1),
      },
      now,
    );
    this.progress(
      `  Licenses: the clinic practises in Colorado; ${CLINIC_STAFF[0]!.name} and ${CLINIC_STAFF[1]!.name} also hold Florida licenses (the second one supervised session short there, and renewing in Colorado within 60 days)`,
    );
  }

  private learner(principal: Principal, ability: number, random: KeyedRandom): SimulatedLearner {
    return new SimulatedLearner(this.services, this.clock, principal, ability, random, this.facts);
  }

  /** The person's account, made if missing, as the principal the services take. */
  private async account({ roles, ...account }: DemoPerson) {
    const existing = await this.services.accounts.findByEmail(account.email);
    const user =
      existing ?? (await this.services.accounts.create(account, roles, { emailVerified: true }));
    return { userId: user.id, email: user.email, roles: user.roles };
  }
}

function describeStory({ story }: DemoStaff): string {
  switch (story.kind) {
    case 'CREDENTIAL':
      return story.expiresInDays < 0
        ? `didactic credential expired ${-story.expiresInDays} days ago`
        : `didactic credential, expires in ${story.expiresInDays} days`;
    case 'REVOKED':
      return 'didactic credential, revoked';
    case 'PART_WAY':
      return 'part-way through the didactic program';
    case 'NOT_STARTED':
      return 'no didactic credential yet';
  }
}

/** When the staff member starts their courses: a credential lasts 24 months from its issue. */
function startOf(story: DemoStaff['story'], now: Date): Date {
  switch (story.kind) {
    case 'CREDENTIAL':
    case 'REVOKED': {
      const issue = addMonths(new Date(now.getTime() + story.expiresInDays * DAY), -24);
      return new Date(issue.getTime() - DAY / 2);
    }
    case 'PART_WAY':
      return new Date(now.getTime() - 20 * DAY);
    case 'NOT_STARTED':
      return now;
  }
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
