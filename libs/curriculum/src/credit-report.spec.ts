import { defaultContentDir } from './content-dir.js';
import { creditReport } from './credit-report.js';
import { loadCurriculum } from './load-curriculum.js';

/** `SHOW_CREDIT_REPORT=1 npm run test:api -- credit-report` prints the report quickly. */
describe('creditReport', () => {
  const lines = creditReport(loadCurriculum(defaultContentDir()));

  it('lists every course with its claim and estimate, and the guessers of every quiz', () => {
    if (process.env.SHOW_CREDIT_REPORT) process.stdout.write(`${lines.join('\n')}\n`);
    const text = lines.join('\n');
    expect(text.match(/claimed \d+ min, estimate \d+ min/g)).toHaveLength(8);
    expect(text).toMatch(/longest-option\s+guesser passes one attempt/);
    expect(text).toMatch(/always-false\s+guesser passes one attempt/);
  });
});
