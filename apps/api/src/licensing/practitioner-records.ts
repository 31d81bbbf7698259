import { Injectable } from '@nestjs/common';
import type { PractitionerRecord } from '@fascicle/regulation';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { SupervisedSessionsReader } from '../practice-logs/supervised-sessions-reader.js';
import { PracticalExamsReader } from '../practical-exams/practical-exams-reader.js';

/**
 * What the eligibility check reads about people, through the modules that keep it: licenses
 * (identity), certificates (credentials), passed practical exams and confirmed supervised
 * sessions. Four queries however many people, so a clinic's report costs the same for 20
 * staff as for 2,000.
 */
@Injectable()
export class PractitionerRecords {
  constructor(
    private readonly identity: IdentityReader,
    private readonly credentials: CredentialsReader,
    private readonly exams: PracticalExamsReader,
    private readonly sessions: SupervisedSessionsReader,
  ) {}

  async of(userIds: readonly string[]): Promise<Map<string, PractitionerRecord>> {
    const ids = [...new Set(userIds)];
    const records = new Map<string, PractitionerRecord>(
      ids.map((id) => [
        id,
        { licenses: [], training: [], practicalExams: [], supervisedSessions: [] },
      ]),
    );
    if (ids.length === 0) return records;
    const [licenses, training, exams, sessions] = await Promise.all([
      this.identity.licensesByUserIds(ids),
      this.credentials.trainingOf(ids),
      this.exams.passedBy(ids),
      this.sessions.confirmedFor(ids),
    ]);
    ids.forEach((id, i) => {
      records.get(id)!.licenses = licenses[i]!.map((license) => ({
        id: license.id,
        state: license.state,
        number: license.number,
        status: license.status,
        issuedOn: license.issuedOn,
        expiresOn: license.expiresOn,
      }));
    });
    for (const { userId, ...certificate } of training)
      records.get(userId)?.training.push(certificate);
    for (const { candidateId, ...exam } of exams)
      records.get(candidateId)?.practicalExams.push({ ...exam, passed: true });
    for (const { learnerId, ...session } of sessions)
      records.get(learnerId)?.supervisedSessions.push(session);
    return records;
  }
}
