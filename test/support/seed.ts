import { DemoAccounts } from '../../apps/api/src/identity/demo-accounts.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { seed, type SeedOptions, type SeedOutcome } from '../../apps/api/src/seed/run-seed.js';
import type { TestApp } from './test-app.js';

/**
 * The seed on a test app: the curriculum as `npm start` publishes it, by the demo
 * instructor and admin (made here: test apps start without demo accounts).
 */
export async function seedCurriculum(
  test: TestApp,
  options: Partial<SeedOptions> = {},
  inbox: OutgoingMail[] = [],
): Promise<SeedOutcome> {
  await test.app.get(DemoAccounts).ensure();
  return seed(test.app, test.clock, inbox, { demoData: false, ...options });
}
