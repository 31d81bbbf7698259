import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { SpanStatusCode } from '@opentelemetry/api';
import { errorCodes, rootField } from '../metrics/graphql-metrics.plugin.js';
import { isTracing, tracer } from './tracing.js';

/**
 * One span per GraphQL operation, a child of its HTTP request's span, named as OpenTelemetry's
 * GraphQL conventions say (`query courses`: the type and, as the metrics do, the first root
 * field, which the schema bounds), with the client's operation name and the error codes of
 * the answer as attributes. Never the variables: they hold passwords and answers.
 */
@Plugin()
export class GraphqlTracingPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext> | void> {
    if (!isTracing()) return;
    const span = tracer().startSpan('GraphQL Operation');
    return {
      async didResolveOperation({ operation, operationName }) {
        if (!operation) return;
        span.updateName(`${operation.operation} ${rootField(operation)}`);
        span.setAttribute('graphql.operation.type', operation.operation);
        if (operationName) span.setAttribute('graphql.operation.name', operationName);
      },
      async willSendResponse({ response }) {
        const codes = errorCodes(response);
        if (codes.length > 0) {
          span.setAttribute('graphql.error.codes', [...new Set(codes)]);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
        }
        span.end();
      },
    };
  }
}
