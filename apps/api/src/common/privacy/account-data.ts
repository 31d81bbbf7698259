import type { EntityManager } from 'typeorm';

/** A file beside the export's JSON, such as a certificate's PDF. */
export interface ExportedFile {
  path: string;
  bytes: Uint8Array;
}

/** One module's part of a person's data export: a JSON section and any files. */
export interface AccountDataSection {
  name: string;
  data: unknown;
  files?: ExportedFile[];
}

/**
 * What each module that keeps a person's data does for the privacy module: give it back to
 * them (download my data) and erase it when they delete their account. Each module answers for
 * its own tables; the privacy module calls them all, erasing inside one transaction so that an
 * account is deleted entirely or not at all.
 */
export interface AccountData {
  exportFor(userId: string): Promise<AccountDataSection[]>;
  /** Erases (or reduces to what a retention duty keeps) the person's rows; `at` is now. */
  eraseFor(manager: EntityManager, userId: string, at: Date): Promise<void>;
}
