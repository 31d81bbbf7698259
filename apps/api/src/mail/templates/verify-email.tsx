import { composeEmail } from '../render-email.js';
import { EmailAction, EmailLayout, EmailText } from './email-layout.js';

export interface VerifyEmailProps {
  name: string;
  verifyUrl: string;
  days: number;
}

export const verifyEmailEmail = (to: string, props: VerifyEmailProps) =>
  composeEmail(to, 'Confirm your email address for Fascicle', <VerifyEmailEmail {...props} />);

export function VerifyEmailEmail({ name, verifyUrl, days }: VerifyEmailProps) {
  return (
    <EmailLayout
      preview="Confirm your address so certificates can be issued in your name."
      footer={{ reason: 'You get this email because this address was used to sign up.' }}
    >
      <EmailText>Hello {name},</EmailText>
      <EmailText>
        Confirm that this is your address, so that certificates can be issued in your name.
      </EmailText>
      <EmailAction href={verifyUrl}>Confirm my address</EmailAction>
      <EmailText>
        The link works for {days} days. If you did not sign up for Fascicle, ignore this email.
      </EmailText>
    </EmailLayout>
  );
}
