// What the end-to-end tests share: where the build and the corpus are, the articles the app must
// show (asked of the engine's CLI, never hard-coded), Chromium with the flags this sandbox needs,
// and pages that record every console error, page error, failed request and CSP violation.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = resolve(process.env.PARALLAX_DIST ?? join(ROOT, 'dist'));
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
export const CORPUS = resolve(process.env.SEEDS_DIR ?? join(ROOT, 'seeds'));
export const SUB_PATH = '/projects/parallax/';

/** How long to wait for the app to render something, generous for slow CI machines. */
export const RENDER_TIMEOUT_MS = 15_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export function ensureArtifactsDir() {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

export function assertDistBuilt() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build first (scripts/test.sh build, or trunk build --release --offline)`);
  }
}

/**
 * The articles the app should list, as `parallax docs --json` reports them:
 * `{ doc, slug, title, body: {start, end}, boilerplate: [{start, end}], ... }`, plus `content`:
 * the raw text of the body minus boilerplate when the corpus is a folder (null for .jsonl).
 * scripts/test.sh passes the CLI's output in PARALLAX_DOCS_JSON; otherwise it is run here.
 */
export function expectedDocuments() {
  const json = process.env.PARALLAX_DOCS_JSON
    ? readFileSync(process.env.PARALLAX_DOCS_JSON, 'utf8')
    : execFileSync('cargo', ['run', '--quiet', '-p', 'parallax', '--', 'docs', '--corpus', CORPUS, '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
  const { documents } = JSON.parse(json);
  const isFolder = statSync(CORPUS).isDirectory();
  return documents.map((document) => ({
    ...document,
    content: isFolder ? articleContent(readFileSync(join(CORPUS, document.doc)), document) : null,
  }));
}

// Offsets are UTF-8 byte ranges, so slice the bytes, not the JS (UTF-16) string.
function articleContent(bytes, { body, boilerplate }) {
  const parts = [];
  let at = body.start;
  for (const range of boilerplate) {
    if (range.start > at) parts.push(bytes.subarray(at, range.start).toString('utf8'));
    at = Math.max(at, range.end);
  }
  if (at < body.end) parts.push(bytes.subarray(at, body.end).toString('utf8'));
  return parts.join('\n');
}

/**
 * The numbers table's rows for a `parallax compare --json` result of the articles at `aPath` and
 * `bPath`: checks with the same two figures as written and the same relation share a row (a
 * headline's figure and its lead's), in the CLI's order. Each row: `{ a, b, relation, checks }`.
 */
export function numberRows(result, aPath, bPath) {
  const [ta, tb] = [readFileSync(aPath), readFileSync(bPath)];
  const figure = (bytes, s) => bytes.subarray(s.start, s.end).toString('utf8');
  const rows = new Map();
  for (const n of result.numbers) {
    const row = { a: figure(ta, n.a), b: figure(tb, n.b), relation: n.relation };
    const key = JSON.stringify(row);
    if (!rows.has(key)) rows.set(key, { ...row, checks: [] });
    rows.get(key).checks.push(n);
  }
  return [...rows.values()];
}

/** Letters-and-digits words, lower-cased: compares text across markup and whitespace changes. */
export function words(text) {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function normalizeSpace(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Waits for the first `selector` to be visible; on timeout says `what` was missing, where, and the page's problems. */
export async function waitFor(page, selector, what) {
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`${what} did not appear at ${page.url()}; page problems: ${JSON.stringify(await page.allProblems())}`, { cause: error });
  }
}

/**
 * A page that records what went wrong in `page.problems` (console errors, uncaught exceptions,
 * failed or 4xx/5xx requests, CSP violations), and the moment the library list first appears
 * (`window.__parallaxLibraryRenderedAt`, ms since navigation start) without polling delays.
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location()?.url;
      problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  // Privacy: the app requests nothing outside its own origin (the test servers are on 127.0.0.1).
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:')
      && url.hostname !== '127.0.0.1') {
      problems.push(`request outside the app's origin: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Injected by the DevTools protocol, so the page's CSP doesn't apply to it.
  await page.addInitScript(() => {
    window.__parallaxCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__parallaxCspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid=doc-list] [data-testid=doc-link]')) {
        window.__parallaxLibraryRenderedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  page.problems = problems;
  page.allProblems = async () => {
    const violations = await page.evaluate(() => window.__parallaxCspViolations ?? []).catch(() => []);
    return [...problems, ...violations.map((v) => `CSP violation: ${v}`)];
  };
  return page;
}
