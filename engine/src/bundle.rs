//! The bundle: everything `build.rs` computes once from the corpus and embeds in the app, in
//! one postcard-encoded blob, and the comparisons it precomputes, in a file of their own beside
//! the page ([`Precomputed`]). Defining both here, in the one crate both sides use, means the
//! writer and the reader can never disagree about their layout.

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
pub const BUNDLE_VERSION: u32 = 5;

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
    /// The name of the file beside the page that holds the comparisons precomputed at build
    /// time ([`PrecomputedFile`]), when the corpus has at most [`PRECOMPUTE_MAX_DOCS`]
    /// documents; `None` otherwise.
    pub precomputed_file: Option<String>,
}

/// `(a, b, comparison of a with b)` for every ordered pair of distinct documents of a small
/// corpus, computed at build time.
///
/// Why a file of its own: every byte of the bundle is part of a first visit, and most first
/// visits never open a comparison; on 16 articles these are most of the bundle. The app
/// fetches the file when a comparison or the grid is first shown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Precomputed {
    pub version: u32,
    pub comparisons: Vec<(u32, u32, Comparison)>,
}

/// The precomputed comparisons as written beside the page: their bytes, and a name made from
/// them, so that a browser's cached copy is never another build's.
#[derive(Clone, Debug, PartialEq)]
pub struct PrecomputedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl PrecomputedFile {
    pub fn new(precomputed: &Precomputed) -> PrecomputedFile {
        let bytes = postcard::to_allocvec(precomputed).expect("comparisons always serialise");
        PrecomputedFile {
            name: format!("comparisons-{:016x}.bin", fnv1a_64(&bytes)),
            bytes,
        }
    }
}

/// FNV-1a, 64 bits: a stable content hash for a file name (not a defence against anyone).
fn fnv1a_64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Precomputed {
    /// The comparison of document `a` with document `b`, if the build made it.
    pub fn get(&self, a: usize, b: usize) -> Option<&Comparison> {
        self.comparisons
            .iter()
            .find(|(i, j, _)| *i as usize == a && *j as usize == b)
            .map(|(_, _, c)| c)
    }

    pub fn decode(bytes: &[u8]) -> Result<Precomputed, String> {
        decode(bytes, "the precomputed comparisons", |p: &Precomputed| {
            p.version
        })
    }
}

/// What [`Bundle::build`] makes: the bundle, and the file of precomputed comparisons it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub bundle: Bundle,
    pub precomputed: Option<PrecomputedFile>,
}

impl Bundle {
    /// Runs the engine over `corpus` (build time: the `build` feature).
    #[cfg(feature = "build")]
    pub fn build(corpus: Corpus) -> Built {
        Bundle::build_with(corpus, PRECOMPUTE_MAX_DOCS)
    }

    /// [`Bundle::build`], precomputing comparisons only for corpora of at most `max_docs`.
    ///
    /// What the page never reads is left out of the precomputed comparisons (see
    /// [`for_the_page`]): the file is fetched whenever a comparison is first opened.
    #[cfg(feature = "build")]
    pub fn build_with(corpus: Corpus, max_docs: usize) -> Built {
        let docs = &corpus.documents;
        let mut precomputed = None;
        if docs.len() <= max_docs {
            let mut readings = compare::Readings::default();
            let mut comparisons = Vec::new();
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
            precomputed = Some(PrecomputedFile::new(&Precomputed {
                version: BUNDLE_VERSION,
                comparisons,
            }));
        }
        let blocks = corpus.documents.iter().map(render::blocks).collect();
        let mentions = entities::extract_corpus(&corpus.documents);
        let entities = EntityIndex::build(&mentions);
        let search = SearchIndex::build(&corpus);
        let bundle = Bundle {
            version: BUNDLE_VERSION,
            corpus,
            blocks,
            mentions,
            entities,
            search,
            precomputed_file: precomputed.as_ref().map(|file| file.name.clone()),
        };
        Built {
            bundle,
            precomputed,
        }
    }

    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a bundle always serialises")
    }

    pub fn decode(bytes: &[u8]) -> Result<Bundle, String> {
        decode(bytes, "the embedded corpus", |b: &Bundle| b.version)
    }
}

