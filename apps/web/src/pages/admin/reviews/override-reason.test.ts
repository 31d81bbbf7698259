import { describe, expect, it } from 'vitest';
import { overrideReasonProblem } from './override-reason';

describe('an override’s reason', () => {
  it('is required, and at least 20 characters once trimmed', () => {
    expect(overrideReasonProblem('   ')).toBe('Write why credit is justified despite the gates.');
    expect(overrideReasonProblem('  too short   ')).toBe(
      'Write at least 20 characters (9 so far): a reviewer and an auditor will read it.',
    );
    expect(overrideReasonProblem('The board approved these hours in writing.')).toBeNull();
  });
});
