import { describe, expect, it } from 'vitest';
import { examDay, examErrors, examResults, initialMarks, type ChecklistItem } from './exam-draft';

const ITEMS: ChecklistItem[] = [
  { key: 'screening', label: 'Screening', critical: true, description: '' },
  { key: 'consent', label: 'Consent', critical: true, description: '' },
  { key: 'sharps', label: 'Sharps disposal', critical: false, description: '' },
];

describe('examResults', () => {
  it('names the items not marked yet, in checklist order', () => {
    const marks = initialMarks(ITEMS);
    marks['consent'] = { passed: false, notes: '' };
    expect(examResults(ITEMS, marks)).toEqual({ unmarked: ['screening', 'sharps'] });
  });

  it('gives every mark in checklist order, blank notes as null', () => {
    const marks = initialMarks(ITEMS, [
      { key: 'sharps', passed: true, notes: '  Used the bin at once ' },
      { key: 'screening', passed: true, notes: null },
      { key: 'consent', passed: false, notes: '   ' },
    ]);
    expect(examResults(ITEMS, marks)).toEqual({
      results: [
        { key: 'screening', passed: true, notes: null },
        { key: 'consent', passed: false, notes: null },
        { key: 'sharps', passed: true, notes: 'Used the bin at once' },
      ],
    });
  });
});

describe('examErrors', () => {
  it('puts a note’s error beside its item by the place the API names, others by field', () => {
    expect(
      examErrors(
        {
          'results.2.notes': 'Remove the phone number: the log must not identify the patient',
          'results.9.notes': 'No such place',
          summary: 'Remove the email',
        },
        ITEMS,
      ),
    ).toEqual({
      byItem: { sharps: 'Remove the phone number: the log must not identify the patient' },
      byField: { 'results.9.notes': 'No such place', summary: 'Remove the email' },
    });
  });
});

describe('examDay', () => {
  it('is never after today in UTC, the calendar the API refuses future days by', () => {
    const now = new Date('2026-12-04T23:30:00.000Z');
    expect(examDay(now) <= '2026-12-04').toBe(true);
  });
});
