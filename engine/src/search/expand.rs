//! From query words to index terms: the exact term, the completions of a word being typed,
//! the words a typo may have meant (each with a weight below an exact match). The did-you-mean
//! correction built from them is `suggest.rs`'s.

use std::collections::HashMap;

use crate::search::fuzzy;
use crate::search::index::SearchIndex;
use crate::search::query::QueryWord;
use crate::search::tokenizer::Tokenizer;

/// Weight of an exact match; everything else scores below it.
pub const EXACT_WEIGHT: f32 = 1.0;
/// A completion of a word being typed weighs between these two, more as the typed part
/// covers more of the word.
pub const PREFIX_MIN_WEIGHT: f32 = 0.55;
pub const PREFIX_MAX_WEIGHT: f32 = 0.9;
/// Weights of a word one and two edits away from the typed word.
pub const FUZZY_WEIGHTS: [f32; 3] = [1.0, 0.5, 0.3];
/// Completions kept for a word being typed (the most frequent ones): `a` alone would
/// otherwise expand to thousands of terms.
pub const MAX_PREFIX_TERMS: usize = 48;
/// And only while their postings add up to at most this many times the number of documents:
/// the first letter or two of a word complete to the most common words, whose postings would
/// otherwise be most of the work of the query.
pub const PREFIX_POSTINGS_BUDGET: usize = 2;
/// Typo candidates kept per word (closest, then most frequent first).
pub const MAX_FUZZY_TERMS: usize = 16;
/// A word the index knows is only typo-matched when it is this rare (a share of the
/// documents, at least `MIN_RARE_DOCS`): a rare word may well be a typo in the text or a
/// real word typed by mistake; a common one is what the user meant, and typo-matching it
/// would cost time for nothing but noise.
pub const RARE_SHARE: f32 = 0.0005;
pub const MIN_RARE_DOCS: u32 = 3;

/// One index term a query word stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Expansion {
    pub term: u32,
    pub weight: f32,
    /// Only reached through typo tolerance.
    pub fuzzy: bool,
}

/// The terms of one query word.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExpandedWord {
    pub expansions: Vec<Expansion>,
    /// The word itself (or, being typed, a completion of it) is in the index: typo matches
    /// are then only a bonus, not a match of the word.
    pub direct: bool,
    /// The closest vocabulary word found by typo matching (an index into `words`), and the
    /// edit bound that search used (0: none was made).
    pub correction: Option<usize>,
    pub fuzzy_bound: u8,
}

