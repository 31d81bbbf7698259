import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface GateProblemShape {
  code: string;
  field: string;
  message: string;
}

/**
 * Every problem of a submit or publish refused by the credit gates (BAD_USER_INPUT with
 * `extensions.reason = 'CREDIT_GATES'`), or null for any other error.
 */
export function creditGateProblems(error: unknown): GateProblemShape[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    if (extensions['reason'] !== 'CREDIT_GATES') continue;
    const problems = Array.isArray(extensions['problems']) ? extensions['problems'] : [];
    return problems.filter(isProblem).map(({ code, field, message }) => ({
      code: typeof code === 'string' ? code : '',
      field,
      message,
    }));
  }
  return null;
}

function isProblem(value: unknown): value is { code?: unknown; field: string; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['field'] === 'string' && typeof record['message'] === 'string';
}
