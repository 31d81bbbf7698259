import { Injectable, Module } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { AttemptGraded } from '../../apps/api/src/assessment/events.js';
import { CertificateEntity } from '../../apps/api/src/credentials/entities/certificate.entity.js';
import { CertificateIssued, CertificateRevoked } from '../../apps/api/src/credentials/events.js';
import { CourseCompleted } from '../../apps/api/src/learning/events.js';
import { MembershipChanged } from '../../apps/api/src/organizations/events.js';
import { OrganizationRole } from '../../apps/api/src/organizations/organization-role.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import {
  answerAll,
  ENROLL,
  quizCourse,
  startAttempt,
  SUBMIT_ATTEMPT,
  type QuizCourse,
} from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  COMPLETE_LESSON,
  EVALUATE,
  evaluationInput,
  MY_CERTIFICATES,
  RECORD,
  REVOKE,
} from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Subscribes the way a module's handler does (found by Nest at start-up), and keeps what it
 * hears. A certificate issued is heard inside its transaction: the row is read back through
 * the event's manager, as a handler would.
 */
@Injectable()
class Recorder {
  readonly heard: object[] = [];
  readonly issuedRowFound: boolean[] = [];

  @OnEvent(AttemptGraded.event)
  graded(event: AttemptGraded) {
    this.heard.push(event);
  }

  @OnEvent(CourseCompleted.event)
  completed(event: CourseCompleted) {
    this.heard.push(event);
  }

  @OnEvent(CertificateIssued.event, { suppressErrors: false })
  async issued(event: CertificateIssued) {
    this.heard.push(event);
    const row = await event.manager.findOneBy(CertificateEntity, { id: event.certificateId });
    this.issuedRowFound.push(row !== null);
  }

  @OnEvent(CertificateRevoked.event)
  revoked(event: CertificateRevoked) {
    this.heard.push(event);
  }

  @OnEvent(MembershipChanged.event)
  membership(event: MembershipChanged) {
    this.heard.push(event);
  }

  take<T extends object>(type: new (...args: never[]) => T): T[] {
    const taken = this.heard.filter((event): event is T => event instanceof type);
    this.heard.splice(0, this.heard.length, ...this.heard.filter((e) => !(e instanceof type)));
    return taken;
  }
}

@Module({ providers: [Recorder] })
class RecorderModule {}

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`;
const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!) {
    acceptInvitation(token: $token) {
      id
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  query Members($organizationId: ID!) {
    organizationMembers(organizationId: $organizationId) {
      id
      userId
    }
  }
`;
const CHANGE_ROLE = /* GraphQL */ `
  mutation Role($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
    }
  }
`;
const END = /* GraphQL */ `
  mutation End($membershipId: ID!) {
    endMembership(membershipId: $membershipId)
  }
`;

