import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { AppConfig } from '../config/app-config.js';
import { hideSuggestionsPlugin } from './hide-suggestions.plugin.js';
import { rootFieldsRule } from './root-fields.rule.js';

export interface RequestLimits {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/**
 * The limits that refuse an operation by its shape, before a resolver runs: tokens while
 * parsing; depth, aliases, directives, root fields and credential checks while validating.
 * (The estimated cost, which needs the variables, is cost-limit.plugin.ts.) In production,
 * no error suggests a field name.
 */
export function requestLimits(config: AppConfig): RequestLimits {
  const armor = new ApolloArmor({
    maxAliases: { n: config.graphqlMaxAliases, propagateOnRejection: false, onReject: [report] },
    maxDirectives: {
      n: config.graphqlMaxDirectives,
      propagateOnRejection: false,
      onReject: [report],
    },
    // Kept from before (graphql-depth-limit, cost-limit.plugin.ts): their settings and
    // messages are documented, and the cost follows each list's `first`.
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    // Armor's token plugin throws from parsingDidStart, outside Apollo's own parse error
    // handling, so every syntax error would become a 500; graphql-js counts tokens itself.
    maxTokens: { enabled: false },
    // Armor's mask misses `Did you mean the enum value "X"?`; hideSuggestionsPlugin does not.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxLexicalTokens: config.graphqlMaxTokens },
    validationRules: [
      depthLimit(config.graphqlMaxDepth),
      ...armor.validationRules,
      rootFieldsRule(config.graphqlMaxRootFields),
    ],
    // Armor's plugins are its token limit and suggestion mask, both off above.
    plugins: config.isProduction ? [hideSuggestionsPlugin()] : [],
  };
}

/** Armor words every refusal as a "Syntax Error"; the document parsed, it is only too big. */
function report(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}
