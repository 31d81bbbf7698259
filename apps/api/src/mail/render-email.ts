import type { ReactElement } from 'react';
import { render } from '@react-email/render';
import type { OutgoingMail } from './mailer.js';

/**
 * One template, two bodies: the HTML and, from the same tree, the plain text that mail
 * clients without HTML (and spam filters) read.
 */
export async function composeEmail(
  to: string,
  subject: string,
  template: ReactElement,
  headers?: Record<string, string>,
): Promise<OutgoingMail> {
  const [html, text] = await Promise.all([render(template), render(template, { plainText: true })]);
  return { to, subject, html, text, ...(headers ? { headers } : {}) };
}
