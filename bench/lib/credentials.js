import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BenchError } from './errors.js';
import { CREDENTIALS_LIB } from './paths.js';

/**
 * The parts of @fascicle/credentials that scenarios use, from the API's build: the very code
 * the API runs, so that generated codes are valid and the baseline normalises as it does.
 *
 * @typedef {object} CredentialsLib
 * @property {() => string} generateCertificateCode
 * @property {(input: string) => string | null} normalizeCertificateCode
 */

/** @type {Promise<CredentialsLib> | null} */
let loading = null;

/** Loaded on first use, so that scenarios which do not need it do not need the build. */
export function credentialsLib() {
  loading ??= (async () => {
    if (!existsSync(CREDENTIALS_LIB)) {
      throw new BenchError(
        `${CREDENTIALS_LIB} is missing: run \`npm run bench\`, which builds the API first`,
      );
    }
    return /** @type {CredentialsLib} */ (await import(pathToFileURL(CREDENTIALS_LIB).href));
  })();
  return loading;
}
