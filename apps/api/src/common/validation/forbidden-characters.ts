/** A character no text may hold, and where, for the message that names the field. */
export interface ForbiddenCharacter {
  /** `U+202E` */
  codePoint: string;
  /** 1-based, in characters (code points) */
  position: number;
  kind: 'NUL' | 'INVISIBLE' | 'DIRECTION';
}

/** PostgreSQL cannot store it in text, so every string refuses it. */
const NUL = '\u0000';

/** Zero-width characters hide text, or make two names that look alike differ. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/;

/**
 * Bidirectional controls reorder what is displayed ("Trojan Source"): a name printed on a
 * certificate could read otherwise than what was stored and checked.
 */
const DIRECTION = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;

/**
 * The first character `text` may not hold, or null. With `anyVisibility` only NUL is refused:
 * a password may hold any other character.
 */
export function forbiddenCharacter(
  text: string,
  options: { anyVisibility?: boolean } = {},
): ForbiddenCharacter | null {
  const found = [
    { kind: 'NUL' as const, index: text.indexOf(NUL) },
    ...(options.anyVisibility
      ? []
      : [
          { kind: 'INVISIBLE' as const, index: INVISIBLE.exec(text)?.index ?? -1 },
          { kind: 'DIRECTION' as const, index: DIRECTION.exec(text)?.index ?? -1 },
        ]),
  ]
    .filter(({ index }) => index >= 0)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return null;
  // Every one of these is a single UTF-16 unit, so the code unit is the code point.
  const code = text.charCodeAt(found.index);
  return {
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    position: [...text.slice(0, found.index)].length + 1,
    kind: found.kind,
  };
}

const WHAT: Record<ForbiddenCharacter['kind'], string> = {
  NUL: 'a NUL character',
  INVISIBLE: 'an invisible character',
  DIRECTION: 'a character that changes the direction of text',
};

/** `displayName holds an invisible character (U+200B) at position 4; remove it` */
export function describeForbidden(field: string, found: ForbiddenCharacter): string {
  return `${field} holds ${WHAT[found.kind]} (${found.codePoint}) at position ${found.position}; remove it`;
}
