import { setTimeout as delay } from 'node:timers/promises';
import { inParallel, Tally } from '../../lib/graphql-load.js';

/** @import { GraphqlLoadClient, KindStats } from '../../lib/graphql-load.js' */
/** @import { QuizCourse } from './course.js' */
/** @import { Learner } from './learners.js' */

// The web app's own documents (apps/web/src/pages/learning), so each request costs what a
// learner's does.
const ATTEMPT_FIELDS = `fragment AttemptFields on QuizAttempt {
  id quizId attemptNumber status startedAt secondsRemaining submittedAt submittedLate
  result { scorePercent scorePoints maxPoints passed showsCorrectness showsKey }
  questions {
    questionId position type stemHtml selectedOptionIds options { id text }
    review { correct points correctOptionIds explanationHtml reference }
  }
}`;
const START = `mutation StartQuizAttempt($quizId: ID!) {
  startQuizAttempt(quizId: $quizId) { ...AttemptFields }
} ${ATTEMPT_FIELDS}`;
const SAVE = `mutation SaveAnswer($input: SaveAnswerInput!) {
  saveAnswer(input: $input) { attemptId questionId selectedOptionIds answeredAt }
}`;
const SUBMIT = `mutation SubmitQuizAttempt($attemptId: ID!) {
  submitQuizAttempt(attemptId: $attemptId) { ...AttemptFields }
} ${ATTEMPT_FIELDS}`;
const RECORD = `mutation RecordLessonActivity($lessonId: ID!, $resumed: Boolean!, $reachedEnd: Boolean!) {
  recordLessonActivity(lessonId: $lessonId, resumed: $resumed, reachedEnd: $reachedEnd) {
    lessonId enrollmentId creditedSeconds requiredSeconds completed
  }
}`;

/** Learners answering their quiz at once before the burst (they are not what is measured). */
const PREPARE_CONCURRENCY = 50;

/**
 * @typedef {object} LoadPlan
 * @property {QuizCourse} course
 * @property {Learner[]} submitters
 * @property {Learner[]} heartbeaters
 * @property {number} heartbeatSeconds
 * @property {number} intervalSeconds
 */

/**
 * What the API answered OK to, i.e. promised to have stored: checked against the database.
 *
 * @typedef {object} Acknowledged
 * @property {{ attemptId: string, userId: string, scorePercent: number }[]} submits
 * @property {{ attemptId: string, questionId: string, selectedOptionIds: string[] }[]} saves
 * @property {SeatTime[]} seatTime One per learner sending reports.
 */

/**
 * @typedef {object} SeatTime
 * @property {string} userId
 * @property {number} answered Reports answered OK.
 * @property {number | null} lastCredited `creditedSeconds` of the last OK answer.
 * @property {boolean} lastFailed The last report got no OK answer (stored or not: unknown).
 * @property {number} elapsedMs From sending the first report to the last answer: the most
 *   seat time the server's clock can have credited.
 */

/**
 * @typedef {object} LoadRun
 * @property {Record<'submit' | 'heartbeat' | 'start' | 'save', KindStats>} kinds
 * @property {Acknowledged} acknowledged
 * @property {number} prepareSeconds How long the submitters took to start and answer.
 * @property {number} burstAtSeconds When the submits were sent, all at once, counted from
 *   the first heartbeat.
 * @property {number} burstSeconds From sending the submits to the last answer.
 * @property {number} heartbeatsEndedAtSeconds When the last report was answered.
 * @property {number} generatorCpuSeconds CPU this process (the load generator) used meanwhile:
 *   it shares the machine with what it measures.
 * @property {number} unprepared Submitters left out of the burst (their start or a save failed).
 */

/**
 * The load, in two steps. First the submitters start an attempt and save each answer (50 of
 * them at a time, as learners arrive). Then the measured part, from one clock: every heartbeat
 * learner reports seat time every `intervalSeconds` for `heartbeatSeconds` (their first reports
 * spread over the first interval, the first of each `resumed`, as a page just opened sends
 * it), and halfway through, every submitter submits at once.
 *
 * @param {GraphqlLoadClient} client
 * @param {LoadPlan} plan
 * @returns {Promise<LoadRun>}
 */
