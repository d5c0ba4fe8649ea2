//! The tokenizer: raw text to words and terms, each with its byte span in the raw text.
//!
//! One pipeline serves the index, the query parser and the highlighter, so that what is
//! highlighted is exactly what matched:
//! 1. Unicode word segmentation (UAX #29), which keeps `Assange's`, `30,000`, `U.S` and
//!    `don't` whole and drops punctuation, white space and emoji.
//! 2. Folding to a *word*: the possessive `'s` / `’s` is cut, apostrophes vanish (`O'Brien` ~
//!    `OBrien`), commas inside numbers vanish (`30,000` ~ `30000`), dots vanish except between
//!    digits (`U.S` ~ `US`, `5.93` stays), then lowercase and compatibility decomposition with
//!    combining marks dropped (`Zürich` ~ `zurich`, `ﬁ` ~ `fi`, Arabic harakat dropped).
//! 3. Stemming the word to a *term* with English Snowball, only when the word is all letters
//!    (numbers and codes stay as they are).
//!
//! Prefix and typo matching work on folded words (a half-typed `electio` is no prefix of the
//! stem `elect`); ranking works on terms.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use super::fold_table::{FOLD_MULTI, FOLD_SINGLE};
use crate::span::Span;

/// Words longer than this (in bytes, after folding) are cut: no real word is this long, and it
/// bounds the work one pathological token can cause in the typo matcher.
pub const MAX_WORD_BYTES: usize = 64;

/// A word as the tokenizer found it in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where the whole word (possessive included) stands in the raw text.
    pub span: Span,
    /// The folded form: lowercase, no diacritics, no apostrophes.
    pub folded: String,
}

/// Folds and stems. Holds the stemmer so that it is built once per index or query.
pub struct Tokenizer {
    stemmer: Stemmer,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

impl Tokenizer {
    pub fn new() -> Tokenizer {
        Tokenizer {
            stemmer: Stemmer::create(Algorithm::English),
        }
    }

    /// The term a folded word is indexed under.
    pub fn stem<'w>(&self, folded: &'w str) -> Cow<'w, str> {
        if folded.chars().all(char::is_alphabetic) {
            self.stemmer.stem(folded)
        } else {
            Cow::Borrowed(folded)
        }
    }
}

/// Calls `each(span, folded)` for every word of `text` inside `region`, with spans absolute in
/// `text`. A region off char boundaries or out of range is clamped, never trusted.
pub fn for_each_word(text: &str, region: Span, mut each: impl FnMut(Span, &str)) {
    let region = region.clamp_to(text);
    let slice = region.slice(text);
    let mut folded = String::new();
    for (offset, raw) in slice.unicode_word_indices() {
        if fold_word(raw, &mut folded) {
            let start = region.start + offset;
            each(Span::new(start, start + raw.len()), &folded);
        }
    }
}

/// The words of `text[region]`, collected.
pub fn words(text: &str, region: Span) -> Vec<Word> {
    let mut out = Vec::new();
    for_each_word(text, region, |span, folded| {
        out.push(Word {
            span,
            folded: folded.to_string(),
        })
    });
    out
}

/// Folds one UAX #29 word into `out` (cleared first). Returns false when nothing is left
/// (a lone apostrophe, for instance).
pub fn fold_word(raw: &str, out: &mut String) -> bool {
    out.clear();
    let raw = strip_possessive(raw);
    let mut prev: Option<char> = None;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if out.len() >= MAX_WORD_BYTES {
            break;
        }
        match c {
            '\'' | '’' | '‘' | 'ʼ' | ',' => {}
            '.' => {
                let digit_before = prev.is_some_and(|p| p.is_ascii_digit());
                let digit_after = chars.peek().is_some_and(|n| n.is_ascii_digit());
                if digit_before && digit_after {
                    out.push('.');
                }
            }
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => fold_char(c, out),
        }
        prev = Some(c);
    }
    // A multi-byte char may straddle the cap: cut back to a char boundary.
    if out.len() > MAX_WORD_BYTES {
        let cut = crate::span::floor_char_boundary(out, MAX_WORD_BYTES);
        out.truncate(cut);
    }
    !out.is_empty()
}

