import type { PDFFont } from 'pdf-lib';

/** Text on PDF pages set in pdf-lib's standard fonts: the certificate and the practice log. */

/** The characters pdf-lib's standard fonts can encode (WinAnsi) beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Keeps what WinAnsi can show; anything else becomes its closest ASCII, or "?". */
export function winAnsi(text: string): string {
  const shown = (ch: string) => /[\x20-\x7E\xA0-\xFF]/.test(ch) || WIN_ANSI_EXTRA.has(ch);
  return Array.from(text.normalize('NFC').replace(/\s+/g, ' '))
    .map((ch) => {
      if (shown(ch)) return ch;
      const plain = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return Array.from(plain).every(shown) ? plain : '?';
    })
    .join('');
}

/**
 * Splits text into lines at most `width` wide, at spaces and after slashes (URLs); a word
 * wider than a line on its own is cut where it must be.
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate.trimEnd(), size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=[\s/])/)) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    for (const ch of word) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
