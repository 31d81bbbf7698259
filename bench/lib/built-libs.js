import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BenchError } from './errors.js';
import { CATALOG_LIB, CREDENTIALS_LIB } from './paths.js';

/**
 * The parts of the shared libraries that scenarios use, from the API's build: the very code
 * the API runs, so that generated codes are valid and the baselines compute as it does.
 *
 * @typedef {object} ContactHourUnit
 * @property {number} minutesPerHour
 * @property {number} increment
 *
 * @typedef {object} CatalogLib
 * @property {(minutes: number, unit: ContactHourUnit) => number} contactHours
 * @property {ContactHourUnit} DEFAULT_CONTACT_HOUR
 *
 * @typedef {object} ApprovalClaim An approval as a certificate stores it (`approvals` jsonb).
 * @property {string} body
 * @property {string} approvalNumber
 * @property {boolean} isSample
 * @property {number} [minutesPerHour]
 * @property {number} [increment]
 * @property {number} [hours]
 *
 * @typedef {object} ApprovalHours An approval with its hours, as verification shows it.
 * @property {string} body
 * @property {string} approvalNumber
 * @property {boolean} isSample
 * @property {number} minutesPerHour
 * @property {number} increment
 * @property {number} hours
 * @property {string} hoursText
 *
 * @typedef {object} CredentialsLib
 * @property {() => string} generateCertificateCode
 * @property {(input: string) => string | null} normalizeCertificateCode
 * @property {(approval: ApprovalClaim, creditMinutes: number) => ApprovalHours} approvalHours
 */

/** @type {Map<string, Promise<unknown>>} */
const loading = new Map();

/**
 * Loaded on first use, so that scenarios which do not need it do not need the build.
 *
 * @param {string} path
 */
function builtLib(path) {
  let lib = loading.get(path);
  if (!lib) {
    lib = (async () => {
      if (!existsSync(path)) {
        throw new BenchError(
          `${path} is missing: run \`npm run bench\`, which builds the API first`,
        );
      }
      return import(pathToFileURL(path).href);
    })();
    loading.set(path, lib);
  }
  return lib;
}

/** @fascicle/catalog (contact hours). */
export const catalogLib = () => /** @type {Promise<CatalogLib>} */ (builtLib(CATALOG_LIB));

/** @fascicle/credentials (certificate codes, hours on a certificate). */
export const credentialsLib = () =>
  /** @type {Promise<CredentialsLib>} */ (builtLib(CREDENTIALS_LIB));
