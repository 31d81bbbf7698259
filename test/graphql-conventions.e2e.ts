import { readFile, writeFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { PRODUCTION_ENV, startTestApp, type TestApp } from './support/test-app.js';
import { asAdmin, registerLearner } from './support/factories.js';

const INTROSPECTION = /* GraphQL */ `
  query {
    __schema {
      queryType {
        name
      }
    }
  }
`;

// Depth 3 (graphql-depth-limit counts the root field as 0); the app below allows 2.
const DEEP_QUERY = /* GraphQL */ `
  query {
    users(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

describe('GraphQL conventions (development settings)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_COST: '100' });
  });
  afterAll(() => test.close());

  it('commits a schema.gql that matches the code (regenerate: npm run schema)', async () => {
    const schema = test.app.get(GraphQLSchemaHost).schema;
    const printed = printSchema(lexicographicSortSchema(schema));
    const file = new URL('../apps/api/schema.gql', import.meta.url);
    // UPDATE_SCHEMA=1 writes it instead, from the sources, without building dist/ (the same
    // text as `npm run schema`): for work in progress beside a running build.
    if (process.env['UPDATE_SCHEMA'] === '1') await writeFile(file, `${printed}\n`);
    const committed = await readFile(file, 'utf8');
    expect(committed.trim()).toBe(printed.trim());
  });

  it('refuses a query past the depth limit before running it', async () => {
    const admin = await asAdmin(test);
    const result = await test.client.as(admin.accessToken).request(DEEP_QUERY);
    expect(result.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 2/);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
    const shallow = await test.client.as(admin.accessToken).request('query { me { id } }');
    expect(shallow.errors).toBeUndefined();
  });

  it('refuses a query past the cost limit', async () => {
    const learner = await registerLearner(test);
    // 100 courses of 2 fields each, within the depth limit; floods of aliases are refused
    // earlier, while parsing (test/security/request-limits.e2e.ts).
    const query = 'query { courses(first: 100) { edges { cursor } } }';
    const result = await test.client.as(learner.accessToken).request(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: 200,
      maximumCost: 100,
    });
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('prevents CSRF: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(
      `${test.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
    const withHeader = await fetch(
      `${test.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(withHeader.status).toBe(200);
  });

  it('allows introspection outside production', async () => {
    const result = await test.client.request(INTROSPECTION);
    expect(result.errors).toBeUndefined();
  });
});

describe('GraphQL conventions (NODE_ENV=production)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(PRODUCTION_ENV);
  });
  afterAll(() => test.close());

  it('turns introspection off', async () => {
    const result = await test.client.request(INTROSPECTION);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('serves no landing page', async () => {
    const response = await fetch(`${test.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<html/i);
  });

  it('shows no stack trace, SQL or driver text when something breaks', async () => {
    // Breaking the database under a running query is the realistic way to make one fail.
    const learner = await registerLearner(test);
    const dataSource = test.app.get((await import('typeorm')).DataSource);
    await dataSource.query('ALTER TABLE users RENAME COLUMN display_name TO display_name_gone');
    try {
      const result = await test.client
        .as(learner.accessToken)
        .request('query { me { id displayName } }');
      const error = result.errors?.[0];
      expect(error?.message).toBe('Internal server error');
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(result)).not.toMatch(/display_name|SELECT|QueryFailed|stacktrace/i);
    } finally {
      await dataSource.query('ALTER TABLE users RENAME COLUMN display_name_gone TO display_name');
    }
  });
});
