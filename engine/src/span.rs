//! `Span`, the byte range every other module speaks in, and the char-boundary-safe helpers
//! that make slicing with one impossible to panic.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's raw text, exactly as on disk.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text under this span, or `""` when the span is out of range, reversed, or
    /// not on char boundaries. Never panics.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether this span can be sliced out of `text` as it is.
    pub fn is_valid_in(&self, text: &str) -> bool {
        self.start <= self.end && text.get(self.start..self.end).is_some()
    }

    /// This span clamped into `text` and widened outwards to the nearest char boundaries.
    pub fn clamp_to(&self, text: &str) -> Span {
        let start = floor_char_boundary(text, self.start.min(self.end));
        let end = ceil_char_boundary(text, self.end.max(self.start));
        Span { start, end }
    }
}

/// The largest char boundary `<= i` in `text` (`text.len()` when past the end).
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    let mut i = i;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary `>= i` in `text` (`text.len()` when past the end).
pub fn ceil_char_boundary(text: &str, i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    let mut i = i;
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `span` with leading and trailing white space removed (an empty span stays where it is).
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// The byte offset in `text` of the position `utf16` UTF-16 code units in (what a browser's
/// selection reports), clamped to the text and to a char boundary.
pub fn byte_offset_of_utf16(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_never_panics_off_boundary() {
        let text = "Zürich ₹900";
        for start in 0..=text.len() + 2 {
            for end in 0..=text.len() + 2 {
                let span = Span::new(start, end);
                let _ = span.slice(text);
                let clamped = span.clamp_to(text);
                assert!(clamped.is_valid_in(text), "{span:?} -> {clamped:?}");
            }
        }
    }

    #[test]
    fn utf16_offsets_map_to_bytes() {
        let text = "a😀ü漢";
        for (utf16, byte) in [(0, 0), (1, 1), (2, 5), (3, 5), (4, 7), (5, 10), (99, 10)] {
            assert_eq!(byte_offset_of_utf16(text, utf16), byte, "utf16 {utf16}");
        }
    }

    #[test]
    fn trim_span_drops_outer_space() {
        let text = "  Zürich \n";
        let span = trim_span(text, Span::new(0, text.len()));
        assert_eq!(span.slice(text), "Zürich");
    }
}
