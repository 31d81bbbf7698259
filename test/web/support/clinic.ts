import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect } from '@playwright/test';
import type { Api } from './api.js';
import { registerLearner } from './courses.js';

/**
 * The outbox folders the test server may write to. Global setup starts it with
 * FASCICLE_DATA_DIR=<tmp>/fascicle-web-test-*\/data and no SMTP_URL, so each email is an .eml
 * file in its data folder's outbox (FASCICLE_WEB_DATA_DIR names the folder when set).
 */
function outboxes(): string[] {
  const named = process.env['FASCICLE_WEB_DATA_DIR'];
  if (named) return [join(named, 'outbox')];
  return readdirSync(tmpdir())
    .filter((name) => name.startsWith('fascicle-web-test-'))
    .map((name) => join(tmpdir(), name, 'data', 'outbox'))
    .filter((folder) => existsSync(folder));
}

/** Undoes quoted-printable: soft line breaks and =XX escapes (an .eml's long lines). */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The token in the newest invitation mailed to this address, if one has been written. */
function newestInvitationToken(email: string): string | undefined {
  const fileSuffix = `-${email.replace(/[^a-z0-9@.-]/gi, '_')}.eml`;
  for (const folder of outboxes()) {
    const newest = readdirSync(folder)
      .filter((name) => name.endsWith(fileSuffix))
      .sort()
      .at(-1);
    if (!newest) continue;
    const mail = decodeQuotedPrintable(readFileSync(join(folder, newest), 'utf8'));
    const token = /\/invitations\/accept\?token=([A-Za-z0-9_~.-]+)/.exec(mail)?.[1];
    if (token) return token;
  }
  return undefined;
}

/**
 * The token of the newest invitation mailed to this address (the addresses journeys use are
 * random, so another run's mail cannot match), once the API has written it (after answering).
 */
export async function invitationToken(email: string, timeoutMs = 10_000): Promise<string> {
  await expect
    .poll(() => newestInvitationToken(email), {
      message: `an invitation to ${email} in ${outboxes().join(', ') || 'any outbox'}`,
      timeout: timeoutMs,
    })
    .toBeDefined();
  return newestInvitationToken(email)!;
}

/**
 * A clinic made through the API: its admin (who created it) and one staff member who accepted
 * the emailed invitation.
 */
export async function clinicWithStaff(api: Api) {
  const owner = await registerLearner(api, 'Jordan Blake, DPT');
  const member = await registerLearner(api, 'Sam Ortiz, PT');
  const name = `Foothills Rehab ${randomBytes(2).toString('hex')}`;
  const { createOrganization: clinic } = await owner.client.ok<{
    createOrganization: { id: string };
  }>(`mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
    input: { name },
  });
  await owner.client.ok(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
    { input: { organizationId: clinic.id, email: member.email, role: 'STAFF' } },
  );
  const token = await invitationToken(member.email);
  await member.client.ok(`mutation ($token: String!) { acceptInvitation(token: $token) { id } }`, {
    token,
  });
  return { id: clinic.id, name, owner, member };
}

/** A credential program of one course, created by a platform admin. */
export async function createProgram(admin: Api, courseId: string, title: string) {
  const suffix = randomBytes(3).toString('hex');
  const { createCredentialProgram } = await admin.ok<{
    createCredentialProgram: { id: string };
  }>(
    `mutation ($input: CreateCredentialProgramInput!) { createCredentialProgram(input: $input) { id } }`,
    {
      input: {
        slug: `dry-needling-${suffix}`,
        title,
        description: 'Allows dry needling of the upper quarter; not the thorax.',
        courseIds: [courseId],
        validityMonths: 24,
      },
    },
  );
  return createCredentialProgram.id;
}

/** A clinic admin requires a program's or a course's certificate through the API. */
export async function requireCredential(
  owner: Api,
  organizationId: string,
  label: string,
  source: { programId: string } | { courseId: string },
): Promise<string> {
  const { addRequiredCredential } = await owner.ok<{ addRequiredCredential: { id: string } }>(
    `mutation ($input: AddRequiredCredentialInput!) { addRequiredCredential(input: $input) { id } }`,
    { input: { organizationId, label, ...source } },
  );
  return addRequiredCredential.id;
}
