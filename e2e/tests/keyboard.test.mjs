// Keyboard only: every view's controls are reached with Tab, show a visible focus ring, and work
// with Enter or Space, from the library through comparison, the reader's entity panel and search.
// No mouse event is sent in this file.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../server.mjs';
import {
  assertDistBuilt,
  DIST,
  expectedDocuments,
  launchBrowser,
  newPage,
  RENDER_TIMEOUT_MS,
  SUB_PATH,
} from '../support.mjs';

let browser;
let server;
let documents;

before(async () => {
  assertDistBuilt();
  documents = expectedDocuments();
  browser = await launchBrowser();
  server = await startServer({ root: DIST, base: SUB_PATH });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The focused element: a short description and whether a focus ring is drawn around it. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      testid: el.dataset.testid ?? el.closest('[data-testid]')?.dataset.testid ?? '',
      text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40),
      pair: el.dataset.pair ?? null,
      ring,
    };
  });
}

/** Presses Tab until `matches(focused)` holds (at most `limit` times); every stop must show a ring. */
async function tabTo(page, matches, what, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    assert.ok(f.ring, `focus is visible on ${JSON.stringify(f)}`);
    if (matches(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('keyboard only', () => {
  test('library → compare → pair; reader entity panel; search results', async () => {
    assert.ok(documents.length >= 2, 'the corpus has two articles to compare');
    const page = await newPage(browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}#/`);
    await page.locator('[data-testid=doc-list]').waitFor({ timeout: RENDER_TIMEOUT_MS });

    // The skip link comes first and moves focus to the content.
    const skip = await tabTo(page, (f) => /skip/i.test(f.text), 'the skip link', 3);
    assert.match(skip.text, /Skip to content/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    // Tick two articles with Space, then compare with Enter.
    for (let n = 0; n < 2; n++) {
      await tabTo(page, (f) => f.testid === 'pick' || (f.tag === 'input' && /Compare/.test(f.text)), `checkbox ${n + 1}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, (f) => f.testid === 'compare-picked', 'the compare button', 20).catch(async () => {
      // The button comes before the list: go round with Shift+Tab.
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Shift+Tab');
        if ((await focused(page))?.testid === 'compare-picked') return;
      }
      throw new Error('Shift+Tab never reached the compare button');
    });
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=pane-a] mark[data-pair]').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    assert.match(page.url(), /#\/compare\/[^/]+\/[^/?]+/);

    // A passage is a Tab stop; Enter selects its pair.
    const passage = await tabTo(page, (f) => f.pair !== null, 'a passage of the left article', 60);
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => location.hash.endsWith(`pair=${k}`), passage.pair);
    assert.match(await page.locator('[data-testid=pair-detail]').innerText(), /Pair \d+ of \d+/);

    // Reader: the entity panel's first entity focuses its mentions with Enter.
    await page.goto(`${server.url}#/doc/${documents[0].slug}`);
    await page.locator('[data-testid=entity-item]').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    await tabTo(page, (f) => f.testid === 'entity-item', 'an entity in the panel', 200);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=mention-stepper]').waitFor({ timeout: RENDER_TIMEOUT_MS });
    assert.match(page.url(), /\?e=/);

    // Search: / focuses the box, typing shows results, ArrowDown walks them, Enter opens one.
    await page.keyboard.press('/');
    const word = documents[0].title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w));
    await page.keyboard.type(word);
    // Each keystroke re-renders the results; walk into them once they answer the whole word
    // (ArrowDown during a later re-render focused a link that was then replaced).
    await page.waitForFunction((w) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('q') === w, word, { timeout: RENDER_TIMEOUT_MS });
    await page.locator('[data-testid=result]').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('ArrowDown');
    const result = await focused(page);
    assert.ok(result?.ring && result.tag === 'a', `ArrowDown focuses a result link (${JSON.stringify(result)})`);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=hit-bar]').waitFor({ timeout: RENDER_TIMEOUT_MS });
    assert.deepEqual(await page.allProblems(), []);
    await page.context().close();
  });
});
