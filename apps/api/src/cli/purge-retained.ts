import { todayUtc, Clock } from '../config/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { createApp } from '../create-app.js';
import { CredentialsAccountData } from '../credentials/credentials-account-data.js';
import { createRootLogger } from '../logging/logger.js';

/**
 * Deletes the certificates of deleted accounts whose retention has ended (docs/privacy.md).
 * Meant for a daily schedule (cron, a Kubernetes CronJob); running it twice does no harm.
 */
export async function purgeRetained(config: AppConfig, say: (line: string) => void) {
  const logger = createRootLogger(config).child({}, { level: 'warn' });
  const app = await createApp({ config, logger });
  try {
    const today = todayUtc(app.get(Clock));
    const deleted = await app.get(CredentialsAccountData).purgeRetained(today);
    say(`deleted ${deleted} certificate(s) of deleted accounts kept until before ${today}`);
  } finally {
    await app.close();
  }
}
