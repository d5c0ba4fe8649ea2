// End-to-end tests of the release build (dist/) in headless Chromium, served the strict way a
// static host would (see ../server.mjs: CSP without 'unsafe-inline', exact MIME types, optional
// sub-path).
//
// The app's contract, as these tests read it (data-testid attributes):
//   library `#/`:  doc-list containing one doc-link per article, whose text includes the title;
//                  clicking a doc-link opens the article.
//   article:       doc-title (exactly the title), doc-meta (non-empty), doc-body (the article text
//                  with boilerplate hidden), boilerplate (one element per hidden block, hidden until
//                  boilerplate-toggle is clicked). The browser's Back button returns to the library.
// Titles are compared on textContent (immune to CSS text-transform); the body on innerText, which
// leaves out hidden elements. The expected articles come from the engine's CLI
// (`parallax docs --json`), never from a list here.
//
// Every test fails on any console error, uncaught exception, failed request or CSP violation.
// Screenshots (desktop and phone, light and dark) go to e2e/artifacts/.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../server.mjs';
import {
  ARTIFACTS,
  assertDistBuilt,
  DIST,
  ensureArtifactsDir,
  expectedDocuments,
  launchBrowser,
  newPage,
  normalizeSpace,
  RENDER_TIMEOUT_MS,
  SUB_PATH,
  words,
} from '../support.mjs';

const LIBRARY_GOAL_MS = 150;
const COLD_LOADS = 5;

let browser;
let rootServer;
let subPathServer;
let documents;

before(async () => {
  assertDistBuilt();
  documents = expectedDocuments();
  assert.ok(documents.length > 0, 'the CLI reports no articles: nothing to test');
  ensureArtifactsDir();
  browser = await launchBrowser();
  rootServer = await startServer({ root: DIST });
  subPathServer = await startServer({ root: DIST, base: SUB_PATH });
});

after(async () => {
  await browser?.close();
  await rootServer?.close();
  await subPathServer?.close();
});

/** Opens the library at `baseUrl` and checks it lists every article once. Returns the response. */
async function openLibrary(page, baseUrl) {
  const response = await page.goto(`${baseUrl}#/`);
  await checkLibrary(page);
  return response;
}

/** Waits for `locator` to show; on timeout, says what the page reported (a CSP block, a panic...). */
async function waitVisible(page, locator, what) {
  try {
    await locator.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
  } catch (error) {
    const problems = await page.allProblems();
    throw new Error(`${what} did not appear within ${RENDER_TIMEOUT_MS} ms at ${page.url()}; ` +
      `page problems: ${JSON.stringify(problems)}`, { cause: error });
  }
}

async function checkLibrary(page) {
  const list = page.locator('[data-testid=doc-list]');
  await waitVisible(page, list, 'the library (doc-list)');
  const linkTexts = (await list.locator('[data-testid=doc-link]').allTextContents()).map(normalizeSpace);
  assert.equal(linkTexts.length, documents.length, `expected one doc-link per article, got: ${JSON.stringify(linkTexts)}`);
  for (const { title } of documents) {
    assert.ok(
      linkTexts.some((text) => text.includes(normalizeSpace(title))),
      `no doc-link shows the title "${title}"; links: ${JSON.stringify(linkTexts)}`,
    );
  }
}

/** Clicks the library's link to `document` and checks the article page. */
async function openArticle(page, document) {
  const links = page.locator('[data-testid=doc-list] [data-testid=doc-link]');
  const texts = (await links.allTextContents()).map(normalizeSpace);
  const index = texts.findIndex((text) => text.includes(normalizeSpace(document.title)));
  assert.ok(index >= 0, `no doc-link for "${document.title}"`);
  await links.nth(index).click();

  const title = page.locator('[data-testid=doc-title]');
  await waitVisible(page, title, `the article "${document.title}" (doc-title)`);
  assert.equal(normalizeSpace(await title.textContent()), normalizeSpace(document.title), 'doc-title');
  const meta = page.locator('[data-testid=doc-meta]');
  assert.ok(await meta.isVisible(), `doc-meta is not visible for "${document.title}"`);
  assert.notEqual(normalizeSpace(await meta.innerText()), '', `doc-meta is empty for "${document.title}"`);

  const body = page.locator('[data-testid=doc-body]');
  assert.ok(await body.isVisible(), `doc-body is not visible for "${document.title}"`);
  const bodyWords = words(await body.innerText());
  assert.ok(bodyWords.length > 0, `doc-body shows no text for "${document.title}"`);
  if (document.content !== null) {
    // The opening words of the article (its first stretch outside boilerplate) must be shown, in
    // order. innerText skips hidden elements, so hidden boilerplate doesn't get in between.
    const opening = words(document.content.split('\n').find((line) => words(line).length > 0) ?? '').slice(0, 8);
    assert.ok(
      containsRun(bodyWords, opening),
      `doc-body of "${document.title}" doesn't show the article's opening words "${opening.join(' ')}"`,
    );
  }

  const blocks = page.locator('[data-testid=doc-body] [data-testid=boilerplate]');
  const blockCount = await blocks.count();
  if (document.boilerplate.length === 0) {
    assert.equal(blockCount, 0, `"${document.title}" has no boilerplate, yet the page shows boilerplate blocks`);
    return;
  }
  assert.ok(
    blockCount >= 1 && blockCount <= document.boilerplate.length,
    `"${document.title}" has ${document.boilerplate.length} boilerplate ranges; the page shows ${blockCount} boilerplate blocks`,
  );
  for (let i = 0; i < blockCount; i += 1) {
    assert.ok(await blocks.nth(i).isHidden(), `boilerplate block ${i} of "${document.title}" is visible before the toggle`);
  }
  const toggle = page.locator('[data-testid=boilerplate-toggle]').first();
  assert.ok(await toggle.isVisible(), `no visible boilerplate-toggle on "${document.title}"`);
  await toggle.click();
  await waitVisible(page, blocks.first(), `boilerplate of "${document.title}" after the toggle`);
}

