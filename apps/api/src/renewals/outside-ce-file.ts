import { InvalidInputError } from '../common/errors/domain-error.js';

/** A certificate of outside CE: a scan or a provider's PDF, never larger than this. */
export const OUTSIDE_CE_MAX_BYTES = 10 * 1024 * 1024;

/** The types a board accepts as a certificate and the audit pack can hold. */
export const OUTSIDE_CE_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type OutsideCeFileType = (typeof OUTSIDE_CE_FILE_TYPES)[number];

/**
 * The file's type read from its bytes (its name and declared type are the sender's to make up):
 * a PNG named .pdf is a PNG; a text or a program named .pdf is refused.
 */
export async function checkedCertificateFile(bytes: Buffer | null): Promise<OutsideCeFileType> {
  if (!bytes || bytes.length === 0) {
    throw InvalidInputError.of('file', 'Choose the certificate file (PDF, PNG or JPEG)');
  }
  if (bytes.length > OUTSIDE_CE_MAX_BYTES) throw tooLarge();
  // Loaded with the first file, as the media uploads load it (catalog/media/media-files.ts).
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(bytes);
  const mime = type?.mime as OutsideCeFileType | undefined;
  if (!mime || !OUTSIDE_CE_FILE_TYPES.includes(mime)) {
    throw InvalidInputError.of(
      'file',
      'This file is not a PDF, PNG or JPEG: send the certificate as one of those',
    );
  }
  return mime;
}

export function tooLarge(): InvalidInputError {
  return InvalidInputError.of('file', 'The file is too large: the limit is 10 MB');
}

export const EXTENSION: Record<OutsideCeFileType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
