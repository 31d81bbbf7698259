import type { CurriculumReference } from './model.js';

const HEADING = /^##\s+References\s*$/m;
const ITEM = /^\s*(?:\d+[.)]|[-*])\s+(.+)$/;
const TRAILING_URL = /\s*<?(https?:\/\/\S+?)>?\.?$/;

/**
 * The references a lesson lists under its closing `## References` heading: one per list item,
 * a URL at the end of the line kept apart so the API stores it as a link.
 */
export function lessonReferences(body: string): CurriculumReference[] {
  const heading = HEADING.exec(body);
  if (!heading) return [];
  const section = body.slice(heading.index + heading[0].length).split(/^##\s/m)[0];
  const references: CurriculumReference[] = [];
  for (const line of section.split('\n')) {
    const item = ITEM.exec(line);
    if (!item) continue;
    const text = item[1].trim();
    const url = TRAILING_URL.exec(text);
    references.push({
      citation: stripEmphasis(url ? text.slice(0, url.index).trim() : text),
      url: url ? url[1] : null,
    });
  }
  return references;
}

/** Citations are stored as plain text (the API prints them as written). */
function stripEmphasis(text: string): string {
  return text.replace(/(\*{1,2}|_)(.+?)\1/g, '$2');
}