function containsRun(haystack, needle) {
  if (needle.length === 0) return true;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
}

async function assertNoProblems(page) {
  assert.deepEqual(await page.allProblems(), [], 'the page reported errors');
}

describe('Parallax in Chromium', () => {
  test('the library lists every article, under a strict CSP', async () => {
    const page = await newPage(browser);
    const response = await openLibrary(page, rootServer.url);
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
    await assertNoProblems(page);
    await page.context().close();
  });

  test('every article opens with its title, metadata, body and hidden boilerplate; Back returns', async () => {
    const page = await newPage(browser);
    await openLibrary(page, rootServer.url);
    for (const document of documents) {
      await openArticle(page, document);
      await page.goBack();
      await checkLibrary(page);
    }
    await assertNoProblems(page);
    await page.context().close();
  });

  test(`the library renders within ${LIBRARY_GOAL_MS} ms of navigation`, async (t) => {
    const samples = [];
    for (let i = 0; i < COLD_LOADS; i += 1) {
      // A new context each time: empty cache, like a first visit.
      const page = await newPage(browser);
      await openLibrary(page, rootServer.url);
      const timing = await page.evaluate(() => {
        const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
        const [navigation] = performance.getEntriesByType('navigation');
        return {
          rendered: window.__parallaxLibraryRenderedAt,
          html: navigation?.responseEnd,
          wasm: wasm?.responseEnd,
        };
      });
      assert.ok(typeof timing.rendered === 'number', 'the library-rendered mark was not recorded');
      samples.push(timing);
      await assertNoProblems(page);
      await page.context().close();
    }
    samples.sort((a, b) => a.rendered - b.rendered);
    const median = samples[Math.floor(samples.length / 2)];
    const report =
      `navigation -> library rendered: median ${median.rendered.toFixed(0)} ms ` +
      `(min ${samples[0].rendered.toFixed(0)}, max ${samples.at(-1).rendered.toFixed(0)}, ${COLD_LOADS} cold loads; ` +
      `html at ${median.html?.toFixed(0)} ms, wasm at ${median.wasm?.toFixed(0)} ms; goal <= ${LIBRARY_GOAL_MS} ms)`;
    t.diagnostic(report);
    console.log(report);
    // Timing on shared CI machines is noisy: the figure is printed always, enforced on request.
    if (process.env.PARALLAX_ENFORCE_TIMING === '1') {
      assert.ok(median.rendered <= LIBRARY_GOAL_MS, report);
    }
  });

  test('screenshots: desktop and phone, light and dark; nothing wider than the screen', async () => {
    const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
    const first = documents[0];
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await newPage(browser, { viewport, colorScheme, isMobile: device === 'phone' });
        await openLibrary(page, rootServer.url);
        await page.screenshot({ path: join(ARTIFACTS, `library-${device}-${colorScheme}.png`), fullPage: true });
        await openArticle(page, first);
        await page.screenshot({ path: join(ARTIFACTS, `article-${device}-${colorScheme}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the article page is ${overflow}px wider than the ${device} screen`);
        await assertNoProblems(page);
        await page.context().close();
      }
    }
  });

  test(`the app works under a sub-path (${SUB_PATH})`, async () => {
    const page = await newPage(browser);
    await openLibrary(page, subPathServer.url);
    await openArticle(page, documents[0]);
    assert.ok(page.url().startsWith(subPathServer.url), `navigation left ${SUB_PATH}: ${page.url()}`);
    await assertNoProblems(page);
    assert.deepEqual(subPathServer.failures, [], 'requests outside the sub-path or to missing files');
    await page.context().close();
  });
});