describe('domain events, published where the fact happens', () => {
  let test: TestApp;
  let recorder: Recorder;
  const inbox: OutgoingMail[] = [];

  beforeAll(async () => {
    test = await startTestApp(
      {},
      { mailSink: (mail) => void inbox.push(mail), imports: [RecorderModule] },
    );
    recorder = test.app.get(Recorder);
  });
  afterAll(() => test.close());

  describe('a course finished by its quiz, then its certificate revoked', () => {
    let course: QuizCourse;
    let holder: Session;
    let learner: GraphQLClient;

    beforeAll(async () => {
      const author = test.client.as((await asInstructor(test)).accessToken);
      const admin = test.client.as((await asAdmin(test)).accessToken);
      course = await quizCourse(author, admin, {
        bankSize: 3,
        quiz: { passingScorePercent: 60 },
        publish: false,
      });
      await author.ok(UPDATE_LESSON, {
        input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
      });
      await publish(author, admin, course.versionId);
      holder = await registerLearner(test);
      learner = test.client.as(holder.accessToken);
    });

    it('grades, then completes the course and issues its certificate, the quiz last', async () => {
      const { enroll } = await learner.ok<{ enroll: { id: string } }>(ENROLL, {
        courseId: course.courseId,
      });
      const lessonId = course.lessonIds[0];
      await learner.ok(RECORD, { lessonId });
      for (let i = 0; i < 2; i += 1) {
        test.clock.advance(30_000);
        await learner.ok(RECORD, { lessonId });
      }
      await learner.ok(COMPLETE_LESSON, { lessonId });
      await learner.ok(EVALUATE, { input: evaluationInput(enroll.id) });
      expect(recorder.heard).toEqual([]);

      const attempt = await startAttempt(learner, course);
      await answerAll(learner, attempt, course.key, () => true);
      await learner.ok(SUBMIT_ATTEMPT, { attemptId: attempt.id });

      expect(recorder.take(AttemptGraded)).toEqual([
        new AttemptGraded(attempt.id, holder.userId, course.quizId, course.versionId, true),
      ]);
      const [issued, ...more] = recorder.take(CertificateIssued);
      expect(more).toEqual([]);
      expect(issued).toMatchObject({
        kind: 'COURSE',
        userId: holder.userId,
        enrollmentId: enroll.id,
        programId: null,
      });
      expect(recorder.issuedRowFound).toEqual([true]);
      expect(recorder.take(CourseCompleted)).toEqual([
        new CourseCompleted(
          enroll.id,
          holder.userId,
          course.courseId,
          course.versionId,
          issued!.certificateId,
        ),
      ]);
      expect(recorder.heard).toEqual([]);
    });

    it('publishes the revocation once it has committed', async () => {
      const admin = test.client.as((await asAdmin(test)).accessToken);
      const { myCertificates } = await learner.ok<{
        myCertificates: { id: string; code: string }[];
      }>(MY_CERTIFICATES);
      const [certificate] = myCertificates;
      await admin.ok(REVOKE, { input: { code: certificate!.code, reason: 'Issued in error' } });
      const [revoked, ...more] = recorder.take(CertificateRevoked);
      expect(more).toEqual([]);
      expect(revoked).toMatchObject({
        certificateId: certificate!.id,
        code: certificate!.code,
        userId: holder.userId,
        reason: 'Issued in error',
      });
      expect(revoked!.revokedAt).toEqual(test.clock.now());
      // A second revocation is refused: nothing happened, so nothing is published.
      await admin.error(REVOKE, { input: { code: certificate!.code, reason: 'Again' } });
      expect(recorder.heard).toEqual([]);
    });
  });

  it('publishes every change of membership: joined, role changed, removed', async () => {
    const owner = await registerLearner(test);
    const ownerClient = test.client.as(owner.accessToken);
    const { createOrganization } = await ownerClient.ok<{ createOrganization: { id: string } }>(
      CREATE,
      { input: { name: 'Cascade Physical Therapy' } },
    );
    const clinicId = createOrganization.id;
    const staff = await registerLearner(test);
    await ownerClient.ok(INVITE, {
      input: { organizationId: clinicId, email: staff.email, role: 'STAFF' },
    });
    const token = /token=([A-Za-z0-9_-]+)/.exec(inbox.at(-1)!.text)![1]!;
    await test.client.as(staff.accessToken).ok(ACCEPT, { token });
    const { organizationMembers } = await ownerClient.ok<{
      organizationMembers: { id: string; userId: string }[];
    }>(MEMBERS, { organizationId: clinicId });
    const membershipOf = (userId: string) =>
      organizationMembers.find((member) => member.userId === userId)!.id;
    await ownerClient.ok(CHANGE_ROLE, {
      input: { membershipId: membershipOf(staff.userId), role: 'ORG_ADMIN' },
    });
    await ownerClient.ok(END, { membershipId: membershipOf(staff.userId) });

    const changes = recorder.take(MembershipChanged);
    expect(changes).toEqual([
      new MembershipChanged(
        membershipOf(owner.userId),
        clinicId,
        owner.userId,
        'JOINED',
        OrganizationRole.ORG_ADMIN,
      ),
      new MembershipChanged(
        membershipOf(staff.userId),
        clinicId,
        staff.userId,
        'JOINED',
        OrganizationRole.STAFF,
      ),
      new MembershipChanged(
        membershipOf(staff.userId),
        clinicId,
        staff.userId,
        'ROLE_CHANGED',
        OrganizationRole.ORG_ADMIN,
      ),
      new MembershipChanged(
        membershipOf(staff.userId),
        clinicId,
        staff.userId,
        'REMOVED',
        OrganizationRole.ORG_ADMIN,
      ),
    ]);
    expect(recorder.heard).toEqual([]);
  });
});
