import { DataSource } from 'typeorm';
import { AssessmentErrors } from '../../apps/api/src/assessment/assessment-errors.js';
import { AttemptAnswers } from '../../apps/api/src/assessment/attempt-answers.service.js';
import { AttemptsService } from '../../apps/api/src/assessment/attempts.service.js';
import { asInstructor } from '../support/catalog.js';
import { asAdmin, registerLearner } from '../support/factories.js';
import {
  quizCourse,
  startAttempt,
  type AttemptView,
  type QuizCourse,
} from '../support/assessment.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ANSWER_MS = 40_000;

/**
 * AttemptAnswers.saveAll, the seed's way to answer: an attempt's answers in one transaction,
 * each at its own time, checked as `saveAnswer` checks one, and all or none of them stored.
 */
describe('several answers of an attempt saved together', () => {
  let test: TestApp;
  let db: DataSource;
  let course: QuizCourse;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    const author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    course = await quizCourse(author, admin);
  });
  afterAll(() => test.close());

  async function attempt() {
    const session = await registerLearner(test);
    const view = await startAttempt(test.client.as(session.accessToken), course);
    return { principal: { userId: session.userId, roles: [] }, view };
  }

  /** One answer per question, the right one, a question every ANSWER_MS from the start. */
  function rightAnswers(view: AttemptView, from: Date) {
    return view.questions.map(({ questionId }, index) => ({
      questionId,
      selectedOptionIds: course.key.get(questionId)!,
      answeredAt: new Date(from.getTime() + index * ANSWER_MS),
    }));
  }

  async function stored(attemptId: string) {
    return (await db.query(
      `SELECT question_id AS "questionId", selected_option_ids AS "selectedOptionIds",
              answered_at AS "answeredAt"
         FROM attempt_questions WHERE attempt_id = $1 ORDER BY position`,
      [attemptId],
    )) as { questionId: string; selectedOptionIds: string[] | null; answeredAt: Date | null }[];
  }

  it('stores each answer with its time, and the attempt grades as answered', async () => {
    const { principal, view } = await attempt();
    const from = test.clock.now();
    const answers = rightAnswers(view, from);
    test.clock.advance((answers.length - 1) * ANSWER_MS);
    await test.app.get(AttemptAnswers).saveAll(view.id, answers, principal);
    expect(await stored(view.id)).toEqual(answers);
    const graded = await test.app.get(AttemptsService).submit(view.id, principal);
    expect(graded.passed).toBe(true);
  });

  it('keeps the later of two answers to one question', async () => {
    const { principal, view } = await attempt();
    const [first] = rightAnswers(view, test.clock.now());
    test.clock.advance(ANSWER_MS);
    const later = { ...first!, selectedOptionIds: [], answeredAt: test.clock.now() };
    await test.app.get(AttemptAnswers).saveAll(view.id, [first!, later], principal);
    expect((await stored(view.id))[0]).toEqual(later);
  });

  it('refuses, storing nothing, what saveAnswer would refuse', async () => {
    const { principal, view } = await attempt();
    const answers = rightAnswers(view, test.clock.now()).slice(0, 1);
    test.clock.advance(ANSWER_MS);
    const saveAll = (change: Partial<(typeof answers)[number]>, who = principal) =>
      test.app
        .get(AttemptAnswers)
        .saveAll(view.id, [...answers, { ...answers[0]!, ...change }], who);
    const single = view.questions.find((q) => q.type === 'SINGLE_CHOICE')!;
    const another = view.questions.find((q) => q.questionId !== answers[0]!.questionId)!;

    const someoneElse = { userId: (await registerLearner(test)).userId, roles: [] };
    await expect(saveAll({}, someoneElse)).rejects.toThrow(
      AssessmentErrors.attemptNotFound().message,
    );
    await expect(saveAll({ selectedOptionIds: [another.options[0]!.id] })).rejects.toThrow(
      AssessmentErrors.notAnOption().message,
    );
    const both = single.options.map((option) => option.id);
    await expect(
      saveAll({ questionId: single.questionId, selectedOptionIds: both }),
    ).rejects.toThrow(AssessmentErrors.oneOptionOnly().message);
    await expect(saveAll({ questionId: course.bankId })).rejects.toThrow(
      AssessmentErrors.notInAttempt().message,
    );
    await expect(
      saveAll({ answeredAt: new Date(test.clock.now().getTime() + 1000) }),
    ).rejects.toThrow(/outside the attempt/);
    expect((await stored(view.id)).every((row) => row.answeredAt === null)).toBe(true);

    await test.app.get(AttemptsService).submit(view.id, principal);
    await expect(saveAll({})).rejects.toThrow(AssessmentErrors.attemptSubmitted().message);
  });
});