/// Reads `what` from `bytes`, refusing one of another layout with a message that says so
/// rather than data decoded into nonsense.
fn decode<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    what: &str,
    version: impl Fn(&T) -> u32,
) -> Result<T, String> {
    let value: T = postcard::from_bytes(bytes).map_err(|e| format!("{what} can't be read: {e}"))?;
    match version(&value) {
        BUNDLE_VERSION => Ok(value),
        v => Err(format!(
            "{what}: written as version {v}, and this build reads version {BUNDLE_VERSION}"
        )),
    }
}

/// A comparison as the page shows it: the names only one side mentions come from the entity
/// index (`EntityIndex::only_in`, with the user's corrections), so the comparison's own lists
/// are dropped rather than shipped with every comparison.
#[cfg(feature = "build")]
fn for_the_page(mut c: Comparison) -> Comparison {
    c.entities_only_a.clear();
    c.entities_only_b.clear();
    c
}

#[cfg(test)]
mod tests {
    use super::{Bundle, Precomputed};

    #[test]
    fn round_trip_on_the_seeds() {
        let corpus = crate::Corpus::load(std::path::Path::new("../seeds")).unwrap();
        let built = Bundle::build(corpus);
        let decoded = Bundle::decode(&built.bundle.encode()).unwrap();
        assert_eq!(decoded, built.bundle);
        let file = built.precomputed.unwrap();
        assert_eq!(built.bundle.precomputed_file.as_ref(), Some(&file.name));
        let precomputed = Precomputed::decode(&file.bytes).unwrap();
        assert_eq!(precomputed.comparisons.len(), 6);
    }

    #[test]
    fn comparisons_are_precomputed_in_both_orders_only_for_small_corpora() {
        let corpus = crate::Corpus::load(std::path::Path::new("../seeds")).unwrap();
        let n = corpus.documents.len();
        let small = Bundle::build_with(corpus.clone(), n);
        let small = Precomputed::decode(&small.precomputed.unwrap().bytes).unwrap();
        assert_eq!(small.comparisons.len(), n * (n - 1));
        let forward = small.get(0, 1).unwrap();
        let backward = small.get(1, 0).unwrap();
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
        assert!(small.get(0, 0).is_none());
        let large = Bundle::build_with(corpus, n - 1);
        assert!(large.precomputed.is_none() && large.bundle.precomputed_file.is_none());
    }

    /// The comparisons are not part of a first visit: the bundle holds only their file's name,
    /// and the name changes with their content, so a cached file is never another build's.
    #[test]
    fn the_precomputed_comparisons_live_in_a_file_named_by_its_content() {
        let corpus = crate::Corpus::load(std::path::Path::new("../seeds")).unwrap();
        let built = Bundle::build(corpus.clone());
        let file = built.precomputed.unwrap();
        assert!(
            file.name.starts_with("comparisons-") && file.name.ends_with(".bin"),
            "{}",
            file.name
        );
        // The bundle holds nothing of them but the name: it is the bundle of a build that
        // precomputed nothing, plus that name.
        let mut without = Bundle::build_with(corpus.clone(), 0).bundle;
        assert_eq!(without.precomputed_file, None);
        without.precomputed_file = Some(file.name.clone());
        assert_eq!(without, built.bundle);
        let mut fewer = corpus;
        fewer.documents.pop();
        let other = Bundle::build(fewer).precomputed.unwrap();
        assert_ne!(other.name, file.name);
        // A file of another layout says so instead of decoding into nonsense.
        let mut stale = Precomputed::decode(&file.bytes).unwrap();
        stale.version -= 1;
        let stale = postcard::to_allocvec(&stale).unwrap();
        assert!(Precomputed::decode(&stale).unwrap_err().contains("version"));
    }
}
