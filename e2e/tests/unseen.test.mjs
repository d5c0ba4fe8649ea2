// The app built on articles nobody tuned it on: the second development set
// (../shared/eval/more/articles, read at test time, never copied into the project), built into
// dist-more/ by scripts/test.sh. The library must show each article's outlet and title as the
// CLI reads them, and the compare view must show exactly the CLI's passage pairs and number
// claims (what is counted, where, each side's figure, the relation), conflicts first, each row
// linking to both passages. Screenshots of the library, a reader, the compare view and the grid
// go to e2e/artifacts/ (unseen-*.png).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../server.mjs';
import { ARTIFACTS, ensureArtifactsDir, launchBrowser, newPage, numberRows, ROOT, waitFor } from '../support.mjs';

const MORE_DIST = process.env.PARALLAX_MORE_DIST ?? join(ROOT, 'dist-more');
const MORE_CORPUS = resolve(process.env.PARALLAX_MORE_CORPUS ?? join(ROOT, '..', 'shared', 'eval', 'more', 'articles'));
const present = existsSync(join(MORE_CORPUS)) && existsSync(join(MORE_DIST, 'index.html'));

let browser;
let server;
let documents;

/** The engine's CLI, release build (the comparison reads its word tables once per process). */
function cli(...args) {
  return JSON.parse(execFileSync('cargo', ['run', '--release', '--quiet', '-p', 'parallax', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }));
}

before(async () => {
  if (!present) return;
  documents = cli('docs', '--corpus', MORE_CORPUS, '--json').documents;
  ensureArtifactsDir();
  browser = await launchBrowser();
  server = await startServer({ root: MORE_DIST });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The ordered pair (first article, another) whose comparison has the most number claims, then pairs. */
function richestPair() {
  let best = null;
  for (const b of documents.slice(1)) {
    const a = documents[0];
    for (const [x, y] of [[a, b], [b, a]]) {
      const result = cli('compare', '--json', join(MORE_CORPUS, x.doc), join(MORE_CORPUS, y.doc));
      const rank = (r) => r.numbers.length * 1000 + r.pairs.length;
      if (!best || rank(result) > rank(best.result)) best = { a: x, b: y, result };
    }
  }
  return best;
}

describe('Articles the engine was not developed on, in Chromium', { skip: !present && `no ${MORE_CORPUS} or ${MORE_DIST}` }, () => {
  test('the library names every outlet and title the CLI reads', async () => {
    assert.equal(readdirSync(MORE_CORPUS).filter((f) => f.endsWith('.txt')).length, documents.length);
    const page = await newPage(browser, { viewport: { width: 1300, height: 1000 } });
    await page.goto(`${server.url}#/`);
    await waitFor(page, '[data-testid=doc-list]', 'the library');
    const titles = await page.locator('[data-testid=doc-link]').allInnerTexts();
    assert.deepEqual([...titles].sort(), documents.map((d) => d.title).sort(), 'every article under its own title');
    const list = await page.locator('[data-testid=doc-list]').innerText();
    for (const d of documents.filter((d) => d.outlet)) {
      assert.ok(list.includes(d.outlet), `the library shows the outlet ${d.outlet}`);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'unseen-library.png'), fullPage: true });
    await page.locator('[data-testid=doc-link]').first().click();
    await waitFor(page, 'mark[data-label]:visible', 'a reader with entity highlights');
    await page.screenshot({ path: join(ARTIFACTS, 'unseen-reader.png') });
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('the compare view shows the CLI pairs and number claims, conflicts first, each row linking both passages', async () => {
    const { a, b, result } = richestPair();
    assert.ok(result.pairs.length >= 2, 'two of these articles share passages');
    assert.ok(result.numbers.length >= 1, 'and some number or date');
    const page = await newPage(browser, { viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.url}#/compare/${a.slug}/${b.slug}`);
    await waitFor(page, '[data-testid=pane-a] mark[data-pair]', 'the compare view');
    const distinct = (pane) => page.locator(`[data-testid=${pane}] mark[data-pair]`)
      .evaluateAll((marks) => new Set(marks.map((m) => m.dataset.pair)).size);
    assert.equal(await distinct('pane-a'), result.pairs.length, 'every CLI pair is marked on the left');
    assert.equal(await distinct('pane-b'), result.pairs.length, 'and on the right');

    const rows = page.locator('[data-testid=numbers] tbody tr');
    const expected = numberRows(result, join(MORE_CORPUS, a.doc), join(MORE_CORPUS, b.doc));
    assert.equal(await rows.count(), expected.length, 'one row per CLI number claim, the same figures read alike in one');
    const rank = { conflict: 0, compatible: 1, same: 2 };
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => ({
      relation: tr.className.replace('row-', ''),
      why: tr.cells[3].innerText,
      figures: [...tr.querySelectorAll('a.number-link')].map((l) => l.innerText),
      links: [...tr.querySelectorAll('a.number-link')].map((l) => l.getAttribute('href')),
    })));
    const relations = shown.map((r) => rank[r.relation]);
    assert.deepEqual(relations, [...relations].sort((x, y) => x - y), 'conflicts first, then compatible, then same');
    for (const r of expected) {
      const why = r.checks[0].why;
      const row = shown.find((s) => s.relation === r.relation && s.figures[0] === r.a && s.figures[1] === r.b);
      assert.ok(row?.why.startsWith(why), `the row for “${why}”`);
      if (r.checks.length > 1) assert.match(row.why, new RegExp(`· ${r.checks.length} places`), 'says how often it is told');
    }
    for (const r of shown) {
      assert.equal(r.links.length, 2, 'each row links to both passages');
      assert.match(r.links[0], new RegExp(`^#/doc/${a.slug}\\?`));
      assert.match(r.links[1], new RegExp(`^#/doc/${b.slug}\\?`));
    }
    await page.locator('[data-testid=numbers]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'unseen-compare.png'), fullPage: true });

    // A number's link opens its passage in the reader.
    await page.locator('[data-testid=numbers] a.number-link').first().click();
    await waitFor(page, 'mark.passage', 'the number in the reader');
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('the grid of the first eight articles', async () => {
    const page = await newPage(browser, { viewport: { width: 1500, height: 1000 } });
    const slugs = documents.slice(0, 8).map((d) => d.slug).join(',');
    await page.goto(`${server.url}#/compare?docs=${slugs}`);
    await waitFor(page, '[data-testid=fact-grid]', 'the fact grid');
    assert.ok(await page.locator('[data-testid=fact-grid] tbody tr').count() >= 1, 'some fact is told by two of them');
    await page.screenshot({ path: join(ARTIFACTS, 'unseen-grid.png'), fullPage: true });
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });
});
