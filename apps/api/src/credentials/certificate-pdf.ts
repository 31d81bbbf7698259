import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { CertificateModel } from './models/certificate.model.js';

export interface PdfContext {
  signer: string;
  verifyUrl: string;
}

const INK = rgb(0.12, 0.16, 0.22);
const MUTED = rgb(0.38, 0.42, 0.48);
const ACCENT = rgb(0.05, 0.4, 0.45);

/**
 * The printable certificate: one landscape US Letter page with what a board asks for
 * (holder, license, course and version, provider, approval numbers, CE hours, completion
 * date, delivery, expiry), the authorised signer, and a QR code to the public verification
 * page. Standard PDF fonts only (WinAnsi): text outside it is transliterated.
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
    page.drawText(winAnsi(text), { x, y, size, font, color });

  page.drawRectangle({
    x: 24,
    y: 24,
    width: 744,
    height: 564,
    borderColor: ACCENT,
    borderWidth: 2,
  });
  write(certificate.provider.toUpperCase(), 60, 540, 12, bold, ACCENT);
  write(
    certificate.kind === 'PROGRAM' ? 'Credential of completion' : 'Certificate of completion',
    60,
    500,
    28,
    bold,
  );
  write('This certifies that', 60, 466, 12, regular, MUTED);
  write(certificate.holderName, 60, 436, 24, bold);
  const license = [certificate.licenseState, certificate.licenseNumber].filter(Boolean).join(' ');
  if (license) write(`License ${license}`, 60, 414, 12, regular, MUTED);
  write('completed', 60, 388, 12, regular, MUTED);
  wrap(page, winAnsi(certificate.title), 60, 362, 20, bold, 460);
  const version = certificate.courseVersion ? `Version ${certificate.courseVersion}` : '';

  const facts: [string, string][] = [
    ['CE hours', certificate.ceHours.toFixed(2)],
    ['Completed', certificate.completedOn],
    [
      'Delivery',
      certificate.deliveryMethod === 'online' ? 'Online (self-paced)' : certificate.deliveryMethod,
    ],
    ['Expires', certificate.expiresOn ?? 'Does not expire'],
    ['Course version', version || '-'],
    ['Certificate code', certificate.code],
  ];
  facts.forEach(([label, value], i) => {
    const x = 60 + (i % 3) * 160;
    const y = 290 - Math.floor(i / 3) * 44;
    write(label, x, y + 14, 9, regular, MUTED);
    write(value, x, y, 12, bold);
  });

  const approvals = certificate.approvals.length
    ? certificate.approvals.map(
        (a) =>
          `${a.body}: ${a.approvalNumber}${a.isSample ? ' (sample record, not a real approval)' : ''}`,
      )
    : ['No accreditation approval recorded for this course'];
  write('Approvals', 60, 180, 9, regular, MUTED);
  approvals.slice(0, 4).forEach((line, i) => write(line, 60, 166 - i * 14, 10));

  page.drawLine({ start: { x: 60, y: 76 }, end: { x: 300, y: 76 }, thickness: 1, color: INK });
  write(context.signer, 60, 62, 10, bold);
  write(`Authorised signer, ${certificate.provider}`, 60, 50, 9, regular, MUTED);

  const qr = await QRCode.toBuffer(context.verifyUrl, {
    margin: 1,
    width: 240,
    errorCorrectionLevel: 'M',
  });
  const image = await pdf.embedPng(qr);
  page.drawImage(image, { x: 598, y: 64, width: 130, height: 130 });
  write('Verify at', 598, 220, 9, regular, MUTED);
  wrap(page, context.verifyUrl, 598, 206, 8, regular, 150);
  return pdf.save();
}

/** pdf-lib's standard fonts encode WinAnsi only: anything else becomes its closest ASCII. */
function winAnsi(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[—–]/g, '-')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');
}

function wrap(
  page: PDFPage,
  text: string,
  x: number,
  y: number,
  size: number,
  font: PDFFont,
  width: number,
) {
  const words = text.split(/(?<=[\s/])/);
  let line = '';
  let row = 0;
  for (const word of words) {
    if (line && font.widthOfTextAtSize(line + word, size) > width) {
      page.drawText(line.trimEnd(), { x, y: y - row * (size + 4), size, font, color: INK });
      line = '';
      row += 1;
    }
    line += word;
  }
  if (line) page.drawText(line.trimEnd(), { x, y: y - row * (size + 4), size, font, color: INK });
}
