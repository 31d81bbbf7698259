import type { ManualClock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { OrganizationRole } from '../organizations/organization-role.js';
import type { CurriculumSeedResult } from './curriculum-seeder.js';
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
import { SeededRandom } from './random.js';
import type { SeedRecords } from './seed-records.js';
import type { SeedProgress, SeedServices } from './seed-services.js';
import { SimulatedLearner } from './simulated-learner.js';

const DAY = 86_400_000;
const MARKER = 'demo-data';
const FOUNDATIONS = 'dry-needling-foundations';
const MECHANISM = 'dry-needling-mechanism';

/**
 * People in every state a screen can show, made through the same services the web app
 * calls: staff earn their didactic credential by taking the four courses (on a clock set
 * back to when they took them), the clinic invites them by email and they accept.
 * Runs once per database; the marker in seed_records says it ran.
 */
export class DemoDataSeeder {
  private readonly random = new SeededRandom('fascicle-demo');

  constructor(
    private readonly services: SeedServices,
    private readonly records: SeedRecords,
    private readonly clock: ManualClock,
    private readonly inbox: OutgoingMail[],
    private readonly progress: SeedProgress,
  ) {}

  async run(curriculum: CurriculumSeedResult, people: { author: Principal; admin: Principal }) {
    if (await this.records.get(MARKER)) return false;
    if (await this.services.accounts.findByEmail(CLINIC_ADMIN.email)) {
      throw new Error(
        'The demo data was interrupted by an earlier run; start again on a new data folder ' +
          '(delete FASCICLE_DATA_DIR, ./.data by default).',
      );
    }
    const now = this.clock.now();
    const courseIds = (slug: string) => curriculum.courses.find((c) => c.slug === slug)!.courseId;
    const program = curriculum.courses.map((course) => course.courseId);

    const second = await this.account(SECOND_INSTRUCTOR);
    for (const slug of ['dry-needling-safety', 'dry-needling-technique']) {
      await this.services.authoring.addAuthor(
        { courseId: courseIds(slug), email: second.email },
        people.author,
      );
    }
    this.progress(`  ${SECOND_INSTRUCTOR.displayName} co-authors Safety and Technique`);

    const staff: { person: DemoStaff; principal: Principal; email: string }[] = [];
    for (const [index, person] of CLINIC_STAFF.entries()) {
      const account = await this.account(staffAccount(person, index));
      const learner = this.learner(account, 1.6 + this.random.next());
      const story = person.story;
      if (story.kind === 'CREDENTIAL' || story.kind === 'REVOKED') {
        const issue = addMonths(new Date(now.getTime() + story.expiresInDays * DAY), -24);
        this.clock.set(new Date(issue.getTime() - DAY / 2));
        for (const courseId of program) await this.complete(learner, courseId);
      } else if (story.kind === 'PART_WAY') {
        this.clock.set(new Date(now.getTime() - 20 * DAY));
        await this.complete(learner, courseIds(FOUNDATIONS));
        await this.partWay(learner, courseIds(MECHANISM), 2);
      }
      staff.push({ person, principal: learner.principal, email: account.email });
      this.progress(`  ${person.name}: ${describeStory(person)}`);
    }

    const learnerAccount = await this.services.accounts.findByEmail('learner@fascicle.test');
    if (learnerAccount) {
      this.clock.set(new Date(now.getTime() - 3 * DAY));
      const principal = { userId: learnerAccount.id, roles: learnerAccount.roles };
      await this.partWay(this.learner(principal, 1), courseIds(FOUNDATIONS), 2);
      this.progress('  learner@fascicle.test is part-way through Foundations');
    }

    const attempts = await this.cohort(courseIds(FOUNDATIONS), now);
    this.progress(`  ${COHORT_SIZE} learners took the Foundations quizzes (${attempts} attempts)`);

    this.clock.set(now);
    await this.clinic(staff, curriculum.programId, people.admin);
    await this.records.set(MARKER, now.toISOString());
    return true;
  }

  private async clinic(
    staff: { person: DemoStaff; principal: Principal; email: string }[],
    programId: string,
    admin: Principal,
  ) {
    const clinicAdmin = await this.account(CLINIC_ADMIN);
    const { organization } = await this.services.organizations.create(CLINIC_NAME, clinicAdmin);
    await this.services.requiredCredentials.add(
      { organizationId: organization.id, label: 'Dry needling didactic coursework', programId },
      clinicAdmin,
    );
    for (const member of staff) {
      this.inbox.length = 0;
      await this.services.organizations.invite(
        { organizationId: organization.id, email: member.email, role: OrganizationRole.STAFF },
        clinicAdmin,
      );
      const token = /token=([A-Za-z0-9_-]+)/.exec(this.inbox.at(-1)?.text ?? '')?.[1];
      if (!token) throw new Error(`no invitation reached ${member.email}`);
      await this.services.organizations.accept(token, member.principal);
      this.clock.advance(60_000);
      if (member.person.story.kind === 'REVOKED') {
        const certificates = await this.services.certificates.mine(member.principal.userId);
        const credential = certificates.find((certificate) => certificate.kind === 'PROGRAM')!;
        await this.services.certificates.revoke(
          credential.code,
          'Demo: withdrawn after a documented breach of clean needle technique.',
          admin,
        );
      }
    }
    this.progress(`  ${CLINIC_NAME}: ${CLINIC_ADMIN.email} and ${staff.length} staff`);
  }

  /**
   * Each cohort learner enrols at their own time. Half complete the course (enough for the
   * authors' observed-time report); the rest read a lesson or none and try the quizzes.
   */
  private async cohort(foundationsId: string, now: Date): Promise<number> {
    let attempts = 0;
    for (let index = 0; index < COHORT_SIZE; index += 1) {
      const account = await this.account(cohortAccount(index));
      const learner = this.learner(account, this.random.between(-1, 2.5));
      this.clock.set(new Date(now.getTime() - this.random.between(5, 60) * DAY));
      if (index % 2 === 1) {
        await this.complete(learner, foundationsId);
        attempts += learner.attemptsMade;
        continue;
      }
      const enrollment = await learner.enroll(foundationsId);
      if (index % 4 === 0) await learner.readLessons(enrollment, 1);
      for (const quiz of (await learner.quizzesOf(enrollment.versionId)).filter(
        (q) => q.moduleId,
      )) {
        const tries = 1 + Math.floor(this.random.next() * 3);
        await learner.takeQuiz(quiz, tries);
      }
      attempts += learner.attemptsMade;
    }
    return attempts;
  }

  private async complete(learner: SimulatedLearner, courseId: string): Promise<void> {
    const enrollment = await learner.enroll(courseId);
    await learner.readLessons(enrollment);
    for (const quiz of await learner.quizzesOf(enrollment.versionId)) {
      const limit = quiz.maxAttempts ?? 3;
      if (!(await learner.takeQuiz(quiz, limit, true))) throw new Error(`failed ${quiz.title}`);
    }
    await learner.evaluate(enrollment);
  }

  private async partWay(learner: SimulatedLearner, courseId: string, lessons: number) {
    const enrollment = await learner.enroll(courseId);
    await learner.readLessons(enrollment, lessons);
    const [firstQuiz] = await learner.quizzesOf(enrollment.versionId);
    if (firstQuiz) await learner.takeQuiz(firstQuiz, 3, true);
  }

  private learner(principal: Principal, ability: number): SimulatedLearner {
    return new SimulatedLearner(this.services, this.clock, principal, ability, this.random);
  }

  /** The person's account, made if missing, as the principal the services take. */
  private async account({ roles, ...account }: DemoPerson) {
    const existing = await this.services.accounts.findByEmail(account.email);
    const user = existing ?? (await this.services.accounts.create(account, roles));
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

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
