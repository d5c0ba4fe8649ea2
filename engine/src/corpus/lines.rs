//! The lines of an article's header as the metadata and credit rules read them: non-blank,
//! trimmed, with their spans, and the small measures those rules take of a line.

use crate::span::{trim_span, Span};

pub(crate) struct Line<'t> {
    pub text: &'t str,
    pub span: Span,
}

/// Non-blank lines from `start`, trimmed, with their spans.
pub(crate) fn lines(text: &str, start: usize) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut at = start;
    for raw in text[start..].split_inclusive('\n') {
        let span = trim_span(text, Span::new(at, at + raw.len()));
        at += raw.len();
        // A BOM is not content.
        let span = if span.slice(text).starts_with('\u{feff}') {
            trim_span(text, Span::new(span.start + 3, span.end))
        } else {
            span
        };
        if !span.is_empty() {
            out.push(Line {
                text: span.slice(text),
                span,
            });
        }
    }
    out
}

pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Every kind of white space (no-break spaces from web pages included) as one plain space, so
/// that patterns like " website" match.
pub(crate) fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One to four words, each capitalised: the shape of a name (a person's or an outlet's).
pub(crate) fn looks_like_name(n: &str) -> bool {
    let words: Vec<&str> = n.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}
