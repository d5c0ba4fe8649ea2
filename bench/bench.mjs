// Issue 3, benchmark 1: Parallax's search engine side by side with its npm peers (MiniSearch,
// lunr, FlexSearch, Pagefind), in one Node process, on one corpus and one query set.
//
// Usage: node bench.mjs [CORPUS.jsonl]   (scripts/bench.sh builds what this needs first)
//
// For each engine: index build time, serialised index size (raw and gzip), query latency p50/p95
// over the query set, and known-item MRR@10 where the query is an article's title (a) exact,
// (b) with one typo, (c) cut mid-word as when typing. Every figure is also given as a ratio to
// the best peer (Parallax excluded from "peers").

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { prng, WORD } from "./common.mjs";

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(process.argv[2] || path.join(HERE, "../../shared/corpora/reuters21578.jsonl"));
const SEED = 20170101;
const N_TITLES = 500;
const LIMIT = 10;
// Time boxes, per engine: indexing stops adding documents past this (the engine is then marked
// "cut short"), and each query pass stops past its own box.
const INDEX_BUDGET_MS = 180_000;
const QUERY_PASS_BUDGET_MS = 90_000;

// ---------------------------------------------------------------- corpus and queries

function loadCorpus(file) {
  const text = fs.readFileSync(file, "utf8");
  const docs = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    // Same rule as Parallax's loader: a record without a body is not an article.
    if (typeof r.body !== "string" || !r.body.trim()) continue;
    docs.push({ id: String(r.id), title: r.title || "", date: r.date || "", source: r.source || "", body: r.body });
  }
  // The text Parallax receives: exactly the records the peers index, in the same order.
  const jsonl = docs.map((d) => JSON.stringify(d)).join("\n");
  return { docs, jsonl };
}

function makeQueries(docs) {
  const random = prng(SEED);
  const pick = (n) => Math.floor(random() * n);
  // Known-item search needs a known item: titles shared by several stories (Reuters repeats
  // "U.S. TREASURY BALANCE" style headings) are left out, as are titles under 3 words.
  const count = new Map();
  for (const d of docs) count.set(d.title.toLowerCase(), (count.get(d.title.toLowerCase()) || 0) + 1);
  const pool = docs.filter((d) => count.get(d.title.toLowerCase()) === 1 && (d.title.match(WORD) || []).length >= 3);
  // Partial Fisher-Yates: N_TITLES distinct stories.
  const chosen = pool.slice();
  for (let i = 0; i < Math.min(N_TITLES, chosen.length); i++) {
    const j = i + pick(chosen.length - i);
    [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
  }
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const queries = { exact: [], typo: [], prefix: [] };
  for (const d of chosen.slice(0, N_TITLES)) {
    const title = d.title.trim();
    const words = [...title.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index }));
    queries.exact.push({ q: title, target: d.id });

    // (b) one edit in one word of ≥ 4 letters, never its first letter (people rarely miss it).
    const typable = words.filter((w) => /^\p{L}{4,}$/u.test(w.text));
    let typo = title;
    if (typable.length) {
      const w = typable[pick(typable.length)];
      const t = w.text;
      const at = 1 + pick(t.length - 1);
      const other = letters[pick(26)];
      let edited;
      switch (pick(4)) {
        case 0: edited = t.slice(0, at) + (other === t[at].toLowerCase() ? letters[(letters.indexOf(other) + 1) % 26] : other) + t.slice(at + 1); break; // substitution
        case 1: edited = t.slice(0, at) + t.slice(at + 1); break; // deletion
        case 2: edited = t.slice(0, at) + other + t.slice(at); break; // insertion
        default: edited = at < t.length - 1 ? t.slice(0, at) + t[at + 1] + t[at] + t.slice(at + 2) : t.slice(0, at - 1) + t[at] + t[at - 1]; // transposition
      }
      typo = title.slice(0, w.start) + edited + title.slice(w.start + t.length);
    }
    queries.typo.push({ q: typo, target: d.id });

    // (c) typed so far: at least one whole word, then 2..len-1 letters of a later word.
    const cuttable = words.filter((w, i) => i >= 1 && w.text.length >= 3);
    let cut = title;
    if (cuttable.length) {
      const w = cuttable[pick(cuttable.length)];
      cut = title.slice(0, w.start) + w.text.slice(0, 2 + pick(w.text.length - 2));
    }
    queries.prefix.push({ q: cut, target: d.id });
  }
  return { queries, pool: pool.length };
}

