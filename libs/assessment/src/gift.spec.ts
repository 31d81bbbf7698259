import { GIFT_MAX_QUESTIONS, parseGift, type GiftQuestion } from './gift.js';
import { QuestionType } from './question-type.js';

const HEAD = ['// objective: safety-pneumothorax', '// reference: Boyles 2015, ch. 4'];
/** One question block with the two comment lines every question needs. */
const gift = (...lines: string[]) => [...HEAD, ...lines].join('\n');
const only = (source: string): GiftQuestion => {
  const result = parseGift(source);
  expect(result.problems).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0]!;
};
const option = (text: string, isCorrect: boolean, weight = isCorrect ? 100 : 0) => ({
  text,
  isCorrect,
  weight,
  feedback: null,
});
const problemsOf = (source: string) => parseGift(source).problems;

describe('parseGift: what it imports', () => {
  it('reads a single-choice question with its explanation, objective and reference', () => {
    expect(
      only(
        gift('Who is buried in Grant’s tomb? {=Grant ~No one ~Lincoln ####Grant and his wife.}'),
      ),
    ).toEqual({
      line: 1,
      title: null,
      category: null,
      type: QuestionType.SINGLE_CHOICE,
      stemMarkdown: 'Who is buried in Grant’s tomb?',
      options: [option('Grant', true), option('No one', false), option('Lincoln', false)],
      explanationMarkdown: 'Grant and his wife.',
      objectiveTag: 'safety-pneumothorax',
      reference: 'Boyles 2015, ch. 4',
    });
  });

  it.each([
    ['T', true],
    ['TRUE', true],
    ['F', false],
    ['FALSE', false],
  ])('reads {%s} as a true/false question keyed %s', (mark, answer) => {
    const question = only(gift(`The lung apex rises above the clavicle. {${mark}####It does.}`));
    expect(question.type).toBe(QuestionType.TRUE_FALSE);
    expect(question.options).toEqual([option('True', answer), option('False', !answer)]);
    expect(question.explanationMarkdown).toBe('It does.');
  });

  it.each([
    ['TRUE', 'True', 'False'],
    ['FALSE', 'False', 'True'],
  ])('gives {%s#if wrong#if right} feedback to the right options', (mark, right, wrong) => {
    const result = parseGift(gift(`Stem. {${mark}#Not so.#Well done.####Why.}`));
    const feedback = Object.fromEntries(
      result.questions[0]!.options.map((o) => [o.text, o.feedback]),
    );
    expect(feedback).toEqual({ [right]: 'Well done.', [wrong]: 'Not so.' });
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Line 3: the feedback after # on answers is not imported/),
    ]);
  });

  it('reads weights without = as a multiple-choice question: positive weights are right', () => {
    const question = only(
      gift('Which two are buried there? {~%50%Grant ~%50%Julia ~%-100%No one ####Both.}'),
    );
    expect(question.type).toBe(QuestionType.MULTIPLE_CHOICE);
    expect(question.options).toEqual([
      option('Grant', true, 50),
      option('Julia', true, 50),
      option('No one', false, -100),
    ]);
  });

  it.each([
    ['equal weights adding up to 100', '~%33.333%A ~%33.333%B ~%33.333%C ~%-100%D', []],
    ['a zero weight', '~%50%A ~%50%B ~%0%C', []],
    ['unequal weights', '~%70%A ~%30%B ~C', ['70%, 30%']],
    ['weights short of 100', '~%50%A ~B ~C', ['50%']],
  ])('warns of flattened weights only when they differ: %s', (_case, answers, expected) => {
    const result = parseGift(gift(`Stem. {${answers} ####Why.}`));
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => /\(([^)]*)\) are not kept/.exec(w.message)?.[1])).toEqual(
      expected,
    );
  });

  it('reads per-answer feedback, keeps it out of the import, and says so', () => {
    const result = parseGift(gift('Stem? {=A#Yes, A. ~B#No, not B. ~C ####Why.}'));
    expect(result.questions[0]!.options.map((o) => o.feedback)).toEqual([
      'Yes, A.',
      'No, not B.',
      null,
    ]);
    expect(result.warnings).toHaveLength(1);
  });

  it('reads ::Title::, answers on their own lines, and a multi-line stem', () => {
    const question = only(
      gift(
        '::Q1 Thanksgiving:: The American holiday of Thanksgiving',
        'is celebrated on which Thursday of November? {',
        '  ~second',
        '  ~third',
        '  =fourth',
        '  ####Since 1941.',
        '}',
      ),
    );
    expect(question.title).toBe('Q1 Thanksgiving');
    expect(question.stemMarkdown).toBe(
      'The American holiday of Thanksgiving\nis celebrated on which Thursday of November?',
    );
    expect(question.options.map((o) => o.text)).toEqual(['second', 'third', 'fourth']);
    expect(question.explanationMarkdown).toBe('Since 1941.');
  });

  it.each([
    ['\\~', '~'],
    ['\\=', '='],
    ['\\#', '#'],
    ['\\{', '{'],
    ['\\}', '}'],
    ['\\:', ':'],
    ['\\\\', '\\'],
    ['\\n', '\n'],
  ])('reads the escape %s as %j in the stem, an answer and the explanation', (escape, char) => {
    const question = only(
      gift(`::T${escape}U:: Stem ${escape} end {=A ${escape} B ~C ####E ${escape} F}`),
    );
    expect(question.title).toBe(`T${char}U`);
    expect(question.stemMarkdown).toBe(`Stem ${char} end`);
    // Options are plain text on one line: a newline in one is a space.
    expect(question.options[0]!.text).toBe(char === '\n' ? 'A B' : `A ${char} B`);
    expect(question.explanationMarkdown).toBe(`E ${char} F`);
  });

  it('reads \\\\ before markup as a backslash, and leaves other backslashes (Markdown’s) alone', () => {
    const question = only(gift('Is 2 \\* 3 = 6? {=yes\\\\~no ~maybe ####\\*Yes\\*.}'));
    expect(question.stemMarkdown).toBe('Is 2 \\* 3 = 6?');
    expect(question.options.map((o) => o.text)).toEqual(['yes\\', 'no', 'maybe']);
    expect(question.explanationMarkdown).toBe('\\*Yes\\*.');
  });

  it.each([
    ['[markdown]', 'Is **this** right?', 'Is **this** right?', '*Yes*'],
    ['[moodle]', 'Is **this** right?', 'Is **this** right?', '*Yes*'],
    ['', 'Is **this** right?', 'Is **this** right?', '*Yes*'],
    ['[plain]', 'Is 2 * 3 = 6 <b>?', 'Is 2 \\* 3 = 6 \\<b\\>?', '\\*Yes\\*'],
  ])('reads the %j format prefix', (prefix, stem, stemMarkdown, explanation) => {
    const question = only(gift(`${prefix}${stem} {=Yes ~No ####*Yes*}`));
    expect(question.stemMarkdown).toBe(stemMarkdown);
    expect(question.explanationMarkdown).toBe(explanation);
  });

  it('escapes plain text that would start a list, a heading or a rule in Markdown', () => {
    const question = only(gift('[plain]# Dose', '- 5 mg', '1. twice', '--- {=A ~B ####E}'));
    expect(question.stemMarkdown).toBe('\\# Dose\n\\- 5 mg\n1\\. twice\n\\---');
  });

  it('lets an answer or the general feedback name its own format', () => {
    const question = only(gift('[plain]Pick *one*. {=[markdown]A ~B ####[markdown]**Why**}'));
    expect(question.stemMarkdown).toBe('Pick \\*one\\*.');
    expect(question.options[0]!.text).toBe('A');
    expect(question.explanationMarkdown).toBe('**Why**');
  });

  it('keeps a bracket that names no format as text', () => {
    expect(only(gift('[note] Stem {=A ~B ####E}')).stemMarkdown).toBe('[note] Stem');
  });

  it('warns of HTML tags in Markdown, which learners would see as typed', () => {
    const result = parseGift(gift('Is <b>this</b> right? {=A ~B ####E}'));
    expect(result.questions).toHaveLength(1);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Line 3: the question text holds an HTML tag (<b>), which learners would see as typed: Fascicle shows Markdown without HTML',
    ]);
  });

  it('skips comments and comment-only blocks, and accepts the directives in any case and place', () => {
    const source = [
      '// Exported from Moodle',
      '// question: 12  name: Q12',
      '',
      '// question: 13',
      '// REFERENCE : Boyles 2015',
      'Stem? {=A ~B',
      '// Objective: airway',
      '####E}',
    ].join('\n');
    const question = only(source);
    expect(question).toMatchObject({ line: 4, objectiveTag: 'airway', reference: 'Boyles 2015' });
  });

  it('gives each question the $CATEGORY in force', () => {
    const source = [
      '$CATEGORY: $course$/top/Airway',
      '',
      gift('One {=A ~B ####E}'),
      '',
      '$CATEGORY: $course$/top/Breathing',
      '',
      gift('Two {=A ~B ####E}'),
    ].join('\n');
    const result = parseGift(source);
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.category])).toEqual([
      [3, '$course$/top/Airway'],
      [9, '$course$/top/Breathing'],
    ]);
  });

  const twoQuestions = [gift('One {=A ~B ####E}'), '', gift('Two {T####E}')];
  it.each([
    ['LF', twoQuestions.join('\n')],
    ['CRLF (Windows)', twoQuestions.join('\n').replace(/\n/g, '\r\n')],
    ['CR (old Mac)', twoQuestions.join('\r').replace(/\n/g, '\r')],
    ['a UTF-8 byte order mark', `\uFEFF${twoQuestions.join('\n')}`],
    ['a BOM and CRLF', `\uFEFF${twoQuestions.join('\n').replace(/\n/g, '\r\n')}`],
    ['a blank line of spaces and tabs', [twoQuestions[0], twoQuestions[2]].join('\n \t \n')],
  ])('reads a file with %s, keeping line numbers', (_case, source) => {
    const result = parseGift(source);
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.stemMarkdown, q.explanationMarkdown])).toEqual([
      [1, 'One', 'E'],
      [5, 'Two', 'E'],
    ]);
  });

  it('reads an empty file, or one of comments only, as nothing to import', () => {
    expect(parseGift('')).toEqual({ questions: [], problems: [], warnings: [] });
    expect(parseGift('// nothing\n\n// yet\n')).toEqual({
      questions: [],
      problems: [],
      warnings: [],
    });
  });
});

