import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { createFormatError } from '../common/errors/format-error.js';
import type { LoaderFactory } from '../dataloaders/loaders.js';
import type { RequestLimiter } from '../rate-limits/request-limiter.js';
import { CompiledExecution } from './compiled-execution.js';
import { costLimitPlugin } from './cost-limit.plugin.js';
import { noStorePlugin } from './no-store.plugin.js';
import type { GraphQLContext } from './graphql-context.js';
import { requestLimits } from './request-limits.js';

/**
 * Apollo settings that follow the conventions in DESIGN.md: CSRF prevention on, batched
 * requests off, request limits (request-limits.ts), answers never cached (no-store.plugin.ts),
 * operations compiled once and run by graphql-jit (compiled-execution.ts),
 * and in production no introspection, no landing page, no field suggestions and no internals
 * in errors.
 */
export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  loaders: LoaderFactory,
  addressLimits: RequestLimiter,
): ApolloDriverConfig {
  const limits = requestLimits(config);
  const execution = new CompiledExecution();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: config.isDevelopment,
    autoTransformHttpErrors: false,
    // Operations run compiled by graphql-jit (compiled-execution.ts). Nest's type leaves out
    // `gateway` (it has a driver for Apollo Gateway); its Apollo driver passes it on as is.
    transformSchema: execution.useSchema,
    ...({ gateway: execution } as object),
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
      costLimitPlugin(config.graphqlMaxCost, addressLimits),
      // No field has a cache hint: no-store without Apollo wrapping every field to find out.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      ...limits.plugins,
    ],
    formatError: createFormatError(logger, config.isDevelopment),
    context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
      req,
      reply,
      loaders: loaders.create(),
    }),
  };
}
