import { Profession } from '@fascicle/common';
import type { ManualClock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { LicenseStatus } from '../identity/models/license.model.js';
import { CLINIC_NAME } from './demo-people.js';
import type { SeedServices } from './seed-services.js';

const DAY = 86_400_000;

/** What the eligibility and renewal screens show for the demo world. */
export interface LicensingPeople {
  clinicAdmin: Principal;
  /** Holds the hybrid credential and 25 confirmed sessions: eligible in Florida. */
  completer: Principal;
  /** Part-way through the hybrid program, 24 sessions confirmed: one short in Florida. */
  inProgress: Principal;
}

/**
 * Licenses as a board would show them, relative to the demo's "now": the clinic practises in
 * Colorado; the two staff in the hybrid program also hold Florida licenses, so each of them
 * answers differently in the two states; the second one's Colorado license renews within 60
 * days. Each license is looked for before it is added, so a resumed run adds nothing twice.
 */
export class DemoLicensing {
  constructor(
    private readonly services: SeedServices,
    private readonly clock: ManualClock,
  ) {}

  async make(people: LicensingPeople, now: Date): Promise<void> {
    this.clock.set(now);
    const mine = await this.services.organizations.mine(people.clinicAdmin);
    const clinic = mine.find(({ organization }) => organization.name === CLINIC_NAME);
    if (clinic && clinic.organization.state !== 'CO') {
      await this.services.organizations.setState(clinic.organization.id, 'CO', people.clinicAdmin);
    }
    await this.license(people.completer, 'CO', { issuedOn: day(now, -8 * 365) });
    await this.license(people.completer, 'FL', {
      number: 'PT0031416',
      issuedOn: day(now, -6 * 365),
      expiresOn: day(now, 400),
    });
    await this.license(people.inProgress, 'CO', {
      issuedOn: day(now, -5 * 365),
      expiresOn: day(now, 45),
    });
    await this.license(people.inProgress, 'FL', {
      number: 'PT0027182',
      issuedOn: day(now, -4 * 365),
      expiresOn: day(now, 500),
    });
  }

  /** Adds the state's license, or sets the dates on the one already there (the CO one). */
  private async license(
    person: Principal,
    state: string,
    details: { number?: string; issuedOn: string; expiresOn?: string },
  ): Promise<void> {
    const [licenses] = await this.services.profiles.licensesByUserIds([person.userId]);
    const existing = licenses!.find((license) => license.state === state);
    await this.services.profiles.saveLicense(person.userId, {
      id: existing?.id ?? null,
      state,
      profession: Profession.PHYSICAL_THERAPIST,
      number: existing?.number ?? details.number!,
      issuedOn: details.issuedOn,
      expiresOn: details.expiresOn ?? existing?.expiresOn ?? null,
      status: LicenseStatus.ACTIVE,
      primary: existing?.isPrimary ?? false,
    });
  }
}

function day(now: Date, offset: number): string {
  return new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
}
