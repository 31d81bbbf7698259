import { randomUUID } from 'node:crypto';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  print,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DataSource } from 'typeorm';
import * as web from '../../apps/web/src/gql/graphql.js';
import { registerLearner, type Session } from '../support/factories.js';
import type { GraphQLErrorShape } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { PRODUCTION_ENV, startTestApp, type TestApp } from '../support/test-app.js';

/** Codes of a request refused by a limit (parse, validation, cost), before any resolver. */
const LIMIT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
]);

const aliased = (count: number, field: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join('\n');

const loginField = (email: string, password: string) =>
  `login(input: { email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)} }) { accessToken }`;

describe('GraphQL request limits', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let learner: Session;

  const rows = async (table: string): Promise<number> =>
    Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  /** Every table a login touches: failures counted, sessions started, events recorded. */
  const loginTraces = async () => ({
    failures: await rows('login_failures'),
    sessions: await rows('refresh_tokens'),
    events: await rows('audit_events'),
  });

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    learner = await registerLearner(test);
  });
  afterAll(() => test.close());

  it('refuses the reported flood of 2,400 aliased course lookups while parsing: no SQL runs', async () => {
    const query = `query { ${aliased(2400, () => 'course(slug: "dry-needling") { id }')} }`;
    const { result, queries } = await countQueries(dataSource, () => test.client.request(query));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/more th.. 2000 tokens/),
        extensions: expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }),
      }),
    ]);
    expect(queries).toEqual([]);
  });

  it('refuses the reported flood of 2,500 aliased logins: no password is checked', async () => {
    const before = await loginTraces();
    const mutation = `mutation { ${aliased(2500, (i) => loginField(learner.email, `guess ${i}`))} }`;
    const result = await test.client.request(mutation);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(await loginTraces()).toEqual(before);
  });

  it('refuses more aliases than allowed, within the token limit, before any resolver', async () => {
    const query = `query { courses(first: 1) { edges { node { ${aliased(16, () => 'id')} } } } }`;
    const { result, queries } = await countQueries(dataSource, () => test.client.request(query));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Aliases limit of 15 exceeded, found 16.',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
    expect(queries).toEqual([]);
  });

  it('refuses two logins in one request, even with the right password: no session starts', async () => {
    const before = await loginTraces();
    const twice = `mutation { ${aliased(2, () => loginField(learner.email, learner.password))} }`;
    const result = await test.client.request(twice);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^One credential check per request: this operation has 2 /),
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
    expect(await loginTraces()).toEqual(before);
  });

  it('counts every credential check, through fragments and beside other ones', async () => {
    const before = await loginTraces();
    const login = loginField(learner.email, 'wrong password');
    const documents = [
      `mutation { ${login} refreshToken(input: { refreshToken: "x" }) { accessToken } }`,
      `mutation { ...Twice } fragment Twice on Mutation { a: ${login} ...Once }
       fragment Once on Mutation { b: ${login} }`,
      `mutation { ${login} changePassword(input: { currentPassword: "a", newPassword: "b" }) }`,
    ];
    for (const document of documents) {
      const result = await test.client.request(document);
      expect(result.errors?.[0]?.message).toMatch(/^One credential check per request/);
      expect(result.data).toBeUndefined();
    }
    expect(await loginTraces()).toEqual(before);
    const once = await test.client.request(
      `mutation { ${loginField(learner.email, learner.password)} }`,
    );
    expect(once.errors).toBeUndefined();
  });

  it('refuses more root fields or directives than allowed', async () => {
    const roots = await test.client.request(
      `query { ${aliased(11, () => 'courses(first: 1) { edges { cursor } }')} }`,
    );
    expect(roots.errors?.[0]).toMatchObject({
      message: 'Root fields limit of 10 exceeded, found 11.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const fields = Array.from({ length: 11 }, () => 'id @include(if: true)').join(' ');
    const directives = await test.client
      .as(learner.accessToken)
      .request(`query { me { ${fields} } }`);
    expect(directives.errors?.[0]).toMatchObject({
      message: 'Directives limit of 10 exceeded, found 11.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers a query over the cost limit with 400, like every other limit', async () => {
    const fields = 'id '.repeat(60);
    const query = `query { courses(first: 100) { edges { node { ${fields} } } } }`;
    const { result, queries } = await countQueries(dataSource, () => test.client.request(query));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      cost: 6200,
      maximumCost: 5000,
    });
    expect(queries).toEqual([]);
  });

  it('prices one document by its variables: the cost kept for a small page is not a big one’s', async () => {
    const fields = 'id '.repeat(60);
    const query = `query Page($first: Int!, $search: String) {
      courses(first: $first, search: $search) { edges { node { ${fields} } } }
    }`;
    // Twice each, so a second answer would come from what the first one kept.
    for (let i = 0; i < 2; i += 1) {
      const small = await test.client.request(query, { first: 5, search: `a${i}` });
      expect(small.status).toBe(200);
      const big = await test.client.request(query, { first: 100, search: `b${i}` });
      expect(big.status).toBe(400);
      expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 6200 });
    }
  });

  it('still answers a plain syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const result = await test.client.request('query { me { id }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('lets every operation the web app sends through every limit', async () => {
    const schema = test.app.get(GraphQLSchemaHost).schema;
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(80);
    const refused: { operation: string; errors: GraphQLErrorShape[] }[] = [];
    for (const { name, document } of operations) {
      // As Apollo Client sends it: __typename added to every selection.
      const query = print(addTypenameToDocument(document));
      const result = await test.client.request(query, sampleVariables(schema, document));
      const errors = (result.errors ?? []).filter((e) => LIMIT_CODES.has(e.extensions?.code ?? ''));
      if (errors.length > 0) refused.push({ operation: name, errors });
    }
    expect(refused).toEqual([]);
  });
});

describe('field suggestions', () => {
  // Every row has its variables: Jest takes a test function with more parameters than the
  // row has values for one that waits for `done`.
  const TYPOS: [string, string, Record<string, unknown>][] = [
    ['a misspelt field', 'query { courses(first: 1) { edgez { cursor } } }', {}],
    ['a misspelt argument', 'query { course(slug: "x", slugg: "x") { id } }', {}],
    [
      'a misspelt enum value',
      'query { courses(first: 1, approval: APROVED) { edges { cursor } } }',
      {},
    ],
    [
      'a misspelt input field in variables',
      'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'pat@example.com', password: 'x', passwrd: 'x' } },
    ],
  ];

  async function messages(test: TestApp, query: string, variables?: Record<string, unknown>) {
    const result = await test.client.request(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    return result.errors!.map((error) => error.message).join('\n');
  }

  describe('in development', () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp({ NODE_ENV: 'development', FASCICLE_DEMO_DATA: 'false' });
    });
    afterAll(() => test.close());

    it.each(TYPOS)('are given for %s', async (_kind, query, variables) => {
      expect(await messages(test, query, variables)).toMatch(/Did you mean/);
    });
  });

  describe('in production', () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp(PRODUCTION_ENV);
    });
    afterAll(() => test.close());

    it.each(TYPOS)(
      'are not given for %s, so no field name leaks',
      async (_kind, query, variables) => {
        const text = await messages(test, query, variables);
        expect(text).not.toMatch(/Did you mean/);
        expect(text).not.toMatch(/"(edges|slug|APPROVED|password)"/);
      },
    );
  });
});

/** Every operation in the web app's generated documents, fragments included. */
function webOperations(): { name: string; document: DocumentNode }[] {
  return Object.entries(web as Record<string, unknown>)
    .filter(([name, value]) => name.endsWith('Document') && isDocument(value))
    .map(([name, value]) => ({ name, document: value as DocumentNode }))
    .filter(({ document }) =>
      document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
    );
}

function isDocument(value: unknown): value is DocumentNode {
  return (
    typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT
  );
}

/** A value for each required variable, of the right type, so the cost limit sees the operation. */
function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && isNonNullType(type)) variables[definition.variable.name.value] = sample(type);
  }
  return variables;
}

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(required.map((field) => [field.name, sample(field.type)]));
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'x';
  }
}
