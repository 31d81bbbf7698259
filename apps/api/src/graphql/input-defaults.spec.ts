import { buildSchema, getVariableValues, parse, type OperationDefinitionNode } from 'graphql';
import { withInputDefaults } from './input-defaults.js';

const schema = buildSchema(/* GraphQL */ `
  enum Kind {
    DIDACTIC
    LIVE
  }
  input Lesson {
    title: String!
    minutes: Int! = 15
  }
  input Course {
    title: String!
    kind: Kind! = LIVE
    draft: Boolean! = true
    tags: [String!]! = ["dry-needling"]
    lessons: [Lesson!]
    note: String
  }
  type Query {
    echo(course: Course!, count: Int = 3): String
  }
`);

const definitions = (source: string) =>
  (parse(source).definitions[0] as OperationDefinitionNode).variableDefinitions ?? [];

describe('withInputDefaults', () => {
  const query =
    'query Echo($course: Course!, $count: Int) { echo(course: $course, count: $count) }';

  it('writes in every left-out input field that has a default, in its external form', () => {
    const filled = withInputDefaults(schema, definitions(query), {
      course: {
        title: 'Needling',
        lessons: [{ title: 'Safety' }, { title: 'Depth', minutes: 30 }],
      },
    });
    expect(filled).toEqual({
      course: {
        title: 'Needling',
        kind: 'LIVE',
        draft: true,
        tags: ['dry-needling'],
        lessons: [
          { title: 'Safety', minutes: 15 },
          { title: 'Depth', minutes: 30 },
        ],
      },
    });
    // What graphql-js makes of the client's variables and of the filled ones is the same.
    const coerce = (variables: Record<string, unknown>) =>
      getVariableValues(schema, definitions(query), variables).coerced;
    expect(coerce(filled)).toEqual(
      coerce({
        course: {
          title: 'Needling',
          lessons: [{ title: 'Safety' }, { title: 'Depth', minutes: 30 }],
        },
      }),
    );
  });

  it('keeps what the client sent, nulls included, and adds no field without a default', () => {
    const sent = { course: { title: 'T', kind: 'DIDACTIC', draft: false, tags: [], note: null } };
    expect(withInputDefaults(schema, definitions(query), sent)).toEqual(sent);
  });

  it('leaves variables that are not input objects, or absent, as they are', () => {
    expect(withInputDefaults(schema, definitions(query), { count: 2 })).toEqual({ count: 2 });
  });
});
