// End-to-end tests of the features on top of the library and reader: search as you type,
// entity highlights and the entity panel, and deep links to passages (exact, after the article
// changed, orphaned, garbage), all on the release build served under a sub-path with the strict
// CSP. Passage links are made by the engine's CLI (`parallax anchor`), the way the app makes
// them, never written out here. Screenshots go to e2e/artifacts/.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  RENDER_TIMEOUT_MS,
  ROOT,
  SUB_PATH,
  waitFor,
} from '../support.mjs';

// A reload aborts whatever the page is still fetching (the favicon, say), which the problem log
// would record as a failed request: reload only once the network is idle.
async function reloadWhenIdle(page) {
  await page.waitForLoadState('networkidle');
  await page.reload();
}

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

/** `parallax <args> --json`, parsed. */
function cli(...args) {
  const out = execFileSync('cargo', ['run', '--quiet', '-p', 'parallax', '--', ...args, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

/** The article with the most body text, and a sentence of it well inside the body. */
function pickPassage() {
  const doc = [...documents].sort((a, b) => (b.body.end - b.body.start) - (a.body.end - a.body.start))[0];
  const path = join(CORPUS, doc.doc);
  const text = readFileSync(path, 'utf8');
  const bodyText = Buffer.from(text).subarray(doc.body.start, doc.body.end).toString();
  const sentences = bodyText.split(/(?<=\.)\s+/).filter((s) => s.length > 60 && !s.includes('\n'));
  const sentence = sentences[Math.floor(sentences.length / 2)];
  return { doc, path, text, sentence };
}

/** The selector (with `fragment`) for `sentence` in a file holding `text`. */
function anchorIn(name, text, sentence) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  const start = Buffer.byteLength(text.slice(0, text.indexOf(sentence)));
  return cli('anchor', path, String(start), String(start + Buffer.byteLength(sentence)));
}

describe('Parallax features in Chromium', () => {
  test('search: typing shows ranked results with marked hits; a typo gets a did-you-mean', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}#/`);
    await waitFor(page, '[data-testid=doc-list]', 'the library');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', '/ focuses the search box');
    // The first word of the first title, typed letter by letter, then a typo.
    const word = documents[0].title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w));
    await page.keyboard.type(word, { delay: 20 });
    await waitFor(page, '[data-testid=result]', `results for "${word}"`);
    assert.match(page.url(), /#\/search\?q=/, 'the query lives in the URL');
    assert.ok(await page.locator('.snippet mark.hit').count() > 0, 'snippets mark the hits');
    await page.screenshot({ path: join(ARTIFACTS, 'search-desktop.png'), fullPage: true });

    const typo = word.slice(0, 2) + word.slice(3);
    await page.fill('[data-testid=search-input]', typo);
    await waitFor(page, '[data-testid=did-you-mean]', `a did-you-mean for "${typo}"`);
    assert.match(await page.locator('[data-testid=did-you-mean]').innerText(), new RegExp(word, 'i'));

    // A result opens the reader with every hit marked; n steps through them.
    await page.fill('[data-testid=search-input]', word);
    await waitFor(page, '[data-testid=result]', 'results again');
    await page.locator('.result-link').first().click();
    await waitFor(page, '[data-testid=hit-bar]', 'the hit bar in the reader');
    assert.ok(await page.locator('[data-testid=doc-body] mark.hit').count() > 0, 'hits are marked in the article');
    await page.keyboard.press('n');
    await waitFor(page, 'mark#hit-current', 'the current hit after n');
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('entities: highlighted by type with a label, a legend that toggles, a panel that steps', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}#/doc/${documents[0].slug}`);
    await waitFor(page, 'mark.ent', 'entity highlights');
    const first = page.locator('mark.ent[data-label]').first();
    assert.match(await first.getAttribute('data-label'), /^[A-Z_]+$/, 'each mention carries its type');
    const chips = page.locator('[data-testid=entity-legend] button');
    assert.ok(await chips.count() > 0, 'a legend chip per type');
    const before = await page.locator('mark.ent').count();
    await chips.first().click();
    assert.ok(await page.locator('mark.ent').count() < before, 'a chip hides its type');
    await chips.first().click();
    assert.equal(await page.locator('mark.ent').count(), before, 'and shows it again');

    // An entity mentioned more than once, so that stepping has somewhere to go.
    const items = page.locator('[data-testid=entity-item]');
    const counts = (await items.locator('.count').allInnerTexts()).map(Number);
    const several = counts.findIndex((n) => n > 1);
    assert.ok(several >= 0, `some entity of ${documents[0].slug} is mentioned more than once`);
    await items.nth(several).click();
    await waitFor(page, '[data-testid=mention-stepper]', 'the mention stepper');
    assert.match(page.url(), /\?e=/, 'the focused entity lives in the URL');
    assert.ok(await page.locator('mark.ent-focus').count() > 0, 'its mentions are emphasised');
    await page.screenshot({ path: join(ARTIFACTS, 'entities-desktop.png'), fullPage: false });
    // Stepping on moves the cursor, which lives in the address too.
    await page.getByRole('button', { name: 'Next mention' }).click();
    const stepper = page.locator('[data-testid=mention-stepper] span');
    await page.waitForFunction(() => / 2 of \d+$/.test(document.querySelector('[data-testid=mention-stepper] span')?.innerText ?? ''),
      null, { timeout: RENDER_TIMEOUT_MS });
    assert.match(await stepper.innerText(), new RegExp(` 2 of ${counts[several]}$`));
    assert.match(page.url(), /&m=1/, 'the mention cursor lives in the URL');
    // A reload opens the same mention.
    await reloadWhenIdle(page);
    await waitFor(page, '[data-testid=mention-stepper]', 'the mention stepper after a reload');
    assert.match(await stepper.innerText(), / 2 of \d+$/);
    // Focusing another entity starts at its first mention; Back returns to the first entity.
    const focusedUrl = page.url();
    await items.nth(several === 0 ? 1 : 0).click();
    await page.waitForFunction(() => /: 1 of \d+$/.test(document.querySelector('[data-testid=mention-stepper] span')?.innerText ?? ''),
      null, { timeout: RENDER_TIMEOUT_MS });
    await page.goBack();
    await page.waitForFunction((url) => location.href === url, focusedUrl, { timeout: RENDER_TIMEOUT_MS });
    await page.waitForFunction(() => / 2 of \d+$/.test(document.querySelector('[data-testid=mention-stepper] span')?.innerText ?? ''),
      null, { timeout: RENDER_TIMEOUT_MS });
    await page.goForward();
    await page.waitForFunction(() => /: 1 of \d+$/.test(document.querySelector('[data-testid=mention-stepper] span')?.innerText ?? ''),
      null, { timeout: RENDER_TIMEOUT_MS });
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('entities page: the type filter lives in the address and survives a reload', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}#/entities`);
    await waitFor(page, '[data-testid=entity-list] li', 'the entity list');
    const rows = page.locator('[data-testid=entity-list] li');
    const all = await rows.count();
    const chips = page.locator('[role=group][aria-label="Filter by type"] button');
    assert.ok(await chips.count() > 1, 'a chip for every type, after "All"');
    await chips.nth(1).click();
    await page.waitForFunction(() => /[?&]type=[A-Z_]+$/.test(location.hash), null, { timeout: RENDER_TIMEOUT_MS });
    const type = page.url().match(/type=([A-Z_]+)$/)[1];
    const shown = await rows.count();
    assert.ok(shown > 0 && shown <= all, `the ${type} entities (${shown} of ${all})`);
    for (const text of await rows.locator('.muted').allInnerTexts()) assert.match(text, new RegExp(`^\\s*${type} ·`));
    await reloadWhenIdle(page);
    await waitFor(page, '[data-testid=entity-list] li', 'the filtered list after a reload');
    assert.equal(await rows.count(), shown, 'the reload keeps the filter');
    assert.equal(await chips.nth(1).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('library: the order lives in the address and survives a reload', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}#/`);
    await waitFor(page, '[data-testid=doc-link]', 'the library');
    const sortBy = (name) => page.locator('[role=group][aria-label="Sort articles"] button', { hasText: name });
    await sortBy('Title').click();
    await page.waitForFunction(() => location.hash.endsWith('sort=title'), null, { timeout: RENDER_TIMEOUT_MS });
    const titles = () => page.locator('[data-testid=doc-link]').allInnerTexts();
    const byTitle = await titles();
    const lower = byTitle.map((t) => t.toLowerCase());
    assert.deepEqual(lower, [...lower].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)), 'A to Z');
    await sortBy('Title').click();
    await page.waitForFunction(() => location.hash.endsWith('sort=title&order=desc'), null, { timeout: RENDER_TIMEOUT_MS });
    await reloadWhenIdle(page);
    await waitFor(page, '[data-testid=doc-link]', 'the library after a reload');
    const reversed = (await titles()).map((t) => t.toLowerCase());
    assert.deepEqual(reversed, [...reversed].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0)), 'Z to A after a reload');
    assert.equal(await sortBy('Title').getAttribute('aria-pressed'), 'true', 'the reload keeps the order');
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('deep link, exact: scrolls to the passage, marks it and focuses it', async () => {
    const { doc, text, sentence } = pickPassage();
    const link = anchorIn(doc.doc, text, sentence);
    const page = await newPage(browser);
    await page.goto(`${server.url}${link.fragment}`);
    await waitFor(page, 'mark#passage', 'the linked passage');
    const marked = await page.locator('mark.passage').allInnerTexts();
    assert.equal(marked.join('').replace(/\s+/g, ' '), sentence.replace(/\s+/g, ' '));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'passage', 'focus moves to the passage');
    assert.equal(await page.locator('[data-testid=passage-notice]').count(), 0, 'no notice when exact');
    await page.screenshot({ path: join(ARTIFACTS, 'deep-link-exact.png') });
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('deep link made before an edit: found again, with a notice', async () => {
    const { doc, text, sentence } = pickPassage();
    // The link was made on an older version: a paragraph more at the top, one word different.
    const words = sentence.split(' ');
    const older = sentence.replace(words[2], `${words[2]}s`);
    const link = anchorIn(doc.doc, `An earlier paragraph that was later cut.\n\n${text.replace(sentence, older)}`, older);
    const page = await newPage(browser);
    await page.goto(`${server.url}${link.fragment}`);
    await waitFor(page, '[data-testid=passage-notice]', 'the moved/changed notice');
    await waitFor(page, 'mark#passage', 'the passage found again');
    const found = (await page.locator('mark.passage').allInnerTexts()).join('').replace(/\s+/g, ' ');
    const unchanged = words.slice(3).join(' ');
    assert.ok(found.includes(unchanged), `the marked passage "${found}" should hold "${unchanged}"`);
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('deep link to a passage that is gone: says so plainly and shows the article', async () => {
    const { doc, text } = pickPassage();
    const gone = 'Nothing like this sentence was ever in the article, and it never will be.';
    const link = anchorIn(doc.doc, `${text}\n\n${gone}\n`, gone);
    const page = await newPage(browser);
    await page.goto(`${server.url}${link.fragment}`);
    await waitFor(page, '[data-testid=passage-notice]', 'the orphaned notice');
    assert.match(await page.locator('[data-testid=passage-notice]').innerText(), /no longer in the article/);
    assert.ok(await page.locator('[data-testid=doc-body]').isVisible(), 'the article is still shown');
    assert.equal(await page.locator('mark.passage').count(), 0);
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });

  test('garbage deep links and unknown addresses show a message, never a blank page', async () => {
    const page = await newPage(browser);
    const slug = documents[0].slug;
    await page.goto(`${server.url}#/doc/${slug}?p=99999999-1&q=%E0%A4%A&pre=${'x'.repeat(9000)}`);
    await waitFor(page, '[data-testid=passage-notice]', 'a notice for a garbage link');
    assert.ok(await page.locator('[data-testid=doc-body]').isVisible());
    await page.goto(`${server.url}#/doc/no-such-article`);
    await waitFor(page, '[data-testid=not-found]', 'the not-found page');
    await page.goto(`${server.url}#/this/is/not/a/route`);
    await waitFor(page, '[data-testid=not-found]', 'the not-found page for an unknown route');
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });
});
