//! `compare_bench [CORPUS.jsonl] [--pairs N]`: times `compare::compare` on pairs of ~2,000-word
//! articles built from a corpus (default: the Reuters collection) and prints milliseconds per pair.
//!
//! Article A is consecutive stories joined until it reaches 2,000 words; article B retells
//! every other paragraph of A's stories (so many passages pair, as in two reports of one event)
//! and is filled up to 2,000 words with the stories that follow. Three figures: a fresh
//! comparison, a pair whose documents were read before (the worker's swap), and two documents
//! new to a warm worker (the worker's usual case). The cost of a comparison grows
//! with the number of candidate pairs, so this is closer to the worst case than two unrelated
//! stories would be.

use std::time::Instant;

use parallax::compare::{compare, compare_with, Readings};
use parallax::corpus::{Document, Format};
use parallax::Corpus;

// Not a binary of its own: cargo only takes `src/bin/*.rs` and `src/bin/*/main.rs` as binaries.
#[path = "shared/cpu.rs"]
mod cpu;
use cpu::cpu_seconds;

const WORDS_PER_ARTICLE: usize = 2_000;

/// Each pair is compared this many times: the figures then say little about the setup.
const ROUNDS: usize = 5;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The body of a story (its text after the title line).
fn body(doc: &Document) -> &str {
    doc.body.slice(&doc.text)
}

/// Appends paragraphs to `article` until it holds 2,000 words.
fn fill<'t>(article: &mut String, words: &mut usize, paragraphs: impl Iterator<Item = &'t str>) {
    for paragraph in paragraphs {
        if *words >= WORDS_PER_ARTICLE {
            return;
        }
        article.push_str(paragraph);
        article.push_str("\n\n");
        *words += word_count(paragraph);
    }
}

/// One synthetic article pair starting at story `first`; returns it and the next unused story.
fn build_pair(stories: &[&Document], first: usize) -> Option<(Document, Document, usize)> {
    let mut a = String::from("Story of the day\n\n");
    let mut a_words = 0;
    let mut k = first;
    while a_words < WORDS_PER_ARTICLE {
        fill(&mut a, &mut a_words, body(stories.get(k)?).split("\n\n"));
        k += 1;
    }
    let mut b = String::from("The day's story, retold\n\n");
    let mut b_words = 0;
    for story in &stories[first..k] {
        fill(&mut b, &mut b_words, body(story).split("\n\n").step_by(2));
    }
    while b_words < WORDS_PER_ARTICLE {
        fill(&mut b, &mut b_words, body(stories.get(k)?).split("\n\n"));
        k += 1;
    }
    let parse = |name: &str, text: String| {
        let mut d = Document::parse(name, text, Format::Text, None).ok()?;
        d.meta.published = Some("1987-03-02".to_string());
        Some(d)
    };
    Some((parse("a.txt", a)?, parse("b.txt", b)?, k))
}

fn main() -> Result<(), String> {
    let mut path = String::from("/work/shared/corpora/reuters21578.jsonl");
    let mut n_pairs = 30usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--pairs" {
            n_pairs = args
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or("--pairs takes a number")?;
        } else {
            path = arg;
        }
    }
    let corpus = Corpus::load(std::path::Path::new(&path)).map_err(|e| e.to_string())?;
    // Stories of a few paragraphs, like news articles; the one-line briefs say little.
    let stories: Vec<&Document> = corpus
        .documents
        .iter()
        .filter(|d| word_count(body(d)) >= 150 && body(d).contains("\n\n"))
        .collect();
    let mut pairs = Vec::new();
    let mut next = 0;
    while pairs.len() < n_pairs {
        let Some((a, b, after)) = build_pair(&stories, next) else {
            break;
        };
        pairs.push((a, b));
        next = after;
    }
    if pairs.is_empty() {
        return Err(format!(
            "{path}: too few stories of 150 words or more to build a pair"
        ));
    }
    let _warm = compare(&pairs[0].0, &pairs[0].1);
    let mut times = Vec::new();
    let mut n_found = 0;
    let cpu_started = cpu_seconds();
    for _round in 0..ROUNDS {
        n_found = 0;
        for (a, b) in &pairs {
            let started = Instant::now();
            let c = compare(a, b);
            times.push(started.elapsed().as_secs_f64() * 1e3);
            n_found += c.pairs.len();
        }
    }
    let cpu_ms = (cpu_seconds() - cpu_started) * 1e3 / times.len() as f64;
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let words: usize = pairs
        .iter()
        .map(|(a, b)| word_count(&a.text) + word_count(&b.text))
        .sum();
    println!(
        "{} pairs of ~{} words per article ({:.0} words per pair on average), {} passage pairs found",
        pairs.len(),
        WORDS_PER_ARTICLE,
        words as f64 / pairs.len() as f64,
        n_found
    );
    println!(
        "ms per pair: median {:.2}, mean {:.2}, max {:.2}; CPU {:.2} ms per pair",
        times[times.len() / 2],
        mean,
        times[times.len() - 1],
        cpu_ms
    );
    // The worker's case: each document read once and kept (`Readings`), then the pair compared
    // the other way round, as the compare view's swap does.
    let mut warm = Vec::new();
    for _round in 0..ROUNDS {
        for (a, b) in &pairs {
            let mut readings = Readings::default();
            let first = compare_with(&mut readings, a, b);
            let started = Instant::now();
            let swapped = compare_with(&mut readings, b, a);
            warm.push(started.elapsed().as_secs_f64() * 1e3);
            if swapped.pairs.len() != first.pairs.len() {
                return Err("a pair compared both ways found different passage pairs".into());
            }
        }
    }
    warm.sort_by(f64::total_cmp);
    println!(
        "with both documents read before (the worker's readings): median {:.2} ms, max {:.2}; {:.1}x faster",
        warm[warm.len() / 2],
        warm[warm.len() - 1],
        times[times.len() / 2] / warm[warm.len() / 2]
    );
    // A warm worker given two documents it has not read: it compared another pair before, so
    // its word cache knows the common words, but these two are read now.
    let mut fresh = Vec::new();
    for _round in 0..ROUNDS {
        for k in 1..pairs.len() {
            let mut readings = Readings::default();
            compare_with(&mut readings, &pairs[k - 1].0, &pairs[k - 1].1);
            let started = Instant::now();
            compare_with(&mut readings, &pairs[k].0, &pairs[k].1);
            fresh.push(started.elapsed().as_secs_f64() * 1e3);
        }
    }
    fresh.sort_by(f64::total_cmp);
    if let (Some(median), Some(max)) = (fresh.get(fresh.len() / 2), fresh.last()) {
        println!(
            "two documents new to a warm worker (it compared another pair before): median {median:.2} ms, max {max:.2}"
        );
    }
    Ok(())
}
