//! `parallax entities --json FILE...`: every file's entity mentions, grouped across the files.
//! Offsets are UTF-8 byte offsets into each raw file.

use serde_json::json;

pub fn run(raw: Vec<String>) -> Result<String, String> {
    let args = super::args::parse(raw)?;
    if args.positional.is_empty() {
        return Err("name at least one article file: parallax entities --json FILE...".into());
    }
    let docs = args
        .positional
        .iter()
        .map(|p| super::args::Args::load_doc(p))
        .collect::<Result<Vec<_>, _>>()?;
    let per_doc = parallax::entities::extract_corpus(&docs);
    let documents: Vec<_> = docs
        .iter()
        .zip(&per_doc)
        .map(|(doc, mentions)| {
            let mentions: Vec<_> = mentions
                .iter()
                .map(|m| {
                    json!({
                        "start": m.span.start,
                        "end": m.span.end,
                        "text": m.span.slice(&doc.text),
                        "label": m.label.as_str(),
                        "entity": if m.label.is_name() { json!(m.entity) } else { json!(null) },
                    })
                })
                .collect();
            json!({ "doc": doc.doc, "mentions": mentions })
        })
        .collect();
    serde_json::to_string_pretty(&json!({ "documents": documents })).map_err(|e| e.to_string())
}
