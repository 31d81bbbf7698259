import { BenchError } from './errors.js';

/** @import { BenchRequest } from './types.js' */

/**
 * Runs a GraphQL operation that must succeed (used by scenario set-up) and returns `data`.
 *
 * @param {string} baseUrl
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @param {Record<string, string>} [headers]
 * @returns {Promise<any>}
 */
export async function graphql(baseUrl, query, variables, headers = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  /** @type {{ data?: unknown, errors?: unknown[] }} */
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BenchError(`GraphQL set-up request got HTTP ${response.status}: ${text}`);
  }
  if (!response.ok || body.errors?.length || !body.data) {
    throw new BenchError(`GraphQL set-up request failed (HTTP ${response.status}): ${text}`);
  }
  return body.data;
}

/**
 * Sends a scenario's request once, as autocannon will, and returns the raw answer.
 *
 * @param {string} baseUrl
 * @param {BenchRequest} request
 */
export async function send(baseUrl, request) {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, text: await response.text() };
}
