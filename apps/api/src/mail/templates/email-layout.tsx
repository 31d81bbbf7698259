import type { ReactNode } from 'react';
import { Body } from '@react-email/body';
import { Button } from '@react-email/button';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';

const page = { backgroundColor: '#f4f5f7', fontFamily: 'Helvetica, Arial, sans-serif' };
const card = { backgroundColor: '#ffffff', padding: '32px', maxWidth: '560px' };
const brand = { fontSize: '20px', fontWeight: 700, color: '#1f4e79', margin: '0 0 24px' };
const small = { fontSize: '12px', lineHeight: '18px', color: '#5f6b7a' };
const button = {
  backgroundColor: '#1f4e79',
  color: '#ffffff',
  padding: '12px 20px',
  borderRadius: '4px',
  fontWeight: 600,
  textDecoration: 'none',
};

/** Why the reader gets this message, and how to stop it when they can. */
export interface EmailFooter {
  reason: string;
  /** For optional mail (reminders, notices): the page that stops it. */
  unsubscribeUrl?: string;
}

/**
 * The frame of every Fascicle email: the name, the message, one clear action, and a footer
 * that says why it came. Rendered to HTML and, from the same tree, to plain text.
 */
export function EmailLayout({
  preview,
  footer,
  children,
}: {
  /** The line mail clients show beside the subject. */
  preview: string;
  footer: EmailFooter;
  children: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={brand}>Fascicle</Text>
          {children}
          <Hr />
          <Text style={small}>
            {footer.reason}
            {footer.unsubscribeUrl && (
              <>
                {' '}
                <Link href={footer.unsubscribeUrl}>Stop these emails</Link>, or choose which emails
                you get on your account page.
              </>
            )}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The one thing the message asks the reader to do, with its address written out below. */
export function EmailAction({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: '24px 0' }}>
      <Button href={href} style={button}>
        {children}
      </Button>
      <Text style={small}>
        Or open this address: <Link href={href}>{href}</Link>
      </Text>
    </Section>
  );
}

export { Text as EmailText };
