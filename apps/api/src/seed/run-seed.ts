import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@fascicle/common';
import { defaultContentDir, loadCurriculum, curriculumProblems } from '@fascicle/curriculum';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { ManualClock } from '../config/clock.js';
import { createApp } from '../create-app.js';
import type { DatabaseTarget } from '../database/data-source-options.js';
import { PasswordHasher } from '../identity/auth/password-hasher.js';
import type { Principal } from '../identity/auth/principal.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { CurriculumSeeder, type CurriculumSeedResult } from './curriculum-seeder.js';
import { DemoDataSeeder } from './demo-data-seeder.js';
import { SEED_INPUTS_KEY, seedInputsDigest } from './seed-inputs.js';
import { SeedRecords } from './seed-records.js';
import { seedServices, type SeedProgress, type SeedServices } from './seed-services.js';

export interface SeedOptions {
  /** Also the demo people, clinic and attempts (never in production). */
  demoData: boolean;
  /** Who writes and who publishes the courses; the demo instructor and admin by default. */
  authorEmail?: string;
  publisherEmail?: string;
  contentDir?: string;
  progress?: SeedProgress;
}

export interface SeedOutcome {
  curriculum: CurriculumSeedResult;
  demoDataCreated: boolean;
}

/**
 * Runs the seed in an API instance of its own that does not listen: its clock is a
 * ManualClock (demo learners take courses in the past) and its mail is read by the seed
 * (demo staff accept their invitations). `npm start` runs it before starting the server.
 */
export async function runSeed(
  config: AppConfig,
  logger: Logger,
  options: SeedOptions,
  database?: DatabaseTarget,
): Promise<SeedOutcome> {
  const inbox: OutgoingMail[] = [];
  const clock = new ManualClock(new Date());
  // The reminder job must not run on the seed's clock (it would record reminders as sent
  // at a time in the past); the server started afterwards runs it.
  const seedConfig = Object.create(config, { reminderIntervalMinutes: { value: 0 } }) as AppConfig;
  const app = await createApp({
    config: seedConfig,
    logger,
    clock,
    database,
    mailSink: (mail) => void inbox.push(mail),
  });
  hashEachPasswordOnce(app.get(PasswordHasher, { strict: false }));
  try {
    return await seed(app, clock, inbox, options);
  } finally {
    await app.close();
  }
}

/** The seed on an app the caller made (tests bring theirs, with its ManualClock). */
export async function seed(
  app: INestApplicationContext,
  clock: ManualClock,
  inbox: OutgoingMail[],
  options: SeedOptions,
): Promise<SeedOutcome> {
  const progress = options.progress ?? (() => {});
  const services = seedServices(app);
  const records = new SeedRecords(services.db, clock);
  if (options.demoData) await services.demoAccounts.ensure();

  const curriculum = loadCurriculum(options.contentDir ?? defaultContentDir());
  const problems = curriculumProblems(curriculum);
  if (problems.length > 0) {
    throw new Error(`The curriculum files have problems:\n  ${problems.join('\n  ')}`);
  }
  const author = await principal(
    services,
    options.authorEmail ?? 'instructor@fascicle.test',
    Role.INSTRUCTOR,
  );
  const publisher = await principal(
    services,
    options.publisherEmail ?? 'admin@fascicle.test',
    Role.ADMIN,
  );

  progress(`Curriculum (${curriculum.courses.length} courses):`);
  const seeded = await new CurriculumSeeder(services, records, progress).run(curriculum, {
    author,
    publisher,
  });
  let demoDataCreated = false;
  if (options.demoData) {
    progress('Demo data (once per database; about a minute the first time):');
    demoDataCreated = await new DemoDataSeeder(services, records, clock, inbox, progress).run(
      seeded,
      { author, admin: publisher },
    );
    if (!demoDataCreated) progress('  already there');
  }
  // Last: a start that finds this digest skips the seed (see seed-inputs.ts).
  await records.set(SEED_INPUTS_KEY, seedInputsDigest(options));
  return { curriculum: seeded, demoDataCreated };
}

/**
 * In the seed's own app only: the demo people share a few public passwords (twelve staff
 * one, forty-eight learners another), and argon2 is slow by design (19 MiB, two passes): one
 * hash per password instead of one per account saves seconds of the first start. The hashes
 * stay argon2id with OWASP's parameters; accounts made by the running server never pass here.
 */
function hashEachPasswordOnce(hasher: PasswordHasher): void {
  const hashes = new Map<string, Promise<string>>();
  const hash = hasher.hash.bind(hasher);
  hasher.hash = (password) => {
    let hashed = hashes.get(password);
    if (!hashed) {
      hashed = hash(password);
      hashes.set(password, hashed);
    }
    return hashed;
  };
}

async function principal(services: SeedServices, email: string, role: Role): Promise<Principal> {
  const user = await services.accounts.findByEmail(email);
  if (!user || !user.roles.includes(role)) {
    throw new Error(
      `The seed needs an account ${email} with the ${role} role (create it with npm run admin:create, or name another with --author / --publisher)`,
    );
  }
  return { userId: user.id, roles: user.roles };
}
