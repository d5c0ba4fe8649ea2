//! Search benchmark on a large corpus (default: Reuters-21578 at
//! `/work/shared/corpora/reuters21578.jsonl`, or the path in `SEARCH_BENCH_CORPUS`): index build
//! time and size, query latency, and known-item MRR@10 where the query is an article's title,
//! (a) exact, (b) with one typo in one word, (c) cut mid-word as when typing.
//!
//! Run it optimised, printing as it goes:
//! `cargo test --release -p parallax --bench search_bench -- --nocapture`
//! (with `harness = false` in a `[[bench]]` entry, `cargo bench --bench search_bench` runs
//! `main` instead). `SEARCH_BENCH_DUMP=file.json` also writes the queries and their target
//! documents, to run other engines on the very same queries.

use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax::search::{SearchIndex, SearchOptions};
use parallax::Corpus;

#[cfg_attr(test, allow(dead_code))]
fn main() {
    run();
}

#[test]
fn search_bench() {
    run();
}

const DEFAULT_CORPUS: &str = "/work/shared/corpora/reuters21578.jsonl";
/// Titles sampled (`SEARCH_BENCH_SAMPLE` overrides it, for quick profiling runs).
const SAMPLE: usize = 500;
const SEED: u64 = 0x5eed_2017;
/// Queries per variant in the fixed latency set (3 variants: about 200 queries).
const LATENCY_SET_PER_VARIANT: usize = 67;
/// Runs per query; latency is reported as the fastest and the median run.
const REPEATS: usize = 5;

fn run() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    if let Ok(corpus) = Corpus::load(&seeds) {
        report_size("seeds", &SearchIndex::build(&corpus));
    }
    let path = std::env::var_os("SEARCH_BENCH_CORPUS")
        .map_or_else(|| PathBuf::from(DEFAULT_CORPUS), PathBuf::from);
    let started = Instant::now();
    let corpus = match Corpus::load(&path) {
        Ok(corpus) => corpus,
        Err(e) => {
            println!(
                "search_bench: no large corpus ({e}); set SEARCH_BENCH_CORPUS to a .jsonl corpus"
            );
            return;
        }
    };
    println!(
        "corpus: {} documents from {} (loaded in {:.2?})",
        corpus.documents.len(),
        path.display(),
        started.elapsed()
    );
    let started = Instant::now();
    let index = SearchIndex::build(&corpus);
    println!("index build: {:.2?}", started.elapsed());
    let bytes = report_size("corpus", &index);
    let started = Instant::now();
    let loaded = SearchIndex::from_bytes(&bytes).expect("index round trip");
    println!("index load (postcard decode): {:.2?}", started.elapsed());
    assert_eq!(loaded.n_docs(), corpus.documents.len());

    let queries = known_item_queries(&corpus);
    if let Some(dump) = std::env::var_os("SEARCH_BENCH_DUMP") {
        let rows: Vec<_> = queries
            .iter()
            .map(|q| serde_json::json!({ "variant": q.variant, "query": q.text, "target": q.target }))
            .collect();
        std::fs::write(&dump, serde_json::to_string(&rows).unwrap_or_default())
            .expect("dump written");
    }
    let options = SearchOptions::default();
    // Warm up caches and the allocator, as a browser tab that has run a query or two.
    for q in queries.iter().take(20) {
        index.search(&corpus.documents, &q.text, &options);
    }
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(queries.len());
    for q in &queries {
        let mut results = index.search(&corpus.documents, &q.text, &options);
        let mut times = Vec::with_capacity(REPEATS);
        for _ in 0..REPEATS {
            let started = Instant::now();
            results = index.search(&corpus.documents, &q.text, &options);
            times.push(started.elapsed().as_secs_f64() * 1e6);
        }
        let min_micros = times.iter().copied().fold(f64::INFINITY, f64::min);
        let micros = percentile(&mut times, 0.5);
        let target_title = corpus.documents[q.target].meta.title.to_lowercase();
        let rank_doc = results.hits.iter().position(|h| h.doc == q.target);
        let rank_title = results
            .hits
            .iter()
            .position(|h| corpus.documents[h.doc].meta.title.to_lowercase() == target_title);
        outcomes.push(Outcome {
            variant: q.variant,
            micros,
            min_micros,
            rank_doc,
            rank_title,
        });
    }
    println!(
        "\nknown-item MRR@10 over {} titles (seed {SEED:#x}); latency with snippets, limit 10",
        queries.len() / 3
    );
    println!(
        "{:<8} {:>8} {:>10} | {:>8} {:>8} {:>8} | {:>8} {:>8}",
        "variant", "MRR doc", "MRR title", "min p50", "min p95", "min max", "med p50", "med p95"
    );
    for variant in VARIANTS {
        let rows: Vec<&Outcome> = outcomes.iter().filter(|o| o.variant == variant).collect();
        let mrr = |rank: fn(&Outcome) -> Option<usize>| {
            rows.iter()
                .map(|o| rank(o).map_or(0.0, |r| 1.0 / (r + 1) as f64))
                .sum::<f64>()
                / rows.len().max(1) as f64
        };
        let mut fastest: Vec<f64> = rows.iter().map(|o| o.min_micros).collect();
        let mut wall: Vec<f64> = rows.iter().map(|o| o.micros).collect();
        println!(
            "{:<8} {:>8.3} {:>10.3} | {:>8.0} {:>8.0} {:>8.0} | {:>8.0} {:>8.0}",
            variant,
            mrr(|o| o.rank_doc),
            mrr(|o| o.rank_title),
            percentile(&mut fastest, 0.50),
            percentile(&mut fastest, 0.95),
            percentile(&mut fastest, 1.0),
            percentile(&mut wall, 0.50),
            percentile(&mut wall, 0.95),
        );
    }
    println!("(times in µs)");
    let mut slowest: Vec<(f64, &str)> = outcomes
        .iter()
        .zip(&queries)
        .map(|(o, q)| (o.min_micros, q.text.as_str()))
        .collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (micros, text) in slowest.iter().take(5) {
        println!("slow: {micros:>7.0} µs  {text:?}");
    }
    for (name, take) in [
        ("fixed latency set", LATENCY_SET_PER_VARIANT),
        ("all queries", usize::MAX),
    ] {
        let rows: Vec<&Outcome> = VARIANTS
            .iter()
            .flat_map(|v| outcomes.iter().filter(move |o| o.variant == *v).take(take))
            .collect();
        let mut fastest: Vec<f64> = rows.iter().map(|o| o.min_micros).collect();
        let mut wall: Vec<f64> = rows.iter().map(|o| o.micros).collect();
        println!(
            "{name} ({} queries): fastest-of-{REPEATS} p50 {:.0} µs, p95 {:.0} µs; median-of-{REPEATS} p50 {:.0} µs, p95 {:.0} µs",
            rows.len(),
            percentile(&mut fastest, 0.50),
            percentile(&mut fastest, 0.95),
            percentile(&mut wall, 0.50),
            percentile(&mut wall, 0.95)
        );
    }
}

