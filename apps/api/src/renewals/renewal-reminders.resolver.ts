import { Int, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { Roles } from '../identity/auth/decorators.js';
import { RenewalReminders } from './renewal-reminders.js';

@Resolver()
export class RenewalRemindersResolver {
  constructor(private readonly reminders: RenewalReminders) {}

  @Roles(Role.ADMIN)
  @Mutation(() => Int, {
    description:
      'Run the license renewal reminder job now (platform admins); returns reminders claimed',
  })
  runRenewalReminders(): Promise<number> {
    return this.reminders.run();
  }
}
