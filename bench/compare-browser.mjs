// Issue 5's speed goal, in the browser: how long the comparison worker takes to compare two
// ~2,000-word articles (goal: ≤ 20 ms).
//
// Usage: node compare-browser.mjs --make-corpus DIR CORPUS.jsonl   (writes the articles)
//        node compare-browser.mjs --dist DIST [--runs N]            (measures a build of them)
// scripts/bench.sh --compare-only does both, with a Trunk build in between.
//
// The corpus: article A is consecutive stories of the .jsonl joined until it has 2,000 words;
// article B retells every other story of A (so many passages pair, as in two reports of one
// event) and is filled up to 2,000 words with the stories that follow; C and D are a second
// such pair; 13 short stories make the corpus larger than the build precomputes (16), so the
// app asks its worker.
// The figure is the one the view prints ("compared in your browser in N ms"): the worker's own
// time for `compare`, without messaging. "cold" is the first comparison in a fresh page (the
// worker just started, its wasm still in the baseline tier); "warm, both read before" the same
// pair swapped in that page (the worker keeps what it read of each document); "warm, neither
// read before" then two other long articles, which the worker reads for the first time.

import fs from "node:fs";
import path from "node:path";
import { startServer } from "../e2e/server.mjs";
import { launchBrowser, newPage } from "../e2e/support.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

if (args.includes("--make-corpus")) {
  const [dir, jsonl] = [option("--make-corpus"), args[args.indexOf("--make-corpus") + 2]];
  makeCorpus(dir, jsonl);
} else {
  await measure(option("--dist"), Number(option("--runs", 6)));
}

function makeCorpus(dir, jsonl) {
  const words = (s) => s.split(/\s+/).filter(Boolean).length;
  const stories = fs
    .readFileSync(jsonl, "utf8")
    .split("\n")
    .slice(0, 3000)
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((s) => words(s.body ?? "") > 150);
  let next = 0;
  // One pair of long articles: A, then B retelling every other story of A and filled up.
  const longPair = () => {
    const a = [];
    for (let n = 0; n < 2000; next++) {
      a.push(stories[next].body);
      n += words(stories[next].body);
    }
    const b = a.filter((_, k) => k % 2 === 0);
    for (let n = b.reduce((sum, p) => sum + words(p), 0); n < 2000; next++) {
      b.push(stories[next].body);
      n += words(stories[next].body);
    }
    return [a, b];
  };
  const [a, b] = longPair();
  const [c, d] = longPair();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "long-a.txt"), `Long article A\n\n${a.join("\n\n")}\n`);
  fs.writeFileSync(path.join(dir, "long-b.txt"), `Long article B\n\n${b.join("\n\n")}\n`);
  fs.writeFileSync(path.join(dir, "long-c.txt"), `Long article C\n\n${c.join("\n\n")}\n`);
  fs.writeFileSync(path.join(dir, "long-d.txt"), `Long article D\n\n${d.join("\n\n")}\n`);
  for (let k = 0; k < 13; k++) {
    const s = stories[next + k];
    fs.writeFileSync(path.join(dir, `short-${String(k).padStart(2, "0")}.txt`), `${s.title}\n\n${s.body}\n`);
  }
  const count = (x) => x.reduce((sum, p) => sum + words(p), 0);
  console.error(`wrote ${dir}: long-a..d ${[a, b, c, d].map(count).join(", ")} words, 13 short stories`);
}

async function measure(dist, runs) {
  const server = await startServer({ root: dist, base: "/bench/" });
  const browser = await launchBrowser();
  const cold = [];
  const warm = [];
  const fresh = [];
  let summary = "";
  try {
    for (let i = 0; i < runs; i++) {
      const page = await newPage(browser, { viewport: { width: 1400, height: 900 } });
      const [x, y] = i % 2 ? ["long-b", "long-a"] : ["long-a", "long-b"];
      const took = async (a, b, previous) => {
        await page.goto(`${server.url}#/compare/${a}/${b}`);
        await page.waitForFunction(
          (previous) => {
            const text = document.querySelector("[data-testid=compare-summary]")?.innerText ?? "";
            return /compared in your browser in \d+ ms/.test(text) && text !== previous;
          },
          previous,
          { timeout: 60_000 },
        );
        return page.locator("[data-testid=compare-summary]").innerText();
      };
      const first = await took(x, y, "");
      const second = await took(y, x, first);
      const third = await took("long-c", "long-d", second);
      summary = first;
      cold.push(Number(first.match(/in (\d+) ms/)[1]));
      warm.push(Number(second.match(/in (\d+) ms/)[1]));
      fresh.push(Number(third.match(/in (\d+) ms/)[1]));
      const problems = await page.allProblems();
      if (problems.length) throw new Error(`page problems: ${JSON.stringify(problems)}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
  const cell = (xs) => `${median(xs)} / ${Math.max(...xs)} ms`;
  console.log(`| comparison in the browser (worker), two ~2,000-word articles | cold | warm, both read before | warm, neither read before |`);
  console.log(`|---|---:|---:|---:|`);
  console.log(`| ${runs} pages, A↔B then B↔A then C↔D (median / max) | ${cell(cold)} | ${cell(warm)} | ${cell(fresh)} |`);
  console.log(`\nWhat the view said: ${summary}\ncold: ${cold.join(" ")} ms; warm (B↔A): ${warm.join(" ")} ms; warm (C↔D, new documents): ${fresh.join(" ")} ms. Goal: ≤ 20 ms warm.`);
}