const VARIANTS: [&str; 3] = ["exact", "typo", "prefix"];

struct Query {
    variant: &'static str,
    text: String,
    target: usize,
}

struct Outcome {
    variant: &'static str,
    /// Median wall-clock time of the search over `REPEATS` runs.
    micros: f64,
    /// Fastest of the runs: what the search costs when it has the CPU to itself (the bench
    /// machine is shared, and other processes' time slices land in wall-clock times).
    min_micros: f64,
    rank_doc: Option<usize>,
    rank_title: Option<usize>,
}

/// `SAMPLE` documents with a real title (not their id), each as three queries.
fn known_item_queries(corpus: &Corpus) -> Vec<Query> {
    let mut rng = Rng(SEED);
    let titled: Vec<usize> = (0..corpus.documents.len())
        .filter(|&i| {
            let d = &corpus.documents[i];
            d.meta.title != d.doc
                && d.meta
                    .title
                    .split_whitespace()
                    .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        })
        .collect();
    let mut queries = Vec::new();
    let sample = std::env::var("SEARCH_BENCH_SAMPLE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SAMPLE);
    for _ in 0..sample {
        let target = titled[rng.below(titled.len())];
        let title = corpus.documents[target].meta.title.clone();
        queries.push(Query {
            variant: "exact",
            text: title.clone(),
            target,
        });
        queries.push(Query {
            variant: "typo",
            text: with_typo(&title, &mut rng),
            target,
        });
        queries.push(Query {
            variant: "prefix",
            text: cut_mid_word(&title, &mut rng),
            target,
        });
    }
    queries
}

/// One edit (substitution, deletion, insertion or adjacent transposition) in one word of at
/// least 4 letters.
fn with_typo(title: &str, rng: &mut Rng) -> String {
    let mut words: Vec<String> = title.split_whitespace().map(str::to_string).collect();
    let candidates: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let Some(&pick) = candidates.get(rng.below(candidates.len().max(1))) else {
        return title.to_string();
    };
    let mut chars: Vec<char> = words[pick].chars().collect();
    let letters: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i].is_alphabetic())
        .collect();
    let at = letters[rng.below(letters.len())];
    let letter = (b'a' + rng.below(26) as u8) as char;
    match rng.below(4) {
        0 => {
            chars[at] = if chars[at].eq_ignore_ascii_case(&letter) {
                if letter == 'z' {
                    'y'
                } else {
                    'z'
                }
            } else {
                letter
            }
        }
        1 => {
            chars.remove(at);
        }
        2 => chars.insert(at, letter),
        _ => {
            let next = if at + 1 < chars.len() {
                at + 1
            } else {
                at.saturating_sub(1)
            };
            chars.swap(at, next);
        }
    }
    words[pick] = chars.into_iter().collect();
    words.join(" ")
}

/// The title up to a word past its first, that word cut to half its letters.
fn cut_mid_word(title: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    let candidates: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].chars().count() >= 2)
        .collect();
    let Some(&pick) = candidates.get(rng.below(candidates.len().max(1))) else {
        return title.to_string();
    };
    let kept: Vec<char> = words[pick].chars().collect();
    let half: String = kept[..kept.len().div_ceil(2)].iter().collect();
    let mut out = words[..pick].join(" ");
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&half);
    out
}

fn percentile(values: &mut [f64], q: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let i = ((values.len() - 1) as f64 * q).round() as usize;
    values[i]
}

/// Postcard size raw and gzipped (by the system `gzip -9`, when there is one).
fn report_size(name: &str, index: &SearchIndex) -> Vec<u8> {
    let bytes = index.to_bytes();
    let gzipped = gzip_len(&bytes).map_or("gzip unavailable".to_string(), |n| {
        format!("{n} bytes gzipped")
    });
    println!(
        "{name} index: {} documents, {} bytes postcard, {gzipped}",
        index.n_docs(),
        bytes.len()
    );
    bytes
}

fn gzip_len(bytes: &[u8]) -> Option<usize> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gzip")
        .arg("-9c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    Some(output.stdout.len())
}

/// xorshift64*: deterministic, dependency-free sampling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}