export async function runLearnerLoad(client, plan) {
  const tallies = {
    submit: new Tally(),
    heartbeat: new Tally(),
    start: new Tally(),
    save: new Tally(),
  };
  /** @type {Acknowledged} */
  const acknowledged = { submits: [], saves: [], seatTime: [] };

  const preparing = performance.now();
  /** @type {{ learner: Learner, attemptId: string }[]} */
  const ready = [];
  await inParallel(plan.submitters, PREPARE_CONCURRENCY, async (learner, index) => {
    const attemptId = await answerQuiz(client, learner, index, plan.course, tallies, acknowledged);
    if (attemptId) ready.push({ learner, attemptId });
  });
  const prepareSeconds = (performance.now() - preparing) / 1000;

  const began = performance.now();
  const cpu = process.cpuUsage();
  const seconds = () => (performance.now() - began) / 1000;
  const heartbeats = Promise.all(
    plan.heartbeaters.map((learner, index) =>
      reportSeatTime(client, learner, { ...plan, began, index, tally: tallies.heartbeat }),
    ),
  ).then((seatTime) => {
    acknowledged.seatTime = seatTime;
    return seconds();
  });
  await sleepUntil(began + (plan.heartbeatSeconds * 1000) / 2);
  const burstAtSeconds = seconds();
  await Promise.all(
    ready.map(async ({ learner, attemptId }) => {
      const answer = await client.send(learner.token, SUBMIT, { attemptId });
      tallies.submit.add(answer);
      if (answer.code === 'OK') {
        const { scorePercent } = answer.data.submitQuizAttempt.result;
        acknowledged.submits.push({ attemptId, userId: learner.userId, scorePercent });
      }
    }),
  );
  const burstSeconds = seconds() - burstAtSeconds;
  const heartbeatsEndedAtSeconds = await heartbeats;
  const { user, system } = process.cpuUsage(cpu);
  return {
    kinds: {
      submit: tallies.submit.stats(),
      heartbeat: tallies.heartbeat.stats(),
      start: tallies.start.stats(),
      save: tallies.save.stats(),
    },
    acknowledged,
    prepareSeconds,
    burstAtSeconds,
    burstSeconds,
    heartbeatsEndedAtSeconds,
    generatorCpuSeconds: (user + system) / 1e6,
    unprepared: plan.submitters.length - ready.length,
  };
}

/**
 * Starts an attempt and saves an answer to each question in turn (most right, some wrong, so
 * that scores differ). Returns the attempt, or null if a request failed.
 *
 * @param {GraphqlLoadClient} client
 * @param {Learner} learner
 * @param {number} index
 * @param {QuizCourse} course
 * @param {{ start: Tally, save: Tally }} tallies
 * @param {Acknowledged} acknowledged
 */
async function answerQuiz(client, learner, index, course, tallies, acknowledged) {
  const started = await client.send(learner.token, START, { quizId: course.quizId });
  tallies.start.add(started);
  if (started.code !== 'OK') return null;
  const attempt = started.data.startQuizAttempt;
  for (const [position, question] of attempt.questions.entries()) {
    const correct = course.key.get(question.questionId) ?? [];
    const wrong = question.options
      .map((/** @type {{ id: string }} */ option) => option.id)
      .filter((/** @type {string} */ id) => !correct.includes(id));
    const selectedOptionIds = (index + position) % 4 === 0 ? wrong.slice(0, 1) : correct;
    const input = { attemptId: attempt.id, questionId: question.questionId, selectedOptionIds };
    const saved = await client.send(learner.token, SAVE, { input });
    tallies.save.add(saved);
    if (saved.code !== 'OK') return null;
    acknowledged.saves.push(input);
  }
  return /** @type {string} */ (attempt.id);
}

/**
 * One learner's lesson page: a report every interval, each sent once the previous one is
 * answered (a late answer delays the next report, it does not pile them up). A report that
 * failed keeps the next one `resumed`, as the web app's reporter does.
 *
 * @param {GraphqlLoadClient} client
 * @param {Learner} learner
 * @param {LoadPlan & { began: number, index: number, tally: Tally }} options
 * @returns {Promise<SeatTime>}
 */
async function reportSeatTime(client, learner, options) {
  const intervalMs = options.intervalSeconds * 1000;
  const endMs = options.heartbeatSeconds * 1000;
  /** @type {SeatTime} */
  const seat = {
    userId: learner.userId,
    answered: 0,
    lastCredited: null,
    lastFailed: false,
    elapsedMs: 0,
  };
  let firstSentAt = 0;
  let resumed = true;
  for (
    let at = (options.index / options.heartbeaters.length) * intervalMs;
    at < endMs;
    at += intervalMs
  ) {
    await sleepUntil(options.began + at);
    const answer = await client.send(learner.token, RECORD, {
      lessonId: options.course.lessonId,
      resumed,
      reachedEnd: false,
    });
    options.tally.add(answer);
    firstSentAt ||= answer.sentAt;
    seat.elapsedMs = answer.answeredAt - firstSentAt;
    seat.lastFailed = answer.code !== 'OK';
    if (answer.code === 'OK') {
      seat.answered += 1;
      seat.lastCredited = answer.data.recordLessonActivity.creditedSeconds;
      resumed = false;
    }
  }
  return seat;
}

/** @param {number} at A performance.now() time. */
async function sleepUntil(at) {
  const wait = at - performance.now();
  if (wait > 0) await delay(wait);
}
