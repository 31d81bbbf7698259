// The reference point for a scenario: a bare Fastify 5 + pg server that does only what the
// API must do for the request (verify the token, run the same SQL, send the same JSON).
// bench/nest-reference-server.js serves the same answers through Nest and Apollo.
// Started by bench/run.js as a child process:
//   node bench/baseline-server.js <scenario>   with HOST, PORT, DATABASE_URL,
//   DATABASE_POOL_SIZE and JWT_SECRET in the environment.
import Fastify from 'fastify';
import pg from 'pg';
import { bearerVerifier } from './lib/baseline-auth.js';
import { findScenario } from './scenarios/index.js';

const scenario = findScenario(process.argv[2] ?? '');
const { HOST, PORT, DATABASE_URL, DATABASE_POOL_SIZE, JWT_SECRET } = process.env;
if (!HOST || !PORT || !DATABASE_URL || !DATABASE_POOL_SIZE || !JWT_SECRET) {
  throw new Error('HOST, PORT, DATABASE_URL, DATABASE_POOL_SIZE and JWT_SECRET are required');
}

const db = new pg.Pool({
  connectionString: DATABASE_URL,
  max: Number(DATABASE_POOL_SIZE),
  connectionTimeoutMillis: 10_000,
});
/** @type {import('./lib/types.js').BaselineContext} */
const context = { db, verifyBearer: bearerVerifier(JWT_SECRET) };

// Defaults otherwise (no logger, default JSON parser and serializer), as a hand-written
// service would start. The API's body limit is Fastify's default too.
const app = Fastify({ logger: false });
app.get('/health', async () => {
  await db.query('SELECT 1');
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

for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    app
      .close()
      .then(() => db.end())
      .finally(() => process.exit(0));
  });
}

await app.listen({ host: HOST, port: Number(PORT) });
