//! Did you mean: the query with each word the index doesn't know replaced by its closest
//! vocabulary word, from the expansions `expand.rs` already computed for the query (so a word
//! is looked up once), keeping the user's case and the rest of the query as typed.

use crate::search::expand::{closeness, near_words};
use crate::search::index::SearchIndex;
use crate::search::prepared::{PreparedAlternative, PreparedQuery};
use crate::search::query::{Query, QueryWord};
use crate::span::Span;

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
