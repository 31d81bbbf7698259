// The second reference point for a scenario: a minimal NestJS + Apollo Server on Fastify (the
// versions the API runs) that answers the request with the same SQL as the baseline, and
// nothing of the API's own (no guards, pipes, interceptors, Apollo plugins, DataLoaders,
// TypeORM, logging). Schema-first: the API's committed schema.gql, so the types, and therefore
// what GraphQL executes for the query, are exactly the API's; one root resolver, which returns
// the scenario's shaped answer (the baseline's, same code), and graphql-js's default resolvers
// for every other field. What separates it from the baseline is the framework alone.
// Started by bench/run.js as a child process:
//   node bench/nest-reference-server.js <scenario>   with HOST, PORT, DATABASE_URL,
//   DATABASE_POOL_SIZE and JWT_SECRET in the environment.
import { readFileSync } from 'node:fs';
import { ApolloDriver } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { GraphQLError } from 'graphql';
import { API_SCHEMA } from './lib/paths.js';
import { closeOnSignal, referenceSetup } from './lib/reference-server.js';

/** @import { NestFastifyApplication } from '@nestjs/platform-fastify' */
/** @import { FastifyRequest } from 'fastify' */

const { scenario, host, port, context } = referenceSetup();

const { field, resolve } = scenario.answer;
const resolvers = {
  Query: {
    /**
     * The bearer check and the SQL happen here, as in the API's resolvers (behind its guard);
     * Nest's Apollo driver puts the Fastify request in the context as `req`.
     *
     * @param {unknown} _parent
     * @param {Record<string, unknown>} args
     * @param {{ req: FastifyRequest }} graphqlContext
     */
    [field]: async (_parent, args, { req }) => {
      const answer = await resolve(
        { authorization: req.headers.authorization, args, ip: req.ip },
        context,
      );
      if ('refused' in answer) throw new GraphQLError(answer.refused);
      return answer.data;
    },
  },
};

// Decorators applied as functions: this file is plain JavaScript, run as it is.
class AppModule {}
Module({
  imports: [
    // Apollo's own defaults otherwise (as a minimal server gets them), unlike the API, which
    // sets limits, a cost plugin, compiled execution and no cache-control plugin.
    GraphQLModule.forRoot({
      driver: ApolloDriver,
      typeDefs: readFileSync(API_SCHEMA, 'utf8'),
      resolvers,
    }),
  ],
})(AppModule);

const app = /** @type {NestFastifyApplication} */ (
  await NestFactory.create(AppModule, new FastifyAdapter(), { logger: false })
);
// Before init: Fastify takes no new routes once Nest has made it ready.
app
  .getHttpAdapter()
  .getInstance()
  .get('/health', async () => {
    await context.db.query('SELECT 1');
    return { status: 'ok' };
  });

closeOnSignal(() => app.close(), context);

await app.listen({ host, port });
