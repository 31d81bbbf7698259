import { PDFDocument, rgb, StandardFonts, type PDFFont, type RGB } from 'pdf-lib';
import QRCode from 'qrcode';
import {
  CREDENTIAL_KIND_LABEL,
  DEFAULT_CONTACT_HOUR,
  describeContactHours,
} from '@fascicle/catalog';
import { minutesSplitText, type DeliveryMethod } from '@fascicle/credentials';
import { winAnsi, wrap } from '../common/pdf/pdf-text.js';
import type { CertificateModel } from './models/certificate.model.js';

const DELIVERY_LABEL: Record<DeliveryMethod, string> = {
  online: 'Online (self-paced)',
  blended: 'Online (self-paced) and in person',
  'in-person': 'In person',
};

export interface PdfContext {
  signer: string;
  verifyUrl: string;
}

const INK = rgb(0.12, 0.16, 0.22);
const MUTED = rgb(0.38, 0.42, 0.48);
const ACCENT = rgb(0.05, 0.4, 0.45);

/** The text column on the left, the facts and the QR code on the right. */
const LEFT = 60;
const LEFT_WIDTH = 500;
const RIGHT = 598;
const RIGHT_WIDTH = 146;
/** Where the flowing text starts (below "completed") and the lowest it may go (the signer). */
const FLOW_TOP = 372;
const FLOW_FLOOR = 96;
/** Shown one per line; more are named on the verification page. */
const MAX_APPROVALS = 4;

interface Line {
  text: string;
  size: number;
  font: PDFFont;
  color: RGB;
  /** Space above the line's box, in points. */
  gap: number;
}

/**
 * The printable certificate: one landscape US Letter page with what a board asks for
 * (holder, license, course and version, provider, approval numbers with the hours in each
 * body's unit, minutes online and live, completion date, delivery, expiry), what it certifies
 * (its kind and scope statement), the authorised signer, and a QR code to the public
 * verification page. Long titles and scope statements are set smaller, never over the
 * signature. Standard PDF fonts only (WinAnsi): text outside it is transliterated.
 */
