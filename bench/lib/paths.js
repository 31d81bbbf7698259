import { fileURLToPath } from 'node:url';

export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Produced by `npm run build:api`, which `npm run bench` runs first. */
export const API_MAIN = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
/** The API's command line (`admin:create`…), from the same build. */
export const API_CLI = fileURLToPath(new URL('../../apps/api/dist/cli.js', import.meta.url));
export const BASELINE_SERVER = fileURLToPath(new URL('../baseline-server.js', import.meta.url));
export const NEST_REFERENCE_SERVER = fileURLToPath(
  new URL('../nest-reference-server.js', import.meta.url),
);
/** The API's GraphQL schema as committed (the reference serves exactly these types). */
export const API_SCHEMA = fileURLToPath(new URL('../../apps/api/schema.gql', import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
/** @fascicle/credentials as built for the API (certificate codes), for scenarios. */
export const CREDENTIALS_LIB = fileURLToPath(
  new URL('../../libs/credentials/dist/index.js', import.meta.url),
);
/** @fascicle/catalog as built for the API (contact hours), for scenarios. */
export const CATALOG_LIB = fileURLToPath(
  new URL('../../libs/catalog/dist/index.js', import.meta.url),
);
