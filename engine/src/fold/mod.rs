//! Folding a word the way search matches it and the entities group names: the possessive
//! `'s` / `’s` cut, apostrophes and commas inside numbers dropped, dots kept only between
//! digits, then lower case and compatibility decomposition with combining marks dropped
//! (`Zürich` ~ `zurich`, `ﬁ` ~ `fi`, Arabic harakat dropped), through the generated tables of
//! `table.rs`. Its own module, below both `search` and `entities`, so that neither imports the
//! other for it.

mod table;

use table::{FOLD_MULTI, FOLD_SINGLE};

/// Words longer than this (in bytes, after folding) are cut: no real word is this long, and it
/// bounds the work one pathological token can cause in the typo matcher.
pub const MAX_WORD_BYTES: usize = 64;

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
    use super::table::{FOLD_MULTI, FOLD_SINGLE};
    use super::*;

    /// `fold_char` binary-searches both tables: they must stay sorted.
    #[test]
    fn fold_tables_are_sorted() {
        assert!(FOLD_SINGLE.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FOLD_MULTI.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn words_fold_as_search_matches_them() {
        for (raw, expected) in [
            ("Assange’s", Some("assange")),
            ("O'Brien", Some("obrien")),
            ("30,000", Some("30000")),
            ("U.S", Some("us")),
            ("5.93", Some("5.93")),
            ("Zürich", Some("zurich")),
            ("Straße", Some("strasse")),
            ("ﬁnal", Some("final")),
            ("’", None),
        ] {
            let mut out = String::new();
            let kept = fold_word(raw, &mut out);
            assert_eq!(kept.then_some(out.as_str()), expected, "{raw}");
        }
    }
}
