import { Injectable } from '@nestjs/common';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { Clock } from '../config/clock.js';
import { AccountDataParts } from './account-data-parts.js';

const README = `Your data from Fascicle

fascicle-data.json  your profile and licenses, enrolments with seat time and course
                    evaluations, quiz attempts (scores and times; the questions stay secure),
                    accommodations, certificates and clinic memberships
certificates/       each certificate's PDF, as you would download it one at a time

What Fascicle keeps and for how long: the privacy notice at /privacy.
`;

/** Download my data: every module's part as one JSON file, with the certificates' PDFs, zipped. */
@Injectable()
export class DataExportService {
  constructor(
    private readonly parts: AccountDataParts,
    private readonly clock: Clock,
  ) {}

  async zipFor(userId: string): Promise<Uint8Array> {
    const sections = (
      await Promise.all(this.parts.all.map((part) => part.exportFor(userId)))
    ).flat();
    const data: Record<string, unknown> = { exportedAt: this.clock.now().toISOString() };
    const files: Zippable = { 'README.txt': strToU8(README) };
    for (const section of sections) {
      data[section.name] = section.data;
      for (const file of section.files ?? []) files[file.path] = file.bytes;
    }
    files['fascicle-data.json'] = strToU8(`${JSON.stringify(data, null, 2)}\n`);
    // PDFs are compressed already; level 6 still shrinks the JSON.
    return zipSync(files, { level: 6 });
  }
}
