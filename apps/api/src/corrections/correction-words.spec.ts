import { CorrectionKind } from './correction-kind.js';
import { kindsInWords, orderedKinds } from './correction-words.js';

describe('correction kinds in words', () => {
  it('names one kind or both, safety first, each once', () => {
    expect(kindsInWords([CorrectionKind.LEGAL])).toBe('legal');
    expect(kindsInWords([CorrectionKind.LEGAL, CorrectionKind.SAFETY])).toBe('safety and legal');
    expect(
      orderedKinds([CorrectionKind.LEGAL, CorrectionKind.SAFETY, CorrectionKind.LEGAL]),
    ).toEqual([CorrectionKind.SAFETY, CorrectionKind.LEGAL]);
  });
});
