//! The bundle: everything `build.rs` computes once from the corpus and embeds in the app, in
//! one postcard-encoded blob. Defining it here, in the one crate both sides use, means the
//! writer and the reader can never disagree about its layout.

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::entities::{self, EntityIndex, Mention};
use crate::render::{self, Block};
use crate::search::SearchIndex;

/// Bumped whenever the layout changes, so a stale blob fails with a clear message.
pub const BUNDLE_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub version: u32,
    pub corpus: Corpus,
    /// The reader's render tree for each document, in corpus order.
    pub blocks: Vec<Vec<Block>>,
    /// Every entity mention of each document, in corpus order (extraction runs here, at build
    /// time, so its lexicons never ship in the wasm).
    pub mentions: Vec<Vec<Mention>>,
    /// The entities grouped across documents, most mentioned first.
    pub entities: EntityIndex,
    /// The full-text index over every document, queried in the browser.
    pub search: SearchIndex,
}

impl Bundle {
    pub fn build(corpus: Corpus) -> Bundle {
        let blocks = corpus.documents.iter().map(render::blocks).collect();
        let mentions = entities::extract_corpus(&corpus.documents);
        let entities = EntityIndex::build(&mentions);
        let search = SearchIndex::build(&corpus);
        Bundle {
            version: BUNDLE_VERSION,
            corpus,
            blocks,
            mentions,
            entities,
            search,
        }
    }

    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a bundle always serialises")
    }

    pub fn decode(bytes: &[u8]) -> Result<Bundle, String> {
        let bundle: Bundle = postcard::from_bytes(bytes)
            .map_err(|e| format!("the embedded corpus can't be read: {e}"))?;
        if bundle.version != BUNDLE_VERSION {
            return Err(format!(
                "the embedded corpus has version {}, expected {BUNDLE_VERSION}",
                bundle.version
            ));
        }
        Ok(bundle)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip_on_the_seeds() {
        let corpus = crate::Corpus::load(std::path::Path::new("../seeds")).unwrap();
        let bundle = super::Bundle::build(corpus);
        let decoded = super::Bundle::decode(&bundle.encode()).unwrap();
        assert_eq!(decoded, bundle);
    }
}
