import { composeEmail } from '../render-email.js';
import { EmailAction, EmailLayout, EmailText } from './email-layout.js';

export interface ExpiringCredential {
  title: string;
  code: string;
  expiresOn: string;
  daysLeft: number;
  /** The clinics that require it of the holder. */
  clinics: string[];
}

const subject = ({ title, expiresOn, daysLeft }: ExpiringCredential) =>
  `${title} expires on ${expiresOn} (${daysLeft} days)`;

interface ReminderProps {
  name: string;
  credential: ExpiringCredential;
  renewUrl: string;
  unsubscribeUrl: string;
}

interface NoticeProps {
  holder: string;
  clinic: string;
  credential: ExpiringCredential;
  reportUrl: string;
  unsubscribeUrl: string;
}

export const credentialReminderEmail = (
  to: string,
  props: ReminderProps,
  headers: Record<string, string>,
) =>
  composeEmail(
    to,
    `Your credential: ${subject(props.credential)}`,
    <CredentialReminderEmail {...props} />,
    headers,
  );

export const clinicCredentialNoticeEmail = (
  to: string,
  props: NoticeProps,
  headers: Record<string, string>,
) =>
  composeEmail(
    to,
    `${props.holder}: ${subject(props.credential)}`,
    <ClinicCredentialNoticeEmail {...props} />,
    headers,
  );

/** To the holder: their own credential, in the second person. */
export function CredentialReminderEmail({
  name,
  credential,
  renewUrl,
  unsubscribeUrl,
}: ReminderProps) {
  const { title, code, expiresOn, daysLeft, clinics } = credential;
  return (
    <EmailLayout
      preview={`Your credential expires in ${daysLeft} days.`}
      footer={{
        reason: `You get this email because ${clinics.join(' and ')} ${clinics.length > 1 ? 'require' : 'requires'} this credential of you.`,
        unsubscribeUrl,
      }}
    >
      <EmailText>Hello {name},</EmailText>
      <EmailText>
        Your credential &ldquo;{title}&rdquo; (certificate {code}) expires on {expiresOn}, in{' '}
        {daysLeft} days. {clinics.join(' and ')} {clinics.length > 1 ? 'require' : 'requires'} it of
        you.
      </EmailText>
      <EmailAction href={renewUrl}>Renew it on Fascicle</EmailAction>
    </EmailLayout>
  );
}

/** To a clinic admin: a member's credential, named for them. */
export function ClinicCredentialNoticeEmail({
  holder,
  clinic,
  credential,
  reportUrl,
  unsubscribeUrl,
}: NoticeProps) {
  const { title, code, expiresOn, daysLeft } = credential;
  return (
    <EmailLayout
      preview={`${holder}'s credential expires in ${daysLeft} days.`}
      footer={{
        reason: `You get this email because you are an administrator of ${clinic}, which requires this credential.`,
        unsubscribeUrl,
      }}
    >
      <EmailText>
        {holder}&rsquo;s credential &ldquo;{title}&rdquo; (certificate {code}) expires on{' '}
        {expiresOn}, in {daysLeft} days. {clinic} requires it of them; they have been reminded too.
      </EmailText>
      <EmailAction href={reportUrl}>Open {clinic}&rsquo;s compliance report</EmailAction>
    </EmailLayout>
  );
}
