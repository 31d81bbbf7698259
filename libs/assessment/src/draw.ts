/** A source of numbers in [0, 1): `Math.random` in tests, a CSPRNG in the API. */
export type Random = () => number;

/** Fisher–Yates: every order equally likely. Returns a new array. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

export interface DrawSettings {
  /** null = every question of the bank. */
  questionCount: number | null;
  shuffleQuestions: boolean;
}

/**
 * The questions of one attempt. A subset is always drawn at random (otherwise every
 * attempt would see the same first n); the order is the bank's unless shuffling is on.
 */
export function drawQuestions<T>(bank: readonly T[], settings: DrawSettings, random: Random): T[] {
  const count = settings.questionCount ?? bank.length;
  if (count > bank.length) {
    throw new RangeError(`cannot draw ${count} questions from a bank of ${bank.length}`);
  }
  if (count === bank.length) return settings.shuffleQuestions ? shuffled(bank, random) : [...bank];
  const chosen = new Set(shuffled(bank, random).slice(0, count));
  const picked = bank.filter((question) => chosen.has(question));
  return settings.shuffleQuestions ? shuffled(picked, random) : picked;
}
