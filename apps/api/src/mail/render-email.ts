import type { ReactElement } from 'react';
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
  // The renderer (react-dom/server, html-to-text) loads with the first mail, not at every start.
  const { render } = await import('@react-email/render');
  const [html, text] = await Promise.all([render(template), render(template, { plainText: true })]);
  return { to, subject, html, text, ...(headers ? { headers } : {}) };
}
