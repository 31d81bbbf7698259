import catalog from '../scenarios/catalog.js';
import { verify10k } from '../scenarios/verify.js';
import { BenchError } from '../lib/errors.js';
import { graphql } from '../lib/http.js';

/** @import { SetupContext } from '../lib/types.js' */

/**
 * A page of the web app to load, and what shows that its content is there.
 *
 * @typedef {object} WebPage
 * @property {string} name
 * @property {string} path
 * @property {string} readySelector Drawn only once the page's GraphQL answer has come.
 */

const STATUS = `query Status($code: String!) { verifyCertificate(code: $code) { status } }`;

/**
 * The data the pages show, made as `npm run bench` makes it for its `catalog` and
 * `verify-10k` scenarios (their own set-ups, run one after the other on one database):
 * 25 published courses of 3 modules × 3 lessons plus 4 small ones (the catalog page shows
 * the first 20), and 10,000 certificates, one of them valid for the verification page.
 *
 * @param {SetupContext} context
 * @returns {Promise<WebPage[]>}
 */
export async function preparePages(context) {
  // First: it loads certificates for every published course and counts all certificates.
  context.progress('verify-10k set-up: 4 courses and 10,000 certificates');
  const verify = await verify10k.setup(context);
  context.progress('catalog set-up: 25 courses');
  await catalog.setup(context);
  const code = await validCode(context.url, verify.bodies ?? []);
  return [
    { name: 'catalog', path: '/courses', readySelector: 'ul.cards > li' },
    // As the QR code on a certificate opens it: the API answers a browser with the app.
    { name: 'verify', path: `/verify/${code}`, readySelector: '#verdict-word' },
  ];
}

/**
 * The first code of the scenario's sample that the API calls valid (the page then shows
 * every detail a valid certificate has).
 *
 * @param {string} url
 * @param {string[]} bodies The scenario's GraphQL requests, one code each.
 */
async function validCode(url, bodies) {
  for (const body of bodies) {
    const code = JSON.parse(body)?.variables?.code;
    if (typeof code !== 'string') continue;
    const { verifyCertificate } = await graphql(url, STATUS, { code });
    if (verifyCertificate.status === 'VALID') return code;
  }
  throw new BenchError('verify-10k set-up: no valid certificate among its sample');
}
