//! `parallax search`: ranked hits with snippets for a query over a corpus.
//!
//! The index is built after loading (as `build.rs` would at build time); `took_us` times the
//! search alone, snippets included.

use std::time::Instant;

use parallax::search::{SearchIndex, SearchOptions};
use serde_json::json;

pub fn run(raw: Vec<String>) -> Result<String, String> {
    let args = super::args::parse(raw)?;
    // Several positionals are one query (`-Podesta` arrives as its own positional). No query
    // at all is a valid, empty search, as in the app's search box.
    let query = args.positional.join(" ");
    let corpus = args.load_corpus()?;
    let index = SearchIndex::build(&corpus);
    let options = SearchOptions {
        limit: args.limit.unwrap_or(10),
        ..SearchOptions::default()
    };
    let started = Instant::now();
    let results = index.search(&corpus.documents, &query, &options);
    let took_us = started.elapsed().as_micros() as u64;
    let hits: Vec<_> = results
        .hits
        .iter()
        .map(|hit| {
            let document = &corpus.documents[hit.doc];
            let snippets: Vec<_> = hit
                .snippets
                .iter()
                .map(|s| {
                    let highlights: Vec<_> = s
                        .highlights
                        .iter()
                        .map(|h| json!({ "start": h.start, "end": h.end }))
                        .collect();
                    json!({ "start": s.span.start, "end": s.span.end, "highlights": highlights })
                })
                .collect();
            json!({
                "doc": document.doc,
                "slug": document.slug,
                "title": document.meta.title,
                "score": hit.score,
                "snippets": snippets,
            })
        })
        .collect();
    let out = json!({
        "query": query,
        "took_us": took_us,
        "total": results.total,
        "did_you_mean": results.did_you_mean,
        "hits": hits,
    });
    serde_json::to_string_pretty(&out).map_err(|e| e.to_string())
}
