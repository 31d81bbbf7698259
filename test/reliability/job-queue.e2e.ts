import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../apps/api/src/config/app-config.js';
import { Clock } from '../../apps/api/src/config/clock.js';
import { TableJobQueue } from '../../apps/api/src/jobs/table-job-queue.js';
import { ROOT_LOGGER } from '../../apps/api/src/logging/logging.module.js';
import { MailQueue } from '../../apps/api/src/mail/mail-queue.js';
import { CredentialReminders } from '../../apps/api/src/organizations/credential-reminders.js';
import { freshDatabase, type TestDatabase } from '../support/database.js';
import { expiringCredentialsInAClinic, reminderMails } from '../support/credentials.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { subjectOf } from '../support/smtp.js';

const onServer = Boolean(process.env['TEST_DATABASE_URL']);

/** The queue of an app, with a handler that records what it ran (and fails when told to). */
function recorder(queue: TableJobQueue, name = 'test.record') {
  const ran: string[] = [];
  let failuresLeft = 0;
  queue.work<{ label: string }>(name, async ({ label }) => {
    // A moment of work, so that two workers polling at once really overlap.
    await sleep(2);
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error(`${label} failed on purpose`);
    }
    ran.push(label);
  });
  return { ran, failNext: (times: number) => void (failuresLeft = times) };
}

async function jobRow(test: TestApp, id: string) {
  const [row] = (await test.app
    .get(DataSource)
    .query(`SELECT state, attempts, last_error AS "lastError" FROM jobs WHERE id = $1`, [id])) as {
    state: string;
    attempts: number;
    lastError: string | null;
  }[];
  return row!;
}

