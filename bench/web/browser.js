import { chromium } from 'playwright-core';

/** @import { Browser, Page } from 'playwright-core' */

/**
 * The journeys' browser (playwright.config.ts): Debian's chromium, never a downloaded one,
 * with the same flags, so that the bench and the journeys see the same engine.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @param {string} executablePath */
export function launchChromium(executablePath) {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/**
 * What one page load measured, from the page's own performance entries.
 *
 * @typedef {object} PageLoad
 * @property {number | null} lcpMs Largest contentful paint, from the start of navigation.
 * @property {string} lcpElement What was painted, e.g. `h1 "Course catalog"`.
 * @property {number | null} fcpMs First contentful paint.
 * @property {number | null} contentMs The frame that first drew the page's content (see
 *   watchContent).
 * @property {number} loadEventMs The document's load event.
 * @property {number | null} graphqlMs When the last GraphQL answer had arrived (the page's
 *   data; the app's session check is one too).
 * @property {number} transferBytes Bytes over the wire (headers and encoded bodies) for the
 *   document and every resource so far, GraphQL included; 0 for what came from the cache.
 * @property {number} scriptBytes Encoded (gzip) bodies of the JavaScript fetched.
 * @property {number} requests The document and each resource.
 * @property {string} navigationType `navigate` for both loads (a warm load is no reload).
 */

/**
 * Makes every later load in `page` note when `selector` first matched, at the start of the
 * frame that paints it: the page's own content (the catalog's course cards), which need not
 * be its largest paint.
 *
 * @param {Page} page
 * @param {string} selector
 */
export function watchContent(page, selector) {
  return page.addInitScript((wanted) => {
    const w = /** @type {any} */ (globalThis);
    const observer = new w.MutationObserver(() => {
      if (!w.document.querySelector(wanted)) return;
      observer.disconnect();
      w.requestAnimationFrame((/** @type {number} */ frameStart) => {
        w.__benchContentMs = frameStart;
      });
    });
    observer.observe(w.document, { childList: true, subtree: true });
  }, selector);
}

/**
 * Navigates `page` to `url` (a fresh context is a cold cache; the same page again is warm),
 * waits for the load event and for `readySelector` (the page's content, drawn once its
 * GraphQL answer came), then reads the largest contentful paint the browser recorded.
 *
 * @param {Page} page
 * @param {string} url
 * @param {string} readySelector
 * @returns {Promise<PageLoad>}
 */
export async function loadPage(page, url, readySelector) {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.locator(readySelector).first().waitFor({ state: 'visible', timeout: 30_000 });
  return page.evaluate(readEntries);
}

/**
 * Runs in the page (serialised by Playwright, so it refers to nothing outside itself; the
 * DOM is reached through `globalThis` because bench/ is type-checked without the DOM lib).
 *
 * @returns {Promise<PageLoad>}
 */
async function readEntries() {
  const w = /** @type {any} */ (globalThis);
  // Two frames, so that the content just drawn is painted and its LCP candidate queued.
  await new Promise((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(resolve)));
  /** @type {any[]} */
  const candidates = await new Promise((resolve) => {
    /** @type {any[]} */
    const seen = [];
    const observer = new w.PerformanceObserver((/** @type {any} */ list) =>
      seen.push(...list.getEntries()),
    );
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => {
      seen.push(...observer.takeRecords());
      observer.disconnect();
      resolve(seen);
    }, 50);
  });
  const lcp = candidates.at(-1);
  /** @param {any} element */
  const describe = (element) => {
    if (!element) return lcp ? '(an element since removed)' : '(none)';
    const classes = String(element.className || '')
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => `.${name}`)
      .join('');
    const text = String(element.textContent || '')
      .replace(/\s+/g, ' ')
      .trim();
    const quoted = text ? ` "${text.length > 40 ? `${text.slice(0, 39)}…` : text}"` : '';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}${quoted}`;
  };
  const { performance } = w;
  const navigation = performance.getEntriesByType('navigation')[0];
  /** @type {any[]} */
  const resources = performance.getEntriesByType('resource');
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const graphql = resources.filter((entry) => new URL(entry.name).pathname === '/graphql');
  /** @param {(entry: any) => number} pick */
  const total = (pick) => resources.reduce((sum, entry) => sum + pick(entry), 0);
  return {
    lcpMs: lcp ? lcp.startTime : null,
    lcpElement: describe(lcp?.element),
    fcpMs: fcp ? fcp.startTime : null,
    contentMs: typeof w.__benchContentMs === 'number' ? w.__benchContentMs : null,
    loadEventMs: navigation ? navigation.loadEventEnd : 0,
    graphqlMs: graphql.length ? Math.max(...graphql.map((entry) => entry.responseEnd)) : null,
    transferBytes: (navigation?.transferSize ?? 0) + total((entry) => entry.transferSize),
    scriptBytes: total((entry) => (/\.js$/.test(entry.name) ? entry.encodedBodySize : 0)),
    requests: 1 + resources.length,
    navigationType: navigation ? navigation.type : 'unknown',
  };
}

/**
 * One more cold load with a Chromium performance trace (what DevTools' Performance panel
 * records; open the file there with "Load profile"), written to `path`. Apart
 * from the measured runs, since tracing slows the page down.
 *
 * @param {Browser} browser
 * @param {string} url
 * @param {string} readySelector
 * @param {string} path
 */
export async function tracePage(browser, url, readySelector, path) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await watchContent(page, readySelector);
    await browser.startTracing(page, { path, screenshots: true });
    try {
      await loadPage(page, url, readySelector);
    } finally {
      await browser.stopTracing();
    }
  } finally {
    await context.close();
  }
}
