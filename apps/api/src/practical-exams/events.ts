import type { EntityManager } from 'typeorm';

/**
 * A practical exam record was signed: a first record or a correction. Published inside the
 * recording transaction: a handler writes through `manager`, and subscribes with
 * `{ suppressErrors: false }` when its failure must roll the record back. Nothing outside the
 * transaction (mail, other connections) belongs in a handler: the record is not committed yet.
 */
export class PracticalExamRecorded {
  static readonly event = 'practical-exams.recorded';

  constructor(
    readonly recordId: string,
    readonly candidateId: string,
    readonly programId: string,
    readonly manager: EntityManager,
  ) {}
}