describe('the job queue: after commit, retried, once, durable', () => {
  let test: TestApp;
  let queue: TableJobQueue;
  let db: DataSource;
  let record: ReturnType<typeof recorder>;

  beforeAll(async () => {
    test = await startTestApp();
    queue = test.app.get(TableJobQueue);
    db = test.app.get(DataSource);
    record = recorder(queue);
  });
  afterAll(() => test.close());

  const enqueue = (label: string, key?: string) =>
    db.transaction((manager) =>
      queue.enqueue(manager, { name: 'test.record', data: { label }, key }),
    );

  it('never runs a job whose transaction rolled back', async () => {
    await expect(
      db.transaction(async (manager) => {
        await queue.enqueue(manager, { name: 'test.record', data: { label: 'rolled back' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const kept = await enqueue('committed');
    expect(await queue.depth()).toBe(1);
    await queue.runNow([kept]);
    expect(await queue.runDue(100)).toBe(0);
    expect(record.ran).toEqual(['committed']);
    expect(await queue.depth()).toBe(0);
  });

  it('adds nothing for a key already queued', async () => {
    const first = await enqueue('keyed', 'test:once');
    const second = await enqueue('keyed again', 'test:once');
    expect(second).toBe(first);
    await queue.runNow([first, second]);
    expect(record.ran.filter((label) => label.startsWith('keyed'))).toEqual(['keyed']);
  });

  it('retries a failing job with growing waits, then succeeds', async () => {
    record.failNext(2);
    const id = await enqueue('flaky');
    await queue.runNow([id]);
    expect(await jobRow(test, id)).toEqual({
      state: 'pending',
      attempts: 1,
      lastError: 'flaky failed on purpose',
    });
    // 30 s after the first failure, 60 s after the second.
    test.clock.advance(29_000);
    expect(await queue.runDue()).toBe(0);
    test.clock.advance(1_000);
    expect(await queue.runDue()).toBe(1);
    expect((await jobRow(test, id)).attempts).toBe(2);
    test.clock.advance(59_000);
    expect(await queue.runDue()).toBe(0);
    test.clock.advance(1_000);
    expect(await queue.runDue()).toBe(1);
    expect(await jobRow(test, id)).toMatchObject({ state: 'done', attempts: 3, lastError: null });
    expect(record.ran.filter((label) => label === 'flaky')).toEqual(['flaky']);
  });

  it('gives a job up after its tenth failure and stops counting it as waiting', async () => {
    record.failNext(1000);
    const id = await enqueue('hopeless');
    await queue.runNow([id]);
    for (let attempt = 2; attempt <= 10; attempt += 1) {
      test.clock.advance(60 * 60_000);
      expect(await queue.runDue()).toBe(1);
    }
    expect(await jobRow(test, id)).toMatchObject({ state: 'dead', attempts: 10 });
    test.clock.advance(60 * 60_000);
    expect(await queue.runDue()).toBe(0);
    expect(await queue.depth()).toBe(0);
    record.failNext(0);
  });

  it('runs each job exactly once when two workers poll the same database at once', async () => {
    // Two app instances on one server database; on the embedded one (a single process by
    // design) a second consumer of the same database.
    const second = onServer ? await sharedServerApp(test) : null;
    try {
      const other = second
        ? second.app.get(TableJobQueue)
        : new TableJobQueue(
            db,
            test.app.get(Clock),
            test.app.get(AppConfig),
            test.app.get(ROOT_LOGGER),
            false,
          );
      const otherRecord = recorder(other);
      const before = record.ran.length;
      const labels = Array.from({ length: 40 }, (_, i) => `job ${i}`);
      for (const label of labels) await enqueue(label);
      const drain = async (worker: TableJobQueue) => {
        while ((await worker.runDue(3)) > 0);
      };
      await Promise.all([drain(queue), drain(other), drain(queue), drain(other)]);
      const ran = [...record.ran.slice(before), ...otherRecord.ran];
      expect(ran.sort()).toEqual([...labels].sort());
    } finally {
      await second?.close();
    }
  });
});

/** A second API on the first one's server database (the test owns the database). */
async function sharedServerApp(first: TestApp): Promise<TestApp> {
  const options = first.app.get(DataSource).options as { url: string };
  return startTestApp({}, { database: { kind: 'server', url: options.url, poolSize: 2 } });
}

describe('the job queue across a restart', () => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startGatedSmtp>>;
  beforeAll(async () => {
    database = await freshDatabase();
    smtp = await startGatedSmtp();
  });
  afterAll(async () => {
    await smtp.close();
    await database.dispose();
  });

  it('sends mail queued by an API that stopped before sending it, once started again', async () => {
    const first = await startTestApp({ SMTP_URL: smtp.url }, { database: database.target });
    await first.app.get(DataSource).transaction((manager) =>
      first.app.get(MailQueue).queue(manager, {
        to: 'after.restart@example.com',
        subject: 'Queued before the stop',
        text: 'Still here.',
      }),
    );
    await first.close();
    expect(smtp.mails).toHaveLength(0);

    const again = await startTestApp(
      { SMTP_URL: smtp.url, JOB_POLL_INTERVAL_SECONDS: '1' },
      { database: database.target },
    );
    try {
      for (let waited = 0; smtp.mails.length === 0 && waited < 15_000; waited += 100)
        await sleep(100);
      expect(smtp.mails.map((mail) => mail.subject)).toEqual(['Queued before the stop']);
      // The receiver has the mail as soon as its data ends; the job is marked done once the
      // sender has read the server's answer, a moment later.
      const queue = again.app.get(TableJobQueue);
      for (let waited = 0; (await queue.depth()) > 0 && waited < 5_000; waited += 50)
        await sleep(50);
      expect(await queue.depth()).toBe(0);
      expect(smtp.mails).toHaveLength(1);
    } finally {
      await again.close();
    }
  });
});

describe('credential reminders through the queue', () => {
  let test: TestApp;
  let smtp: Awaited<ReturnType<typeof startGatedSmtp>>;

  beforeAll(async () => {
    smtp = await startGatedSmtp();
    test = await startTestApp({ SMTP_URL: smtp.url });
    await expiringCredentialsInAClinic(test, 'clinic.admin@example.com', [
      { email: 'holder@example.com', expiresInDays: 50 },
    ]);
  }, 60_000);
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  it('holds no database connection while the mail server stalls: other requests answer', async () => {
    smtp.stall();
    const connected = smtp.connected();
    const run = test.app.get(CredentialReminders).run();
    try {
      await connected;
      // On the embedded database a transaction holding its one connection through the SMTP
      // exchange would keep this request waiting for the connection.
      const started = Date.now();
      const response = await fetch(`${test.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ courses(first: 1) { pageInfo { hasNextPage } } }' }),
        signal: AbortSignal.timeout(5_000),
      });
      expect(await response.json()).toEqual({
        data: { courses: { pageInfo: { hasNextPage: false } } },
      });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      smtp.release();
    }
    expect(await run).toBe(1);
    expect(
      reminderMails(smtp.mails)
        .flatMap((mail) => mail.to)
        .sort(),
    ).toEqual(['clinic.admin@example.com', 'holder@example.com']);
  });

  it('keeps a reminder whose mail failed and sends it once the mail server is back', async () => {
    const reminders = test.app.get(CredentialReminders);
    const before = smtp.mails.length;
    // 21 days on, 29 days are left: the 30-day reminder is due.
    test.clock.advance(21 * 86_400_000);
    smtp.refuse(true);
    expect(await reminders.run()).toBe(1);
    expect(smtp.mails).toHaveLength(before);
    expect(await test.app.get(TableJobQueue).depth()).toBe(2);
    smtp.refuse(false);
    // Not claimed again by the next run: the queue retries it, 30 s after the failure.
    expect(await reminders.run()).toBe(0);
    test.clock.advance(30_000);
    expect(await test.app.get(TableJobQueue).runDue()).toBe(2);
    expect(smtp.mails.slice(before).map((mail) => mail.subject)).toEqual([
      expect.stringContaining('(29 days)'),
      expect.stringContaining('(29 days)'),
    ]);
    expect(await test.app.get(TableJobQueue).runDue()).toBe(0);
  });
});

/**
 * An SMTP server whose greeting can be held back (a mail server that stalls) or refused (one
 * that is down), recording what it receives.
 */
async function startGatedSmtp() {
  const mails: { to: string[]; subject: string }[] = [];
  let held: (() => void)[] = [];
  let stalled = false;
  let refusing = false;
  let onConnect: (() => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      onConnect?.();
      if (refusing) return callback(new Error('mail server down for maintenance'));
      if (stalled) return void held.push(() => callback());
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: subjectOf(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    stall: () => void (stalled = true),
    refuse: (down: boolean) => void (refusing = down),
    /** Resolves once a client is connected and waiting for the greeting. */
    connected: () => new Promise<void>((resolve) => (onConnect = resolve)),
    release() {
      stalled = false;
      onConnect = null;
      const waiting = held;
      held = [];
      for (const greet of waiting) greet();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
