//! `parallax docs`: every article's metadata, body and boilerplate ranges.

use serde_json::json;

pub fn run(raw: Vec<String>) -> Result<String, String> {
    let args = super::args::parse(raw)?;
    let corpus = args.load_corpus()?;
    let documents: Vec<_> = corpus
        .documents
        .iter()
        .map(|d| {
            json!({
                "doc": d.doc,
                "slug": d.slug,
                "title": d.meta.title,
                "outlet": d.meta.outlet,
                "authors": d.meta.authors,
                "published": d.meta.published,
                "dateline": d.meta.dateline,
                "section": d.meta.section,
                "url": d.meta.url,
                "word_count": d.word_count,
                "boilerplate": d.boilerplate,
                "body": d.body,
            })
        })
        .collect();
    serde_json::to_string_pretty(&json!({ "documents": documents })).map_err(|e| e.to_string())
}
