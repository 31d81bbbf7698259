import pg from 'pg';

/** @import { Acknowledged } from './learner-load.js' */

/**
 * @typedef {object} WriteCheck
 * @property {Record<'submits' | 'saves' | 'seatTime', number>} checked What was compared.
 * @property {Record<'submits' | 'saves' | 'seatTime', string[]>} lost Acknowledged writes the
 *   database does not hold as answered (or holds twice), one line each.
 */

/**
 * Compares what the API acknowledged with what the database holds, after the load:
 * - each submit answered OK: the attempt is SUBMITTED with the score it answered, and graded
 *   exactly once (one QUIZ_ATTEMPT_GRADED audit event); no attempt anywhere graded twice, no
 *   learner with two attempts;
 * - each save answered OK: the attempt's question holds the options it saved;
 * - each learner whose reports were answered: one lesson_progress row, whose credited seconds
 *   are what the last answer said (at least that if the last report failed: it may have been
 *   stored), whose active seconds equal them (the lesson's seat time is never reached), and
 *   no more than the time between their first report and last answer.
 *
 * @param {string} databaseUrl
 * @param {string} lessonId
 * @param {Acknowledged} acknowledged
 * @returns {Promise<WriteCheck>}
 */
export async function checkWrites(databaseUrl, lessonId, acknowledged) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return {
      checked: {
        submits: acknowledged.submits.length,
        saves: acknowledged.saves.length,
        seatTime: acknowledged.seatTime.filter((seat) => seat.answered > 0).length,
      },
      lost: {
        submits: await lostSubmits(client, acknowledged.submits),
        saves: await lostSaves(client, acknowledged.saves),
        seatTime: await lostSeatTime(client, lessonId, acknowledged.seatTime),
      },
    };
  } finally {
    await client.end();
  }
}

/**
 * @param {pg.Client} client
 * @param {Acknowledged['submits']} submits
 */
async function lostSubmits(client, submits) {
  const { rows } = await client.query(
    `SELECT a.id, a.status, a.score_percent::float8 AS score,
            (SELECT count(*)::int FROM audit_events g
              WHERE g.subject_id = a.id AND g.action = 'QUIZ_ATTEMPT_GRADED') AS gradings
       FROM quiz_attempts a WHERE a.id = ANY($1::uuid[])`,
    [submits.map((submit) => submit.attemptId)],
  );
  const stored = new Map(rows.map((row) => [row.id, row]));
  const lost = submits.flatMap(({ attemptId, scorePercent }) => {
    const row = stored.get(attemptId);
    if (!row) return [`attempt ${attemptId}: answered ${scorePercent} %, no such attempt`];
    if (row.status !== 'SUBMITTED' || row.score !== scorePercent || row.gradings !== 1) {
      return [
        `attempt ${attemptId}: answered ${scorePercent} %, stored ${row.status} with ` +
          `${row.score} % and ${row.gradings} grading(s)`,
      ];
    }
    return [];
  });
  // Attempts graded twice whose submit got no OK answer (the others are counted above).
  const twice = await client.query(
    `SELECT subject_id AS id, count(*)::int AS n FROM audit_events
      WHERE action = 'QUIZ_ATTEMPT_GRADED' AND NOT subject_id = ANY($1::uuid[])
      GROUP BY subject_id HAVING count(*) > 1`,
    [submits.map((submit) => submit.attemptId)],
  );
  const doubled = await client.query(
    `SELECT user_id AS id, count(*)::int AS n FROM quiz_attempts
      GROUP BY user_id, quiz_id HAVING count(*) > 1`,
  );
  return [
    ...lost,
    ...twice.rows.map(({ id, n }) => `attempt ${id}: graded ${n} times`),
    ...doubled.rows.map(({ id, n }) => `learner ${id}: ${n} attempts (each started one)`),
  ];
}

/**
 * @param {pg.Client} client
 * @param {Acknowledged['saves']} saves
 */
async function lostSaves(client, saves) {
  const { rows } = await client.query(
    `SELECT attempt_id, question_id, selected_option_ids::text[] AS selected
       FROM attempt_questions WHERE attempt_id = ANY($1::uuid[])`,
    [[...new Set(saves.map((save) => save.attemptId))]],
  );
  const stored = new Map(
    rows.map((row) => [`${row.attempt_id} ${row.question_id}`, row.selected ?? []]),
  );
  return saves.flatMap(({ attemptId, questionId, selectedOptionIds }) => {
    const selected = stored.get(`${attemptId} ${questionId}`);
    const same = (a = /** @type {string[]} */ ([]), b = /** @type {string[]} */ ([])) =>
      a.length === b.length && [...a].sort().every((id, i) => id === [...b].sort()[i]);
    return selected && same(selected, selectedOptionIds)
      ? []
      : [
          `attempt ${attemptId}, question ${questionId}: saved [${selectedOptionIds}], ` +
            `stored ${selected ? `[${selected}]` : 'no such question'}`,
        ];
  });
}

/**
 * @param {pg.Client} client
 * @param {string} lessonId
 * @param {Acknowledged['seatTime']} seatTime
 */
async function lostSeatTime(client, lessonId, seatTime) {
  const answered = seatTime.filter((seat) => seat.answered > 0);
  const { rows } = await client.query(
    `SELECT e.user_id, count(p.lesson_id)::int AS rows, max(p.credited_seconds) AS credited,
            max(p.active_seconds) AS active
       FROM enrollments e
       LEFT JOIN lesson_progress p ON p.enrollment_id = e.id AND p.lesson_id = $2
      WHERE e.user_id = ANY($1::uuid[])
      GROUP BY e.user_id`,
    [answered.map((seat) => seat.userId), lessonId],
  );
  const stored = new Map(rows.map((row) => [row.user_id, row]));
  return answered.flatMap(({ userId, lastCredited, lastFailed, elapsedMs }) => {
    const row = stored.get(userId);
    const said = `last answer ${lastCredited} s${lastFailed ? ' (a later report failed)' : ''}`;
    if (!row || row.rows === 0) return [`learner ${userId}: ${said}, no progress row`];
    const stale = lastFailed ? row.credited < (lastCredited ?? 0) : row.credited !== lastCredited;
    const problems = [
      row.rows > 1 && `${row.rows} progress rows`,
      stale && `stored ${row.credited} s`,
      row.active !== row.credited && `active ${row.active} s but credited ${row.credited} s`,
      row.credited > Math.ceil(elapsedMs / 1000) &&
        `credited ${row.credited} s in ${Math.round(elapsedMs / 1000)} s of reports`,
    ].filter(Boolean);
    return problems.length > 0 ? [`learner ${userId}: ${said}, ${problems.join(', ')}`] : [];
  });
}
