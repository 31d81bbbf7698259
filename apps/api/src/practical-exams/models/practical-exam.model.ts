import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { gradePracticalExam } from '@fascicle/hybrid';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { PracticalExamView } from '../practical-exam-queries.js';
import { practicalExamSignature } from '../practical-exam-signature.js';

@ObjectType('PracticalExamItemResult', { description: "The examiner's mark for one item" })
export class PracticalExamItemResultModel {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field()
  critical: boolean;

  @Field()
  passed: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('PracticalExam', {
  description:
    "An examiner's signed record of a candidate's practical exam; never changed: a correction is a new record naming it",
})
export class PracticalExamModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  checklistId: string;

  @Field()
  checklistTitle: string;

  @Field(() => Int)
  checklistVersion: number;

  @Field(() => ID)
  programId: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => ID)
  examinerId: string;

  @Field({ description: "The examiner's name as it stood when they signed" })
  examinerName: string;

  @Field({ description: 'YYYY-MM-DD' })
  examinedOn: string;

  @Field(() => ID, { nullable: true, description: 'The live session it took place at' })
  sessionId: string | null;

  @Field(() => [PracticalExamItemResultModel], { description: 'Every item, in checklist order' })
  results: PracticalExamItemResultModel[];

  @Field({
    description: 'From the grading rule: every critical item and the set share of the rest',
  })
  passed: boolean;

  @Field(() => [PracticalExamItemResultModel], { description: 'Critical items failed' })
  criticalFailed: PracticalExamItemResultModel[];

  @Field(() => [String], { description: 'Why it was not passed; empty when passed' })
  reasons: string[];

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => ID, { nullable: true, description: 'The record this one corrects' })
  replacesId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the replaced record was corrected' })
  correctionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The correction that replaced this record' })
  replacedById: string | null;

  @Field({ description: 'Not replaced by a correction: the record that counts' })
  current: boolean;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;

  @Field({ description: "SHA-256 (hex) of the record's canonical JSON, stored at signing" })
  signature: string;

  @Field({ description: 'The stored signature matches the record as read now' })
  signatureValid: boolean;

  static from(view: PracticalExamView): PracticalExamModel {
    const { record, checklist, replacedById } = view;
    const marks = new Map(record.results.map((result) => [result.key, result]));
    const results = checklist.items.map((item) =>
      Object.assign(new PracticalExamItemResultModel(), {
        key: item.key,
        label: item.label,
        critical: item.critical,
        passed: marks.get(item.key)?.passed ?? false,
        notes: marks.get(item.key)?.notes ?? null,
      }),
    );
    const grade = gradePracticalExam(
      checklist.items.map((item) => ({ ...item, reason: item.description })),
      record.results,
      checklist.nonCriticalPassPercent,
    );
    return Object.assign(new PracticalExamModel(), {
      id: record.id,
      checklistId: record.checklistId,
      checklistTitle: checklist.title,
      checklistVersion: checklist.version,
      programId: checklist.programId,
      candidateId: record.candidateId,
      examinerId: record.examinerId,
      examinerName: record.examinerName,
      examinedOn: record.examinedOn,
      sessionId: record.sessionId,
      results,
      passed: record.passed,
      criticalFailed: results.filter((result) => result.critical && !result.passed),
      reasons: grade.reasons,
      summary: record.summary,
      replacesId: record.replacesId,
      correctionReason: record.correctionReason,
      replacedById,
      current: replacedById === null,
      signedAt: record.signedAt,
      signature: record.signature,
      signatureValid: practicalExamSignature(record) === record.signature,
    });
  }
}

@ObjectType()
export class PracticalExamConnection extends ConnectionType(PracticalExamModel, 'PracticalExam') {}
