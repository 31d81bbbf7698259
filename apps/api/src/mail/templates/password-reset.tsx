import { composeEmail } from '../render-email.js';
import { EmailAction, EmailLayout, EmailText } from './email-layout.js';

export interface PasswordResetProps {
  name: string;
  resetUrl: string;
  minutes: number;
}

export const passwordResetEmail = (to: string, props: PasswordResetProps) =>
  composeEmail(to, 'Reset your Fascicle password', <PasswordResetEmail {...props} />);

export function PasswordResetEmail({ name, resetUrl, minutes }: PasswordResetProps) {
  return (
    <EmailLayout
      preview={`Choose a new password within ${minutes} minutes.`}
      footer={{ reason: 'You get this email because someone asked to reset your password.' }}
    >
      <EmailText>Hello {name},</EmailText>
      <EmailText>
        Someone, we hope you, asked to reset the password of your Fascicle account. Choose a new one
        within {minutes} minutes:
      </EmailText>
      <EmailAction href={resetUrl}>Choose a new password</EmailAction>
      <EmailText>If it was not you, ignore this email: your password stays as it is.</EmailText>
    </EmailLayout>
  );
}
