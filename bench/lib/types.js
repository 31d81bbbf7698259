// Types only (JSDoc): what a scenario module provides and what the baseline hands it.
// Checked by `npm run typecheck` (bench/tsconfig.json), so a scenario that drifts is caught.

/**
 * One HTTP request, sent unchanged to both targets: first once to compare the answers,
 * then by autocannon over every connection.
 *
 * @typedef {object} BenchRequest
 * @property {'GET' | 'POST'} method
 * @property {string} path
 * @property {Record<string, string>} headers
 * @property {string} [body]
 */

/**
 * What a scenario's set-up gets.
 *
 * @typedef {object} SetupContext
 * @property {string} url The API's base URL.
 * @property {(args: string[], env?: Record<string, string>) => Promise<string>} cli
 *   Runs the API's CLI on the same database with the API's configuration plus `env`, e.g.
 *   `cli(['admin:create', '--email', e, '--name', n], { FASCICLE_ADMIN_PASSWORD: p })`.
 */

/**
 * What the baseline server gives a scenario's handler.
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
 * The bare Fastify route that answers the scenario's request the way the API does: same
 * checks, same SQL, same JSON, nothing else.
 *
 * @typedef {object} BaselineRoute
 * @property {'GET' | 'POST'} method
 * @property {string} url
 * @property {(
 *   request: import('fastify').FastifyRequest,
 *   reply: import('fastify').FastifyReply,
 *   context: BaselineContext,
 * ) => Promise<unknown>} handler
 */

/**
 * @typedef {object} Scenario
 * @property {string} name What `npm run bench -- <name>` selects.
 * @property {string} description One line, printed above the results.
 * @property {(api: SetupContext) => Promise<BenchRequest>} setup
 *   Runs once against the real API (its database is fresh) to create what the request needs.
 * @property {BaselineRoute} baseline
 * @property {(body: string) => boolean} [verifyBody]
 *   Only for answers that vary per request: replaces the default check that every measured
 *   response is byte-identical to the one compared before measuring.
 */

export {};
