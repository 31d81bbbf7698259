import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The content of a file a first start creates and every later start reads (the development
 * JWT secret, the development signing key). Written whole to a temporary file first, then
 * linked into place: a process killed while writing leaves at most a stray temporary file,
 * never a half-written secret, and of two processes starting at once the first link wins and
 * both use its content.
 */
export function readOrCreateFile(file: string, create: () => string): string {
  const existing = readIfPresent(file);
  if (existing !== null) return existing;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, create(), { mode: 0o600, flush: true });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return readFileSync(file, 'utf8');
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
