//! A query resolved against one index: each group's alternatives expanded to index terms
//! (prefix and typo expansion through `expand`), phrases turned into term sequences, and each
//! group's weight. Ranking and snippets read it; it sits in its own file so that `expand` and
//! `ranking` don't import each other.

use crate::search::expand::{expand_word, ExpandedWord};
use crate::search::index::SearchIndex;
use crate::search::query::Query;
use crate::search::tokenizer::Tokenizer;

/// A query resolved against one index: terms, weights and phrases.
#[derive(Clone, Debug, Default)]
pub struct PreparedQuery {
    pub groups: Vec<PreparedGroup>,
}

#[derive(Clone, Debug, Default)]
pub struct PreparedGroup {
    pub negated: bool,
    /// Every alternative is quoted: a document must match this group.
    pub required: bool,
    pub alternatives: Vec<PreparedAlternative>,
    /// For an exclusion: the terms of `Group::verbatim`, a phrase that spares a document.
    pub verbatim: Vec<Option<u32>>,
    /// The largest weighted idf among the group's terms: how telling a match is.
    pub weight: f32,
}

#[derive(Clone, Debug)]
pub enum PreparedAlternative {
    Word(ExpandedWord),
    /// The terms of a phrase, in order; `None` for a word the index doesn't have.
    Phrase(Vec<Option<u32>>),
}

impl PreparedQuery {
    pub fn new(index: &SearchIndex, tokenizer: &Tokenizer, query: &Query) -> PreparedQuery {
        let groups = query
            .groups
            .iter()
            .map(|group| {
                let alternatives: Vec<PreparedAlternative> = group
                    .alternatives
                    .iter()
                    .map(|alternative| {
                        if alternative.is_phrase() {
                            let terms = alternative
                                .words
                                .iter()
                                .map(|w| index.term_of_word(&w.folded, tokenizer));
                            PreparedAlternative::Phrase(terms.collect())
                        } else {
                            let exact_only = alternative.quoted || group.negated;
                            let word = &alternative.words[0];
                            PreparedAlternative::Word(expand_word(
                                index, tokenizer, word, exact_only,
                            ))
                        }
                    })
                    .collect();
                let weight = alternatives
                    .iter()
                    .map(|a| match a {
                        PreparedAlternative::Word(w) => w
                            .expansions
                            .iter()
                            .map(|e| e.weight * index.idf(index.doc_freq(e.term)))
                            .fold(0.0, f32::max),
                        PreparedAlternative::Phrase(terms) => terms
                            .iter()
                            .flatten()
                            .map(|&t| index.idf(index.doc_freq(t)))
                            .fold(0.0, f32::max),
                    })
                    .fold(0.0, f32::max);
                PreparedGroup {
                    negated: group.negated,
                    required: group.alternatives.iter().all(|a| a.quoted),
                    alternatives,
                    verbatim: group
                        .verbatim
                        .iter()
                        .map(|w| index.term_of_word(&w.folded, tokenizer))
                        .collect(),
                    weight,
                }
            })
            .collect();
        PreparedQuery { groups }
    }
}
