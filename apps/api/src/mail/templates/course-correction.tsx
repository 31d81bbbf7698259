import { composeEmail } from '../render-email.js';
import { EmailAction, EmailLayout, EmailText } from './email-layout.js';

export interface CourseCorrectionProps {
  name: string;
  courseTitle: string;
  versionNumber: number;
  /** "safety", "legal" or "safety and legal". */
  kinds: string;
  summary: string;
  courseUrl: string;
  unsubscribeUrl: string;
}

export const courseCorrectionEmail = (
  to: string,
  props: CourseCorrectionProps,
  headers: Record<string, string>,
) =>
  composeEmail(
    to,
    `${props.courseTitle}: version ${props.versionNumber} corrects ${props.kinds} content`,
    <CourseCorrectionEmail {...props} />,
    headers,
  );

/** To someone who completed an earlier version: what the new version corrects. */
export function CourseCorrectionEmail({
  name,
  courseTitle,
  versionNumber,
  kinds,
  summary,
  courseUrl,
  unsubscribeUrl,
}: CourseCorrectionProps) {
  return (
    <EmailLayout
      preview={`Version ${versionNumber} of a course you completed corrects ${kinds} content.`}
      footer={{
        reason:
          'You get this email because you completed an earlier version of this course. The notice also stays on your transcript.',
        unsubscribeUrl,
      }}
    >
      <EmailText>Hello {name},</EmailText>
      <EmailText>
        Version {versionNumber} of &ldquo;{courseTitle}&rdquo;, a course you completed, corrects{' '}
        {kinds} content. Your certificate is unchanged; what you were taught about this has changed:
      </EmailText>
      <EmailText
        style={{ whiteSpace: 'pre-line', borderLeft: '3px solid #1f4e79', paddingLeft: '12px' }}
      >
        {summary}
      </EmailText>
      <EmailAction href={courseUrl}>Read the course</EmailAction>
    </EmailLayout>
  );
}
