//! From query words to index terms: the exact term, the completions of a word being typed,
//! the words a typo may have meant (each with a weight below an exact match), and the
//! did-you-mean correction of a query whose words are not in the index.

use std::collections::HashMap;

use crate::search::fuzzy;
use crate::search::index::SearchIndex;
use crate::search::prepared::{PreparedAlternative, PreparedQuery};
use crate::search::query::{Query, QueryWord};
use crate::search::tokenizer::Tokenizer;
use crate::span::Span;

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
fn near_words(index: &SearchIndex, folded: &str, max_edits: u8, prefix: bool) -> Vec<(usize, u8)> {
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
fn closeness(index: &SearchIndex, word_idx: usize, dist: u8) -> (u8, std::cmp::Reverse<u32>) {
    let term = index.word_terms.get(word_idx).copied().unwrap_or(0);
    (dist, std::cmp::Reverse(index.doc_freq(term)))
}

/// The query with each word the index doesn't know replaced by its closest vocabulary word,
/// or `None` when no word needed (or found) a correction. The rest of the query, and the case
/// of each corrected word, stay as the user wrote them.
pub fn did_you_mean(
    index: &SearchIndex,
    raw_query: &str,
    query: &Query,
    prepared: &PreparedQuery,
) -> Option<String> {
    let mut replacements: Vec<(Span, String)> = Vec::new();
    for (group, prepared_group) in query
        .groups
        .iter()
        .zip(&prepared.groups)
        .filter(|(g, _)| !g.negated)
    {
        for (alternative, prepared_alternative) in
            group.alternatives.iter().zip(&prepared_group.alternatives)
        {
            let unknown: Vec<(&QueryWord, Option<usize>, u8)> = match prepared_alternative {
                PreparedAlternative::Word(expanded) if !expanded.direct => alternative
                    .words
                    .first()
                    .map(|w| (w, expanded.correction, expanded.fuzzy_bound))
                    .into_iter()
                    .collect(),
                PreparedAlternative::Word(_) => Vec::new(),
                PreparedAlternative::Phrase(terms) => alternative
                    .words
                    .iter()
                    .zip(terms)
                    .filter(|(_, t)| t.is_none())
                    .map(|(w, _)| (w, None, 0))
                    .collect(),
            };
            for (word, found, searched) in unknown {
                let Some(correction) =
                    found.or_else(|| closest_word(index, &word.folded, searched))
                else {
                    continue;
                };
                let Some(correction) = index.words.get(correction) else {
                    continue;
                };
                let surface = word.span.slice(raw_query);
                let keep = possessive_len(surface);
                let stem = &surface[..surface.len() - keep];
                replacements.push((
                    Span::new(word.span.start, word.span.end - keep),
                    match_case(stem, correction),
                ));
            }
        }
    }
    if replacements.is_empty() {
        return None;
    }
    crate::sort::sort_by_key(&mut replacements, |r| r.0);
    let mut corrected = String::with_capacity(raw_query.len());
    let mut at = 0;
    for (span, text) in replacements {
        corrected.push_str(raw_query.get(at..span.start)?);
        corrected.push_str(&text);
        at = span.end;
    }
    corrected.push_str(raw_query.get(at..)?);
    Some(corrected)
}

/// The vocabulary word closest to `folded` (an index into `words`), with a looser bound than
/// for matching (a suggestion only costs a click), unless a search within `searched` edits
/// already came back empty and the looser bound is no looser.
fn closest_word(index: &SearchIndex, folded: &str, searched: u8) -> Option<usize> {
    let max_edits = match folded.chars().count() {
        0..=2 => return None,
        3..=5 => 1,
        _ => 2,
    };
    if max_edits <= searched || folded.chars().any(|c| c.is_numeric()) {
        return None;
    }
    near_words(index, folded, max_edits, false)
        .into_iter()
        .map(|(i, dist)| (closeness(index, i, dist), i))
        .min()
        .map(|(_, i)| i)
}

fn possessive_len(surface: &str) -> usize {
    ["'s", "'S", "’s", "’S"]
        .iter()
        .find(|s| surface.len() > s.len() && surface.ends_with(*s))
        .map_or(0, |s| s.len())
}

/// `correction` written the way the user wrote `original`: ALL CAPS, Capitalised or lower.
fn match_case(original: &str, correction: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return correction.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = correction.chars();
        return chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
    }
    correction.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_follows_the_user() {
        #[track_caller]
        fn check(original: &str, correction: &str, expect: &str) {
            assert_eq!(match_case(original, correction), expect);
        }
        check("Asange", "assange", "Assange");
        check("ASANGE", "assange", "ASSANGE");
        check("asange", "assange", "assange");
        check("Zurih", "zurich", "Zurich");
        check("élan", "elan", "elan");
        check("Élan", "elan", "Elan");
    }
}
