import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the API's committed schema: no running server needed. The output in
 * src/gql is committed (reviewers see what a schema change does to the web app) and
 * regenerated before every typecheck and build, so it cannot drift from the schema.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Apollo Client 4 has its own data masking; one mechanism is enough.
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
