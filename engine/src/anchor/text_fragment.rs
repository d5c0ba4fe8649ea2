//! Links into the publisher's page: standard Text Fragments (`#:~:text=prefix-,start,end,-suffix`,
//! WICG scroll-to-text), which browsers highlight without any script of ours.
//!
//! A browser matches each part against the rendered page, inside one block and on word
//! boundaries, so this module cuts parts at line breaks and whole words: a long or
//! multi-paragraph passage becomes `start,end` (its first and last few words), and the context
//! keeps at most three whole words on the passage's own line.

use crate::span::Span;

use super::AnchorError;

/// A passage of at most this many words (on one line) is quoted whole.
const WHOLE_WORDS: usize = 10;
/// Words kept at each end of a longer passage.
const END_WORDS: usize = 5;
/// Words of context kept before and after.
const CONTEXT_WORDS: usize = 3;
/// Bytes of raw text looked at for context.
const CONTEXT_BYTES: usize = 200;

/// `#:~:text=...` for `quote` with whole-word `prefix` and `suffix` context (either may be empty;
/// only the part on the quote's side of a line break is used). `""` for a blank quote.
pub fn text_fragment(prefix: &str, quote: &str, suffix: &str) -> String {
    let blocks: Vec<Vec<&str>> = quote
        .split('\n')
        .map(|b| b.split_whitespace().collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let (Some(first), Some(last)) = (blocks.first(), blocks.last()) else {
        return String::new();
    };
    let (text_start, text_end) = if blocks.len() == 1 && first.len() <= WHOLE_WORDS {
        (first.join(" "), None)
    } else {
        let start = first[..first.len().min(END_WORDS)].join(" ");
        let end = last[last.len().saturating_sub(END_WORDS)..].join(" ");
        (start, Some(end))
    };
    let prefix_words: Vec<&str> = prefix
        .rsplit('\n')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let suffix_words: Vec<&str> = suffix
        .split('\n')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let mut prefix = prefix_words[prefix_words.len().saturating_sub(CONTEXT_WORDS)..].join(" ");
    let mut suffix = suffix_words[..suffix_words.len().min(CONTEXT_WORDS)].join(" ");
    // Context of bare punctuation (the "." after a passage) narrows nothing down.
    for context in [&mut prefix, &mut suffix] {
        if !context.contains(char::is_alphanumeric) {
            context.clear();
        }
    }

    let mut out = String::from("#:~:text=");
    if !prefix.is_empty() {
        encode_directive_into(&prefix, &mut out);
        out.push_str("-,");
    }
    encode_directive_into(&text_start, &mut out);
    if let Some(end) = text_end {
        out.push(',');
        encode_directive_into(&end, &mut out);
    }
    if !suffix.is_empty() {
        out.push_str(",-");
        encode_directive_into(&suffix, &mut out);
    }
    super::query::protect_last_char(&mut out);
    out
}

/// [`text_fragment`] for a byte range of `text`, widened to whole words, with context taken
/// from the surrounding text. Errors as [`super::create`] does on a bad range.
pub fn text_fragment_for(text: &str, span: Span) -> Result<String, AnchorError> {
    super::check_span(text, span)?;
    let mut start = span.start;
    while text[start..].starts_with(char::is_alphanumeric) {
        match text[..start].chars().next_back() {
            Some(c) if c.is_alphanumeric() => start -= c.len_utf8(),
            _ => break,
        }
    }
    let mut end = span.end;
    while text[..end].ends_with(char::is_alphanumeric) {
        match text[end..].chars().next() {
            Some(c) if c.is_alphanumeric() => end += c.len_utf8(),
            _ => break,
        }
    }
    let before_from = crate::span::ceil_char_boundary(text, start.saturating_sub(CONTEXT_BYTES));
    let mut before = &text[before_from..start];
    if before_from > 0 && !before.contains('\n') {
        // The window may start mid-word: drop its first, maybe partial, word.
        before = before.trim_start_matches(|c: char| !c.is_whitespace());
    }
    let after_to = crate::span::floor_char_boundary(text, end.saturating_add(CONTEXT_BYTES));
    let mut after = &text[end..after_to];
    if after_to < text.len() && !after.contains('\n') {
        after = after.trim_end_matches(|c: char| !c.is_whitespace());
    }
    Ok(text_fragment(before, &text[start..end], after))
}

/// Percent-encodes one text directive part: ASCII letters, digits, `.`, `_` and `~` kept, every
/// other byte (including the directive's own `-`, `,` and `&`, and space) as `%XX`.
fn encode_directive_into(value: &str, out: &mut String) {
    for &b in value.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'~' => out.push(b as char),
            _ => {
                out.push('%');
                out.push_str(&format!("{b:02X}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(prefix: &str, quote: &str, suffix: &str, expected: &str) {
        assert_eq!(text_fragment(prefix, quote, suffix), expected);
    }

    #[test]
    fn builds_standard_directives() {
        check("", "WikiLeaks", "", "#:~:text=WikiLeaks");
        check(
            "the",
            "red-hot deal",
            "was",
            "#:~:text=the-,red%2Dhot%20deal,-was",
        );
        check(
            "one two three four",
            "a, b & c",
            "x y z w",
            "#:~:text=two%20three%20four-,a%2C%20b%20%26%20c,-x%20y%20z",
        );
        check(
            "Trump’s",
            "“about to launch.”",
            "",
            "#:~:text=Trump%E2%80%99s-,%E2%80%9Cabout%20to%20launch.%E2%80%9D",
        );
        check(
            "",
            "ends with a dot.",
            "",
            "#:~:text=ends%20with%20a%20dot%2E",
        );
        check(
            "",
            "1 2 3 4 5 6 7 8 9 10 11 12",
            "",
            "#:~:text=1%202%203%204%205,8%209%2010%2011%2012",
        );
        check(
            "para one\nnew para",
            "first words\n\nlast words",
            "tail\nnext",
            "#:~:text=new%20para-,first%20words,last%20words,-tail",
        );
        check(
            "",
            "北京 上海",
            "",
            "#:~:text=%E5%8C%97%E4%BA%AC%20%E4%B8%8A%E6%B5%B7",
        );
        check("x", " \n ", "y", "");
        check("—", "words", ".", "#:~:text=words");
    }

    #[track_caller]
    fn check_for(text: &str, needle: &str, expected: &str) {
        let start = text.find(needle).unwrap();
        let fragment = text_fragment_for(text, Span::new(start, start + needle.len())).unwrap();
        assert_eq!(fragment, expected);
    }

    #[test]
    fn widens_to_whole_words_and_takes_line_context() {
        check_for(
            "Heading\nThe cat sat on the mat today.",
            "at sat",
            "#:~:text=The-,cat%20sat,-on%20the%20mat",
        );
        check_for(
            "Zürich is big. Genève is not.",
            "Genève",
            "#:~:text=Z%C3%BCrich%20is%20big.-,Gen%C3%A8ve,-is%20not%2E",
        );
        check_for(
            "東京は大きい。",
            "東京",
            "#:~:text=%E6%9D%B1%E4%BA%AC%E3%81%AF%E5%A4%A7%E3%81%8D%E3%81%84",
        );
    }

    #[test]
    fn bad_ranges_are_errors() {
        let text = "é";
        assert!(text_fragment_for(text, Span::new(1, 2)).is_err());
        assert!(text_fragment_for(text, Span::new(2, 1)).is_err());
        assert!(text_fragment_for(text, Span::new(0, 9)).is_err());
    }
}
