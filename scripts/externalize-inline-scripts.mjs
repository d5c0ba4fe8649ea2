// Trunk post-build hook: moves every inline <script> of the staged index.html into its own file,
// so the app runs under a Content-Security-Policy without 'unsafe-inline'
// (script-src 'self' 'wasm-unsafe-eval').
//
// Why: Trunk 0.21 always injects the wasm loader as an inline module script
// (`import init from './parallax-web-<hash>.js'; await init(...)`). Neither Trunk.toml nor the
// `data-trunk rel="rust"` attributes can make Trunk write it to a file (`pattern_script` only swaps
// one inline template for another).
//
// Each script becomes `boot-<content hash>.js` next to index.html, referenced with the same
// attributes (type="module", nonce...) plus `src` and an `integrity` hash like Trunk's own links.
// Relative imports inside keep working: the file sits in the same folder as the page.
//
// Run by Trunk (see Trunk.toml [[hooks]]) with TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL set; also
// runnable by hand: `node scripts/externalize-inline-scripts.mjs dist`.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-inline-scripts: pass the dist folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
  process.exit(2);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? './';
const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');

// Script types that are data, not code: they can't be loaded from a file, and CSP doesn't run them.
const DATA_TYPES = /^(application\/(ld\+)?json|importmap|speculationrules)$/i;

let moved = 0;
const output = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attributes, body) => {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '';
  // `trunk serve` fills `{{__TRUNK_...}}` placeholders of its live-reload script in index.html as it
  // serves it: that script must stay inline (the dev server sends no CSP anyway).
  const templated = body.includes('{{__TRUNK_');
  if (/\bsrc\s*=/i.test(attributes) || DATA_TYPES.test(type) || body.trim() === '' || templated) {
    return whole;
  }
  const digest = createHash('sha384').update(body).digest();
  const name = `boot-${digest.toString('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  moved += 1;
  const integrity = `sha384-${digest.toString('base64')}`;
  return `<script${attributes} src="${publicUrl}${name}" integrity="${integrity}"></script>`;
});

if (moved > 0) {
  writeFileSync(htmlPath, output);
}
console.log(`externalize-inline-scripts: moved ${moved} inline script(s) of ${htmlPath} into files`);
