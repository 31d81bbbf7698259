import { verifyPath } from '@fascicle/api-paths';
import { normalizeCertificateCode } from '@fascicle/certificate-code';

/**
 * The verification page for a code as someone typed it, or null when nothing was typed. A
 * well-formed code of either format (15 symbols as issued now, or the older 14 with a mod-37
 * check) goes in its canonical form (case, spaces and look-alike letters forgiven, as the API
 * forgives them); one that fails its check character goes as typed, so the page can say it has
 * a typing mistake. Only the older codes can hold a character the path must encode (`$`, `=`).
 */
export function verifyPathForTyped(typed: string): string | null {
  const code = typed.trim();
  if (code === '') return null;
  return verifyPath(normalizeCertificateCode(code) ?? code);
}
