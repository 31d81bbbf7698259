import type { ManualClock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { OrganizationRole } from '../organizations/organization-role.js';
import { CLINIC_NAME, type DemoStaff } from './demo-people.js';
import type { SeedServices } from './seed-services.js';

export interface ClinicMember {
  person: DemoStaff;
  principal: Principal;
  email: string;
}

/**
 * The demo clinic: its administrator creates it, requires the didactic credential and
 * invites the staff by email; they accept; one credential is revoked. Each part is looked
 * for before it is made, so a run after a crash finishes the clinic without a second one.
 */
export class DemoClinic {
  constructor(
    private readonly services: SeedServices,
    private readonly clock: ManualClock,
    private readonly inbox: OutgoingMail[],
  ) {}

  async make(
    clinicAdmin: Principal,
    staff: ClinicMember[],
    programId: string,
    admin: Principal,
  ): Promise<void> {
    const organizationId = await this.organization(clinicAdmin);
    const required = await this.services.requiredCredentials.list(organizationId, clinicAdmin);
    if (!required.some((requirement) => requirement.programId === programId)) {
      await this.services.requiredCredentials.add(
        { organizationId, label: 'Dry needling didactic coursework', programId },
        clinicAdmin,
      );
    }
    for (const member of staff) {
      if (!(await this.isMember(organizationId, member.principal))) {
        await this.join(organizationId, member, clinicAdmin);
      }
      this.clock.advance(60_000);
      if (member.person.story.kind === 'REVOKED') await this.revoke(member, admin);
    }
  }

  private async organization(clinicAdmin: Principal): Promise<string> {
    const mine = await this.services.organizations.mine(clinicAdmin);
    const found = mine.find(({ organization }) => organization.name === CLINIC_NAME);
    if (found) return found.organization.id;
    const { organization } = await this.services.organizations.create(CLINIC_NAME, clinicAdmin);
    return organization.id;
  }

  private async isMember(organizationId: string, principal: Principal): Promise<boolean> {
    const mine = await this.services.organizations.mine(principal);
    return mine.some(({ organization }) => organization.id === organizationId);
  }

  /** Invited by email, accepted with the link. Inviting again replaces an unanswered one. */
  private async join(organizationId: string, member: ClinicMember, clinicAdmin: Principal) {
    this.inbox.length = 0;
    await this.services.organizations.invite(
      { organizationId, email: member.email, role: OrganizationRole.STAFF },
      clinicAdmin,
    );
    const token = /token=([A-Za-z0-9_-]+)/.exec(this.inbox.at(-1)?.text ?? '')?.[1];
    if (!token) throw new Error(`no invitation reached ${member.email}`);
    await this.services.organizations.accept(token, member.principal);
  }

  private async revoke(member: ClinicMember, admin: Principal): Promise<void> {
    const certificates = await this.services.certificates.mine(member.principal.userId);
    const credential = certificates.find((certificate) => certificate.kind === 'PROGRAM')!;
    if (credential.revokedOn) return;
    await this.services.certificates.revoke(
      credential.code,
      'Demo: withdrawn after a documented breach of clean needle technique.',
      admin,
    );
  }
}
