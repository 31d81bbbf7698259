import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Root mutations that check or set a secret: each costs an argon2 hash or spends a refresh
 * token, so an operation may hold one of them, however it is aliased or spread.
 */
export const CREDENTIAL_CHECKS: ReadonlySet<string> = new Set([
  'login',
  'register',
  'refreshToken',
  'changePassword',
  'resetPassword',
]);

interface RootCounts {
  fields: number;
  credentialChecks: number;
}

/**
 * Refuses an operation with more than `maxRootFields` root fields, or with more than one
 * credential check, before any resolver runs. Root fields reached through fragments and
 * inline fragments count, once for each time they are spread.
 */
export function rootFieldsRule(maxRootFields: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const counts = countRoot(context, operation.selectionSet, operation.operation === 'mutation');
      if (counts.fields > maxRootFields) {
        context.reportError(
          new GraphQLError(
            `Root fields limit of ${maxRootFields} exceeded, found ${counts.fields}.`,
            { nodes: operation },
          ),
        );
      }
      if (counts.credentialChecks > 1) {
        context.reportError(
          new GraphQLError(
            `One credential check per request: this operation has ${counts.credentialChecks} of ${[...CREDENTIAL_CHECKS].join(', ')}. Send them one at a time.`,
            { nodes: operation },
          ),
        );
      }
      return false;
    },
  });
}

function countRoot(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  isMutation: boolean,
): RootCounts {
  // A fragment's counts are worked out once and added at each spread, so nested spreads
  // cannot make the walk exponential; a cycle (another rule reports it) stops where it closes.
  const memo = new Map<string, RootCounts>();
  const open = new Set<string>();
  const count = (set: SelectionSetNode): RootCounts => {
    const total: RootCounts = { fields: 0, credentialChecks: 0 };
    for (const selection of set.selections) {
      let part: RootCounts;
      switch (selection.kind) {
        case Kind.FIELD:
          part = {
            fields: 1,
            credentialChecks: isMutation && CREDENTIAL_CHECKS.has(selection.name.value) ? 1 : 0,
          };
          break;
        case Kind.INLINE_FRAGMENT:
          part = count(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD:
          part = spread(selection.name.value);
          break;
      }
      total.fields += part.fields;
      total.credentialChecks += part.credentialChecks;
    }
    return total;
  };
  const spread = (name: string): RootCounts => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = context.getFragment(name);
    if (!fragment || open.has(name)) return { fields: 0, credentialChecks: 0 };
    open.add(name);
    const counted = count(fragment.selectionSet);
    open.delete(name);
    memo.set(name, counted);
    return counted;
  };
  return count(selectionSet);
}
