// Issue 3, benchmark 2: the built app in headless Chromium, driven by Playwright.
//
// Usage: node browser.mjs --build NAME=DIST[=CORPUS] [--build …] [--loads N] [--queries N]
//                         [--profile DIR]
//   DIST is a `trunk build` output folder; CORPUS (a .jsonl file) is where the typed queries
//   come from (titles, as in bench.mjs); without it they are the titles the app's library lists.
//   --profile writes DIR/NAME-{load,typing}.cpuprofile (open in Chrome DevTools) and prints the
//   functions with the most self time; build with names kept (no `strip`, wasm-opt `-g`) to
//   see the wasm functions' names.
// scripts/bench.sh builds the Reuters and the seeds apps and runs this on both.
//
// Per build:
// - search ready: cold loads (a fresh browser context each, so nothing is cached) of
//   `#/search?q=WORD`; from navigation start (performance.timeOrigin) until the first result is
//   in the DOM and the frame holding it is painted. Median of the loads.
// - keystroke → results: real key presses (CDP Input.dispatchKeyEvent through Playwright) into
//   the search box on the search page, titles typed letter by letter, one key at a time; from
//   the keydown event's timestamp until the results page shows that query (its summary line
//   names the query, written in the same render as the results list) and until that frame is
//   painted. p50 and p95 over every keystroke.
// - memory: JS heap (CDP Performance.getMetrics JSHeapUsedSize, after a forced GC) and the wasm
//   linear memory (WebAssembly.Memory byteLength), after load and after the typing run.
//
// "Painted" is the usual approximation: a requestAnimationFrame callback (which runs just before
// the frame is rendered) posts a MessageChannel message, whose handler runs once that frame has
// been produced. Headless Chromium paces frames at 60 Hz, so this includes the wait for the next
// frame (0–16.7 ms) even when the work is instant: "DOM" is the work, "paint" what a user sees.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../e2e/server.mjs";
import { prng, WORD } from "./common.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = 20170101;
const SUB_PATH = "/projects/parallax/";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
/** How long one cold load or one keystroke may take before the run is declared broken. */
const LOAD_TIMEOUT_MS = 60_000;
const KEY_TIMEOUT_MS = 10_000;

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = { builds: [], loads: 5, queries: 40, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--build") {
      const [name, dist, corpus] = value().split("=");
      if (!name || !dist) throw new Error(`--build takes NAME=DIST[=CORPUS], got '${argv[i]}'`);
      if (!fs.existsSync(path.join(dist, "index.html"))) {
        throw new Error(`${dist}/index.html is missing: build the app there first (trunk build --release --offline --dist ${dist})`);
      }
      options.builds.push({ name, dist: path.resolve(dist), corpus: corpus && path.resolve(corpus) });
    } else if (arg === "--loads") {
      options.loads = Number(value());
    } else if (arg === "--queries") {
      options.queries = Number(value());
    } else if (arg === "--profile") {
      options.profile = path.resolve(value());
    } else {
      throw new Error(`unknown argument '${arg}' (usage: node browser.mjs --build NAME=DIST[=CORPUS] … [--loads N] [--queries N] [--profile DIR])`);
    }
  }
  if (!options.builds.length) throw new Error("nothing to measure: pass --build NAME=DIST[=CORPUS]");
  return options;
}

// ---------------------------------------------------------------- queries

/** Titles of ≥ 3 words, unique, typed as written; `n` of them drawn with a fixed seed. */
function sampleTitles(titles, n) {
  const count = new Map();
  for (const t of titles) count.set(t.toLowerCase(), (count.get(t.toLowerCase()) || 0) + 1);
  const pool = titles.filter((t) => count.get(t.toLowerCase()) === 1 && (t.match(WORD) || []).length >= 3);
  const usable = pool.length ? pool : titles.filter((t) => t.trim());
  const random = prng(SEED);
  const chosen = usable.slice();
  for (let i = 0; i < Math.min(n, chosen.length); i++) {
    const j = i + Math.floor(random() * (chosen.length - i));
    [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
  }
  return chosen.slice(0, n).map((t) => t.trim().replace(/\s+/g, " "));
}

function titlesFromJsonl(file) {
  const titles = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (typeof r.body === "string" && r.body.trim() && typeof r.title === "string") titles.push(r.title);
  }
  return titles;
}

