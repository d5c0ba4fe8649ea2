// Accessibility: axe-core (WCAG 2.x A and AA rules) on every view, in the light and the dark
// theme. Serious and critical violations fail; the rest are printed. axe is run with
// page.evaluate, which the page's CSP does not govern, so the app's policy stays strict.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../server.mjs';
import { assertDistBuilt, DIST, expectedDocuments, launchBrowser, newPage, RENDER_TIMEOUT_MS } from '../support.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
let server;
let documents;

before(async () => {
  assertDistBuilt();
  documents = expectedDocuments();
  browser = await launchBrowser();
  server = await startServer({ root: DIST });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function views() {
  const doc = documents[0];
  const out = [
    ['library', '#/', '[data-testid=doc-list]'],
    ['reader', `#/doc/${doc.slug}`, '[data-testid=doc-body]'],
    ['search results', `#/search?q=${encodeURIComponent(doc.title.split(' ')[0])}`, '[data-testid=search-summary]'],
    ['entities', '#/entities', '[data-testid=entity-list]'],
    ['entity focus', `#/doc/${doc.slug}?e=`, '[data-testid=entity-panel]'],
    ['deep link', `#/doc/${doc.slug}?q=${encodeURIComponent(doc.title.split(' ').slice(0, 3).join(' '))}`, '[data-testid=doc-body]'],
  ];
  if (documents.length >= 2) {
    const other = documents[1];
    out.push(['compare', `#/compare/${doc.slug}/${other.slug}?pair=0`, '[data-testid=pane-b]']);
    out.push(['compare grid', '#/compare', '[data-testid=fact-grid]']);
  }
  return out;
}

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`no serious or critical violations, ${colorScheme} theme`, async (t) => {
      const page = await newPage(browser, { colorScheme });
      const failures = [];
      for (const [name, hash, ready] of views()) {
        await page.goto(`${server.url}${hash}`);
        await page.locator(ready).first().waitFor({ timeout: RENDER_TIMEOUT_MS });
        await page.evaluate(AXE_SOURCE);
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }));
        for (const v of result.violations) {
          const line = `${name}: ${v.impact} ${v.id} (${v.nodes.length}): ${v.help} — e.g. ${v.nodes[0]?.target.join(' ')}`;
          t.diagnostic(line);
          if (v.impact === 'serious' || v.impact === 'critical') failures.push(line);
        }
      }
      assert.deepEqual(failures, [], `axe found serious or critical violations (${colorScheme})`);
      await page.context().close();
    });
  }
});
