import { createHash } from 'node:crypto';
import type { PracticalExamRecordEntity } from './entities/practical-exam-record.entity.js';

type Signed = Omit<PracticalExamRecordEntity, 'signature' | 'createdAt'>;

/**
 * The record's seal: SHA-256 (hex) of the canonical JSON of every field it states (keys
 * sorted at every level, no spaces, the signing time in ISO 8601). Anyone holding the row can
 * recompute it, so a change made around the database trigger shows. It proves integrity, not
 * authorship: who signed is the examiner id and name inside it, and the audit trail.
 */
export function practicalExamSignature(record: Signed): string {
  const content = {
    id: record.id,
    checklistId: record.checklistId,
    candidateId: record.candidateId,
    examinerId: record.examinerId,
    examinerName: record.examinerName,
    examinedOn: record.examinedOn,
    sessionId: record.sessionId,
    results: record.results.map((r) => ({ key: r.key, passed: r.passed, notes: r.notes })),
    passed: record.passed,
    summary: record.summary,
    replacesId: record.replacesId,
    correctionReason: record.correctionReason,
    signedAt: record.signedAt.toISOString(),
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
