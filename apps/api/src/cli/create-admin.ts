import { createInterface } from 'node:readline/promises';
import { Profession, Role } from '@fascicle/common';
import type { AppConfig } from '../config/app-config.js';
import { createApp } from '../create-app.js';
import { AccountsService } from '../identity/accounts.service.js';
import { createRootLogger } from '../logging/logger.js';

/**
 * The only way to make an ADMIN: a person with shell access to the server. `register`
 * never grants roles, and `setUserRoles` needs an admin already.
 */
export async function createAdmin(
  config: AppConfig,
  options: { email?: string; name?: string; profession?: string },
  say: (message: string) => void,
): Promise<void> {
  if (!options.email || !options.name) {
    throw new Error('Usage: npm run admin:create -- --email <email> --name "<display name>"');
  }
  const profession = options.profession as Profession;
  if (!Object.values(Profession).includes(profession)) {
    throw new Error(`--profession must be one of ${Object.values(Profession).join(', ')}`);
  }
  const password = process.env['FASCICLE_ADMIN_PASSWORD'] ?? (await prompt('Password: '));
  const app = await createApp({ config, logger: createRootLogger({ logLevel: 'warn' }) });
  try {
    const user = await app
      .get(AccountsService)
      .create(
        { email: options.email, password, displayName: options.name, profession },
        [Role.ADMIN],
        { emailVerified: true },
      );
    say(`created admin ${user.email} (${user.id})`);
  } finally {
    await app.close();
  }
}

async function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
