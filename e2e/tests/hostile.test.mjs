// Hostile articles (e2e/hostile/, one XSS vector each from DOMPurify's and OWASP's lists, in the
// title, front matter and body) built into dist-hostile/ and served WITHOUT the CSP, so nothing
// but the app's own rendering stands between a payload and its execution. For every article:
// no alert, no dialog, no console error, the payload shows as text, and every link in the page
// is http, https or mailto.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../server.mjs';
import { launchBrowser, newPage, RENDER_TIMEOUT_MS, ROOT } from '../support.mjs';

const HOSTILE_DIST = process.env.PARALLAX_HOSTILE_DIST ?? join(ROOT, 'dist-hostile');
// 44 XSS vectors plus 7 articles of odd Unicode (CJK, RTL, combining marks, ZWJ emoji,
// zero-width and no-break spaces, CRLF, a BOM).
const ARTICLES = 51;

let browser;
let server;

before(async () => {
  assert.ok(existsSync(join(HOSTILE_DIST, 'index.html')),
    `${HOSTILE_DIST} is missing: build it with SEEDS_DIR=e2e/hostile trunk build --release --offline --dist dist-hostile`);
  browser = await launchBrowser();
  server = await startServer({ root: HOSTILE_DIST, csp: false });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose alert/confirm/prompt calls and dialogs are recorded rather than shown. */
async function trappedPage() {
  const page = await newPage(browser);
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__executed = [];
    for (const name of ['alert', 'confirm', 'prompt']) {
      window[name] = (...args) => window.__executed.push(`${name}(${args.join(',')})`);
    }
  });
  return { page, dialogs };
}

async function assertNothingRan(page, dialogs, where) {
  assert.deepEqual(await page.evaluate(() => window.__executed), [], `script ran at ${where}`);
  assert.deepEqual(dialogs, [], `a dialog opened at ${where}`);
  const bad = await page.evaluate(() => [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')]
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
    .filter((url) => !/^(https?:|mailto:|\.\/|#|[a-z0-9_-]+[.-][a-z0-9]+\.(css|js|wasm|svg))/i.test(url.trim())));
  assert.deepEqual(bad, [], `unsafe URLs in the page at ${where}`);
  assert.equal(await page.locator('script:not([src]), iframe, object, embed, svg script, [onerror], [onload], [onclick]').count(), 0,
    `injected elements at ${where}`);
}

describe('hostile articles', () => {
  test('odd Unicode: search highlights land on exactly the matched characters', async () => {
    const { page, dialogs } = await trappedPage();
    await page.goto(`${server.url}#/search?q=zurich`);
    await page.locator('[data-testid=result]').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    const hrefs = await page.locator('.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length >= 6, `Zürich is found in every script's article (got ${hrefs.length})`);
    for (const href of hrefs) {
      await page.goto(`${server.url}${href}`);
      await page.locator('[data-testid=doc-body] mark.hit').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
      const hits = await page.locator('[data-testid=doc-body] mark.hit').allInnerTexts();
      for (const hit of hits) {
        assert.equal(hit.normalize('NFC'), 'Zürich', `a hit at ${href} covers "${hit}"`);
      }
    }
    await page.goto(`${server.url}#/doc/unicode-rtl`);
    const rtl = page.locator('[data-testid=doc-body] p[dir=auto]').first();
    await rtl.waitFor({ timeout: RENDER_TIMEOUT_MS });
    assert.equal(await rtl.evaluate((p) => getComputedStyle(p).direction), 'rtl', 'a Hebrew paragraph reads right to left');
    await assertNothingRan(page, dialogs, 'the Unicode articles');
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test(`all ${ARTICLES} render as text with no script executed`, async () => {
    const { page, dialogs } = await trappedPage();
    await page.goto(`${server.url}#/`);
    await page.locator('[data-testid=doc-link]').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    assert.equal(await page.locator('[data-testid=doc-link]').count(), ARTICLES, 'every hostile article builds and is listed');
    await assertNothingRan(page, dialogs, 'the library');
    const slugs = await page.evaluate(() => [...document.querySelectorAll('a.doc-link')].map((a) => a.getAttribute('href').split('#/doc/')[1]));
    for (const slug of slugs.filter((s) => s.startsWith('hostile-'))) {
      await page.goto(`${server.url}#/doc/${slug}`);
      const body = page.locator('[data-testid=doc-body]');
      await body.waitFor({ timeout: RENDER_TIMEOUT_MS });
      const n = Number(slug.replace(/\D/g, ''));
      const text = await body.innerText();
      assert.match(text, new RegExp(`SAFE-TEXT-${n}\\b`), `article ${slug} shows its text`);
      assert.match(text, /alert\(|msgbox\(|onerror|<|javascript|data:/i, `article ${slug} shows its payload as text`);
      await assertNothingRan(page, dialogs, `#/doc/${slug}`);
    }
    await page.goto(`${server.url}#/search?q=alert`);
    await page.locator('[data-testid=result]').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    await assertNothingRan(page, dialogs, 'search results for "alert"');
    assert.deepEqual(await page.allProblems(), [], 'console errors or failed requests');
    await page.context().close();
  });

  test('comparing hostile and odd-Unicode articles runs in the browser and executes nothing', async () => {
    const { page, dialogs } = await trappedPage();
    const pairs = [
      ['unicode-cjk', 'unicode-rtl'], ['unicode-emoji', 'unicode-marks'], ['unicode-bom', 'unicode-crlf'],
      ['unicode-spaces', 'hostile-00'], ['hostile-01', 'hostile-02'], ['hostile-10', 'hostile-30'],
    ];
    for (const [a, b] of pairs) {
      await page.goto(`${server.url}#/compare/${a}/${b}`);
      const summary = page.locator('[data-testid=compare-summary]');
      await summary.waitFor({ timeout: RENDER_TIMEOUT_MS });
      // More articles than the build precomputes: the engine ran here, in the page.
      assert.match(await summary.innerText(), /compared in your browser in \d+ ms/, `${a} / ${b}`);
      await assertNothingRan(page, dialogs, `#/compare/${a}/${b}`);
    }
    await page.goto(`${server.url}#/compare?docs=${pairs.slice(0, 4).map(([a]) => a).join(',')}`);
    await page.locator('[data-testid=grid-summary]').waitFor({ timeout: RENDER_TIMEOUT_MS });
    await assertNothingRan(page, dialogs, 'the grid');
    assert.deepEqual(await page.allProblems(), [], 'console errors or failed requests');
    await page.context().close();
  });
});