/// The terms `word` stands for. `exact_only` (quoted or excluded words) skips prefix and typo
/// matching.
pub fn expand_word(
    index: &SearchIndex,
    tokenizer: &Tokenizer,
    word: &QueryWord,
    exact_only: bool,
) -> ExpandedWord {
    let mut weights: HashMap<u32, Expansion> = HashMap::new();
    let mut offer = |term: u32, weight: f32, fuzzy: bool| {
        let entry = weights.entry(term).or_insert(Expansion {
            term,
            weight,
            fuzzy,
        });
        if weight > entry.weight {
            *entry = Expansion {
                term,
                weight,
                fuzzy,
            };
        }
    };
    let exact = index.term_of_word(&word.folded, tokenizer);
    if let Some(term) = exact {
        offer(term, EXACT_WEIGHT, false);
    }
    let mut direct = exact.is_some();
    if exact_only {
        return ExpandedWord {
            expansions: weights.into_values().collect(),
            direct,
            correction: None,
            fuzzy_bound: 0,
        };
    }
    if word.prefix {
        let typed = word.folded.chars().count() as f32;
        let mut by_term: HashMap<u32, f32> = HashMap::new();
        for i in index.words_with_prefix(&word.folded) {
            let cover = typed / index.words[i].chars().count().max(1) as f32;
            let weight = PREFIX_MIN_WEIGHT + (PREFIX_MAX_WEIGHT - PREFIX_MIN_WEIGHT) * cover;
            let best = by_term.entry(index.word_terms[i]).or_insert(weight);
            *best = best.max(weight);
        }
        direct |= !by_term.is_empty();
        let max_edits = fuzzy::max_edits(word.folded.chars().count());
        if by_term.is_empty() && max_edits > 0 && !word.folded.chars().any(|c| c.is_numeric()) {
            // Nothing starts with what was typed: perhaps a typo in the word being typed.
            for (i, dist) in near_words(index, &word.folded, max_edits, true) {
                let weight = FUZZY_WEIGHTS[dist.min(2) as usize] * PREFIX_MIN_WEIGHT;
                let best = by_term.entry(index.word_terms[i]).or_insert(weight);
                *best = best.max(weight);
            }
        }
        let mut completions: Vec<(u32, f32)> = by_term.into_iter().collect();
        completions
            .sort_unstable_by_key(|&(term, _)| (std::cmp::Reverse(index.doc_freq(term)), term));
        completions.truncate(MAX_PREFIX_TERMS);
        let budget = PREFIX_POSTINGS_BUDGET * index.n_docs();
        let mut spent = 0;
        completions.retain(|&(term, _)| {
            spent += index.doc_freq(term) as usize;
            spent <= budget || Some(term) == exact
        });
        for (term, weight) in completions {
            offer(term, weight, false);
        }
    }
    let n_chars = word.folded.chars().count();
    let max_edits = fuzzy::max_edits(n_chars);
    let rare_docs = ((index.n_docs() as f32 * RARE_SHARE) as u32).max(MIN_RARE_DOCS);
    let is_rare = exact.is_none_or(|term| index.doc_freq(term) <= rare_docs);
    let mut correction = None;
    let mut fuzzy_bound = 0;
    if max_edits > 0 && is_rare && !word.folded.chars().any(|c| c.is_numeric()) {
        let found = near_words(index, &word.folded, max_edits, false);
        fuzzy_bound = max_edits;
        correction = found
            .iter()
            .map(|&(i, dist)| (closeness(index, i, dist), i))
            .min()
            .map(|(_, i)| i);
        let mut near: Vec<(u32, u8)> = found
            .into_iter()
            .filter(|&(_, dist)| dist > 0)
            .map(|(i, dist)| (index.word_terms[i], dist))
            .collect();
        crate::sort::sort_by_key(&mut near, |&(term, dist)| {
            (dist, std::cmp::Reverse(index.doc_freq(term)), term)
        });
        near.dedup_by_key(|n| n.0);
        near.truncate(MAX_FUZZY_TERMS);
        for (term, dist) in near {
            offer(term, FUZZY_WEIGHTS[dist.min(2) as usize], true);
        }
    }
    let mut expansions: Vec<Expansion> = weights.into_values().collect();
    crate::sort::sort_by_key(&mut expansions, |e| e.term);
    ExpandedWord {
        expansions,
        direct,
        correction,
        fuzzy_bound,
    }
}

/// The words within `max_edits` of `folded` (for a `prefix`: starting within them). Words
/// starting with a digit are left out: they sort first and make up much of a news vocabulary,
/// and a word with digits is never typo-matched anyway.
pub(super) fn near_words(
    index: &SearchIndex,
    folded: &str,
    max_edits: u8,
    prefix: bool,
) -> Vec<(usize, u8)> {
    let start = index
        .words
        .partition_point(|w| w.as_bytes().first().is_some_and(|b| *b <= b'9'));
    let words = &index.words[start..];
    let mut found = if prefix {
        fuzzy::within_prefix(words, folded, max_edits)
    } else {
        fuzzy::within(words, folded, max_edits)
    };
    for (i, _) in &mut found {
        *i += start;
    }
    found
}

/// Sort key of a correction candidate: fewest edits, then most frequent.
pub(super) fn closeness(
    index: &SearchIndex,
    word_idx: usize,
    dist: u8,
) -> (u8, std::cmp::Reverse<u32>) {
    let term = index.word_terms.get(word_idx).copied().unwrap_or(0);
    (dist, std::cmp::Reverse(index.doc_freq(term)))
}
