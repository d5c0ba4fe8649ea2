//! Full-text search: ranked, as-you-type, typo-tolerant, with highlighted snippets.
//!
//! [`SearchIndex::build`] runs once at build time; the index is embedded with postcard and
//! holds no article text: [`SearchIndex::search`] and [`SearchIndex::hit_spans`] take the
//! documents to cut snippets and find hits in them.
//!
//! # Query semantics
//! - Words are folded (case, diacritics, possessive `'s`, apostrophes, number separators) and
//!   stemmed (English Snowball), so `Zürich` ~ `zurich`, `Assange's` ~ `Assange`,
//!   `30,000` ~ `30000`, `emails` ~ `email`.
//! - Each word is a *group*. Documents matching all groups rank first, then those matching
//!   fewer; a document must match at least half of the groups (rounded up) to be a result.
//!   Within the same number of matched groups, documents rank by BM25F (title boosted) plus a
//!   proximity bonus for consecutive query words standing close in the document.
//! - The last word matches as a prefix (`Cambridge Analy`) unless white space, punctuation or
//!   a closing quote follows it.
//! - A word of 4–7 letters also matches words 1 edit away, 8 letters and more 2 edits
//!   (insertions, deletions, substitutions, adjacent transpositions), weighted below exact
//!   matches. A word the index doesn't know (a typo) is matched through them; a rare word it
//!   knows gets them as extra score only; a common word it knows gets none (it is what the
//!   user meant). Words with digits are never fuzzy.
//! - `"a phrase"`: the words in order, adjacent, exact (no prefix, no typos). A quoted group
//!   is required; a quote never closed is skipped. `-word` and `-"a phrase"` exclude
//!   documents containing them (exact words), but only a single `-` at the start of a word
//!   after white space: `--word`, dashes and hyphens are text. An exclusion right after plain
//!   words spares the documents where those words run straight into it (pasted headlines
//!   such as `… Latin America -Minister`; see `query`).
//!   `a OR b` makes one group matched by either. Queries made only of exclusions match nothing.
//! - Authors and the outlet are searchable: a field of their own between title and body
//!   (`CREDIT_WEIGHT`), so a reporter's name finds what they wrote first.
//! - Filters (outlet, author, date range, allowed documents) restrict results; they never
//!   rank.
//! - `did_you_mean` is set when a query word is not in the index (nor, being typed, the start
//!   of a word in it) and a vocabulary word lies close: the query with those words replaced.
//! - Work is bounded: the first 2,048 bytes and 32 words of a query are read; completions and
//!   typo candidates per word are capped. Every string is a valid query; none is an error.

mod expand;
mod fold_table;
mod fuzzy;
mod index;
mod postings;
mod prepared;
mod query;
mod ranking;
mod snippet;
mod tokenizer;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::corpus::{Corpus, Document};
use crate::span::Span;

pub use index::SearchIndex;
pub use query::{
    parse_query, Alternative, Group, Query, QueryWord, MAX_QUERY_BYTES, MAX_QUERY_WORDS,
};
pub use tokenizer::{fold_word, words, Word};

/// What to search and how many hits to return.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchOptions {
    /// Hits returned at most (`total` still counts them all).
    pub limit: usize,
    /// Only documents whose `meta.outlet` is exactly this.
    pub outlet: Option<String>,
    /// Only documents with exactly this among `meta.authors`.
    pub author: Option<String>,
    /// Only documents published on or after this `YYYY-MM-DD` day (undated ones are left out).
    pub from: Option<String>,
    /// Only documents published on or before this `YYYY-MM-DD` day (undated ones are left out).
    pub to: Option<String>,
    /// Only these documents (indices into the corpus), e.g. those mentioning an entity.
    pub only_docs: Option<Vec<usize>>,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            outlet: None,
            author: None,
            from: None,
            to: None,
            only_docs: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// Best first.
    pub hits: Vec<Hit>,
    /// Documents that matched, before `limit`.
    pub total: usize,
    /// The query with unknown words corrected from the index vocabulary (see module header).
    pub did_you_mean: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// Index of the document in the corpus.
    pub doc: usize,
    pub score: f32,
    /// Best first, at most three.
    pub snippets: Vec<Snippet>,
}

/// A window of a document's text with the query's hits in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// Byte range in the document's raw text, cut at white space.
    pub span: Span,
    /// Hits inside `span`, sorted, disjoint.
    pub highlights: Vec<Span>,
}

impl SearchIndex {
    /// Indexes every document of `corpus` (see [`SearchIndex::build_documents`]).
    pub fn build(corpus: &Corpus) -> SearchIndex {
        SearchIndex::build_documents(&corpus.documents)
    }

    /// Ranked hits for `query`. `documents` must be the documents the index was built from, in
    /// the same order; documents past its end are never returned.
    pub fn search(
        &self,
        documents: &[Document],
        query: &str,
        options: &SearchOptions,
    ) -> SearchResults {
        let tokenizer = tokenizer::Tokenizer::new();
        let parsed = parse_query(query);
        let prepared = prepared::PreparedQuery::new(self, &tokenizer, &parsed);
        let did_you_mean = expand::did_you_mean(self, query, &parsed, &prepared);
        let only_docs: Option<Vec<bool>> = options.only_docs.as_ref().map(|docs| {
            let mut allowed = vec![false; documents.len()];
            for &doc in docs {
                if let Some(flag) = allowed.get_mut(doc) {
                    *flag = true;
                }
            }
            allowed
        });
        let allowed = |doc: usize| {
            let Some(document) = documents.get(doc) else {
                return false;
            };
            let meta = &document.meta;
            let published = meta.published.as_deref();
            only_docs.as_ref().is_none_or(|allowed| allowed[doc])
                && options
                    .outlet
                    .as_ref()
                    .is_none_or(|o| meta.outlet.as_ref() == Some(o))
                && options
                    .author
                    .as_ref()
                    .is_none_or(|a| meta.authors.contains(a))
                && options
                    .from
                    .as_deref()
                    .is_none_or(|from| published.is_some_and(|p| p >= from))
                && options
                    .to
                    .as_deref()
                    .is_none_or(|to| published.is_some_and(|p| p <= to))
        };
        let (ranked, total) = ranking::rank(self, &prepared, &allowed, options.limit);
        let words = snippet::MatchingWords::new(self, &prepared);
        let hits = ranked
            .into_iter()
            .filter_map(|r| {
                let document = documents.get(r.doc)?;
                let text_hits = snippet::text_hits(&words, &prepared, document);
                Some(Hit {
                    doc: r.doc,
                    score: r.score,
                    snippets: snippet::snippets(document, &text_hits),
                })
            })
            .collect();
        SearchResults {
            hits,
            total,
            did_you_mean,
        }
    }

    /// Every hit of `query` in `doc` (title span and content), sorted and disjoint, for a
    /// reader that highlights them all and steps through them.
    pub fn hit_spans(&self, doc: &Document, query: &str) -> Vec<Span> {
        let tokenizer = tokenizer::Tokenizer::new();
        let prepared = prepared::PreparedQuery::new(self, &tokenizer, &parse_query(query));
        let words = snippet::MatchingWords::new(self, &prepared);
        snippet::text_hits(&words, &prepared, doc)
            .into_iter()
            .map(|h| h.span)
            .collect()
    }

    /// The index as embedded in the app.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// Reads an index written by [`SearchIndex::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<SearchIndex, String> {
        postcard::from_bytes(bytes).map_err(|e| {
            format!(
                "the embedded search index ({} bytes) can't be read: {e}; rebuild the app",
                bytes.len()
            )
        })
    }
}
