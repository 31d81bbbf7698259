import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { rootFieldsRule } from './root-fields.rule.js';

const schema = buildSchema(`
  type Query { me: String, course(slug: String): String }
  type Mutation { login: String, register: String, refreshToken: String, logout: Boolean }
`);

const errors = (document: string, maxRootFields = 10) =>
  validate(schema, parse(document), [...specifiedRules, rootFieldsRule(maxRootFields)]).map(
    (error) => error.message,
  );

describe('rootFieldsRule', () => {
  it('counts root fields, aliases and fragments included', () => {
    expect(errors('{ a: me b: me c: course }', 3)).toEqual([]);
    expect(
      errors('{ a: me ...F ... { c: course } } fragment F on Query { b: me d: me }', 3),
    ).toEqual(['Root fields limit of 3 exceeded, found 4.']);
  });

  it('allows one credential check per mutation, however it is reached', () => {
    expect(errors('mutation { login logout }')).toEqual([]);
    expect(errors('mutation { login register }')).toEqual([
      expect.stringMatching(/^One credential check per request: this operation has 2 of login/),
    ]);
    expect(
      errors(
        'mutation { ...A } fragment A on Mutation { a: login ...B } fragment B on Mutation { b: refreshToken }',
      ),
    ).toHaveLength(1);
  });

  it('works out each fragment once, so nested spreads stay cheap', () => {
    // 40 levels of a fragment spread twice: 2^40 root fields if each spread were walked.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = Date.now();
    const found = errors(`{ ...F0 } ${fragments} fragment F40 on Query { me }`);
    expect(found).toEqual([`Root fields limit of 10 exceeded, found ${2 ** 40}.`]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops at a fragment cycle, which graphql-js reports', () => {
    const found = errors('{ ...A } fragment A on Query { me ...B } fragment B on Query { ...A }');
    expect(found).toEqual([expect.stringMatching(/Cannot spread fragment "A" within itself/)]);
  });
});