/// `Assange's` / `Assange’s` -> `Assange`.
fn strip_possessive(raw: &str) -> &str {
    for suffix in ["'s", "'S", "’s", "’S"] {
        if let Some(stem) = raw.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    raw
}

/// Lowercase, compatibility-decomposed, combining marks dropped; a few letters that have no
/// decomposition are spelled the way English text spells them.
fn fold_char(c: char, out: &mut String) {
    let spelled = match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ł' | 'Ł' => "l",
        'ı' => "i",
        'þ' | 'Þ' => "th",
        _ => "",
    };
    if !spelled.is_empty() {
        out.push_str(spelled);
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    if let Ok(i) = FOLD_SINGLE.binary_search_by_key(&c, |&(from, _)| from) {
        out.extend(FOLD_SINGLE[i].1.to_lowercase());
    } else if let Ok(i) = FOLD_MULTI.binary_search_by_key(&c, |&(from, _)| from) {
        out.extend(FOLD_MULTI[i].1.chars().flat_map(char::to_lowercase));
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Combining marks: accents written as separate code points, Hebrew points, Arabic harakat.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05bd}' | '\u{05bf}'
        | '\u{05c1}'..='\u{05c2}' | '\u{05c4}'..='\u{05c5}' | '\u{05c7}' | '\u{0610}'..='\u{061a}'
        | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06dc}' | '\u{06df}'..='\u{06e4}'
        | '\u{06e7}'..='\u{06e8}' | '\u{06ea}'..='\u{06ed}' | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folded words of `text`, joined by `|`.
    #[track_caller]
    fn check(text: &str, expect: &str) {
        let got: Vec<String> = words(text, Span::new(0, text.len()))
            .into_iter()
            .map(|w| w.folded)
            .collect();
        assert_eq!(got.join("|"), expect, "{text:?}");
    }

    #[test]
    fn folding() {
        check("Hello, World!", "hello|world");
        check("Assange's tweet", "assange|tweet");
        check("Assange’s tweet", "assange|tweet");
        check("30,000 emails", "30000|emails");
        check("5.93 mln", "5.93|mln");
        check("the U.S. said", "the|us|said");
        check(
            "Zürich São Paulo Øresund Łódź",
            "zurich|sao|paulo|oresund|lodz",
        );
        check("Straße ﬁnal", "strasse|final");
        check("don't O’Brien", "dont|obrien");
        check("anti-Trump", "anti|trump");
        check("東京 北京", "東|京|北|京");
        check("مُحَمَّد", "محمد");
        check("🎉 🎉 ...", "");
        check("", "");
        check("'s", "s");
    }

    #[test]
    fn spans_point_at_the_raw_word() {
        let text = "«Zürich’s» 30,000 🎉 東京";
        let got: Vec<&str> = words(text, Span::new(0, text.len()))
            .iter()
            .map(|w| w.span.slice(text))
            .collect();
        assert_eq!(got, ["Zürich’s", "30,000", "東", "京"]);
    }

    #[test]
    fn region_off_char_boundary_is_clamped() {
        let text = "Zürich";
        let got = words(text, Span::new(2, 100));
        assert!(got.iter().all(|w| w.span.is_valid_in(text)));
    }

    #[test]
    fn stems() {
        let tokenizer = Tokenizer::new();
        #[track_caller]
        fn stem(tokenizer: &Tokenizer, word: &str, expect: &str) {
            assert_eq!(tokenizer.stem(word), expect, "{word}");
        }
        stem(&tokenizer, "elections", "elect");
        stem(&tokenizer, "emails", "email");
        stem(&tokenizer, "30000", "30000");
        stem(&tokenizer, "1980s", "1980s");
        stem(&tokenizer, "zurich", "zurich");
        stem(&tokenizer, "東", "東");
    }
}

#[cfg(test)]
mod fold_table_tests {
    use super::super::fold_table::{FOLD_MULTI, FOLD_SINGLE};

    /// The tokenizer binary-searches both tables: they must stay sorted.
    #[test]
    fn fold_tables_are_sorted() {
        assert!(FOLD_SINGLE.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FOLD_MULTI.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
