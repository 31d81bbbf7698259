/** One item per non-empty line: learning objectives, module objectives. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function listToLines(items: readonly string[]): string {
  return items.join('\n');
}

/** Topic tags typed as "dry-needling, safety" (commas or new lines). */
export function tagsFromText(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

/** A course slug suggested from its title: "Dry Needling: Safety" → "dry-needling-safety". */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A number field's text: empty is `null` (the API's "none": untimed, unlimited, all
 * questions); anything else must be a whole number. The API checks the range.
 */
export function parseOptionalWhole(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^-?\d+$/.test(trimmed)) return { ok: false, message: 'Enter a whole number' };
  return { ok: true, value: Number(trimmed) };
}

export function parseWhole(text: string): Parsed<number> {
  const parsed = parseOptionalWhole(text);
  if (parsed.ok && parsed.value === null) return { ok: false, message: 'Enter a whole number' };
  return parsed as Parsed<number>;
}

/** CE hours allow hundredths ("1.5", "0.75"); a comma is read as the decimal mark. */
export function parseDecimal(text: string): Parsed<number> {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: 'Enter a number, e.g. 1.5' };
  return { ok: true, value: Number(trimmed) };
}

export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
