import { AppConfig } from '../../apps/api/src/config/app-config.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import {
  ENROLL,
  quizCourse,
  startAttempt,
  answerAll,
  SUBMIT_ATTEMPT,
} from '../support/assessment.js';
import type { QuizCourse } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, LOGIN, registerLearner, type Session } from '../support/factories.js';
import {
  COMPLETE_LESSON,
  EVALUATE,
  evaluationInput,
  MY_CERTIFICATES,
  RECORD,
} from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REQUEST_RESET = /* GraphQL */ `
  mutation RequestReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;
const RESET = /* GraphQL */ `
  mutation Reset($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;
const VERIFY_EMAIL = /* GraphQL */ `
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`;
const RESEND = /* GraphQL */ `
  mutation Resend {
    resendVerificationEmail
  }
`;
const ME = /* GraphQL */ `
  query Me {
    me {
      emailVerified
    }
  }
`;
const REFRESH = /* GraphQL */ `
  mutation Refresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      accessToken
    }
  }
`;
const PROGRESS = /* GraphQL */ `
  query Progress($id: ID!) {
    enrollment(id: $id) {
      status
      progressReport {
        remaining
      }
    }
  }
`;

const NEW_PASSWORD = 'a-new-password-of-mine';
const HOUR = 3_600_000;

describe('forgotten passwords and email verification, by links sent by email', () => {
  const inbox: OutgoingMail[] = [];
  let test: TestApp;

  /** The token of the newest link sent to `to` whose path is `path`. */
  const tokenFrom = (to: string, path: '/reset-password' | '/verify-email') => {
    const mail = inbox.filter((m) => m.to === to && m.text.includes(`${path}#token=`)).at(-1);
    if (!mail) throw new Error(`no ${path} mail to ${to}`);
    return /#token=([\w-]+)/.exec(mail.text)![1]!;
  };
  const mailsTo = (to: string) => inbox.filter((m) => m.to === to);

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
  });
  afterAll(() => test.close());

  describe('email verification', () => {
    let learner: Session;
    beforeAll(async () => {
      learner = await registerLearner(test, {}, { verified: false });
    });

    it('sends a link on sign-up; until it is opened the address is unverified', async () => {
      const [mail] = mailsTo(learner.email);
      expect(mail?.subject).toBe('Confirm your email address for Fascicle');
      expect(mail?.text).toContain(`${test.app.get(AppConfig).publicUrl}/verify-email#token=`);
      const { me } = await test.client
        .as(learner.accessToken)
        .ok<{ me: { emailVerified: boolean } }>(ME);
      expect(me.emailVerified).toBe(false);
    });

    it('verifies the address once; the same link again is refused and changes nothing', async () => {
      const token = tokenFrom(learner.email, '/verify-email');
      expect(await test.client.ok(VERIFY_EMAIL, { token })).toEqual({ verifyEmail: true });
      const { me } = await test.client
        .as(learner.accessToken)
        .ok<{ me: { emailVerified: boolean } }>(ME);
      expect(me.emailVerified).toBe(true);
      const reused = await test.client.error(VERIFY_EMAIL, { token });
      expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(reused.message).toMatch(/expired or was already used/);
      // Nothing more to verify: no mail is sent.
      const before = inbox.length;
      expect(await test.client.as(learner.accessToken).ok(RESEND)).toEqual({
        resendVerificationEmail: false,
      });
      expect(inbox).toHaveLength(before);
    });

    it('refuses an expired link, and a link that is not one', async () => {
      const late = await registerLearner(test, {}, { verified: false });
      const token = tokenFrom(late.email, '/verify-email');
      test.clock.advance(7 * 24 * HOUR + 60_000);
      try {
        const expired = await test.client.error(VERIFY_EMAIL, { token });
        expect(expired.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      } finally {
        test.clock.advance(-(7 * 24 * HOUR + 60_000));
      }
      const made_up = await test.client.error(VERIFY_EMAIL, { token: 'not-a-token' });
      expect(made_up.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      const { me } = await test.client
        .as(late.accessToken)
        .ok<{ me: { emailVerified: boolean } }>(ME);
      expect(me.emailVerified).toBe(false);
    });

    it('sends the link again at most three times an hour, and only the newest works', async () => {
      const person = await registerLearner(test, {}, { verified: false });
      const first = tokenFrom(person.email, '/verify-email');
      const mine = test.client.as(person.accessToken);
      await mine.ok(RESEND);
      await mine.ok(RESEND);
      const refused = await mine.error(RESEND);
      expect(refused.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(mailsTo(person.email)).toHaveLength(3);
      const stale = await test.client.error(VERIFY_EMAIL, { token: first });
      expect(stale.extensions?.code).toBe('BAD_USER_INPUT');
      await test.client.ok(VERIFY_EMAIL, { token: tokenFrom(person.email, '/verify-email') });
    });
  });

  describe('a certificate waits for a verified address', () => {
    let course: QuizCourse;
    beforeAll(async () => {
      const author = test.client.as((await asInstructor(test)).accessToken);
      const admin = test.client.as((await asAdmin(test)).accessToken);
      course = await quizCourse(author, admin, { bankSize: 3, publish: false });
      await author.ok(UPDATE_LESSON, {
        input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
      });
      await publish(author, admin, course.versionId);
    });

    it('completes nothing until the link is opened, then issues the certificate', async () => {
      const learner = await registerLearner(test, {}, { verified: false });
      const mine = test.client.as(learner.accessToken);
      const { enroll } = await mine.ok<{ enroll: { id: string } }>(ENROLL, {
        courseId: course.courseId,
      });
      const lessonId = course.lessonIds[0];
      await mine.ok(RECORD, { lessonId });
      test.clock.advance(60_000);
      await mine.ok(RECORD, { lessonId });
      await mine.ok(COMPLETE_LESSON, { lessonId });
      const attempt = await startAttempt(mine, course);
      await answerAll(mine, attempt, course.key, () => true);
      await mine.ok(SUBMIT_ATTEMPT, { attemptId: attempt.id });
      const { submitCourseEvaluation } = await mine.ok<{
        submitCourseEvaluation: unknown;
      }>(EVALUATE, { input: evaluationInput(enroll.id) });
      expect(submitCourseEvaluation).toBeNull();
      const { enrollment } = await mine.ok<{
        enrollment: { status: string; progressReport: { remaining: string[] } };
      }>(PROGRESS, { id: enroll.id });
      expect(enrollment.status).toBe('ACTIVE');
      expect(enrollment.progressReport.remaining).toEqual([
        expect.stringMatching(/^Your email address is not verified yet/),
      ]);

      await test.client.ok(VERIFY_EMAIL, { token: tokenFrom(learner.email, '/verify-email') });
      const { myCertificates } = await mine.ok<{ myCertificates: { title: string }[] }>(
        MY_CERTIFICATES,
      );
      expect(myCertificates).toHaveLength(1);
      const after = await mine.ok<{ enrollment: { status: string } }>(PROGRESS, { id: enroll.id });
      expect(after.enrollment.status).toBe('COMPLETED');
    });
  });

  describe('password reset', () => {
    let learner: Session;
    beforeAll(async () => {
      learner = await registerLearner(test);
    });

    it('answers the same for an address without an account, and sends it nothing', async () => {
      const before = inbox.length;
      expect(await test.client.ok(REQUEST_RESET, { email: 'nobody@example.com' })).toEqual({
        requestPasswordReset: true,
      });
      expect(inbox).toHaveLength(before);
    });

    it('sets the new password once, ends every session, and the old password stops working', async () => {
      await test.client.ok(REQUEST_RESET, { email: learner.email.toUpperCase() });
      const token = tokenFrom(learner.email, '/reset-password');

      const weak = await test.client.error(RESET, { input: { token, newPassword: 'short' } });
      expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

      expect(await test.client.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
        resetPassword: true,
      });
      const reused = await test.client.error(RESET, {
        input: { token, newPassword: 'yet-another-password' },
      });
      expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

      const old = await test.client.error(LOGIN, {
        input: { email: learner.email, password: learner.password },
      });
      expect(old.extensions?.code).toBe('UNAUTHENTICATED');
      await test.client.ok(LOGIN, { input: { email: learner.email, password: NEW_PASSWORD } });
      const ended = await test.client.error(REFRESH, {
        input: { refreshToken: learner.refreshToken },
      });
      expect(ended.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a link older than 30 minutes, and one a newer request replaced', async () => {
      const person = await registerLearner(test);
      await test.client.ok(REQUEST_RESET, { email: person.email });
      const first = tokenFrom(person.email, '/reset-password');
      await test.client.ok(REQUEST_RESET, { email: person.email });
      const second = tokenFrom(person.email, '/reset-password');
      const replaced = await test.client.error(RESET, {
        input: { token: first, newPassword: NEW_PASSWORD },
      });
      expect(replaced.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      test.clock.advance(30 * 60_000 + 1_000);
      try {
        const expired = await test.client.error(RESET, {
          input: { token: second, newPassword: NEW_PASSWORD },
        });
        expect(expired.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      } finally {
        test.clock.advance(-(30 * 60_000 + 1_000));
      }
      await test.client.ok(LOGIN, { input: { email: person.email, password: person.password } });
    });

    it('sends one account at most three reset links an hour, answering the same', async () => {
      const person = await registerLearner(test);
      for (let i = 0; i < 5; i += 1) {
        expect(await test.client.ok(REQUEST_RESET, { email: person.email })).toEqual({
          requestPasswordReset: true,
        });
      }
      expect(mailsTo(person.email).filter((m) => m.text.includes('/reset-password#'))).toHaveLength(
        3,
      );
    });

    it('checks one credential per request: two aliased resets are refused before either runs', async () => {
      const result = await test.client.request(
        `mutation { a: resetPassword(input: { token: "x", newPassword: "${NEW_PASSWORD}" })
                    b: resetPassword(input: { token: "y", newPassword: "${NEW_PASSWORD}" }) }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });
});
