import { Profession, Role } from '@fascicle/common';
import type { NewAccount } from '../identity/accounts.service.js';
import type { DemoAccount } from '../identity/demo-accounts.js';

/**
 * The demo world: a second instructor, a clinic with its administrator and twelve staff
 * whose didactic credentials are in every state a clinic meets, and a cohort of learners
 * whose quiz attempts give item analysis real numbers. Passwords are public (printed at
 * start) and refused in production.
 */
export interface DemoPerson extends NewAccount {
  roles: Role[];
}

export const DEMO_STAFF_PASSWORD = 'demo-staff-password';
export const DEMO_COHORT_PASSWORD = 'demo-cohort-password';

export const SECOND_INSTRUCTOR: DemoPerson = {
  email: 'instructor2@fascicle.test',
  password: 'demo-instructor-password',
  displayName: 'Dr. Mateo Reyes, PT, DPT',
  profession: Profession.PHYSICAL_THERAPIST,
  licenseNumber: 'PT-007731',
  licenseState: 'TX',
  roles: [Role.INSTRUCTOR, Role.LEARNER],
};

export const CLINIC_NAME = 'Front Range Physical Therapy (demo)';

export const CLINIC_ADMIN: DemoPerson = {
  email: 'clinic-admin@fascicle.test',
  password: 'demo-clinic-password',
  displayName: 'Casey Morgan',
  profession: Profession.CLINIC_STAFF,
  roles: [Role.LEARNER],
};

/** What a staff member's didactic credential should look like when the seed is done. */
export type StaffStory =
  | { kind: 'CREDENTIAL'; expiresInDays: number }
  | { kind: 'REVOKED'; expiresInDays: number }
  | { kind: 'PART_WAY' }
  | { kind: 'NOT_STARTED' };

export interface DemoStaff {
  name: string;
  story: StaffStory;
}

export const CLINIC_STAFF: DemoStaff[] = [
  { name: 'Ava Thompson', story: { kind: 'CREDENTIAL', expiresInDays: 700 } },
  { name: 'Marcus Chen', story: { kind: 'CREDENTIAL', expiresInDays: 540 } },
  { name: 'Priya Raman', story: { kind: 'CREDENTIAL', expiresInDays: 300 } },
  { name: 'Diego Alvarez', story: { kind: 'CREDENTIAL', expiresInDays: 20 } },
  { name: 'Hannah Schmidt', story: { kind: 'CREDENTIAL', expiresInDays: 20 } },
  { name: 'Samuel Boateng', story: { kind: 'CREDENTIAL', expiresInDays: 50 } },
  { name: 'Grace Kim', story: { kind: 'CREDENTIAL', expiresInDays: 50 } },
  { name: 'Liam Walsh', story: { kind: 'CREDENTIAL', expiresInDays: -15 } },
  { name: 'Fatima Haddad', story: { kind: 'CREDENTIAL', expiresInDays: -120 } },
  { name: 'Noah Williams', story: { kind: 'REVOKED', expiresInDays: 400 } },
  { name: 'Olivia Martin', story: { kind: 'PART_WAY' } },
  { name: 'Ethan Brooks', story: { kind: 'NOT_STARTED' } },
];

export function staffAccount(staff: DemoStaff, index: number): DemoPerson {
  const [first, last] = staff.name.toLowerCase().split(' ');
  return {
    email: `${first}.${last}@frontrange-pt.test`,
    password: DEMO_STAFF_PASSWORD,
    displayName: `${staff.name}, PT, DPT`,
    profession: Profession.PHYSICAL_THERAPIST,
    licenseNumber: `PT-${String(20_410 + index * 37).padStart(6, '0')}`,
    licenseState: 'CO',
    roles: [Role.LEARNER],
  };
}

/** For the start-up banner, beside the three demo accounts every development start has. */
export const SEEDED_DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: SECOND_INSTRUCTOR.email,
    password: SECOND_INSTRUCTOR.password,
    roles: SECOND_INSTRUCTOR.roles,
  },
  { email: CLINIC_ADMIN.email, password: CLINIC_ADMIN.password, roles: [], label: 'CLINIC ADMIN' },
  {
    email: 'ava.thompson@frontrange-pt.test (and 11 more staff)',
    password: DEMO_STAFF_PASSWORD,
    roles: [],
    label: 'CLINIC STAFF',
  },
];

const FIRST = ['Jordan', 'Riley', 'Taylor', 'Morgan', 'Avery', 'Quinn', 'Rowan', 'Sasha'];
const LAST = ['Nguyen', 'Patel', 'Garcia', 'Johnson', 'Ali', 'Cohen'];
const STATES = ['CO', 'TX', 'AZ', 'GA', 'FL', 'MD', 'TN', 'UT'];

/** 48 learners taking the Foundations quizzes: the numbers behind item analysis. */
export const COHORT_SIZE = 48;

export function cohortAccount(index: number): DemoPerson {
  const first = FIRST[index % FIRST.length];
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length];
  const number = String(index + 1).padStart(2, '0');
  return {
    email: `cohort-${number}@fascicle.test`,
    password: DEMO_COHORT_PASSWORD,
    displayName: `${first} ${last}`,
    profession: Profession.PHYSICAL_THERAPIST,
    licenseNumber: `PT-${String(61_000 + index * 13).padStart(6, '0')}`,
    licenseState: STATES[index % STATES.length],
    roles: [Role.LEARNER],
  };
}
