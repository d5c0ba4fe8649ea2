// End-to-end tests of comparison: two articles side by side (from the library's checkboxes),
// a click on a passage that brings its partner into view in the other pane, the numbers table,
// "only in" passages, the N-way grid, the phone layout and bad compare links. What the view must
// show is asked of the engine's CLI (`parallax compare --json A B`), never written out here.
// Screenshots go to e2e/artifacts/.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../server.mjs';
import {
  ARTIFACTS,
  assertDistBuilt,
  CORPUS,
  DIST,
  ensureArtifactsDir,
  expectedDocuments,
  launchBrowser,
  newPage,
  numberRows,
  RENDER_TIMEOUT_MS,
  ROOT,
  SUB_PATH,
  waitFor,
} from '../support.mjs';

let browser;
let server;
let documents;

before(async () => {
  assertDistBuilt();
  documents = expectedDocuments();
  ensureArtifactsDir();
  browser = await launchBrowser();
  server = await startServer({ root: DIST, base: SUB_PATH });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** `parallax compare --json A B` for two documents of the corpus. */
function compareCli(a, b) {
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'parallax', '--', 'compare', '--json', join(CORPUS, a.doc), join(CORPUS, b.doc)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out);
}

/** The pair of documents whose comparison aligns the most passages. */
function richestPair() {
  let best = null;
  for (let i = 0; i < documents.length; i++) {
    for (let j = 0; j < documents.length; j++) {
      if (i === j) continue;
      const result = compareCli(documents[i], documents[j]);
      if (!best || result.pairs.length > best.result.pairs.length) best = { a: documents[i], b: documents[j], result };
    }
  }
  return best;
}

/** Distinct `data-pair` values of the marks in a pane. */
async function pairsIn(page, pane) {
  return page.locator(`[data-testid=${pane}] mark[data-pair]`).evaluateAll((marks) => [...new Set(marks.map((m) => m.dataset.pair))].length);
}

/** Whether the element's box is inside the pane's visible box. */
async function visibleIn(page, pane, selector) {
  return page.evaluate(([pane, selector]) => {
    const box = document.querySelector(`[data-testid=${pane}] .pane-text`).getBoundingClientRect();
    const el = document.querySelector(selector).getBoundingClientRect();
    return el.top >= box.top - 1 && el.top < box.bottom && el.bottom > box.top;
  }, [pane, selector]);
}

describe('Compare in Chromium', () => {
  test('side by side: pairs, numbers and lone passages as the engine finds them; a click brings the partner into view', async () => {
    const { a, b, result } = richestPair();
    assert.ok(result.pairs.length >= 2, 'the corpus has a pair of articles with aligned passages');
    const page = await newPage(browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}#/`);
    await waitFor(page, '[data-testid=doc-list]', 'the library');
    const button = page.locator('[data-testid=compare-picked]');
    assert.equal(await button.isDisabled(), true, 'nothing to compare before two are ticked');
    const titles = page.locator('[data-testid=doc-link]');
    const order = await titles.allInnerTexts();
    for (const doc of [a, b]) {
      await page.locator('[data-testid=pick]').nth(order.indexOf(doc.title)).check();
    }
    await page.waitForFunction((want) => location.hash.endsWith(want), `pick=${a.slug},${b.slug}`);
    await button.click();
    await waitFor(page, '[data-testid=pane-a] mark[data-pair]', 'the compare view');
    assert.match(page.url(), new RegExp(`#/compare/${a.slug}/${b.slug}$`), 'the pair lives in the URL');

    assert.equal(await pairsIn(page, 'pane-a'), result.pairs.length, 'every pair the engine found is marked on the left');
    assert.equal(await pairsIn(page, 'pane-b'), result.pairs.length, 'and on the right');
    assert.match(await page.locator('[data-testid=compare-summary]').innerText(), new RegExp(`^${result.pairs.length} aligned passage`));
    assert.equal(await page.locator('[data-testid=pane-a] mark.only[data-label]').count(), result.only_a.length, 'lone passages are marked');
    assert.match(await page.locator('[data-testid=pane-a] mark.only[data-label]').first().getAttribute('data-label'), /^only in /);
    const rows = page.locator('[data-testid=numbers] tbody tr');
    const expected = numberRows(result, join(CORPUS, a.doc), join(CORPUS, b.doc));
    assert.equal(await rows.count(), expected.length, 'one row per reconciled number, the same figures read alike in one');
    const conflicts = expected.filter((r) => r.relation === 'conflict').length;
    assert.equal(await page.locator('[data-testid=numbers] tr.row-conflict').count(), conflicts, 'conflicts stand out');
    // Every kind of number mark in the panes has its key in the legend.
    const kinds = await page.$$eval('.panes mark.num', (ms) => [...new Set(ms.flatMap((m) => [...m.classList].filter((c) => c.startsWith('num-'))))]);
    const keyed = await page.$$eval('.legend-line .key', (ks) => ks.flatMap((k) => [...k.classList].filter((c) => c.startsWith('key-num-')).map((c) => c.slice('key-'.length))));
    assert.ok(kinds.includes('num-compatible'), `the pair shows a number that fits: ${kinds}`);
    for (const kind of kinds) assert.ok(keyed.includes(kind), `the legend explains ${kind} (it has ${keyed})`);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-desktop.png') });

    // Scrolling one pane keeps the pairs level: the partner of the first pair in view on the
    // left comes to the same height on the right (unless the right pane can't scroll that far).
    const furthest = result.pairs.reduce((best, p, i) => (p.b.start > result.pairs[best].b.start ? i : best), 0);
    await page.evaluate((k) => {
      const pane = document.querySelector('[data-testid=pane-a] .pane-text');
      const mark = document.getElementById(`a-pair-${k}`);
      pane.scrollTop += mark.getBoundingClientRect().top - pane.getBoundingClientRect().top - 2;
    }, furthest);
    await page.waitForFunction(() => {
      const offsetIn = (pane, el) => el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      const left = document.querySelector('[data-testid=pane-a] .pane-text');
      const right = document.querySelector('[data-testid=pane-b] .pane-text');
      const anchor = [...left.querySelectorAll('mark[data-pair]')].find((m) => offsetIn(left, m) >= 0);
      const partner = right.querySelector(`[data-pair="${anchor.dataset.pair}"]`);
      const gap = offsetIn(right, partner) - offsetIn(left, anchor);
      const atEnd = right.scrollTop + right.clientHeight >= right.scrollHeight - 1;
      return Math.abs(gap) < 24 || (gap > 0 && atEnd);
    }, null, { timeout: RENDER_TIMEOUT_MS });
    assert.ok(await page.evaluate(() => document.querySelector('[data-testid=pane-b] .pane-text').scrollTop) > 0, 'the right pane followed');

    // The pair whose right-hand passage lies furthest down: its partner starts out of view.
    const k = result.pairs.reduce((best, p, i) => (p.b.start > result.pairs[best].b.start ? i : best), 0);
    const partner = `#b-pair-${k}`;
    await page.locator(`#a-pair-${k}`).scrollIntoViewIfNeeded();
    await page.locator(`#a-pair-${k}`).click();
    await page.waitForFunction((k) => location.hash.endsWith(`pair=${k}`), k);
    await page.waitForFunction(
      (selector) => {
        const box = document.querySelector('[data-testid=pane-b] .pane-text').getBoundingClientRect();
        const el = document.querySelector(selector).getBoundingClientRect();
        return el.top >= box.top - 1 && el.top < box.bottom;
      },
      partner,
      { timeout: RENDER_TIMEOUT_MS },
    );
    assert.ok(await visibleIn(page, 'pane-b', partner), 'the partner scrolled into view in the other pane');
    assert.ok(await visibleIn(page, 'pane-a', `#a-pair-${k}`), 'the clicked passage stays in view');
    assert.match(await page.locator('[data-testid=pair-detail]').innerText(), new RegExp(`Pair ${k + 1} of ${result.pairs.length}`));
    assert.ok(await page.locator(`#b-pair-${k}.pair-on`).count() === 1, 'the partner is marked as selected');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-selected.png') });

    // The keyboard reaches the same: Enter on a focused passage selects its pair.
    const other = (k + 1) % result.pairs.length;
    await page.locator(`#a-pair-${other}`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => location.hash.endsWith(`pair=${k}`), other);
    // Next pair steps on from there.
    await page.getByRole('button', { name: 'Next pair' }).click();
    await page.waitForFunction((k) => location.hash.endsWith(`pair=${k}`), (other + 1) % result.pairs.length);
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('a phone stacks the two articles; a deep link to a pair opens with it selected', async () => {
    const { a, b, result } = richestPair();
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${server.url}#/compare/${a.slug}/${b.slug}?pair=1`);
    await waitFor(page, '[data-testid=pane-b] mark[data-pair]', 'the compare view on a phone');
    const [boxA, boxB] = await Promise.all(['pane-a', 'pane-b'].map((p) => page.locator(`[data-testid=${p}]`).boundingBox()));
    assert.ok(boxB.y >= boxA.y + boxA.height, 'the right article comes below the left one');
    assert.ok(boxA.width <= 390 && boxB.width <= 390, 'neither is wider than the phone');
    assert.match(await page.locator('[data-testid=pair-detail]').innerText(), new RegExp(`Pair 2 of ${result.pairs.length}`));
    await page.screenshot({ path: join(ARTIFACTS, 'compare-phone.png') });
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('a grid of three or more: a row per shared fact, a column per article, cells link to the passage', async () => {
    const page = await newPage(browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}#/`);
    await waitFor(page, '[data-testid=doc-list]', 'the library');
    const picks = page.locator('[data-testid=pick]');
    const n = Math.min(await picks.count(), 8);
    for (let i = 0; i < n; i++) await picks.nth(i).check();
    await page.locator('[data-testid=compare-picked]').click();
    await waitFor(page, '[data-testid=fact-grid]', 'the fact grid');
    assert.match(page.url(), /#\/compare\?docs=/, 'the chosen articles live in the URL');
    // Back returns to the library with the same ticks (they live in its address); Forward to the grid.
    await page.goBack();
    await waitFor(page, '[data-testid=doc-list]', 'the library again');
    assert.equal(await page.locator('[data-testid=pick]:checked').count(), n, 'the ticks survive Back');
    await page.goForward();
    await waitFor(page, '[data-testid=fact-grid]', 'the fact grid again');
    assert.equal(await page.locator('[data-testid=fact-grid] thead th').count(), n + 1, 'a column per article');
    const rows = page.locator('[data-testid=fact-grid] tbody tr');
    assert.ok(await rows.count() >= 1, 'at least one fact is told by two articles');
    const carried = await rows.first().locator('a.grid-passage').count();
    assert.ok(carried >= 2, 'the first row is carried by at least two articles');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-grid.png'), fullPage: true });
    await rows.first().locator('a.grid-passage').first().click();
    await waitFor(page, 'mark.passage', 'the passage in the reader');
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('a pair the build did not precompute is compared by the worker, under the strict CSP and a sub-path', async () => {
    // The hostile corpus has more articles than the build precomputes, so its pairs are compared
    // in the page, by the comparison worker (its own wasm, loaded on demand).
    const hostileDist = process.env.PARALLAX_HOSTILE_DIST ?? join(ROOT, 'dist-hostile');
    assert.ok(existsSync(join(hostileDist, 'index.html')), `${hostileDist} is missing: scripts/test.sh e2e builds it`);
    const hostile = await startServer({ root: hostileDist, base: SUB_PATH });
    try {
      const page = await newPage(browser);
      const workerRequests = [];
      page.on('request', (r) => { if (/compare_worker/.test(r.url())) workerRequests.push(r.url()); });
      await page.goto(`${hostile.url}#/`);
      await waitFor(page, '[data-testid=doc-list]', 'the hostile library');
      assert.deepEqual(workerRequests, [], 'the worker is not downloaded by a first visit');
      await page.goto(`${hostile.url}#/compare/unicode-cjk/unicode-emoji?pair=0`);
      await waitFor(page, '[data-testid=compare-summary]', 'a comparison made by the worker');
      assert.match(await page.locator('[data-testid=compare-summary]').innerText(), /compared in your browser in \d+ ms/);
      assert.ok(workerRequests.some((u) => u.endsWith('compare_worker_bg.wasm')), 'the worker was loaded on demand');
      await page.goto(`${hostile.url}#/compare?docs=unicode-cjk,unicode-emoji,unicode-rtl`);
      await waitFor(page, '[data-testid=grid-summary]', 'a grid made by the worker');
      assert.deepEqual(await page.allProblems(), [], 'no CSP violation, console error or failed request');
      await page.context().close();
    } finally {
      await hostile.close();
    }
  });

  test('the precomputed comparisons are fetched when a comparison is in sight, never by a first visit', async () => {
    // build.rs precomputes every pair of a small corpus into a file beside the page, so that
    // they are no part of a first visit; the page fetches it once (when an article is ticked
    // for comparison, or a comparison is shown), and never needs the worker.
    const page = await newPage(browser);
    const fetched = [];
    page.on('request', (r) => { if (/comparisons-|compare_worker/.test(r.url())) fetched.push(r.url()); });
    await page.goto(`${server.url}#/`);
    await waitFor(page, '[data-testid=doc-list]', 'the library');
    assert.deepEqual(fetched, [], 'a first visit fetches neither the comparisons nor the worker');
    // Ticking an article to compare fetches them ahead of the comparison.
    const prefetched = page.waitForRequest(/comparisons-[0-9a-f]{16}\.bin$/);
    await page.locator('[data-testid=pick]').first().check();
    await prefetched;
    const { a, b } = richestPair();
    await page.goto(`${server.url}#/compare/${a.slug}/${b.slug}`);
    await waitFor(page, '[data-testid=compare-summary]', 'a precomputed comparison');
    assert.doesNotMatch(await page.locator('[data-testid=compare-summary]').innerText(), /compared in your browser/);
    await page.goto(`${server.url}#/compare?docs=${documents.map((d) => d.slug).join(',')}`);
    await waitFor(page, '[data-testid=grid-summary]', 'the grid of precomputed comparisons');
    assert.equal(fetched.length, 1, `one file, fetched once: ${fetched}`);
    assert.match(fetched[0], /\/comparisons-[0-9a-f]{16}\.bin$/);
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('without its precomputed comparisons file, a comparison is made by the worker', async () => {
    // A host that didn't upload the file (or lost it) costs time, never a comparison.
    const page = await newPage(browser);
    await page.route(/comparisons-[0-9a-f]{16}\.bin$/, (route) => route.fulfill({ status: 404, body: 'not here' }));
    const { a, b, result } = richestPair();
    await page.goto(`${server.url}#/compare/${a.slug}/${b.slug}`);
    await waitFor(page, '[data-testid=compare-summary]', 'a comparison made by the worker instead');
    assert.match(await page.locator('[data-testid=compare-summary]').innerText(), /compared in your browser in \d+ ms/);
    assert.equal(await pairsIn(page, 'pane-a'), result.pairs.length, 'the worker finds what the engine finds');
    const problems = await page.allProblems();
    assert.ok(problems.length > 0 && problems.every((p) => /comparisons-[0-9a-f]{16}\.bin/.test(p)), `only the missing file is reported: ${problems}`);
    await page.context().close();
  });

  test('bad compare links say what is wrong', async () => {
    const page = await newPage(browser);
    const slug = documents[0].slug;
    for (const [hash, expected] of [
      [`#/compare/${slug}/no-such-article`, /no article “no-such-article”/],
      [`#/compare/${slug}/${slug}`, /two different articles/],
      [`#/compare?docs=${slug}`, /at least two/],
      [`#/compare/${slug}/${documents[1]?.slug ?? slug}?pair=9999`, /Select a coloured passage/],
    ]) {
      await page.goto(`${server.url}${hash}`);
      await waitFor(page, 'main h1', `the page for ${hash}`);
      const text = await page.locator('main').innerText();
      assert.match(text, expected, `${hash} explains itself`);
    }
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });
});