// ---------------------------------------------------------------- engines

// Each engine: { name, settings: {build, exact, typo, prefix}, build(docs) -> cutShort?,
// serialise() -> [{name, bytes, gzipped?}], search(task, q) -> ids (maybe async) }.

function minisearchEngine() {
  const MiniSearch = require("minisearch");
  let index;
  const base = { boost: { title: 2 } };
  const options = {
    exact: { ...base },
    typo: { ...base, fuzzy: 0.2 },
    prefix: { ...base, prefix: (_term, i, terms) => i === terms.length - 1 },
  };
  return {
    name: "MiniSearch",
    settings: {
      build: "fields title+body, default tokenizer/processTerm",
      exact: "boost title 2, OR",
      typo: "boost title 2, OR, fuzzy 0.2",
      prefix: "boost title 2, OR, prefix on last term",
    },
    build(docs, deadline) {
      index = new MiniSearch({ fields: ["title", "body"], idField: "id" });
      for (const d of docs) {
        if (performance.now() > deadline) return true;
        index.add(d);
      }
      return false;
    },
    serialise: () => [{ name: "index.json", bytes: Buffer.from(JSON.stringify(index)) }],
    search: (task, q) => index.search(q, options[task]).slice(0, LIMIT).map((r) => r.id),
  };
}

