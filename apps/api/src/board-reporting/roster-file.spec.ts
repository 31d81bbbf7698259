import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, rosterWorkbook, usDate } from './roster-file.js';

describe('roster file', () => {
  it('writes dates as MM/DD/YYYY', () => {
    expect(usDate('2026-03-07')).toBe('03/07/2026');
  });

  it('has the header row, then one text row per completion', async () => {
    const bytes = await rosterWorkbook(
      { providerNumber: '50-1234', courseNumber: '20-98765', courseTitle: 'Dry needling safety' },
      [
        {
          licenseNumber: 'PT0001665',
          holderName: 'Pat Therapist',
          state: 'FL',
          profession: 'PHYSICAL_THERAPIST',
          completedOn: '2026-12-04',
          ceHours: 2.5,
          certificateCode: 'ABCD-EFGH',
        },
      ],
      new Date('2026-12-04T18:00:00Z'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Roster')!;
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...ROSTER_COLUMNS]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'PT0001665',
      'Pat Therapist',
      'FL',
      'PHYSICAL_THERAPIST',
      '50-1234',
      '20-98765',
      'Dry needling safety',
      '12/04/2026',
      2.5,
      'ABCD-EFGH',
    ]);
  });
});
