//! The English the engine knows, written once: stop words, month and day names, titles,
//! honorifics and abbreviations, the verbs that move a quantity ("rose", "fell"), title case,
//! plurals for the app's counts, and the fast hasher every word lookup uses. Every part of the engine (measures, metadata, the name
//! finder, the comparison) reads these lists from here, so that no module keeps a copy that
//! can go stale. Where two readers need different lists, there is one base list and each
//! reader's extension is a named, documented list beside it.

pub mod abbreviations;
pub mod calendar;
pub mod hash;
pub mod quantities;
pub mod stop_words;

pub use calendar::{is_month_or_day, month_number, MONTHS, WEEKDAYS};
pub use hash::{FastHash, FastMap, FastSet, FxHasher};

/// `n` and the noun, made plural when `n` isn't 1: "1 article", "2 articles". Regular nouns
/// only; the app's nouns are.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `word` with its first letter upper case and the rest lower case, without allocating.
pub fn title_case_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = word.chars();
    let first = chars.next();
    first
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars.flat_map(char::to_lowercase))
}

/// Each whitespace-separated word of `s` in title case, joined by single spaces:
/// "NEW YORK" → "New York", "élan" → "Élan".
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.extend(title_case_chars(word));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{plural, title_case};

    #[test]
    fn title_case_each_word() {
        for (s, expected) in [
            ("NEW YORK", "New York"),
            ("  san   josé ", "San José"),
            ("élan", "Élan"),
            ("o'NEILL", "O'neill"),
            ("", ""),
        ] {
            assert_eq!(title_case(s), expected, "{s}");
        }
    }

    #[test]
    fn counts_read_as_english() {
        for (n, noun, expected) in [
            (0, "mention", "0 mentions"),
            (1, "mention", "1 mention"),
            (2, "article", "2 articles"),
            (1, "number check", "1 number check"),
        ] {
            assert_eq!(plural(n, noun), expected);
        }
    }
}
