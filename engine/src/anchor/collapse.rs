//! The whitespace-insensitive view of a text that anchors are matched in: every run of white
//! space folded to one ASCII space, with a map back to raw byte offsets.
//!
//! Matching in this view is what lets a link survive an edit that only re-wraps lines, doubles
//! a space or turns a newline into a space. The map is sparse (one entry per place where the
//! raw-minus-collapsed offset changes), so a 2 MB article costs a few kilobytes on top of the
//! collapsed copy.

use crate::span::Span;

/// A text with its white space runs collapsed, and the way back to raw offsets.
pub(crate) struct Collapsed<'t> {
    pub raw: &'t str,
    /// The collapsed text; offsets into it are "collapsed offsets".
    pub text: String,
    /// `(collapsed offset, raw offset)` at every char where `raw - collapsed` changes. Sorted on
    /// both fields, and the difference never shrinks: collapsing only ever removes bytes.
    breaks: Vec<(usize, usize)>,
}

impl<'t> Collapsed<'t> {
    pub fn new(raw: &'t str) -> Collapsed<'t> {
        let mut view = Collapsed {
            raw,
            text: String::with_capacity(raw.len()),
            breaks: vec![(0, 0)],
        };
        // Copy the raw text in long runs, breaking only at white space that changes (a run of
        // several chars, or one that isn't a plain space): per-char or per-word pushes made
        // this the slowest step of resolving in a big article.
        let mut kept_from = 0;
        let mut at = 0;
        while at < raw.len() {
            let space_len = space_len_at(raw, at);
            if space_len == 0 {
                at += 1;
                continue;
            }
            let mut run_end = at + space_len;
            loop {
                let more = space_len_at(raw, run_end);
                if more == 0 {
                    break;
                }
                run_end += more;
            }
            if run_end - at > 1 || raw.as_bytes()[at] != b' ' {
                view.push(kept_from, &raw[kept_from..at]);
                view.push(at, " ");
                kept_from = run_end;
            }
            at = run_end;
        }
        view.push(kept_from, &raw[kept_from..]);
        view
    }

    /// Appends `piece`, which stands for the raw text starting at `raw_at`.
    fn push(&mut self, raw_at: usize, piece: &str) {
        let (last_collapsed, last_raw) = self.breaks[self.breaks.len() - 1];
        if raw_at - self.text.len() != last_raw - last_collapsed {
            self.breaks.push((self.text.len(), raw_at));
        }
        self.text.push_str(piece);
    }

    /// The raw offset of the char that starts at collapsed offset `at` (for a folded run, its
    /// first white space char). `at == text.len()` maps past the last kept char.
    pub fn to_raw(&self, at: usize) -> usize {
        let i = self.breaks.partition_point(|b| b.0 <= at).saturating_sub(1);
        let (collapsed, raw) = self.breaks[i];
        (raw + (at - collapsed)).min(self.raw.len())
    }

    /// A non-empty collapsed span as a raw span. The end is placed right after the raw char that
    /// the span's last collapsed char stands for, so a match ending in a folded space covers only
    /// the first char of that run, not the whole run.
    pub fn span_to_raw(&self, span: Span) -> Span {
        let start = self.to_raw(span.start);
        let Some((last_at, _)) = self
            .text
            .get(..span.end)
            .and_then(|s| s.char_indices().next_back())
        else {
            return Span::new(start, start);
        };
        let last_raw = self.to_raw(last_at.max(span.start));
        let last_len = self
            .raw
            .get(last_raw..)
            .and_then(|s| s.chars().next())
            .map_or(0, char::len_utf8);
        Span::new(start, (last_raw + last_len).max(start))
    }

    /// The collapsed offset nearest to raw offset `at` (inside a folded run: the run's space).
    pub fn to_collapsed(&self, at: usize) -> usize {
        let i = self.breaks.partition_point(|b| b.1 <= at).saturating_sub(1);
        let (collapsed, raw) = self.breaks[i];
        let mut out = collapsed + (at - raw.min(at));
        if let Some(next) = self.breaks.get(i + 1) {
            out = out.min(next.0.saturating_sub(1).max(collapsed));
        }
        crate::span::floor_char_boundary(&self.text, out.min(self.text.len()))
    }
}

/// The byte length of the white space char starting at byte `at` of `text`, 0 if there is none
/// (or `at` is past the end or inside a char).
fn space_len_at(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(b' ' | b'\t'..=b'\r') => 1,
        // The only lead bytes of non-ASCII white space: U+0085, U+00A0, U+1680, U+2000..U+205F,
        // U+3000.
        Some(0xC2 | 0xE1 | 0xE2 | 0xE3) => text
            .get(at..)
            .and_then(|s| s.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// `text` with every run of white space folded to one ASCII space.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(raw: &str, collapsed: &str) {
        let view = Collapsed::new(raw);
        assert_eq!(view.text, collapsed);
        assert_eq!(collapse(raw), collapsed);
        // Every kept char maps back onto a raw char that collapses to it.
        for (at, c) in view.text.char_indices() {
            let raw_at = view.to_raw(at);
            let raw_c = raw[raw_at..].chars().next().unwrap();
            if c == ' ' {
                assert!(raw_c.is_whitespace(), "{raw:?} at {at}");
            } else {
                assert_eq!(raw_c, c, "{raw:?} at {at}");
            }
            let span = view.span_to_raw(Span::new(at, at + c.len_utf8()));
            assert_eq!(collapse(span.slice(raw)), c.to_string(), "{raw:?} at {at}");
            assert!(view.text.is_char_boundary(view.to_collapsed(raw_at)));
        }
    }

    #[test]
    fn collapses_runs_and_maps_back() {
        check("", "");
        check("plain text", "plain text");
        check("two  spaces", "two spaces");
        check("line\nbreak\n\n\npara", "line break para");
        check(" \t lead and trail \n", " lead and trail ");
        check("nbsp\u{a0}\u{a0}here", "nbsp here");
        check("Zürich\u{2003}’quoted’", "Zürich ’quoted’");
        check("北京\n\n上海 東京", "北京 上海 東京");
        check("👩‍👩‍👧 family\u{3000}e\u{301}", "👩‍👩‍👧 family e\u{301}");
    }

    #[test]
    fn span_end_stops_after_first_char_of_a_folded_run() {
        let raw = "foo\n\n\nbar";
        let view = Collapsed::new(raw);
        assert_eq!(view.span_to_raw(Span::new(0, 4)), Span::new(0, 4));
        assert_eq!(view.span_to_raw(Span::new(4, 7)), Span::new(6, 9));
        assert_eq!(view.to_collapsed(5), 3);
        assert_eq!(view.to_collapsed(6), 4);
    }
}