function lunrEngine() {
  const lunr = require("lunr");
  let index;
  const tokens = (q) => lunr.tokenizer(q).map((t) => t.toString()).filter(Boolean);
  return {
    name: "lunr",
    settings: {
      build: "fields title (boost 10) + body, default pipeline (stemmer, stop words)",
      exact: "one OR clause per query token",
      typo: "every token of ≥ 4 letters also ~1 edit (editDistance 1)",
      prefix: "last token as trailing wildcard (unstemmed), others plain",
    },
    build(docs, deadline) {
      let cut = false;
      index = lunr(function () {
        this.ref("id");
        this.field("title", { boost: 10 });
        this.field("body");
        for (const d of docs) {
          if (performance.now() > deadline) { cut = true; break; }
          this.add(d);
        }
      });
      return cut;
    },
    serialise: () => [{ name: "index.json", bytes: Buffer.from(JSON.stringify(index)) }],
    search(task, q) {
      const terms = tokens(q);
      const results = index.query((query) => {
        terms.forEach((t, i) => {
          if (task === "typo" && t.length >= 4) {
            query.term(t, {});
            query.term(t, { editDistance: 1, usePipeline: false, boost: 0.5 });
          } else if (task === "prefix" && i === terms.length - 1) {
            query.term(t, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
          } else {
            query.term(t, {});
          }
        });
      });
      return results.slice(0, LIMIT).map((r) => r.ref);
    },
  };
}

async function flexsearchEngine() {
  const { Document, Charset } = await import("flexsearch");
  let index;
  const FIELD_WEIGHT = { title: 2, body: 1 };
  const DEPTH = 50;
  return {
    name: "FlexSearch",
    settings: {
      build: "Document index, fields title+body, tokenize forward, encoder LatinBalance, context {depth 1, bidirectional}",
      exact: "suggest, top 50 per field fused by weighted reciprocal rank (title 2, body 1)",
      typo: "same (typos only through the LatinBalance normalisation; FlexSearch has no edit distance)",
      prefix: "same (forward tokenizer matches prefixes of every word)",
    },
    build(docs, deadline) {
      index = new Document({
        document: { id: "id", index: ["title", "body"] },
        tokenize: "forward",
        encoder: Charset.LatinBalance,
        context: { depth: 1, resolution: 3, bidirectional: true },
      });
      for (const d of docs) {
        if (performance.now() > deadline) return true;
        index.add({ id: d.id, title: d.title, body: d.body });
      }
      return false;
    },
    async serialise() {
      const parts = [];
      await index.export((key, data) => {
        if (data !== undefined && data !== null) parts.push({ name: key, bytes: Buffer.from(String(data)) });
      });
      return parts;
    },
    search(_task, q) {
      const byField = index.search(q, { limit: DEPTH, suggest: true });
      const score = new Map();
      for (const { field, result } of byField) {
        result.forEach((id, rank) => score.set(id, (score.get(id) || 0) + FIELD_WEIGHT[field] / (rank + 1)));
      }
      return [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, LIMIT).map(([id]) => String(id));
    },
  };
}

async function pagefindEngine() {
  const pagefind = await import("pagefind");
  const outDir = path.join(os.tmpdir(), "parallax-bench-pagefind");
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  let search = null;
  const urlOf = new Map(); // result id (fragment hash) -> story id, resolved outside the timed pass
  const FILES = /(\.pf_meta|\.pf_index|\.pf_filter|pagefind-entry\.json)$/;
  return {
    name: "Pagefind",
    settings: {
      build: "Node API: one HTML page per story, <h1>title</h1> (Pagefind's heading weight 7) + <p> per paragraph, forceLanguage en",
      exact: "default search (all words, prefix on every word)",
      typo: "same (Pagefind has no typo tolerance)",
      prefix: "same",
    },
    async build(docs, deadline) {
      fs.rmSync(outDir, { recursive: true, force: true });
      const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
      if (errors.length) throw new Error(`pagefind createIndex: ${errors.join("; ")}`);
      let cut = false;
      // The service takes one request at a time anyway; batches keep the pipe full.
      for (let i = 0; i < docs.length; i += 200) {
        if (performance.now() > deadline) { cut = true; break; }
        await Promise.all(docs.slice(i, i + 200).map((d) => {
          const paragraphs = d.body.split(/\n\s*\n/).map((p) => `<p>${escape(p)}</p>`).join("");
          const html = `<html lang="en"><body><h1>${escape(d.title)}</h1>${paragraphs}</body></html>`;
          return index.addHTMLFile({ url: `/${encodeURIComponent(d.id)}/`, content: html });
        }));
      }
      const written = await index.writeFiles({ outputPath: outDir });
      if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join("; ")}`);
      await pagefind.close();
      return cut;
    },
    serialise() {
      // Pagefind writes its chunks gzipped: on-disk bytes are the gzip figure, gunzipped the raw.
      const parts = [];
      const walk = (dir) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else if (FILES.test(e.name) || e.name.endsWith(".pf_fragment")) {
            const bytes = fs.readFileSync(p);
            let raw = bytes;
            try { raw = zlib.gunzipSync(bytes); } catch { /* pagefind-entry.json is plain */ }
            parts.push({ name: path.relative(outDir, p), bytes: raw, gzipBytes: bytes.length, fragment: e.name.endsWith(".pf_fragment") });
          }
        }
      };
      walk(outDir);
      return parts;
    },
    async prepareSearch() {
      // pagefind.js is a browser bundle: it fetches its chunks from basePath. Node's fetch can't
      // read files, so requests under /pagefind/ are answered from the written folder.
      const realFetch = globalThis.fetch;
      globalThis.fetch = async (input, init) => {
        const m = String(input).match(/^\/pagefind\/([^?#]*)/);
        if (!m) return realFetch(input, init);
        try { return new Response(fs.readFileSync(path.join(outDir, decodeURIComponent(m[1]))), { status: 200 }); }
        catch { return new Response(null, { status: 404 }); }
      };
      search = await import(pathToFileURL(path.join(outDir, "pagefind.js")).href);
      await search.options({ basePath: "/pagefind/" });
      await search.init();
    },
    async search(_task, q) {
      const response = await search.search(q);
      return response.results.slice(0, LIMIT);
    },
    // Result ids are fragment hashes; their story id is in the fragment, loaded by data().
    async resolve(results) {
      const ids = [];
      for (const r of results) {
        if (!urlOf.has(r.id)) urlOf.set(r.id, decodeURIComponent((await r.data()).url.replace(/^\/|\/$/g, "")));
        ids.push(urlOf.get(r.id));
      }
      return ids;
    },
  };
}

function parallaxEngine(jsonl) {
  const { Engine } = require(path.join(HERE, "pkg/parallax_bench_wasm.js"));
  let engine;
  return {
    name: "Parallax",
    settings: {
      build: "engine/ compiled to wasm (opt-level z, as the app ships); SearchIndex::build_documents",
      exact: "title + trailing space (last word complete)",
      typo: "title + trailing space (typos handled by the engine)",
      prefix: "text as typed (last word matched as a prefix by the engine)",
    },
    build(_docs, _deadline) {
      // Timed from the jsonl text: includes JSON parsing and Document::parse, not only indexing.
      engine = new Engine(jsonl);
      return false;
    },
    indexOnlyMs() {
      const t = performance.now();
      engine.rebuild_index();
      return performance.now() - t;
    },
    serialise: () => [{ name: "index.postcard", bytes: Buffer.from(engine.index_bytes()) }],
    search: (task, q) => JSON.parse(engine.search(task === "prefix" ? q : `${q} `, LIMIT)),
  };
}

// ---------------------------------------------------------------- measuring

const TASKS = ["exact", "typo", "prefix"];

async function measure(engine, docs, queries) {
  const row = { name: engine.name, settings: engine.settings, notes: [] };
  global.gc?.();
  let t = performance.now();
  row.cutShort = await engine.build(docs, t + INDEX_BUDGET_MS);
  row.buildMs = performance.now() - t;
  if (row.cutShort) row.notes.push(`indexing cut short after ${(INDEX_BUDGET_MS / 1000).toFixed(0)} s`);
  if (engine.indexOnlyMs) row.notes.push(`index alone (documents already parsed): ${(engine.indexOnlyMs() / 1000).toFixed(2)} s`);

  const parts = await engine.serialise();
  const main = parts.filter((p) => !p.fragment);
  row.rawBytes = main.reduce((s, p) => s + p.bytes.length, 0);
  row.gzipBytes = main.reduce((s, p) => s + (p.gzipBytes ?? zlib.gzipSync(p.bytes, { level: 9 }).length), 0);
  const fragments = parts.filter((p) => p.fragment);
  if (fragments.length) {
    const raw = fragments.reduce((s, p) => s + p.bytes.length, 0);
    const gz = fragments.reduce((s, p) => s + p.gzipBytes, 0);
    row.notes.push(`size excludes ${fragments.length} fragment files (the stories' text for result display, loaded per result): ${mb(raw)} raw, ${mb(gz)} gzip`);
  }
  if (main.length > 1) row.notes.push(`index serialised as ${main.length} files`);

  if (engine.prepareSearch) await engine.prepareSearch();
  const resolve = engine.resolve ?? ((ids) => ids);

  // Pass 1: quality (also warms every engine's caches and the JIT).
  row.mrr = {};
  for (const task of TASKS) {
    const start = performance.now();
    let sum = 0, n = 0;
    for (const { q, target } of queries[task]) {
      if (performance.now() - start > QUERY_PASS_BUDGET_MS) break;
      const ids = await resolve(await engine.search(task, q));
      const rank = ids.indexOf(target);
      if (rank >= 0) sum += 1 / (rank + 1);
      n++;
    }
    row.mrr[task] = sum / queries[task].length;
    if (n < queries[task].length) row.notes.push(`${task} quality pass cut short after ${n}/${queries[task].length} queries (unanswered count as misses)`);
  }

  // Pass 2: latency over the union of the three variants, each with its task's settings.
  const times = [];
  const start = performance.now();
  for (const task of TASKS) {
    for (const { q } of queries[task]) {
      if (performance.now() - start > QUERY_PASS_BUDGET_MS) break;
      const t0 = performance.now();
      await engine.search(task, q);
      times.push(performance.now() - t0);
    }
  }
  const total = TASKS.reduce((s, k) => s + queries[k].length, 0);
  if (times.length < total) row.notes.push(`latency pass cut short after ${times.length}/${total} queries`);
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  row.p50 = pct(50);
  row.p95 = pct(95);
  return row;
}

// ---------------------------------------------------------------- report

const mb = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(0)} KB`);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + " ms";
const ratio = (x) => (x >= 10 ? x.toFixed(0) : x >= 0.1 ? x.toFixed(2) : x.toPrecision(2)) + "×";

function table(rows) {
  const columns = [
    { head: "build", get: (r) => r.buildMs, fmt: (x) => `${(x / 1000).toFixed(2)} s`, lower: true },
    { head: "index raw", get: (r) => r.rawBytes, fmt: mb, lower: true },
    { head: "index gzip", get: (r) => r.gzipBytes, fmt: mb, lower: true },
    { head: "p50", get: (r) => r.p50, fmt: ms, lower: true },
    { head: "p95", get: (r) => r.p95, fmt: ms, lower: true },
    { head: "MRR@10 exact", get: (r) => r.mrr.exact, fmt: (x) => x.toFixed(3), lower: false },
    { head: "MRR@10 typo", get: (r) => r.mrr.typo, fmt: (x) => x.toFixed(3), lower: false },
    { head: "MRR@10 typing", get: (r) => r.mrr.prefix, fmt: (x) => x.toFixed(3), lower: false },
  ];
  const peers = rows.filter((r) => r.name !== "Parallax");
  const lines = [];
  lines.push(`| engine | ${columns.map((c) => c.head).join(" | ")} |`);
  lines.push(`|---|${columns.map(() => "---:").join("|")}|`);
  for (const r of rows) {
    const cells = columns.map((c) => {
      const values = peers.map(c.get).filter((v) => Number.isFinite(v));
      const best = c.lower ? Math.min(...values) : Math.max(...values);
      const v = c.get(r);
      if (!Number.isFinite(v)) return "n/a";
      return best > 0 ? `${c.fmt(v)} (${ratio(v / best)})` : c.fmt(v);
    });
    lines.push(`| ${r.name}${r.cutShort ? " (cut short)" : ""} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

async function main() {
  const started = performance.now();
  const { docs, jsonl } = loadCorpus(CORPUS);
  const { queries, pool } = makeQueries(docs);
  const nQueries = TASKS.reduce((s, k) => s + queries[k].length, 0);
  console.error(`corpus ${CORPUS}: ${docs.length} stories; ${queries.exact.length} titles sampled (seed ${SEED}) from ${pool} unique titles of ≥ 3 words`);

  const factories = [() => parallaxEngine(jsonl), minisearchEngine, lunrEngine, flexsearchEngine, pagefindEngine];
  const rows = [];
  for (const make of factories) {
    const engine = await make();
    console.error(`… ${engine.name}`);
    try {
      const row = await measure(engine, docs, queries);
      rows.push(row);
      console.error(`  built in ${(row.buildMs / 1000).toFixed(2)} s, MRR ${TASKS.map((k) => row.mrr[k].toFixed(3)).join("/")}, p50 ${ms(row.p50)}, p95 ${ms(row.p95)}`);
    } catch (e) {
      console.error(`  ${engine.name} failed: ${e.stack || e}`);
      rows.push({ name: engine.name, settings: engine.settings, notes: [`failed: ${e.message || e}`], mrr: {} });
    }
    global.gc?.();
  }

  const out = [];
  out.push(`# Search benchmark: Parallax vs peers`);
  out.push("");
  out.push(`Corpus: ${path.basename(CORPUS)}, ${docs.length} stories. Queries: ${queries.exact.length} known items (titles of ≥ 3 words, unique in the corpus, seed ${SEED}) × 3 variants = ${nQueries} queries; MRR@${LIMIT} of the story whose title it is. Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}. Ratios: figure ÷ best peer's (Parallax is not a peer), so < 1× is better for times and sizes, > 1× better for MRR.`);
  out.push("");
  out.push(table(rows));
  out.push("");
  out.push("Examples of queries: " + [0, 1].flatMap((i) => TASKS.map((k) => `${k} \`${queries[k][i].q}\``)).join("; "));
  out.push("");
  out.push("## Settings and notes");
  for (const r of rows) {
    out.push(`- **${r.name}**: index: ${r.settings.build}. (a) exact: ${r.settings.exact}. (b) typo: ${r.settings.typo}. (c) typing: ${r.settings.prefix}.`);
    for (const n of r.notes) out.push(`  - ${n}`);
  }
  out.push(`- Sizes: gzip -9 of each engine's serialised index (MiniSearch and lunr JSON.stringify, FlexSearch export(), Parallax postcard to_bytes, Pagefind the chunks it writes, already gzipped). Engine code is not counted.`);
  out.push(`- Latency: second pass over all ${nQueries} queries (the first, for MRR, warms caches and the JIT); one query at a time, wall clock in this process.`);
  out.push(`- Total run time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  const text = out.join("\n") + "\n";
  fs.mkdirSync(path.join(HERE, "out"), { recursive: true });
  fs.writeFileSync(path.join(HERE, "out/results.md"), text);
  process.stdout.write(text);
}

await main();