describe('parseGift: problems, by line', () => {
  it.each([
    ['an essay {}', 'Stem {}', 3, /empty: Moodle reads that as an essay question/],
    ['an essay with only general feedback', 'Stem {####E}', 3, /essay question/],
    ['a numerical question', 'Year? {#1822:5 ####E}', 3, /numerical question/],
    ['a numerical range', 'Pick {#1..5}', 3, /numerical question/],
    ['matching', 'Match {=cat -> food =dog -> bone ####E}', 3, /matching question/],
    [
      'short answer',
      'Two plus two? {=four =4 ####E}',
      3,
      /short-answer question.*add wrong answers with ~/,
    ],
    ['short answer, one =', 'Capital? {=Paris ####E}', 3, /short-answer question/],
    ['a bare answer', 'Capital? {Paris}', 3, /neither = and ~ answers nor T or F/],
    ['lower-case true', 'Stem {true ####E}', 3, /write \{TRUE\} in capitals/],
    [
      'missing word',
      'Grant is {~buried =entombed ~living} in the tomb.',
      3,
      /missing-word question/,
    ],
    ['missing word by a full stop', 'Stem {=A ~B ####E}.', 3, /missing-word question/],
    ['a description', 'Just some text.', 3, /no answer block in braces/],
    [
      'no correct answer',
      'Stem {~A ~B ~C ####E}',
      3,
      /^Line 3: the answer block has no correct answer \(mark one with =/,
    ],
    ['two = answers', 'Stem {=A =B ~C ####E}', 3, /2 answers are marked right with =/],
    ['an unescaped = in an answer', 'Stem {=A ~1+1=2 ~C ####E}', 3, /write \\= for an equals sign/],
    ['a weight after =', 'Stem {=%50%A ~B ####E}', 3, /write weights after ~/],
    ['partial credit in single choice', 'Stem {=A ~%50%B ~C ####E}', 3, /partial credit/],
    ['a weight over 100', 'Stem {~%150%A ~B ~C ####E}', 3, /150% is outside -100% to 100%/],
    ['an unclosed answer block', 'Stem {=A ~B', 3, /not closed with \}/],
    ['a stray }', 'Stem } more {=A ~B ####E}', 3, /a \} closes no answer block/],
    ['an unclosed title', '::Title Stem {=A ~B ####E}', 3, /title opened with :: is not closed/],
    [
      'text before the first answer',
      'Stem {A =B ~C ####E}',
      3,
      /"A" comes before the first answer/,
    ],
    ['an empty answer', 'Stem {=A ~ ~C ####E}', 3, /an answer after ~ has no text/],
    [
      'no general feedback',
      'Stem {=A ~B}',
      3,
      /no general feedback: end the answer block with ####/,
    ],
    ['empty general feedback', 'Stem {=A ~B ####  }', 3, /no general feedback/],
    ['no question text', '{=A ~B ####E}', 3, /question text is empty/],
    [
      '[html] question text',
      '[html]<p>Stem</p> {=A ~B ####E}',
      3,
      /^Line 3: \[html\] text is not imported/,
    ],
    ['an [html] answer', 'Stem {=[html]<b>A</b> ~B ####E}', 3, /\[html\] text is not imported/],
    [
      '[html] general feedback',
      'Stem {=A ~B ####[html]<p>E</p>}',
      3,
      /\[html\] text is not imported/,
    ],
    ['two options alike', 'Stem {=A ~a ####E}', 3, /two options have the same text/],
    ['nine options', 'Stem {=A ~B ~C ~D ~E ~F ~G ~H ~I ####E}', 3, /2 to 8 options/],
    ['two options in multiple choice', 'Stem {~%50%A ~%50%B ####E}', 3, /3 to 8 options/],
    ['every option right', 'Stem {~%50%A ~%25%B ~%25%C ####E}', 3, /at least one incorrect option/],
  ])('refuses %s', (_case, line, expectedLine, message) => {
    const result = parseGift(gift(line));
    expect(result.questions).toEqual([]);
    expect(result.problems.map((p) => p.line)).toContain(expectedLine);
    expect(result.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(message));
  });

  it.each([
    [
      'no objective',
      [HEAD[1]!, 'Stem {=A ~B ####E}'],
      1,
      /^Line 1: no objective: add a line "\/\/ objective: /,
    ],
    [
      'no reference',
      [HEAD[0]!, 'Stem {=A ~B ####E}'],
      1,
      /^Line 1: no reference: add a line "\/\/ reference: /,
    ],
    [
      'a second objective',
      [...HEAD, '// objective: airway', 'Stem {=A ~B ####E}'],
      3,
      /a second "\/\/ objective:" line/,
    ],
    [
      'an objective in words',
      ['// objective: Tension Pneumothorax', HEAD[1]!, 'Stem {=A ~B ####E}'],
      1,
      /"Tension Pneumothorax" must be lower-case words joined by hyphens/,
    ],
    [
      'an empty objective',
      ['// objective:', HEAD[1]!, 'Stem {=A ~B ####E}'],
      1,
      /"" must be lower-case/,
    ],
    [
      'a reference too short',
      [HEAD[0]!, '// reference: B', 'Stem {=A ~B ####E}'],
      2,
      /reference must be 3 to 1000/,
    ],
  ])('refuses %s', (_case, lines, expectedLine, message) => {
    const problems = problemsOf(lines.join('\n'));
    expect(problems).toEqual([{ line: expectedLine, message: expect.stringMatching(message) }]);
  });

  it('reports the directives a blank line cut off from their question, and the question', () => {
    const problems = problemsOf([...HEAD, '', 'Stem {=A ~B ####E}'].join('\n'));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Line 1: this comment names no question: remove the blank line/),
      expect.stringMatching(/^Line 4: no objective/),
      expect.stringMatching(/^Line 4: no reference/),
    ]);
  });

  it('lets comments follow $CATEGORY in its block', () => {
    expect(
      parseGift('$CATEGORY: top\n// the chest questions\n\n' + gift('Q {T####E}')),
    ).toMatchObject({
      questions: [{ line: 4, category: 'top' }],
      problems: [],
    });
  });

  it('reports a question written straight under $CATEGORY', () => {
    const problems = problemsOf(['$CATEGORY: top', ...HEAD, 'Stem {=A ~B ####E}'].join('\n'));
    expect(problems.map((p) => p.message)).toEqual([
      'Line 2: put a blank line between the $CATEGORY line and the question below it',
    ]);
  });

  it('names the line of the bad answer in a block written over several lines', () => {
    const source = gift('Stem {', '  =A', '  ~%150%B', '  ~C', '  ####E', '}');
    expect(problemsOf(source).map((p) => p.message)).toEqual([
      'Line 5: the weight 150% is outside -100% to 100%',
    ]);
  });

  it.each([
    ['a second = answer', ['  =A', '  ~B', '  =C'], 'Line 6: 2 answers are marked right with ='],
    ['a weighted answer beside =', ['  =A', '  ~%50%B', '  ~C'], 'Line 5: a ~%n% weight beside'],
    ['an empty answer', ['  =A', '  ~B', '  ~'], 'Line 6: an answer after ~ has no text'],
  ])('names the line of %s', (_case, answers, message) => {
    const source = gift('Stem {', ...answers, '  ####E', '}');
    expect(problemsOf(source).map((p) => p.message)).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ['Year? {#1822:5}', 'Line 1: an answer block starting with # is a numerical question'],
    ['Match {=a -> b =c -> d}', 'Line 1: answers with -> make a matching question'],
    [
      'Grant is {=entombed ~buried} here.',
      'Line 1: text after the answer block makes a missing-word',
    ],
    ['No braces at all', 'Line 1: no answer block in braces'],
    ['Say why. {}', 'Line 1: the answer block {} is empty'],
  ])('says only that a question type is not ours, not what else it lacks: %s', (line, message) => {
    expect(problemsOf(line)).toEqual([{ line: 1, message: expect.stringContaining(message) }]);
  });

  it('reports every problem of a block, each on its line', () => {
    const source = ['// objective: Airway', 'Stem {~A ~B ~C}'].join('\n');
    expect(problemsOf(source).map((p) => p.message)).toEqual([
      expect.stringMatching(/^Line 1: the objective "Airway"/),
      expect.stringMatching(/^Line 1: no reference/),
      expect.stringMatching(/^Line 2: no general feedback/),
      expect.stringMatching(/^Line 2: the answer block has no correct answer/),
    ]);
  });

  it('finds the one bad block among good ones by its exact line, and imports the rest', () => {
    const source = [
      '// A bank exported for Fascicle', //   1
      '$CATEGORY: top/Chest', //              2
      '', //                                  3
      ...HEAD, //                             4-5
      '::Good 1:: Where? {', //               6
      '=Second intercostal space ~Fifth ~Tenth', // 7
      '####Midclavicular line.}', //          8
      '', //                                  9
      '', //                                 10
      ...HEAD, //                            11-12
      '::Bad:: Which are signs? {', //       13
      '~Tracheal deviation', //              14
      '~Hyperresonance', //                  15
      '~Bradycardia', //                     16
      '####Signs of tension.}', //           17
      '', //                                 18
      ...HEAD, //                            19-20
      '::Good 2:: Needle first. {T####Decompress.}', // 21
    ].join('\r\n');
    const result = parseGift(source);
    expect(result.problems).toEqual([
      {
        line: 14,
        message:
          'Line 14: the answer block has no correct answer (mark one with =, or weigh the right ones, e.g. ~%50%A ~%50%B)',
      },
    ]);
    expect(result.questions.map((q) => [q.line, q.title, q.category])).toEqual([
      [4, 'Good 1', 'top/Chest'],
      [19, 'Good 2', 'top/Chest'],
    ]);
  });

  it(`refuses more than ${GIFT_MAX_QUESTIONS} questions at the first one too many`, () => {
    const blocks = Array.from({ length: GIFT_MAX_QUESTIONS + 2 }, (_, n) =>
      gift(`Question ${n} {=A ~B ####E}`),
    );
    const result = parseGift(blocks.join('\n\n'));
    expect(result.questions).toHaveLength(GIFT_MAX_QUESTIONS);
    expect(result.problems).toEqual([
      {
        line: GIFT_MAX_QUESTIONS * 4 + 1,
        message: expect.stringMatching(/at most 500 questions: split it/),
      },
    ]);
  });
});
