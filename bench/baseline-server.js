// The reference point for a scenario: a bare Fastify 5 + pg server that does only what the
// API must do for the request (verify the token, run the same SQL, send the same JSON).
// bench/nest-reference-server.js serves the same answers through Nest and Apollo.
// Started by bench/run.js as a child process:
//   node bench/baseline-server.js <scenario>   with HOST, PORT, DATABASE_URL,
//   DATABASE_POOL_SIZE and JWT_SECRET in the environment.
import Fastify from 'fastify';
import { closeOnSignal, referenceSetup } from './lib/reference-server.js';

const { scenario, host, port, context } = referenceSetup();

// Defaults otherwise (no logger, default JSON parser and serializer), as a hand-written
// service would start. The API's body limit is Fastify's default too.
const app = Fastify({ logger: false });
app.get('/health', async () => {
  await context.db.query('SELECT 1');
  return { status: 'ok' };
});
// The scenario's answer (its checks, SQL and shaping, shared with the Nest + Apollo reference)
// in GraphQL's response format, without GraphQL: the request's variables are taken as the
// root field's arguments.
app.post('/graphql', async (request, reply) => {
  const body = /** @type {{ variables?: Record<string, unknown> } | null} */ (request.body);
  const answer = await scenario.answer.resolve(
    { authorization: request.headers.authorization, args: body?.variables ?? {}, ip: request.ip },
    context,
  );
  if ('refused' in answer) {
    return reply.code(answer.status ?? 200).send({ errors: [{ message: answer.refused }] });
  }
  return { data: { [scenario.answer.field]: answer.data } };
});

closeOnSignal(() => app.close(), context);

await app.listen({ host, port });
