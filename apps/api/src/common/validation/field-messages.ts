/**
 * What a person sees when a field is refused: the field by the label a form gives it, in
 * plain words. class-validator's defaults read "displayName must be longer than or equal to
 * 1 characters"; this makes that "Name is required". The `field` in the error stays the
 * input's path (`options.2.text`), which is what a client matches against its form.
 */

/** Labels of fields whose name does not read well once split into words. */
const LABELS: Record<string, string> = {
  displayName: 'Name',
  licenseNumber: 'License number',
  licenseState: 'License state',
  stemMarkdown: 'Question text',
  explanationMarkdown: 'Explanation',
  objectiveTag: 'Learning objective',
  bodyMarkdown: 'Lesson text',
  seatTimeMinutes: 'Seat time (minutes)',
  creditMinutes: 'Credit (minutes)',
  passingScorePercent: 'Passing score (%)',
  questionCount: 'Number of questions',
  timeLimitMinutes: 'Time limit (minutes)',
  maxAttempts: 'Attempts allowed',
  newPassword: 'New password',
  currentPassword: 'Current password',
  email: 'Email',
  url: 'Link',
  isCorrect: 'Correct answer',
};

/** `options.2.text` → "Option 3: text"; `displayName` → "Name"; `someField` → "Some field". */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  const last = parts.at(-1)!;
  // An item of a plain list: `tags.1` → "Tag 2".
  if (/^\d+$/.test(last) && parts.length > 1) {
    return `${singular(words(parts.at(-2)!))} ${Number(last) + 1}`;
  }
  const own = LABELS[last] ?? words(last);
  // The nearest list position: "Option 3", "Module 2", so the person finds the row.
  for (let i = parts.length - 2; i >= 1; i -= 1) {
    if (/^\d+$/.test(parts[i]!)) {
      const item = singular(words(parts[i - 1]!));
      return `${item} ${Number(parts[i]) + 1}: ${own.toLowerCase()}`;
    }
  }
  return own;
}

/** A class-validator message about `property`, rewritten for a person reading `path`. */
export function personMessage(message: string, property: string, path: string): string {
  const label = fieldLabel(path);
  const rest = message.startsWith(property) ? message.slice(property.length).trimStart() : null;
  if (rest === null) return message;
  const rewritten = rest
    .replace(/^must be longer than or equal to 1 characters?$/, 'is required')
    .replace(/^should not be empty$/, 'is required')
    .replace(/^must be longer than or equal to (\d+) characters$/, 'must be at least $1 characters')
    .replace(/^must be shorter than or equal to (\d+) characters$/, 'must be at most $1 characters')
    .replace(/^must not be less than (-?[\d.]+)$/, 'must be at least $1')
    .replace(/^must not be greater than (-?[\d.]+)$/, 'must be at most $1')
    .replace(/^must be an integer number$/, 'must be a whole number')
    .replace(/^must be a string$/, 'must be text')
    .replace(/^must be a boolean value$/, 'must be yes or no')
    .replace(/^must contain at least (\d+) elements$/, 'needs at least $1')
    .replace(/^must contain no more than (\d+) elements$/, 'takes at most $1')
    .replace(/^must be a UUID$/, 'is not a valid id')
    .replace(/^must be one of the following values: (.*)$/, 'must be one of: $1');
  return `${label} ${rewritten}`;
}

function words(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function singular(plural: string): string {
  return plural.replace(/ies$/, 'y').replace(/s$/, '');
}
