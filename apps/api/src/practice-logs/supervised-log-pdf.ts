import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { winAnsi, wrap } from '../common/pdf/pdf-text.js';

/** One confirmed session as the log prints it. */
export interface LogRow {
  sessionDate: string;
  program: string;
  bodyRegions: string;
  muscles: string;
  needles: number;
  supervisor: string;
  supervisorLicenseState: string;
  supervisorLicenseNumber: string;
  supervisorYears: number | null;
  supervisorOwnSessions: number | null;
  confirmedAt: string;
  confirmationId: string;
}

export interface LogHeader {
  learnerName: string;
  learnerLicense: string;
  provider: string;
  generatedAt: Date;
}

const INK = rgb(0.12, 0.16, 0.22);
const MUTED = rgb(0.38, 0.42, 0.48);
const RULE = rgb(0.8, 0.82, 0.85);
/** Landscape US Letter, half-inch margins. */
const PAGE = { width: 792, height: 612, margin: 36 };
const SIZE = 8;
const LEADING = 10;
/** Column widths in points; they fill the 720 points between the margins. */
const COLUMNS: { title: string; width: number; cell: (row: LogRow) => string }[] = [
  { title: 'Date', width: 54, cell: (row) => row.sessionDate },
  { title: 'Program', width: 96, cell: (row) => row.program },
  { title: 'Body regions', width: 86, cell: (row) => row.bodyRegions },
  { title: 'Muscles', width: 120, cell: (row) => row.muscles },
  { title: 'Needles', width: 38, cell: (row) => String(row.needles) },
  { title: 'Supervisor', width: 90, cell: (row) => row.supervisor },
  {
    title: 'Supervisor license',
    width: 70,
    cell: (row) => `${row.supervisorLicenseState} ${row.supervisorLicenseNumber}`,
  },
  { title: 'Confirmed (UTC)', width: 70, cell: (row) => row.confirmedAt },
  { title: 'Confirmation record', width: 96, cell: (row) => row.confirmationId },
];

/**
 * The supervised-practice log a board asks for, as a PDF: who kept it, then one row per
 * confirmed session with the supervisor as they stood at the confirmation and the id of the
 * confirmation record (kept, and audited, by the provider), page after page. Nothing in it
 * names a patient: the log never held one.
 */
export async function renderSupervisedLogPdf(
  header: LogHeader,
  rows: readonly LogRow[],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Supervised dry needling sessions: ${winAnsi(header.learnerName)}`);
  pdf.setAuthor(header.provider);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const text = (
    target: PDFPage,
    value: string,
    x: number,
    at: number,
    font: PDFFont,
    size = SIZE,
  ) => target.drawText(winAnsi(value), { x, y: at, size, font, color: INK });

  text(page, 'Supervised dry needling sessions', PAGE.margin, (y -= 16), bold, 16);
  const intro = [
    `Kept by ${header.learnerName}${header.learnerLicense ? `, license ${header.learnerLicense}` : ''}.`,
    `${rows.length} session(s), each confirmed by the supervisor named, whose license and experience are shown as they stood at the confirmation. The confirmation record id identifies the signed confirmation kept by ${header.provider}.`,
    `No patient is identified in this log. Generated ${header.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  ];
  y -= 6;
  for (const paragraph of intro) {
    for (const line of wrap(winAnsi(paragraph), regular, 9, PAGE.width - 2 * PAGE.margin)) {
      page.drawText(line, { x: PAGE.margin, y: (y -= 12), size: 9, font: regular, color: MUTED });
    }
  }
  y -= 10;

  const drawHeader = () => {
    let x = PAGE.margin;
    y -= LEADING;
    for (const column of COLUMNS) {
      text(page, column.title, x, y, bold);
      x += column.width;
    }
    y -= 4;
    page.drawLine({
      start: { x: PAGE.margin, y },
      end: { x: PAGE.width - PAGE.margin, y },
      thickness: 0.5,
      color: RULE,
    });
  };
  drawHeader();
  for (const row of rows) {
    const cells = COLUMNS.map((column) =>
      wrap(winAnsi(column.cell(row)), regular, SIZE, column.width - 4),
    );
    const height = Math.max(...cells.map((lines) => lines.length)) * LEADING + 4;
    if (y - height < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
      drawHeader();
    }
    let x = PAGE.margin;
    for (const [index, lines] of cells.entries()) {
      lines.forEach((line, n) =>
        page.drawText(line, { x, y: y - LEADING * (n + 1), size: SIZE, font: regular, color: INK }),
      );
      x += COLUMNS[index]!.width;
    }
    y -= height;
  }
  if (rows.length === 0)
    text(page, 'No confirmed sessions yet.', PAGE.margin, y - LEADING, regular);
  return pdf.save();
}
