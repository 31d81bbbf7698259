// Types only (JSDoc): what a scenario module provides and what the baseline and the reference
// hand it.
// Checked by `npm run typecheck` (bench/tsconfig.json), so a scenario that drifts is caught.

/**
 * One HTTP request, sent unchanged to every target: first once to compare the answers,
 * then by autocannon over every connection.
 *
 * @typedef {object} BenchRequest
 * @property {'GET' | 'POST'} method
 * @property {string} path
 * @property {Record<string, string>} headers
 * @property {string} [body]
 * @property {string[]} [bodies] Instead of `body`, a rotation: each connection sends them in
 *   this order, round and round, to both targets alike (e.g. one lookup per key of a sample, so
 *   that the load is spread over a table). Each is compared once before measuring, and every
 *   measured response must repeat the checked answer to its own body.
 */

/**
 * What a scenario's set-up gets.
 *
 * @typedef {object} SetupContext
 * @property {string} url The API's base URL.
 * @property {string} databaseUrl The API's database, for data loaded in bulk by SQL (after the
 *   API has migrated it); prefer the API for anything it can do in reasonable time.
 * @property {(text: string) => void} progress Prints a line about a long set-up.
 * @property {(args: string[], env?: Record<string, string>) => Promise<string>} cli
 *   Runs the API's CLI on the same database with the API's configuration plus `env`, e.g.
 *   `cli(['admin:create', '--email', e, '--name', n], { FASCICLE_ADMIN_PASSWORD: p })`.
 */

/**
 * What the baseline server and the Nest + Apollo reference give a scenario's `answer`.
 *
 * @typedef {object} BaselineContext
 * @property {import('pg').Pool} db Same pool size as the API's.
 * @property {(authorization: string | undefined) => Promise<Principal | null>} verifyBearer
 *   Verifies an `Authorization: Bearer` access token as the API's guard does.
 */

/**
 * @typedef {object} Principal
 * @property {string} userId
 * @property {string[]} roles
 */

/**
 * What a scenario's answer depends on, as each server takes it from the request.
 *
 * @typedef {object} AnswerInput
 * @property {string | undefined} authorization The `Authorization` header.
 * @property {Record<string, unknown>} args The root field's arguments: the baseline passes the
 *   request's GraphQL `variables` (a scenario names its variables after the arguments), the
 *   reference the arguments GraphQL parsed and validated.
 * @property {string} ip The client's address (for a rate limit).
 */

/**
 * `data`: the root field's value, shaped as the answer's JSON shows it (fields in the query's
 * order). `refused`: a refusal with this message, which the baseline sends as
 * `{ errors: [{ message }] }` with HTTP `status` (200 if none, as GraphQL reports most
 * failures) and the reference throws as a GraphQL error. The harness only measures answers
 * with data; refusals keep each server honest about the checks it makes.
 *
 * @typedef {{ data: unknown } | { refused: string, status?: number }} Answer
 */

/**
 * The work behind the request, without its HTTP and GraphQL framing: the same checks as the
 * API, the **same SQL**, the same shaping. The baseline sends `{ data: { [field]: data } }`
 * itself; the reference's root resolver for `field` returns `data` and GraphQL's default
 * resolvers pick the fields the query asks for. Nothing more (no validation library, no
 * logging), nothing less.
 *
 * @typedef {object} ScenarioAnswer
 * @property {string} field The root query field the request asks for, e.g. `me`.
 * @property {(input: AnswerInput, context: BaselineContext) => Promise<Answer>} resolve
 */

/**
 * @typedef {object} Scenario
 * @property {string} name What `npm run bench -- <name>` selects.
 * @property {string} description One line, printed above the results.
 * @property {(api: SetupContext) => Promise<BenchRequest>} setup
 *   Runs once against the real API (its database is fresh) to create what the request needs.
 * @property {ScenarioAnswer} answer What the baseline (bench/baseline-server.js, on
 *   `POST /graphql`) and the Nest + Apollo reference (bench/nest-reference-server.js) both
 *   answer with.
 * @property {(body: string) => boolean} [verifyBody]
 *   Only for answers that vary per request: replaces the default check that every measured
 *   response is byte-identical to the one compared before measuring.
 * @property {boolean} [ownDatabase] Runs on a fresh database of its own, with an API of its
 *   own, both gone as soon as it is measured: for bulk data whose size must be exact and must
 *   not weigh on the scenarios after it.
 * @property {Record<string, string>} [apiEnv] Added to the API's environment for this scenario
 *   (e.g. a rate limit that load would trip); implies `ownDatabase`, so no other scenario runs
 *   against an API configured differently.
 */

/**
 * A scenario that runs its own servers and load instead of one request sent by autocannon:
 * e.g. several API processes and thousands of simulated learners, each doing what the web app
 * does. It compares the API with itself in another configuration (its "baseline"), prints
 * its own table, and stops and drops whatever it started (through `cleanup`, so that a failure
 * or Ctrl-C does too).
 *
 * @typedef {object} LoadScenario
 * @property {string} name What `npm run bench -- <name>` selects.
 * @property {string} description One line.
 * @property {(context: LoadContext) => Promise<LoadOutcome>} run
 */

/**
 * @typedef {object} LoadContext
 * @property {import('./config.js').BenchConfig} config
 * @property {import('./servers.js').Secrets} secrets The run's, for every API it starts.
 * @property {import('./cleanup.js').Cleanup} cleanup The run's undo steps.
 * @property {(text: string) => void} progress Prints a line about how far it got.
 */

/**
 * @typedef {object} LoadOutcome
 * @property {string} postgres The server's version, saved with the results.
 * @property {string} report Printed after the run.
 * @property {LoadResult} result Saved in bench/results/.
 */

/** @typedef {{ name: string, description: string } & Record<string, unknown>} LoadResult */

export {};
