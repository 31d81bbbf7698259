import type { OutgoingMail } from '../mailer.js';
import { courseCorrectionEmail } from './course-correction.js';
import { clinicCredentialNoticeEmail, credentialReminderEmail } from './credential-reminder.js';
import { invitationEmail } from './invitation.js';
import { passwordResetEmail } from './password-reset.js';
import { renewalReminderEmail } from './renewal-reminder.js';
import { verifyEmailEmail } from './verify-email.js';

const BASE = 'https://fascicle.example';
const credential = {
  title: 'Dry Needling - Level 1',
  code: 'FSC-7K2M-9QXD',
  expiresOn: '2027-01-15',
  daysLeft: 20,
  clinics: ['Cascade Physical Therapy'],
};
const unsubscribeUrl = `${BASE}/email-preferences?u=1&t=CREDENTIAL_REMINDERS&s=x`;

/** Every message as sent, each with the address its action must lead to. */
const messages: [string, () => Promise<OutgoingMail>, string][] = [
  [
    'password reset',
    () =>
      passwordResetEmail('pat@example.com', {
        name: 'Pat Lee, PT',
        resetUrl: `${BASE}/reset-password#token=abc`,
        minutes: 30,
      }),
    `${BASE}/reset-password#token=abc`,
  ],
  [
    'address confirmation',
    () =>
      verifyEmailEmail('pat@example.com', {
        name: 'Pat Lee, PT',
        verifyUrl: `${BASE}/verify-email#token=abc`,
        days: 7,
      }),
    `${BASE}/verify-email#token=abc`,
  ],
  [
    'clinic invitation',
    () =>
      invitationEmail('pat@example.com', {
        clinic: 'Cascade Physical Therapy',
        asAdmin: false,
        acceptUrl: `${BASE}/invitations/accept?token=abc`,
        days: 14,
      }),
    `${BASE}/invitations/accept?token=abc`,
  ],
  [
    'credential reminder',
    () =>
      credentialReminderEmail(
        'diego@example.com',
        {
          name: 'Diego Alvarez, PT, DPT',
          credential,
          renewUrl: `${BASE}/courses/dry-needling-1`,
          unsubscribeUrl,
        },
        { 'List-Unsubscribe': `<${BASE}/email/unsubscribe?u=1>` },
      ),
    `${BASE}/courses/dry-needling-1`,
  ],
  [
    'clinic notice',
    () =>
      clinicCredentialNoticeEmail(
        'admin@example.com',
        {
          holder: 'Diego Alvarez, PT, DPT',
          clinic: 'Cascade Physical Therapy',
          credential,
          reportUrl: `${BASE}/clinics/abc`,
          unsubscribeUrl,
        },
        {},
      ),
    `${BASE}/clinics/abc`,
  ],
  [
    'course correction',
    () =>
      courseCorrectionEmail(
        'pat@example.com',
        {
          name: 'Pat Lee, PT',
          courseTitle: 'Trigger point dry needling',
          versionNumber: 3,
          kinds: 'safety and legal',
          summary: 'The depth guidance for the upper trapezius now names the lung apex.',
          courseUrl: `${BASE}/courses/dry-needling-1`,
          unsubscribeUrl: `${BASE}/email-preferences?u=1&t=COURSE_CORRECTIONS&s=x`,
        },
        { 'List-Unsubscribe': `<${BASE}/email/unsubscribe?u=1&t=COURSE_CORRECTIONS>` },
      ),
    `${BASE}/courses/dry-needling-1`,
  ],
  [
    'renewal reminder',
    () =>
      renewalReminderEmail(
        'pat@example.com',
        {
          name: 'Pat Lee, PT',
          renewal: {
            license: 'Florida physical therapist license',
            dueOn: '2027-02-20',
            daysLeft: 78,
            stillNeededHours: 9,
            missingTopics: ['Prevention of medical errors'],
          },
          planUrl: `${BASE}/renewal-planner`,
          unsubscribeUrl,
        },
        { 'List-Unsubscribe': `<${BASE}/email/unsubscribe?u=1>` },
      ),
    `${BASE}/renewal-planner`,
  ],
];

/** The targets of every link in the HTML. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

describe('email templates', () => {
  it.each(messages)('renders the %s as HTML and text with its action', async (_, make, action) => {
    const mail = await make();
    expect(mail.html).toMatch(/^<!DOCTYPE html/);
    expect(hrefs(mail.html!)).toContain(action);
    expect(mail.text).toContain(action);
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it.each(messages)('links only to whole https addresses in the %s', async (_, make) => {
    const links = hrefs((await make()).html!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatch(/^https:\/\/fascicle\.example\/[^\s]*$/);
      expect(link).not.toMatch(/undefined|null|\[object/);
    }
  });

  it('speaks to the holder of a credential, not about them', async () => {
    const [, make] = messages[3]!;
    const mail = await make();
    expect(mail.subject).toBe(
      'Your credential: Dry Needling - Level 1 expires on 2027-01-15 (20 days)',
    );
    expect(mail.text).toContain('Your credential “Dry Needling - Level 1”');
    expect(mail.text).toContain('Cascade Physical Therapy requires it of you');
    expect(mail.text).not.toContain('Diego Alvarez, PT, DPT’s');
    expect(mail.text).toContain(unsubscribeUrl);
    expect(mail.headers).toEqual({ 'List-Unsubscribe': `<${BASE}/email/unsubscribe?u=1>` });
  });

  it("names the member and the clinic in an admin's notice", async () => {
    const [, make] = messages[4]!;
    const mail = await make();
    expect(mail.subject).toBe(
      'Diego Alvarez, PT, DPT: Dry Needling - Level 1 expires on 2027-01-15 (20 days)',
    );
    expect(mail.text).toContain('Diego Alvarez, PT, DPT’s credential');
    expect(mail.text).toContain('Cascade Physical Therapy requires it of them');
  });

  it('says what a correction changed, and for whom', async () => {
    const [, make] = messages[5]!;
    const mail = await make();
    expect(mail.subject).toBe(
      'Trigger point dry needling: version 3 corrects safety and legal content',
    );
    expect(mail.text).toContain(
      'Version 3 of “Trigger point dry needling”, a course you completed',
    );
    expect(mail.text).toContain(
      'The depth guidance for the upper trapezius now names the lung apex.',
    );
    expect(mail.text).toContain('COURSE_CORRECTIONS');
  });
});