/** The titles the library page lists (for a corpus folder, whose format only the engine reads). */
async function titlesFromApp(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}#/`);
    await page.waitForSelector('[data-testid="doc-list"] a', { timeout: LOAD_TIMEOUT_MS });
    return await page.$$eval('[data-testid="doc-list"] li a', (links) => links.map((a) => a.textContent.trim()));
  } finally {
    await context.close();
  }
}

/** The word searched on the cold loads: the longest word of the first title (≥ 4 letters). */
function readyWord(titles) {
  const words = (titles[0] || "").match(WORD) || [];
  const word = words.filter((w) => /^\p{L}{4,}$/u.test(w)).sort((a, b) => b.length - a.length)[0];
  return (word || words[0] || "the").toLowerCase();
}

// ---------------------------------------------------------------- in the page

// Runs before any of the app's scripts, in every document: times the first result of a
// `#/search?q=` load, and keeps the wasm exports Trunk announces once the module has started.
function pageInstrumentation() {
  const bench = (window.__bench = { keys: [], recording: false, pending: null });
  bench.afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(0);
    });
  addEventListener("TrunkApplicationStarted", (event) => {
    bench.started = performance.now();
    bench.wasm = event.detail && event.detail.wasm;
  });
  const observer = new MutationObserver(() => {
    if (bench.readyDom === undefined && document.querySelector('[data-testid="result"]')) {
      bench.readyDom = performance.now();
      observer.disconnect();
      bench.afterPaint(() => {
        bench.readyPaint = performance.now();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

// Installed once the search page shows: pairs each keydown with the render of its query.
function installKeyTiming() {
  const bench = window.__bench;
  const summary = () => document.querySelector('[data-testid="search-summary"]');
  const shows = (q) => {
    const text = summary()?.textContent ?? "";
    return q.trim() ? text.includes(`“${q}”`) : text.startsWith("Type to search");
  };
  addEventListener(
    "keydown",
    (event) => {
      if (bench.recording) bench.pending = { key: event.key, t0: event.timeStamp, q: null };
    },
    true,
  );
  addEventListener(
    "input",
    (event) => {
      if (!bench.recording || !bench.pending) return;
      bench.pending.q = event.target.value;
      // No mutation comes when the page already shows this query (nothing to redo): check once
      // the app's own handler and the render it schedules have run.
      setTimeout(check, 0);
    },
    true,
  );
  const check = () => {
    const pending = bench.pending;
    if (!pending || pending.q === null || pending.dom !== undefined || !shows(pending.q)) return;
    pending.dom = performance.now();
    bench.pending = null;
    bench.afterPaint(() => {
      pending.paint = performance.now();
      bench.keys.push(pending);
    });
  };
  new MutationObserver(check).observe(document.querySelector("main"), {
    childList: true,
    subtree: true,
    characterData: true,
  });
  bench.shows = shows;
}

// ---------------------------------------------------------------- measuring

async function memory(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const wasm = await page.evaluate(() => {
    const exports = window.__bench.wasm || {};
    const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
    return memory ? memory.buffer.byteLength : NaN;
  });
  return { jsHeap: metric("JSHeapUsedSize"), wasm };
}

async function coldLoad(browser, url, word, profile, log) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(pageInstrumentation);
    const cdp = profile && (await context.newCDPSession(page));
    if (profile) await startProfile(cdp);
    await page.goto(`${url}#/search?q=${encodeURIComponent(word)}`);
    await page.waitForFunction(() => window.__bench.readyPaint !== undefined, null, { timeout: LOAD_TIMEOUT_MS });
    if (profile) await stopProfile(cdp, profile, log);
    if (errors.length) throw new Error(`the app reported errors: ${errors.join("; ")}`);
    return await page.evaluate(() => {
      const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
      const b = window.__bench;
      return { wasmFetched: wasm ? wasm.responseEnd : NaN, started: b.started, dom: b.readyDom, paint: b.readyPaint };
    });
  } finally {
    await context.close();
  }
}

async function typingRun(browser, url, titles, log, profile) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(pageInstrumentation);
    await page.goto(`${url}#/search`);
    await page.waitForSelector('[data-testid="search-summary"]', { timeout: LOAD_TIMEOUT_MS });
    await page.evaluate(() => window.__bench.started !== undefined || new Promise((r) => addEventListener("TrunkApplicationStarted", r)));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const afterLoad = await memory(page, cdp);
    await page.evaluate(installKeyTiming);
    if (profile) await startProfile(cdp);
    const input = page.getByTestId("search-input");
    let keys = 0;
    for (const [i, title] of titles.entries()) {
      await input.fill("");
      await page.waitForFunction(() => window.__bench.shows(""), null, { timeout: KEY_TIMEOUT_MS });
      await input.focus();
      await page.evaluate(() => (window.__bench.recording = true));
      for (const ch of title) {
        await page.keyboard.type(ch);
        keys += 1;
        await page.waitForFunction((n) => window.__bench.keys.length >= n, keys, { timeout: KEY_TIMEOUT_MS }).catch(async () => {
          const state = await page.evaluate(() => ({ q: window.__bench.pending?.q, summary: document.querySelector('[data-testid="search-summary"]')?.textContent }));
          throw new Error(`no render for key ${JSON.stringify(ch)} of ${JSON.stringify(title)} within ${KEY_TIMEOUT_MS} ms (pending query ${JSON.stringify(state.q)}, summary ${JSON.stringify(state.summary)})`);
        });
      }
      await page.evaluate(() => (window.__bench.recording = false));
      if ((i + 1) % 10 === 0) log(`  typed ${i + 1}/${titles.length} titles`);
    }
    if (profile) await stopProfile(cdp, profile, log);
    const afterTyping = await memory(page, cdp);
    const samples = await page.evaluate(() => window.__bench.keys.map((k) => ({ dom: k.dom - k.t0, paint: k.paint - k.t0 })));
    if (errors.length) throw new Error(`the app reported errors: ${errors.join("; ")}`);
    return { afterLoad, afterTyping, samples };
  } finally {
    await context.close();
  }
}

async function startProfile(cdp) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
}

