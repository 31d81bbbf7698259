import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type FieldErrors = Record<string, string>;

interface Problem {
  field: string;
  message: string;
}

/**
 * The API names the bad field in `extensions.field` (and lists all of them in
 * `extensions.problems` for BAD_USER_INPUT): map them to the form's fields by name.
 */
export function fieldErrors(error: unknown): FieldErrors {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: FieldErrors = {};
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    const problems = Array.isArray(extensions['problems'])
      ? (extensions['problems'] as Problem[])
      : [];
    for (const problem of problems) result[problem.field] ??= sentence(problem.message);
    const field = extensions['field'];
    if (typeof field === 'string') result[field] ??= sentence(graphQLError.message);
  }
  return result;
}

/**
 * Shows a failed submission on its form: each error the API tied to a field goes to that
 * field; an error tied to none goes to the form as a whole.
 */
export function showSubmitError(
  error: unknown,
  setFieldErrors: (errors: FieldErrors) => void,
  setFormError: (message: string) => void,
): void {
  const byField = fieldErrors(error);
  setFieldErrors(byField);
  if (Object.keys(byField).length === 0) setFormError(errorMessage(error));
}

/** The error code of the first GraphQL error (UNAUTHENTICATED, NOT_FOUND, …), if any. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** A message fit for a person: the API's own for GraphQL errors, a plain one for the network. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => sentence(e.message)).join(' ');
  }
  return 'Fascicle could not be reached. Check your connection and try again.';
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
