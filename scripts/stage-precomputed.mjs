// Trunk post-build hook: copies the precomputed comparisons the app's bundle names into dist/.
//
// Why: build.rs precomputes every comparison of a small corpus, but embedding them would make
// them part of every first visit. It writes them to its OUT_DIR as `comparisons-<content
// hash>.bin` instead, and the bundle keeps only that name; the app fetches the file beside the
// page when a comparison is first shown. Trunk copies nothing out of a build script's OUT_DIR,
// so this does, after every build.
//
// The name is read from the app's own wasm (the bundle is embedded in it as bytes), so the file
// staged is exactly the one that build made, whichever corpus (SEEDS_DIR) it read. No name in
// the wasm: the corpus was too large to precompute, and there is nothing to copy.
//
// Run by Trunk (see Trunk.toml [[hooks]]) with TRUNK_STAGING_DIR set; also runnable by hand:
// `node scripts/stage-precomputed.mjs dist`.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('stage-precomputed: pass the dist folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
  process.exit(2);
}

const wasm = readdirSync(dir).filter((f) => /^parallax-web-.*_bg\.wasm$/.test(f));
if (wasm.length !== 1) {
  console.error(`stage-precomputed: expected one parallax-web-*_bg.wasm in ${dir}, found ${wasm.length}`);
  process.exit(1);
}
const names = new Set(readFileSync(join(dir, wasm[0])).toString('latin1').match(/comparisons-[0-9a-f]{16}\.bin/g) ?? []);
if (names.size === 0) {
  process.exit(0);
}
if (names.size > 1) {
  console.error(`stage-precomputed: the app names ${names.size} comparison files: ${[...names].join(', ')}`);
  process.exit(1);
}
const [name] = names;

// Where Cargo builds: its own answer, so CARGO_TARGET_DIR and .cargo/config.toml both count.
const targetDir = JSON.parse(
  execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { encoding: 'utf8' }),
).target_directory;

// <target>/[<triple>/]<profile>/build/parallax-web-<hash>/out/<name>
const subdirs = (path) => (existsSync(path) ? readdirSync(path).map((d) => join(path, d)).filter((p) => statSync(p).isDirectory()) : []);
const candidates = [];
for (const level of [targetDir, ...subdirs(targetDir)]) {
  for (const profile of subdirs(level)) {
    for (const pkg of subdirs(join(profile, 'build'))) {
      const file = join(pkg, 'out', name);
      if (/[/\\]parallax-web-[^/\\]+$/.test(pkg) && existsSync(file)) candidates.push(file);
    }
  }
}
if (candidates.length === 0) {
  console.error(`stage-precomputed: the app names ${name}, but no build of it is under ${targetDir}`);
  process.exit(1);
}
// Named by their content: any copy is the right one.
copyFileSync(candidates[0], join(dir, name));
console.log(`stage-precomputed: ${name} (${statSync(candidates[0]).size} bytes)`);