export async function renderCertificatePdf(
  certificate: CertificateModel,
  context: PdfContext,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate ${certificate.code}`);
  pdf.setAuthor(certificate.provider);
  pdf.setSubject(certificate.title);
  const page = pdf.addPage([792, 612]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const write = (text: string, x: number, y: number, size: number, font = regular, color = INK) =>
    page.drawText(text, { x, y, size, font, color });
  /** One line at `size`, or smaller if it would not fit `width`. */
  const fit = (text: string, width: number, size: number, font: PDFFont) =>
    Math.max(6, Math.min(size, (size * width) / Math.max(1, font.widthOfTextAtSize(text, size))));

  page.drawRectangle({
    x: 24,
    y: 24,
    width: 744,
    height: 564,
    borderColor: ACCENT,
    borderWidth: 2,
  });
  const provider = winAnsi(certificate.provider);
  write(
    provider.toUpperCase(),
    LEFT,
    548,
    fit(provider.toUpperCase(), LEFT_WIDTH, 12, bold),
    bold,
    ACCENT,
  );
  const heading =
    certificate.kind === 'PROGRAM'
      ? 'Program certificate of completion'
      : 'Certificate of completion';
  write(heading, LEFT, 510, fit(heading, LEFT_WIDTH, 26, bold), bold);
  write(CREDENTIAL_KIND_LABEL[certificate.credentialKind], LEFT, 488, 13, bold, ACCENT);
  write('This certifies that', LEFT, 462, 11, regular, MUTED);
  const holder = winAnsi(certificate.holderName);
  write(holder, LEFT, 436, fit(holder, LEFT_WIDTH, 22, bold), bold);
  const license = [certificate.licenseState, certificate.licenseNumber].filter(Boolean).join(' ');
  if (license) write(winAnsi(`License ${license}`), LEFT, 418, 11, regular, MUTED);
  write('completed', LEFT, 396, 11, regular, MUTED);

  for (const line of flow(certificate, regular, bold)) {
    write(line.text, LEFT, line.y, line.size, line.font, line.color);
  }

  const version = certificate.courseVersion ? `Version ${certificate.courseVersion}` : '-';
  const facts: [string, string][] = [
    ['CE hours (60-minute hours)', certificate.ceHours.toFixed(2)],
    ['Minutes of instruction', String(certificate.creditMinutes)],
    ['Completed', certificate.completedOn],
    ['Delivery', DELIVERY_LABEL[certificate.deliveryMethod]],
    ['Expires', certificate.expiresOn ?? 'Does not expire'],
    ['Course version', version],
    ['Certificate code', certificate.code],
  ];
  facts.forEach(([label, value], i) => {
    const y = 536 - i * 30;
    write(label, RIGHT, y + 11, 8, regular, MUTED);
    const text = winAnsi(value);
    write(text, RIGHT, y, fit(text, RIGHT_WIDTH, 11, bold), bold);
  });

  page.drawLine({ start: { x: 60, y: 76 }, end: { x: 300, y: 76 }, thickness: 1, color: INK });
  write(winAnsi(context.signer), 60, 62, 10, bold);
  write(winAnsi(`Authorised signer, ${certificate.provider}`), 60, 50, 9, regular, MUTED);

  const qr = await QRCode.toBuffer(context.verifyUrl, {
    margin: 1,
    width: 240,
    errorCorrectionLevel: 'M',
  });
  const image = await pdf.embedPng(qr);
  page.drawImage(image, { x: RIGHT, y: 64, width: 130, height: 130 });
  write('Verify at', RIGHT, 244, 9, regular, MUTED);
  wrap(winAnsi(context.verifyUrl), regular, 8, RIGHT_WIDTH)
    .slice(0, 3)
    .forEach((line, i) => write(line, RIGHT, 232 - i * 10, 8, regular));
  return pdf.save();
}

/**
 * The title, the scope statement and the hours, from FLOW_TOP down, at the largest scale that
 * keeps them above the signature; at the smallest, the scope statement is cut with an ellipsis
 * (the verification page and the signed credential carry it whole).
 */
function flow(
  certificate: CertificateModel,
  regular: PDFFont,
  bold: PDFFont,
): (Line & { y: number })[] {
  const scope = winAnsi(certificate.scopeStatement.trim());
  const shown = certificate.approvals.slice(0, MAX_APPROVALS);
  // Each body's hours in its own unit, with its number: what a board's auditor looks for.
  const approvals = shown.map((a) =>
    winAnsi(
      `${a.body}, approval ${a.approvalNumber}: ${a.hoursText}${a.isSample ? ' (sample record, not a real approval)' : ''}`,
    ),
  );
  if (certificate.approvals.length > shown.length) {
    approvals.push(
      `and ${certificate.approvals.length - shown.length} more: see the verification page`,
    );
  }
  if (approvals.length === 0) {
    const hours = describeContactHours(certificate.ceHours, DEFAULT_CONTACT_HOUR);
    approvals.push(
      certificate.kind === 'PROGRAM'
        ? `${hours}; approval numbers are on each course's certificate`
        : `${hours}; no accreditation approval recorded for this course`,
    );
  }

  const build = (scale: number, scopeLines?: number): Line[] => {
    const lines: Line[] = [];
    const block = (text: string, size: number, font: PDFFont, color: RGB, gap: number) =>
      wrap(text, font, size, LEFT_WIDTH).forEach((row, i) =>
        lines.push({ text: row, size, font, color, gap: i === 0 ? gap : size * 0.3 }),
      );
    block(winAnsi(certificate.title), Math.round(18 * scale), bold, INK, 0);
    if (scope) {
      block('Scope of this certificate', 9, regular, MUTED, 14 * scale);
      const size = Math.max(7, 10 * scale);
      let rows = wrap(scope, regular, size, LEFT_WIDTH);
      if (scopeLines !== undefined && rows.length > scopeLines) {
        rows = rows.slice(0, scopeLines);
        rows[rows.length - 1] = `${rows.at(-1)!.replace(/\s*\S*$/, '')} ...`;
      }
      rows.forEach((row, i) =>
        lines.push({ text: row, size, font: regular, color: INK, gap: i === 0 ? 2 : size * 0.3 }),
      );
    }
    block('Hours', 9, regular, MUTED, 12 * scale);
    block(
      `${minutesSplitText(certificate.onlineMinutes, certificate.liveMinutes)} · Total: ${certificate.creditMinutes} min`,
      10 * Math.max(scale, 0.8),
      bold,
      INK,
      2,
    );
    for (const approval of approvals) block(approval, 10 * Math.max(scale, 0.8), regular, INK, 2);
    return lines;
  };
  const height = (lines: Line[]) => lines.reduce((sum, line) => sum + line.gap + line.size, 0);
  const room = FLOW_TOP + 18 - FLOW_FLOOR;

  let lines = build(1);
  for (const scale of [0.9, 0.8, 0.7]) {
    if (height(lines) <= room) break;
    lines = build(scale);
  }
  // Still too long: drop the scope statement's last lines until the rest fits.
  for (let keep = 12; height(lines) > room && keep > 0; keep -= 1) lines = build(0.7, keep);

  let y = FLOW_TOP + 18;
  return lines.map((line) => {
    y -= line.gap + line.size;
    return { ...line, y };
  });
}
