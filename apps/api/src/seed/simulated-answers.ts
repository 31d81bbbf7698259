import { hashUnit, type KeyedRandom } from './random.js';

export interface SimQuestion {
  id: string;
  stemMarkdown: string;
}

export interface SimOption {
  id: string;
  isCorrect: boolean;
}

export interface SimQuiz {
  title: string;
  passingScorePercent: number;
  /** Drawn per attempt; null = the whole bank. */
  questionCount: number | null;
}

/**
 * A question's difficulty, about -1.5 (easy) to 1.5 (hard), fixed by its wording: the same
 * in every database, unlike its id.
 */
export function difficulty(question: SimQuestion): number {
  return -1.5 + 3 * hashUnit(`difficulty\u241f${question.stemMarkdown}`);
}

/**
 * The options a simulated learner selects for each drawn question of one attempt.
 *
 * Rasch-style: the chance of knowing a question grows with ability minus difficulty, so item
 * analysis shows easy and hard questions and stronger learners scoring higher. Whether the
 * attempt passes is decided first, on a draw of the learner's own from the whole bank, and
 * the answers to the server's draw are then settled to match. The server draws with a
 * secure random source, different on every run; this way the number of attempts, passes and
 * certificates does not depend on it and the demo data is the same on every fresh start.
 * `allRight`: a learner on their last allowed attempt who has studied.
 */
export function answersFor(
  learner: { ability: number; random: KeyedRandom },
  quiz: SimQuiz,
  round: number,
  bank: readonly SimQuestion[],
  drawn: readonly { question: SimQuestion; options: readonly SimOption[] }[],
  allRight: boolean,
): string[][] {
  const random = learner.random.child(quiz.title, round);
  const knows = (question: SimQuestion) =>
    random.unit('knows', question.stemMarkdown) <
    1 / (1 + Math.exp(-(learner.ability - difficulty(question))));
  const right = new Set(
    drawn.filter(({ question }) => allRight || knows(question)).map(({ question }) => question.id),
  );
  if (!allRight) {
    const size = Math.min(quiz.questionCount ?? bank.length, bank.length);
    const ownDraw = random.shuffle(bank, 'draw').slice(0, size);
    const pass = passes(ownDraw.filter(knows).length, size, quiz.passingScorePercent);
    settle(
      right,
      drawn.map(({ question }) => question),
      pass,
      quiz.passingScorePercent,
    );
  }
  return drawn.map(({ question, options }) =>
    choose(options, right.has(question.id), random.child(question.stemMarkdown)),
  );
}

/** As the grader has it: the percentage, rounded to hundredths, reaches the passing score. */
function passes(right: number, count: number, passingScorePercent: number): boolean {
  return count > 0 && Math.round((right / count) * 10_000) / 100 >= passingScorePercent;
}

/**
 * Changes the fewest answers until the attempt ends as decided: a pass gets the easiest of
 * the missed questions right, a fail misses the hardest of the known ones.
 */
function settle(
  right: Set<string>,
  drawn: SimQuestion[],
  pass: boolean,
  passingScorePercent: number,
): void {
  const byEase = [...drawn].sort((a, b) => difficulty(a) - difficulty(b));
  const done = () => passes(right.size, drawn.length, passingScorePercent) === pass;
  for (const question of pass ? byEase : byEase.reverse()) {
    if (done()) return;
    if (pass) right.add(question.id);
    else right.delete(question.id);
  }
}

function choose(options: readonly SimOption[], right: boolean, random: KeyedRandom): string[] {
  const correct = options.filter((option) => option.isCorrect).map((option) => option.id);
  if (right) return correct;
  const wrong = options.filter((option) => !option.isCorrect).map((option) => option.id);
  // A wrong multiple-choice answer usually misses or adds one option; a wrong single
  // choice picks a distractor.
  if (correct.length > 1 && random.unit('miss') < 0.5) return correct.slice(1);
  return correct.length > 1
    ? [...correct, random.pick(wrong, 'add')]
    : [random.pick(wrong, 'distractor')];
}
