import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Api } from './api.js';
import { sleep } from '../../support/free-port.js';

/** Long enough for a mail written after a mutation's answer on a busy two-core machine. */
const WAIT_MS = 15_000;

interface Mail {
  to: string;
  subject: string;
  /** Decoded text, in which every complete link is whole. */
  body: string;
}

/**
 * The link in the newest mail to `to` whose subject is `subjectOrPath`, or which links to
 * that path (`'/verify-email'`). Without SMTP the journeys' API writes each mail as an .eml
 * file into its outbox (apps/api/src/mail/mailer.ts), named by the server's time, which only
 * moves forward. A file can be read while it is being written: the newest one is read again
 * until it parses, never passed over for an older one.
 */
export async function latestMail(to: string, subjectOrPath: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const result = findLink(to, subjectOrPath);
    if (typeof result === 'string') return result;
    if (Date.now() > deadline) {
      throw new Error(`No mail to ${to} matching "${subjectOrPath}" (${result.seen})`);
    }
    await sleep(100);
  }
}

/** The token a link carries in its fragment (`#token=…`). */
export function linkToken(link: string): string {
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token');
  if (!token) throw new Error(`No token in ${link}`);
  return token;
}

/** Opens the verification link sent to a new account, as its owner would (through the API). */
export async function verifyAddress(api: Api, email: string): Promise<void> {
  const token = linkToken(await latestMail(email, '/verify-email'));
  await api.ok(`mutation ($token: String!) { verifyEmail(token: $token) }`, { token });
}

function findLink(to: string, wanted: string): string | { seen: string } {
  const suffix = `-${to.replace(/[^a-z0-9@.-]/gi, '_')}.eml`;
  const names = listOutbox()
    .filter((name) => name.endsWith(suffix))
    .sort()
    .reverse();
  for (const name of names) {
    const mail = parse(readFileSync(join(outbox(), name), 'utf8'));
    // Half written: wait for the rest rather than fall back to an older mail.
    if (!mail) return { seen: `${name} does not parse yet` };
    if (mail.to.toLowerCase() !== to.toLowerCase()) continue;
    const links = [...mail.body.matchAll(/https?:\/\/\S+(?=\s)/g)].map((match) => match[0]);
    const link = wanted.startsWith('/')
      ? links.find((candidate) => new URL(candidate).pathname === wanted)
      : mail.subject === wanted
        ? links[0]
        : undefined;
    if (link) return link;
  }
  return { seen: `${names.length} mail(s) to ${to}, none matching` };
}

/** The outbox's file names; none before the first mail creates the folder. */
function listOutbox(): string[] {
  try {
    return readdirSync(outbox());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function outbox(): string {
  const dir = process.env['FASCICLE_OUTBOX_DIR'];
  if (!dir) throw new Error('FASCICLE_OUTBOX_DIR is not set: run through playwright.config.ts');
  return dir;
}

/**
 * A mail as nodemailer writes it: headers (folded lines joined), a blank line, then the body
 * in 7bit, quoted-printable or base64; for HTML mail, a multipart/alternative body whose
 * text/plain part is read. Null while incomplete: no end of the headers yet, no To or
 * Subject, or no text part yet.
 */
function parse(source: string): Mail | null {
  const message = splitHead(source.replace(/\r\n/g, '\n'));
  if (!message) return null;
  const { headers, rest } = message;
  const to = headers.get('to')?.replace(/^.*<(.+)>.*$/, '$1');
  const subject = headers.get('subject');
  if (!to || subject === undefined) return null;
  const body = textPart(headers, rest);
  return body === null ? null : { to, subject, body };
}

/** The headers (lower-case names) and what follows the blank line after them. */
function splitHead(text: string): { headers: Map<string, string>; rest: string } | null {
  const end = text.indexOf('\n\n');
  if (end < 0) return null;
  const headers = new Map<string, string>();
  for (const line of text
    .slice(0, end)
    .replace(/\n[ \t]+/g, ' ')
    .split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, rest: text.slice(end + 2) };
}

function textPart(headers: Map<string, string>, raw: string): string | null {
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) return decodeBody(raw, headers.get('content-transfer-encoding')?.toLowerCase());
  for (const part of raw.split(`--${boundary}`)) {
    const inner = splitHead(part.replace(/^\n/, ''));
    if (!inner?.headers.get('content-type')?.startsWith('text/plain')) continue;
    return decodeBody(inner.rest, inner.headers.get('content-transfer-encoding')?.toLowerCase());
  }
  return null;
}

function decodeBody(raw: string, encoding: string | undefined): string {
  if (encoding === 'base64') return Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return raw;
  // Soft line breaks (`=` at a line's end) join lines; `=3D` and the like are bytes.
  const joined = raw.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
