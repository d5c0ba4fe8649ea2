//! Parallax's search engine exported to JavaScript for the benchmark: build an index from a
//! `.jsonl` text held in memory, search it, and report the size of its serialised form.
//!
//! Records are read by the engine's own `.jsonl` reader (`Corpus::from_jsonl_str`), from text
//! that comes from JavaScript (no file system in wasm). Hits are reported by record id, so the
//! engine's documented skips (records with an empty body) can't shift ids.

use parallax::search::{SearchIndex, SearchOptions};
use parallax::Corpus;
use parallax::Document;
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
        let documents = Corpus::from_jsonl_str("corpus.jsonl", jsonl)
            .map_err(|e| JsError::new(&e.to_string()))?
            .documents;
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
