import { Injectable } from '@nestjs/common';
import { Profession, Role } from '@fascicle/common';
import { AppConfig } from '../config/app-config.js';
import { AccountsService, type NewAccount } from './accounts.service.js';

export interface DemoAccount {
  email: string;
  password: string;
  roles: Role[];
  /** What the banner calls the account when its roles do not say it (a clinic admin). */
  label?: string;
}

/** Demo passwords are public (printed at start): they must never exist in production. */
const DEMO: (NewAccount & { roles: Role[] })[] = [
  {
    email: 'admin@fascicle.test',
    password: 'demo-admin-password',
    displayName: 'Avery Admin',
    profession: Profession.EDUCATOR,
    roles: [Role.ADMIN],
  },
  {
    email: 'instructor@fascicle.test',
    password: 'demo-instructor-password',
    displayName: 'Dr. Imani Okafor, PT, DPT',
    profession: Profession.PHYSICAL_THERAPIST,
    licenseNumber: 'PT-004512',
    licenseState: 'CO',
    roles: [Role.INSTRUCTOR, Role.LEARNER],
  },
  {
    email: 'learner@fascicle.test',
    password: 'demo-learner-password',
    displayName: 'Lee Learner, PT',
    profession: Profession.PHYSICAL_THERAPIST,
    licenseNumber: 'PT-118822',
    licenseState: 'TX',
    roles: [Role.LEARNER],
  },
];

@Injectable()
export class DemoAccounts {
  constructor(
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  /** Creates the demo accounts that are missing; returns all of them for the banner. */
  async ensure(): Promise<DemoAccount[]> {
    if (this.config.isProduction) throw new Error('Demo accounts are refused in production');
    for (const { roles, ...account } of DEMO) {
      if (!(await this.accounts.findByEmail(account.email))) {
        await this.accounts.create(account, roles, { emailVerified: true });
      }
    }
    return DEMO.map(({ email, password, roles }) => ({ email, password, roles }));
  }
}
