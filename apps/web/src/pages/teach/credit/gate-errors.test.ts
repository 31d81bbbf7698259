import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { creditGateProblems } from './gate-errors';

function refusal(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({
    errors: [new GraphQLError('refused', { extensions })],
  });
}

describe('a refusal by the credit gates', () => {
  it('lists every problem, not just the first', () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      reason: 'CREDIT_GATES',
      field: 'creditMinutes',
      problems: [
        { code: 'CLAIM_EXCEEDS_SUPPORTED', field: 'creditMinutes', message: 'claims 480' },
        { code: 'NO_ASSESSMENT', field: 'quizzes', message: 'no quiz' },
      ],
    });
    expect(creditGateProblems(error)).toEqual([
      { code: 'CLAIM_EXCEEDS_SUPPORTED', field: 'creditMinutes', message: 'claims 480' },
      { code: 'NO_ASSESSMENT', field: 'quizzes', message: 'no quiz' },
    ]);
  });

  it('is null for any other error', () => {
    expect(creditGateProblems(refusal({ code: 'CONFLICT' }))).toBeNull();
    expect(creditGateProblems(new Error('network'))).toBeNull();
  });
});
