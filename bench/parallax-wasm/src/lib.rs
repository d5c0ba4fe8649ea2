//! Parallax's search engine exported to JavaScript for the benchmark: build an index from a
//! `.jsonl` text held in memory, search it, and report the size of its serialised form.
//!
//! Records are turned into documents exactly as `parallax::corpus` does for a `.jsonl` file,
//! except that the text comes from JavaScript (no file system in wasm). Every record becomes one
//! document, in order, so that the benchmark gives all engines the same document list; records
//! the engine refuses (empty body, over size) make `build` fail rather than silently shifting ids.

use parallax::corpus::{slugify, Format, FrontMatter};
use parallax::search::{SearchIndex, SearchOptions};
use parallax::Document;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// A built index and the documents it was built from (search needs both).
#[wasm_bindgen]
pub struct Engine {
    documents: Vec<Document>,
    index: SearchIndex,
}

#[wasm_bindgen]
impl Engine {
    /// Parses every non-blank line of `jsonl` as a `{id, title, date, source, body}` record and
    /// indexes them all.
    #[wasm_bindgen(constructor)]
    pub fn build(jsonl: &str) -> Result<Engine, JsError> {
        let mut documents = Vec::new();
        for (i, line) in jsonl.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let record: Record = serde_json::from_str(line)
                .map_err(|e| JsError::new(&format!("line {}: not a jsonl record: {e}", i + 1)))?;
            let sidecar = FrontMatter {
                title: record.title.filter(|t| !t.trim().is_empty()),
                outlet: record.source,
                published: record.date.as_deref().and_then(record_date),
                slug: Some(slugify(&record.id)),
                ..FrontMatter::default()
            };
            let doc = Document::parse(&record.id, record.body, Format::Text, Some(&sidecar))
                .map_err(|e| {
                    JsError::new(&format!(
                        "line {}: record '{}': {}",
                        i + 1,
                        record.id,
                        e.problem
                    ))
                })?;
            documents.push(doc);
        }
        let index = SearchIndex::build_documents(&documents);
        Ok(Engine { documents, index })
    }

    /// Rebuilds only the index over the documents already parsed (to time indexing alone).
    pub fn rebuild_index(&mut self) {
        self.index = SearchIndex::build_documents(&self.documents);
    }

    /// The ids of the best `limit` documents for `query`, best first, as a JSON array.
    pub fn search(&self, query: &str, limit: usize) -> String {
        let options = SearchOptions {
            limit,
            ..SearchOptions::default()
        };
        let results = self.index.search(&self.documents, query, &options);
        let ids: Vec<&str> = results
            .hits
            .iter()
            .filter_map(|hit| self.documents.get(hit.doc).map(|d| d.doc.as_str()))
            .collect();
        serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into())
    }

    /// The index serialised as the app embeds it (postcard), the figure to compare with the
    /// peers' serialised indexes.
    pub fn index_bytes(&self) -> Vec<u8> {
        self.index.to_bytes()
    }

    pub fn n_documents(&self) -> usize {
        self.documents.len()
    }
}

#[derive(Deserialize)]
struct Record {
    #[serde(deserialize_with = "id_string")]
    id: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    source: Option<String>,
    body: String,
}

fn id_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    })
}

/// `26-FEB-1987 15:01:01.79` or ISO `2017-10-25…` to `YYYY-MM-DD`; dates don't affect search
/// ranking, so a simple reading is enough.
fn record_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() >= 10 && s.as_bytes().get(4) == Some(&b'-') && s.as_bytes().get(7) == Some(&b'-') {
        return s.get(..10).map(str::to_string);
    }
    const MONTHS: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    let mut parts = s.split(|c: char| c == '-' || c.is_whitespace());
    let day: u32 = parts.next()?.parse().ok()?;
    let month_name = parts.next()?.to_ascii_uppercase();
    let month = MONTHS.iter().position(|m| *m == month_name)? + 1;
    let year: u32 = parts.next()?.parse().ok()?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}
