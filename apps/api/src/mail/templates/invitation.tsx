import { composeEmail } from '../render-email.js';
import { EmailAction, EmailLayout, EmailText } from './email-layout.js';

export interface InvitationProps {
  clinic: string;
  asAdmin: boolean;
  acceptUrl: string;
  days: number;
}

export const invitationEmail = (to: string, props: InvitationProps) =>
  composeEmail(
    to,
    `You are invited to join ${props.clinic} on Fascicle`,
    <InvitationEmail {...props} />,
  );

export function InvitationEmail({ clinic, asAdmin, acceptUrl, days }: InvitationProps) {
  return (
    <EmailLayout
      preview={`${clinic} invites you to join their team on Fascicle.`}
      footer={{ reason: `You get this email because ${clinic} invited this address.` }}
    >
      <EmailText>
        {clinic} invites you to join their team on Fascicle as{' '}
        {asAdmin ? 'an administrator' : 'staff'}.
      </EmailText>
      <EmailText>
        Accepting lets the clinic see the credentials you earn on Fascicle, for as long as you are a
        member. You can leave at any time.
      </EmailText>
      <EmailAction href={acceptUrl}>Accept the invitation</EmailAction>
      <EmailText>The invitation expires in {days} days.</EmailText>
    </EmailLayout>
  );
}
