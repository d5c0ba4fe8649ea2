//! `entities_bench [CORPUS.jsonl] [--show N]`: times entity extraction over a corpus (default:
//! the Reuters collection) and prints throughput; `--show N` also prints the names found in N
//! stories spread over the corpus, for checking by eye.

use std::time::Instant;

use parallax::entities::{extract, lexicon_bytes};
use parallax::Corpus;

// Not a binary of its own: cargo only takes `src/bin/*.rs` and `src/bin/*/main.rs` as binaries.
#[path = "shared/cpu.rs"]
mod cpu;
use cpu::cpu_seconds;

fn main() -> Result<(), String> {
    let mut path = String::from("/work/shared/corpora/reuters21578.jsonl");
    let mut show = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--show" {
            show = args
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or("--show takes a number")?;
        } else {
            path = arg;
        }
    }
    let corpus = Corpus::load(std::path::Path::new(&path)).map_err(|e| e.to_string())?;
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let _warm = extract(&corpus.documents[0]);
    let started = Instant::now();
    let cpu_started = cpu_seconds();
    let mut n_mentions = 0;
    let mut all = Vec::with_capacity(corpus.documents.len());
    for doc in &corpus.documents {
        let mentions = extract(doc);
        n_mentions += mentions.len();
        all.push(mentions);
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu_secs = cpu_seconds() - cpu_started;
    println!(
        "{} documents, {:.1} MB, {} mentions in {:.2} s: {:.1} MB/s (lexicon data {} bytes)",
        corpus.documents.len(),
        bytes as f64 / 1e6,
        n_mentions,
        secs,
        bytes as f64 / 1e6 / secs,
        lexicon_bytes()
    );
    let cpu_measure_started = cpu_seconds();
    let started = Instant::now();
    let n_measures: usize = corpus
        .documents
        .iter()
        .map(|d| {
            parallax::measure::find(
                &d.text,
                parallax::Span::new(0, d.text.len()),
                d.meta.published.as_deref(),
            )
            .len()
        })
        .sum();
    let measure_secs = started.elapsed().as_secs_f64();
    let cpu_measure = cpu_seconds() - cpu_measure_started;
    println!("of which measure::find: {n_measures} measures in {measure_secs:.2} s");
    println!(
        "CPU time (immune to other processes): all {cpu_secs:.2} s = {:.1} MB/s; measure {cpu_measure:.2} s; names {:.2} s = {:.1} MB/s",
        bytes as f64 / 1e6 / cpu_secs,
        cpu_secs - cpu_measure,
        bytes as f64 / 1e6 / (cpu_secs - cpu_measure).max(1e-9)
    );
    let step = corpus.documents.len() / show.max(1);
    for k in 0..show {
        let idx = (k * step + 7) % corpus.documents.len();
        let doc = &corpus.documents[idx];
        println!("\n== {} {}", doc.doc, doc.meta.title);
        for m in all[idx].iter().filter(|m| m.label.is_name()) {
            print!("[{}|{}] ", m.span.slice(&doc.text), m.label.as_str());
        }
        println!();
    }
    Ok(())
}
