/** One completion as the roster prints it. */
export interface RosterRow {
  licenseNumber: string;
  holderName: string;
  state: string;
  profession: string;
  completedOn: string;
  ceHours: number;
  certificateCode: string;
}

export interface RosterHeader {
  providerNumber: string;
  courseNumber: string;
  courseTitle: string;
}

/**
 * The columns, in order. CE Broker's Excel upload templates (Full Credit, Partial Credit) are
 * described behind its "More…" link, which no copy we could read shows (docs/board-reporting.md):
 * these are the facts a board's roster submission needs, named plainly, not CE Broker's own
 * column names. License number first: CE Broker finds the licensee by it.
 */
export const ROSTER_COLUMNS = [
  'License number',
  'Licensee name',
  'State',
  'Profession',
  'CE Broker provider number',
  'CE Broker course number',
  'Course title',
  'Date completed (MM/DD/YYYY)',
  'Hours',
  'Certificate code',
] as const;

/** YYYY-MM-DD → MM/DD/YYYY, the form CE Broker's XML formats use for dates. */
export function usDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${month}/${day}/${year}`;
}

/**
 * The roster workbook: one sheet, a header row, then one row per completion, every cell text
 * but the hours (a license number such as 0001665 keeps its leading zeros; dates stay as
 * written). The
 * workbook's dates are the export's, so the same export renders the same content.
 */
export async function rosterWorkbook(
  header: RosterHeader,
  rows: readonly RosterRow[],
  createdAt: Date,
): Promise<Buffer> {
  // exceljs (some 150 modules, about 6 MB of heap) loads with the first roster: most processes
  // never make one, and every start would pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fascicle';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet('Roster');
  sheet.addRow([...ROSTER_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      row.licenseNumber,
      row.holderName,
      row.state,
      row.profession,
      header.providerNumber,
      header.courseNumber,
      header.courseTitle,
      usDate(row.completedOn),
      row.ceHours,
      row.certificateCode,
    ]);
  }
  sheet.columns.forEach((column, i) => {
    column.numFmt = ROSTER_COLUMNS[i] === 'Hours' ? '0.00' : '@';
    column.width = 22;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
