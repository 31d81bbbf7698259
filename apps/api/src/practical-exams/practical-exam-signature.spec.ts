import { canonicalJson, practicalExamSignature } from './practical-exam-signature.js';

const record = {
  id: '7a1f6b8e-2d7c-4c1e-9c5a-1b2c3d4e5f60',
  checklistId: '0b4d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4',
  candidateId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  examinerId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60',
  examinerName: 'Ira Instructor, PT',
  examinedOn: '2026-12-01',
  sessionId: null,
  results: [
    { key: 'consent', passed: true, notes: null },
    { key: 'positioning', passed: false, notes: 'Pillow under the knees missing' },
  ],
  passed: true,
  summary: null,
  replacesId: null,
  correctionReason: null,
  signedAt: new Date('2026-12-01T15:00:00.123Z'),
};

describe('practical exam signature', () => {
  it('is the SHA-256 of the canonical JSON, the same whatever order the keys came in', () => {
    const signature = practicalExamSignature(record);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(practicalExamSignature(reordered)).toBe(signature);
  });

  it('changes when any stated field does', () => {
    const signature = practicalExamSignature(record);
    expect(practicalExamSignature({ ...record, passed: false })).not.toBe(signature);
    expect(
      practicalExamSignature({
        ...record,
        results: [record.results[0]!, { ...record.results[1]!, notes: null }],
      }),
    ).not.toBe(signature);
    expect(
      practicalExamSignature({ ...record, signedAt: new Date('2026-12-01T15:00:00.124Z') }),
    ).not.toBe(signature);
  });

  it('writes canonical JSON with sorted keys at every level and no spaces', () => {
    expect(canonicalJson({ b: [{ d: 1, c: null }], a: 'x' })).toBe(
      '{"a":"x","b":[{"c":null,"d":1}]}',
    );
  });
});
