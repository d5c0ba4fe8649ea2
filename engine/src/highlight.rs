//! Highlight segments: a text range cut at every boundary of a set of (possibly overlapping)
//! marks, so the renderer can wrap each piece in the marks that cover it. Entity, search-hit
//! and passage marks overlap freely and stay distinguishable, because a piece lists them all.
//! What the pieces promise is checked by `invariants::check_segments` (its tests hold the
//! property test of `segments`).

use crate::span::Span;

/// A piece of text and the indices (into the caller's mark list) of the marks covering it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub marks: Vec<usize>,
}

/// Cuts `range` at every mark boundary inside it. Marks outside `range` are ignored; empty
/// or reversed marks are skipped. Boundaries are snapped to char boundaries of `text` so a
/// bad mark can never split a character.
pub fn segments(text: &str, range: Span, marks: &[Span]) -> Vec<Segment> {
    let range = range.clamp_to(text);
    let mut cuts: Vec<usize> = vec![range.start, range.end];
    let relevant: Vec<(usize, Span)> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.is_empty() && m.overlaps(range))
        .map(|(i, m)| (i, m.clamp_to(text)))
        .collect();
    for (_, m) in &relevant {
        cuts.extend([m.start.max(range.start), m.end.min(range.end)]);
    }
    crate::sort::sort(&mut cuts);
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let span = Span::new(w[0], w[1]);
            let marks = relevant
                .iter()
                .filter(|(_, m)| m.contains(span))
                .map(|(i, _)| *i)
                .collect();
            Segment { span, marks }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders segments as `text` for unmarked and `[text|0,1]` for marked pieces.
    #[track_caller]
    fn check(text: &str, marks: &[(usize, usize)], expect: &str) {
        let marks: Vec<Span> = marks.iter().map(|&(s, e)| Span::new(s, e)).collect();
        let got: String = segments(text, Span::new(0, text.len()), &marks)
            .iter()
            .map(|s| {
                let t = s.span.slice(text);
                if s.marks.is_empty() {
                    t.to_string()
                } else {
                    format!(
                        "[{t}|{}]",
                        s.marks
                            .iter()
                            .map(|m| m.to_string())
                            .collect::<Vec<_>>()
                            .join(",")
                    )
                }
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn overlapping_marks() {
        check("abcdef", &[], "abcdef");
        check("abcdef", &[(1, 3)], "a[bc|0]def");
        check("abcdef", &[(1, 4), (2, 6)], "a[b|0][cd|0,1][ef|1]");
        check("abcdef", &[(0, 6), (2, 3)], "[ab|0][c|0,1][def|0]");
        check("abcdef", &[(4, 2), (3, 3), (10, 20)], "abcdef");
    }

    #[test]
    fn marks_snap_to_char_boundaries() {
        // 'ü' is two bytes: a mark ending inside it widens to the whole character.
        check("Zürich", &[(0, 2)], "[Zü|0]rich");
        check("漢字👩‍👩‍👧", &[(1, 4)], "[漢字|0]👩‍👩‍👧");
    }
}
