import { composeEmail } from '../render-email.js';
import { EmailLayout, EmailText } from './email-layout.js';

export interface LiveSessionInvitationProps {
  name: string;
  title: string;
  /** "an in-person lab" or "a live webinar". */
  kind: string;
  /** Start and end in words, in UTC. */
  when: string;
  /** A lab's venue or a webinar's join link. */
  place: string;
  promoted: boolean;
  cutoff: string;
}

export const liveSessionInvitationEmail = (to: string, props: LiveSessionInvitationProps) =>
  composeEmail(
    to,
    `Your seat: ${props.title}, ${props.when}`,
    <LiveSessionInvitationEmail {...props} />,
  );

/** To a learner who has a seat at a live session, directly or from the waitlist. */
export function LiveSessionInvitationEmail({
  name,
  title,
  kind,
  when,
  place,
  promoted,
  cutoff,
}: LiveSessionInvitationProps) {
  return (
    <EmailLayout
      preview={`You have a seat at ${title}.`}
      footer={{ reason: 'You get this email because you registered for this session.' }}
    >
      <EmailText>Hello {name},</EmailText>
      <EmailText>
        {promoted
          ? `A seat came free and you were next on the waitlist: you now have a seat at “${title}”, ${kind}.`
          : `You have a seat at “${title}”, ${kind}.`}
      </EmailText>
      <EmailText>When: {when}</EmailText>
      <EmailText>Where: {place}</EmailText>
      <EmailText>
        The attached invitation adds the session to your calendar. If you cannot come, cancel before{' '}
        {cutoff} so the next person on the waitlist gets your seat.
      </EmailText>
    </EmailLayout>
  );
}
