import { composeEmail } from '../render-email.js';
import { EmailAction, EmailLayout, EmailText } from './email-layout.js';

export interface RenewalDue {
  /** "Florida physical therapist license" or the state code when the name is unknown. */
  license: string;
  dueOn: string;
  daysLeft: number;
  /** Hours still needed; null when the board's figure is not confirmed. */
  stillNeededHours: number | null;
  /** Labels of the required topics not yet met. */
  missingTopics: string[];
}

interface RenewalReminderProps {
  name: string;
  renewal: RenewalDue;
  planUrl: string;
  unsubscribeUrl: string;
}

export const renewalReminderEmail = (
  to: string,
  props: RenewalReminderProps,
  headers: Record<string, string>,
) =>
  composeEmail(
    to,
    `Your ${props.renewal.license} renews on ${props.renewal.dueOn} (${props.renewal.daysLeft} days): CE still missing`,
    <RenewalReminderEmail {...props} />,
    headers,
  );

/** To the license holder, when the plan shows CE still missing before the renewal date. */
export function RenewalReminderEmail({
  name,
  renewal,
  planUrl,
  unsubscribeUrl,
}: RenewalReminderProps) {
  const { license, dueOn, daysLeft, stillNeededHours, missingTopics } = renewal;
  return (
    <EmailLayout
      preview={`Your license renews in ${daysLeft} days and CE is still missing.`}
      footer={{
        reason:
          'You get this email because you recorded this license and its renewal date on Fascicle.',
        unsubscribeUrl,
      }}
    >
      <EmailText>Hello {name},</EmailText>
      <EmailText>
        Your {license} renews on {dueOn}, in {daysLeft} days.{' '}
        {stillNeededHours !== null && stillNeededHours > 0
          ? `By your renewal plan you still need ${stillNeededHours} hours of continuing education.`
          : 'Your renewal plan shows requirements still missing.'}
      </EmailText>
      {missingTopics.length > 0 ? (
        <EmailText>Topics still missing: {missingTopics.join('; ')}.</EmailText>
      ) : null}
      <EmailText>
        The plan counts your Fascicle certificates and the CE you recorded from elsewhere. Your
        board decides what it accepts: check its current rule.
      </EmailText>
      <EmailAction href={planUrl}>Open your renewal plan</EmailAction>
    </EmailLayout>
  );
}