/** Writes the profile and logs the functions with the most self time. */
async function stopProfile(cdp, file, log) {
  const { profile } = await cdp.send("Profiler.stop");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const name = `${frame.functionName || "(anonymous)"} ${frame.url ? path.basename(frame.url) : ""}`.trim();
    self.set(name, (self.get(name) || 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = [...self.entries()].filter(([n]) => n !== "(idle)").sort((a, b) => b[1] - a[1]).slice(0, 25);
  log(`  profile ${file}: ${ms(total)} sampled (idle ${ms(self.get("(idle)") || 0)}); most self time:`);
  for (const [name, t] of top) log(`    ${ms(t).padStart(8)}  ${name}`);
}

function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function wasmSize(dist) {
  const file = fs.readdirSync(dist).find((f) => f.endsWith("_bg.wasm") && !f.startsWith("compare_worker"));
  if (!file) return { raw: NaN, gzip: NaN };
  const bytes = fs.readFileSync(path.join(dist, file));
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

async function measureBuild(browser, build, options, log) {
  const server = await startServer({ root: build.dist, base: SUB_PATH });
  try {
    const all = build.corpus?.endsWith(".jsonl") ? titlesFromJsonl(build.corpus) : await titlesFromApp(browser, server.url);
    const titles = sampleTitles(all, options.queries);
    const word = readyWord(titles);
    log(`${build.name}: ${all.length} titles, typing ${titles.length}; cold loads of #/search?q=${word}`);
    const loads = [];
    for (let i = 0; i < options.loads; i++) {
      const profile = options.profile && i === 0 && path.join(options.profile, `${build.name}-load.cpuprofile`);
      const load = await coldLoad(browser, server.url, word, profile, log);
      log(`  load ${i + 1}: wasm fetched ${ms(load.wasmFetched)}, started ${ms(load.started)}, result in DOM ${ms(load.dom)}, painted ${ms(load.paint)}`);
      loads.push(load);
    }
    const typing = await typingRun(browser, server.url, titles, log, options.profile && path.join(options.profile, `${build.name}-typing.cpuprofile`));
    if (server.failures.length) throw new Error(`requests failed: ${server.failures.map((f) => `${f.status} ${f.url}`).join(", ")}`);
    return {
      name: build.name,
      size: wasmSize(build.dist),
      nDocs: all.length,
      titles,
      word,
      loads,
      ready: median(loads.map((l) => l.paint)),
      readyParts: {
        wasmFetched: median(loads.map((l) => l.wasmFetched)),
        started: median(loads.map((l) => l.started)),
        dom: median(loads.map((l) => l.dom)),
      },
      keys: typing.samples.length,
      dom: { p50: percentile(typing.samples.map((s) => s.dom), 50), p95: percentile(typing.samples.map((s) => s.dom), 95), max: percentile(typing.samples.map((s) => s.dom), 100) },
      paint: { p50: percentile(typing.samples.map((s) => s.paint), 50), p95: percentile(typing.samples.map((s) => s.paint), 95), max: percentile(typing.samples.map((s) => s.paint), 100) },
      afterLoad: typing.afterLoad,
      afterTyping: typing.afterTyping,
    };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------- report

const ms = (x) => (Number.isFinite(x) ? (x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`) : "–");
const mb = (x) => (Number.isFinite(x) ? `${(x / 1e6).toFixed(1)} MB` : "–");

function report(rows, options, chromiumVersion, seconds) {
  const out = [];
  out.push("## In the browser (headless Chromium)");
  out.push("");
  out.push(`Chromium ${chromiumVersion}, headless, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}; app served locally by e2e/server.mjs (strict CSP, sub-path). Search ready: median of ${options.loads} cold loads. Keystrokes: titles typed letter by letter (seed ${SEED}), one key at a time.`);
  out.push("");
  out.push("| build | docs | wasm raw / gzip | search ready | key → DOM p50 / p95 | key → paint p50 / p95 | JS heap load / typed | wasm memory load / typed |");
  out.push("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    if (r.error) {
      out.push(`| ${r.name} | failed: ${r.error} |||||||`);
      continue;
    }
    out.push(
      `| ${r.name} | ${r.nDocs} | ${mb(r.size.raw)} / ${mb(r.size.gzip)} | ${ms(r.ready)} | ${ms(r.dom.p50)} / ${ms(r.dom.p95)} | ${ms(r.paint.p50)} / ${ms(r.paint.p95)} | ${mb(r.afterLoad.jsHeap)} / ${mb(r.afterTyping.jsHeap)} | ${mb(r.afterLoad.wasm)} / ${mb(r.afterTyping.wasm)} |`,
    );
  }
  out.push("");
  for (const r of rows.filter((r) => !r.error)) {
    out.push(`- **${r.name}**: ready = navigation start → first result of \`#/search?q=${r.word}\` painted; of which wasm downloaded at ${ms(r.readyParts.wasmFetched)}, module started (Trunk's TrunkApplicationStarted) at ${ms(r.readyParts.started)}, result in the DOM at ${ms(r.readyParts.dom)} (medians). Loads: ${r.loads.map((l) => ms(l.paint)).join(", ")}. ${r.keys} keystrokes over ${r.titles.length} titles (e.g. \`${r.titles[0]}\`); slowest key → DOM ${ms(r.dom.max)}, → paint ${ms(r.paint.max)}.`);
  }
  out.push(`- Goals (issue 3): Reuters ready ≤ 1.5 s and keystroke → results p95 ≤ 16 ms (one frame); seeds ready ≤ 100 ms. "Paint" includes waiting for the next 60 Hz frame (0–16.7 ms); "DOM" is search plus render.`);
  out.push(`- Memory: JS heap = CDP JSHeapUsedSize after a forced GC; wasm = the module's linear memory (it only grows). "load" once the search page shows, "typed" after the typing run.`);
  out.push(`- Total run time ${seconds.toFixed(0)} s.`);
  return out.join("\n") + "\n";
}

/** Replaces this benchmark's section of out/results.md (or appends it), keeping bench.mjs's. */
function writeResults(section) {
  const file = path.join(HERE, "out/results.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const heading = section.split("\n")[0];
  const at = previous.indexOf(heading);
  const kept = at >= 0 ? previous.slice(0, at) : previous;
  fs.writeFileSync(file, (kept && !kept.endsWith("\n\n") ? kept.replace(/\n*$/, "\n\n") : kept) + section);
}

async function main() {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const log = (line) => console.error(line);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const rows = [];
  try {
    for (const build of options.builds) {
      try {
        rows.push(await measureBuild(browser, build, options, log));
      } catch (e) {
        log(`${build.name} failed: ${e.stack || e}`);
        rows.push({ name: build.name, error: String(e.message || e).split("\n")[0] });
      }
    }
  } finally {
    var version = browser.version();
    await browser.close();
  }
  const section = report(rows, options, version, (performance.now() - started) / 1000);
  writeResults(section);
  process.stdout.write(section);
  if (rows.some((r) => r.error)) process.exitCode = 1;
}

await main();
