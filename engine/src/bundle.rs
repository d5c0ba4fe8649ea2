//! The bundle: everything `build.rs` computes once from the corpus and embeds in the app, in
//! one postcard-encoded blob. Defining it here, in the one crate both sides use, means the
//! writer and the reader can never disagree about its layout.

use serde::{Deserialize, Serialize};

#[cfg(feature = "build")]
use crate::compare;
use crate::compare::Comparison;
use crate::document::Corpus;
#[cfg(feature = "build")]
use crate::entities;
use crate::entities::{EntityIndex, Mention};
#[cfg(feature = "build")]
use crate::render;
use crate::render::Block;
use crate::search::SearchIndex;

/// Bumped whenever the layout changes, so a stale blob fails with a clear message.
pub const BUNDLE_VERSION: u32 = 4;

/// Up to this many documents, every ordered pair is compared at build time (16 documents are
/// 240 comparisons, a few seconds); beyond it the app compares the pair it is asked for, on
/// demand. Both orders are stored so `#/compare/a/b` shows exactly what `parallax compare a b`
/// prints.
pub const PRECOMPUTE_MAX_DOCS: usize = 16;

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
    /// `(a, b, comparison of a with b)` for every ordered pair of distinct documents, when the
    /// corpus has at most [`PRECOMPUTE_MAX_DOCS`] of them; empty otherwise.
    pub comparisons: Vec<(u32, u32, Comparison)>,
}

impl Bundle {
    /// Runs the engine over `corpus` (build time: the `build` feature).
    #[cfg(feature = "build")]
    pub fn build(corpus: Corpus) -> Bundle {
        Bundle::build_with(corpus, PRECOMPUTE_MAX_DOCS)
    }

    /// [`Bundle::build`], precomputing comparisons only for corpora of at most `max_docs`.
    ///
    /// What the page never reads is left out of the precomputed comparisons (see
    /// [`for_the_page`]): every byte of the bundle is part of a first visit.
    #[cfg(feature = "build")]
    pub fn build_with(corpus: Corpus, max_docs: usize) -> Bundle {
        let docs = &corpus.documents;
        let mut comparisons = Vec::new();
        let mut readings = compare::Readings::default();
        if docs.len() <= max_docs {
            for (i, a) in docs.iter().enumerate() {
                for (j, b) in docs.iter().enumerate() {
                    if i != j {
                        comparisons.push((
                            i as u32,
                            j as u32,
                            for_the_page(compare::compare_with(&mut readings, a, b)),
                        ));
                    }
                }
            }
        }
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
            comparisons,
        }
    }

    /// The comparison of document `a` with document `b` computed at build time, if it was.
    pub fn precomputed(&self, a: usize, b: usize) -> Option<&Comparison> {
        self.comparisons
            .iter()
            .find(|(i, j, _)| *i as usize == a && *j as usize == b)
            .map(|(_, _, c)| c)
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

/// A comparison as the page shows it: the names only one side mentions come from the entity
/// index (`EntityIndex::only_in`, with the user's corrections), so the comparison's own lists
/// are dropped rather than shipped in every first visit.
#[cfg(feature = "build")]
fn for_the_page(mut c: Comparison) -> Comparison {
    c.entities_only_a.clear();
    c.entities_only_b.clear();
    c
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

    #[test]
    fn comparisons_are_precomputed_in_both_orders_only_for_small_corpora() {
        let corpus = crate::Corpus::load(std::path::Path::new("../seeds")).unwrap();
        let n = corpus.documents.len();
        let small = super::Bundle::build_with(corpus.clone(), n);
        assert_eq!(small.comparisons.len(), n * (n - 1));
        let forward = small.precomputed(0, 1).unwrap();
        let backward = small.precomputed(1, 0).unwrap();
        assert_eq!(
            (forward.a.as_str(), forward.b.as_str()),
            (backward.b.as_str(), backward.a.as_str())
        );
        assert_eq!(
            forward,
            &super::for_the_page(crate::compare::compare(
                &corpus.documents[0],
                &corpus.documents[1]
            ))
        );
        assert!(forward.entities_only_a.is_empty() && !forward.pairs.is_empty());
        assert!(small.precomputed(0, 0).is_none());
        let large = super::Bundle::build_with(corpus, n - 1);
        assert!(large.comparisons.is_empty() && large.precomputed(0, 1).is_none());
    }
}
