import type { ApolloServerPlugin } from '@apollo/server';

/** graphql-js's hint: `Did you mean "x"?`, `… "x" or "y"?`, `… the enum value "X"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** An error message without graphql-js's "Did you mean …?" hint. */
export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Takes graphql-js's "Did you mean …?" hints out of every error, so that with introspection
 * off a caller cannot rebuild the schema by guessing names. Validation errors and variable
 * coercion errors (found while executing, where no graphql-js option reaches through Apollo)
 * both pass through `didEncounterErrors` before they are formatted.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestion(error.message);
        },
      };
    },
  };
}
