import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestListener,
  GraphQLResponse,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Metrics, OTHER } from './metrics.js';

/**
 * Counts and times each GraphQL operation under its first root field (`login`, `courses`,
 * `verifyCertificate`: the operation names DESIGN.md says clients rely on). The client's own
 * operationName is not used: any client may send any name, and a label must stay bounded. The
 * root field is known only once the document has validated against the schema, so it is one
 * of the schema's fields; a document that never got that far counts as "other".
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const started = performance.now();
    let operation = OTHER;
    const metrics = this.metrics;
    return {
      async didResolveOperation({ operation: definition }) {
        if (definition) operation = rootField(definition);
      },
      async willSendResponse({ response }) {
        metrics.observeGraphql(
          operation,
          (performance.now() - started) / 1000,
          errorCodes(response),
        );
      },
    };
  }
}

/** The `extensions.code` of each error in the answer (UNKNOWN where there is none). */
export function errorCodes(response: GraphQLResponse): string[] {
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
  return (errors ?? []).map((error) => {
    const code = error.extensions?.['code'];
    return typeof code === 'string' ? code : 'UNKNOWN';
  });
}

/** The operation's first root field, or OTHER (introspection, a fragment spread first). */
export function rootField(definition: OperationDefinitionNode): string {
  const [first] = definition.selectionSet.selections;
  if (first?.kind !== Kind.FIELD) return OTHER;
  // Introspection's __schema and __type are not part of the application's schema.
  return first.name.value.startsWith('__') ? OTHER : first.name.value;
}
