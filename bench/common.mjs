// What the two search benchmarks (bench.mjs, browser.mjs) share, so they draw the same queries.

/** Deterministic PRNG (mulberry32): the same seed gives the same titles and the same typos. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A word of a title: letters and digits, with inner apostrophes and dots ("U.S.", "Assange's"). */
export const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
