import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  GraphQLError,
  getVariableValues,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { withInputDefaults } from './input-defaults.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];

/** Compiled plans kept per parsed document (Apollo reuses the document of a repeated query). */
const PLANS_PER_DOCUMENT = 8;

/**
 * Runs operations with graphql-jit instead of graphql-js's interpreter: each document is
 * compiled once into a function that calls the same resolvers, without graphql-js's per-field
 * bookkeeping and garbage (issue 20: about a third of a catalog request's CPU).
 *
 * Apollo Server takes a replacement executor only from a "gateway", so this is one that serves
 * the schema Nest built (`transformSchema` hands it over before Apollo starts). Everything
 * before execution is still Apollo's: parsing, validation and the request limits, the plugins
 * (cost budget, headers), and error formatting after.
 *
 * Variables are coerced first by graphql-js, so a variable that does not fit is refused with
 * graphql-js's own message, which Apollo recognises and answers as BAD_USER_INPUT; the compiled
 * function then gets the same raw variables, already known to fit, with the defaults of input
 * fields written in (graphql-jit 0.8 refuses a non-null input field left out even when it has a
 * default, which graphql-js and the schema allow).
 */
export class CompiledExecution implements Gateway {
  private schema: GraphQLSchema | null = null;
  private readonly plans = new WeakMap<
    DocumentNode,
    Map<string, CompiledQuery | ExecutionResult>
  >();

  /** Nest's `transformSchema`: the schema to serve, unchanged. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  onSchemaLoadOrUpdate(listener: SchemaListener): () => void {
    listener({ apiSchema: this.currentSchema(), coreSupergraphSdl: '' });
    // The schema never changes while the process runs: nothing to tell later.
    return () => undefined;
  }

  load(): ReturnType<Gateway['load']> {
    return Promise.resolve({
      // `operation`: the one Apollo resolved from the document and the operation name.
      executor: async ({ document, operation, operationName, request, context }) => {
        const schema = this.currentSchema();
        const plan = this.plan(schema, document, operationName ?? undefined);
        if (!isCompiledQuery(plan)) return plan;
        const variables = request.variables ?? {};
        if (operation?.variableDefinitions?.length) {
          const coerced = getVariableValues(schema, operation.variableDefinitions, variables, {
            maxErrors: 50,
          });
          if (coerced.errors) return { errors: coerced.errors };
        }
        const result = await plan.query(
          undefined,
          context,
          operation?.variableDefinitions?.length
            ? withInputDefaults(schema, operation.variableDefinitions, variables)
            : variables,
        );
        return result.errors ? { ...result, errors: result.errors.map(standardError) } : result;
      },
    });
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  private currentSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledExecution: Nest has not built the schema yet');
    return this.schema;
  }

  /** The compiled operation, or the errors that prevent compiling it (e.g. no such operation). */
  private plan(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
  ): CompiledQuery | ExecutionResult {
    let byOperation = this.plans.get(document);
    const known = byOperation?.get(operationName ?? '');
    if (known) return known;
    const plan = compileQuery(schema, document, operationName, {
      // Errors keep graphql-js's shape; a stack captured per error is work nobody reads.
      disablingCapturingStackErrors: true,
    });
    if (!byOperation) this.plans.set(document, (byOperation = new Map()));
    if (byOperation.size >= PLANS_PER_DOCUMENT)
      byOperation.delete(byOperation.keys().next().value!);
    byOperation.set(operationName ?? '', plan);
    return plan;
  }
}

/**
 * graphql-jit's errors are its own, without graphql-js's always-present `extensions`, which
 * Apollo's error formatting reads (an error without them was answered as an internal error):
 * the same error as graphql-js makes it, with the resolver's error as `originalError`.
 */
function standardError(error: GraphQLError): GraphQLError {
  const standard = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations) {
    Object.defineProperty(standard, 'locations', { value: error.locations, enumerable: true });
  }
  return standard;
}
