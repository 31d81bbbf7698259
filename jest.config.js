// Jest in ESM mode (Nest 12 ships ES modules only), TypeScript through SWC.
const swc = ({ tsx }) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      // TSX only for .tsx files (the email templates): in a .ts file `<T>value` is a cast.
      parser: { syntax: 'typescript', decorators: true, tsx },
      // Without decorator metadata Nest cannot see constructor types and injects undefined.
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.ts$': swc({ tsx: false }), '^.+\\.tsx$': swc({ tsx: true }) },
  moduleNameMapper: {
    '^@fascicle/([a-z0-9-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: [
    '<rootDir>/libs/*/src/**/*.spec.ts',
    '<rootDir>/apps/api/src/**/*.spec.{ts,tsx}',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  testSequencer: '<rootDir>/test/support/slow-first-sequencer.mjs',
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60_000,
  // Two cores here; each API test file runs its own app and database.
  maxWorkers: 2,
  // Every test file loads the whole app into a worker's heap again (ES modules under Jest's
  // VM), and the worker keeps part of it: past this size it is replaced before its next file.
  // Without it the later files of a run took two to three times as long (604 s against 370 s
  // for the embedded suite on two cores).
  workerIdleMemoryLimit: '700MB',
};
