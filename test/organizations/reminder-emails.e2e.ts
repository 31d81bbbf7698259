import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { CredentialReminders } from '../../apps/api/src/organizations/credential-reminders.js';
import { expiringCredentialsInAClinic, reminderMails } from '../support/credentials.js';
import { asAdmin, LOGIN } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PREFERENCES = /* GraphQL */ `
  query Preferences {
    me {
      emailPreferences {
        credentialReminders
        clinicNotices
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: EmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      credentialReminders
      clinicNotices
    }
  }
`;
const PASSWORD = 'correct horse battery staple';

/** Reminders speak to their reader, name the clinic, and can be stopped in one click. */
describe('credential reminder emails', () => {
  let test: TestApp;
  const inbox: OutgoingMail[] = [];

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    await expiringCredentialsInAClinic(test, 'ada.admin@example.com', [
      { email: 'diego@example.com', expiresInDays: 20 },
    ]);
  }, 120_000);
  afterAll(() => test.close());

  const signIn = async (email: string) =>
    test.client.as(
      (
        await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
          input: { email, password: PASSWORD },
        })
      ).login.accessToken,
    );

  it('tells the holder "your credential" and the admin whose it is, each with a way out', async () => {
    const before = inbox.length;
    expect(await test.app.get(CredentialReminders).run()).toBe(1);
    const sent = reminderMails(inbox.slice(before));
    const toHolder = sent.find((mail) => mail.to === 'diego@example.com')!;
    const toAdmin = sent.find((mail) => mail.to === 'ada.admin@example.com')!;

    expect(toHolder.subject).toMatch(/^Your credential: Dry Needling - Level 1/);
    expect(toHolder.text).toContain('Your credential “Dry Needling - Level 1 (didactic)”');
    expect(toHolder.text).toContain('Cascade Physical Therapy requires it of you');
    expect(toHolder.html).toContain('Renew it on Fascicle');
    expect(toAdmin.text).toMatch(/’s credential “Dry Needling - Level 1 \(didactic\)”/);
    expect(toAdmin.text).toContain('Cascade Physical Therapy requires it of them');

    for (const mail of [toHolder, toAdmin]) {
      expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(mail.headers?.['List-Unsubscribe']).toMatch(/^<https?:\/\/.+\/email\/unsubscribe\?/);
    }
  });

  it('stops reminders with the one-click address, and only with a genuine one', async () => {
    const toHolder = reminderMails(inbox).find((mail) => mail.to === 'diego@example.com')!;
    const oneClick = /^<(.+)>$/.exec(toHolder.headers!['List-Unsubscribe']!)![1]!;
    const path = new URL(oneClick).pathname + new URL(oneClick).search;

    const forged = path.replace(/s=[^&]+/, 's=forged');
    const refused = await fetch(`${test.url}${forged}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(refused.status).toBe(404);
    const diego = await signIn('diego@example.com');
    const still = await diego.ok<{ me: { emailPreferences: { credentialReminders: boolean } } }>(
      PREFERENCES,
    );
    expect(still.me.emailPreferences.credentialReminders).toBe(true);

    const response = await fetch(`${test.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await diego.ok(PREFERENCES)).toEqual({
      me: { emailPreferences: { credentialReminders: false, clinicNotices: true } },
    });

    // The 7-day reminder goes to the admin alone.
    test.clock.advance(14 * 86_400_000);
    const before = inbox.length;
    expect(await test.app.get(CredentialReminders).run()).toBe(1);
    expect(reminderMails(inbox.slice(before)).map((mail) => mail.to)).toEqual([
      'ada.admin@example.com',
    ]);
  });

  it('lets a person choose on their account, and shows no one else their choices', async () => {
    const ada = await signIn('ada.admin@example.com');
    expect(await ada.ok(UPDATE, { input: { clinicNotices: false } })).toEqual({
      updateEmailPreferences: { credentialReminders: true, clinicNotices: false },
    });
    const bad = await ada.error(UPDATE, { input: { clinicNotices: 'no' } });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    // A platform admin lists accounts, but reads no one's email choices but their own.
    const admin = test.client.as((await asAdmin(test)).accessToken);
    const { users } = await admin.ok<{
      users: { edges: { node: { email: string; emailPreferences: unknown } }[] };
    }>(
      `query { users(first: 50) { edges { node { email emailPreferences { clinicNotices } } } } }`,
    );
    const ofAda = users.edges.find((edge) => edge.node.email === 'ada.admin@example.com');
    expect(ofAda?.node.emailPreferences).toBeNull();
  });
});
