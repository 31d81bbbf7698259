/** Where a summary may end early: a full stop, question or exclamation mark before a space. */
const SENTENCE_END = /[.?!](?=\s|$)/g;

/**
 * A course's summary for its catalog card: the first sentence when it is short enough,
 * otherwise the words that fit in `max` characters and an ellipsis. Screen readers get the
 * same short text as the eye; the course page has the whole summary.
 */
export function shortSummary(summary: string, max = 160): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  let sentenceEnd = -1;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index >= max) break;
    sentenceEnd = match.index;
  }
  // A sentence that says something (not "Dr." or a short opener) ends the card's text.
  if (sentenceEnd >= max / 3) return text.slice(0, sentenceEnd + 1);
  const lastSpace = text.lastIndexOf(' ', max);
  const words = text.slice(0, lastSpace > max / 2 ? lastSpace : max);
  return `${words.replace(/[\s,;:.—–-]+$/, '')}…`;
}

/**
 * The card's approval line: the bodies that approve the course (in force, not a demonstration
 * record), the first two by name; none → null.
 */
export function approvalLine(bodies: string[]): string | null {
  if (bodies.length === 0) return null;
  if (bodies.length <= 2) return `Approved: ${bodies.join(', ')}`;
  const more = bodies.length - 2;
  return `Approved: ${bodies.slice(0, 2).join(', ')} and ${more} more`;
}
