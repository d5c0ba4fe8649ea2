//! The promises every range the engine returns keeps, written once as checks that unit tests,
//! property tests and the fuzz targets (`fuzz/`) all call, so the three can't drift apart:
//! - a span lies inside its text, in order, on char boundaries ([`check_span`]);
//! - a list of spans is, where its producer promises so, non-empty, sorted and disjoint
//!   ([`check_spans`] with a [`Shape`]);
//! - the segments `highlight::segments` cuts tile their range exactly, each covered by just
//!   the marks that cover it ([`check_segments`]).
//!
//! Plain functions returning what is broken, in words, rather than panicking: a property test
//! turns the error into a failed case, a unit test or a fuzz target into a panic. They cost
//! nothing in the app's wasm, which never calls them.

use crate::highlight::Segment;
use crate::span::Span;

/// What a list of spans promises beyond each span being valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// No span is empty.
    pub non_empty: bool,
    /// Each span starts at or after the previous one's end (sorted and disjoint).
    pub sorted_disjoint: bool,
}

impl Shape {
    /// Only that each span is valid.
    pub const ANY: Shape = Shape {
        non_empty: false,
        sorted_disjoint: false,
    };
    /// Sorted and disjoint, empty spans allowed (search highlights, hit spans).
    pub const SORTED_DISJOINT: Shape = Shape {
        non_empty: false,
        sorted_disjoint: true,
    };
    /// Non-empty, sorted and disjoint (entity mentions, blocks).
    pub const MARKS: Shape = Shape {
        non_empty: true,
        sorted_disjoint: true,
    };
}

/// `span` is in order and slices `text` on char boundaries.
pub fn check_span(text: &str, span: Span) -> Result<(), String> {
    if span.start > span.end {
        return Err(format!("{span:?} is reversed"));
    }
    if span.end > text.len() {
        return Err(format!(
            "{span:?} runs past the end of a {}-byte text",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{span:?} cuts a character in two"));
    }
    Ok(())
}

/// Every span is valid in `text` and the list keeps `shape`.
pub fn check_spans(text: &str, spans: &[Span], shape: Shape) -> Result<(), String> {
    let mut previous_end = 0;
    for (k, &span) in spans.iter().enumerate() {
        check_span(text, span).map_err(|e| format!("span {k}: {e}"))?;
        if shape.non_empty && span.is_empty() {
            return Err(format!("span {k} ({span:?}) is empty"));
        }
        if shape.sorted_disjoint && span.start < previous_end {
            return Err(format!(
                "span {k} ({span:?}) starts before the previous one ends ({previous_end})"
            ));
        }
        previous_end = previous_end.max(span.end);
    }
    Ok(())
}

/// `segments` (from `highlight::segments(text, range, marks)`) tile `range` clamped to `text`:
/// non-empty, valid, each starting where the previous ends, from its start to its end; no
/// mark boundary falls inside a segment; and a segment lists exactly the (non-empty) marks
/// that cover it, in ascending order.
pub fn check_segments(
    text: &str,
    range: Span,
    marks: &[Span],
    segments: &[Segment],
) -> Result<(), String> {
    let range = range.clamp_to(text);
    let mut at = range.start;
    for (k, segment) in segments.iter().enumerate() {
        let span = segment.span;
        check_span(text, span).map_err(|e| format!("segment {k}: {e}"))?;
        if span.is_empty() {
            return Err(format!("segment {k} ({span:?}) is empty"));
        }
        if span.start != at {
            return Err(format!(
                "segment {k} ({span:?}) should start at {at}: a gap or an overlap"
            ));
        }
        at = span.end;
        let mut covering = Vec::new();
        for (i, mark) in marks.iter().enumerate() {
            if mark.is_empty() {
                continue;
            }
            let mark = mark.clamp_to(text);
            if mark.contains(span) {
                covering.push(i);
            }
            for boundary in [mark.start, mark.end] {
                if span.start < boundary && boundary < span.end {
                    return Err(format!(
                        "mark {i} ({mark:?}) ends inside segment {k} ({span:?})"
                    ));
                }
            }
        }
        if segment.marks != covering {
            return Err(format!(
                "segment {k} ({span:?}) lists marks {:?}, covered by {covering:?}",
                segment.marks
            ));
        }
    }
    if at != range.end {
        return Err(format!(
            "segments stop at {at}, short of the range's end {}",
            range.end
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::highlight::segments;

    #[track_caller]
    fn check(text: &str, spans: &[(usize, usize)], shape: Shape, expect: Result<(), &str>) {
        let spans: Vec<Span> = spans.iter().map(|&(s, e)| Span::new(s, e)).collect();
        let got = check_spans(text, &spans, shape);
        match expect {
            Ok(()) => assert_eq!(got, Ok(()), "{spans:?}"),
            Err(part) => {
                let error = got.expect_err("should be broken");
                assert!(error.contains(part), "{error:?} should say {part:?}");
            }
        }
    }

    #[test]
    fn spans_and_shapes() {
        // "Zürich": 'ü' is bytes 1..3.
        check("Zürich", &[(0, 1), (3, 7)], Shape::MARKS, Ok(()));
        check("Zürich", &[(0, 2)], Shape::ANY, Err("cuts a character"));
        check("Zürich", &[(0, 8)], Shape::ANY, Err("past the end"));
        check("Zürich", &[(3, 1)], Shape::ANY, Err("reversed"));
        check("Zürich", &[(1, 1)], Shape::SORTED_DISJOINT, Ok(()));
        check("Zürich", &[(1, 1)], Shape::MARKS, Err("empty"));
        check("Zürich", &[(3, 7), (0, 1)], Shape::ANY, Ok(()));
        check(
            "Zürich",
            &[(3, 7), (0, 1)],
            Shape::SORTED_DISJOINT,
            Err("starts before"),
        );
        check(
            "北京 news",
            &[(0, 6), (3, 6)],
            Shape::MARKS,
            Err("starts before"),
        );
    }

    #[test]
    fn segments_tile_their_range() {
        let text = "Ein Café in Zürich, 北京.";
        let marks = [
            Span::new(4, 9),
            Span::new(0, 14),
            Span::new(13, 13),
            Span::new(2, 100),
        ];
        for range in [Span::new(0, text.len()), Span::new(3, 15), Span::new(5, 5)] {
            let pieces = segments(text, range, &marks);
            assert_eq!(check_segments(text, range, &marks, &pieces), Ok(()));
        }
        let pieces = segments(text, Span::new(0, text.len()), &marks);
        let mut gap = pieces.clone();
        gap.remove(1);
        assert!(check_segments(text, Span::new(0, text.len()), &marks, &gap).is_err());
        let mut wrong_marks = pieces.clone();
        wrong_marks[0].marks.push(0);
        assert!(check_segments(text, Span::new(0, text.len()), &marks, &wrong_marks).is_err());
    }

    proptest::proptest! {
        /// Any text, any marks (reversed, out of range, inside characters): `highlight::segments`
        /// keeps [`check_segments`]'s promise. (Here rather than in `highlight.rs`, so that
        /// `highlight` never imports this module, which imports it.)
        #[test]
        fn segments_tile_the_range(text in "\\PC{0,40}", marks in proptest::collection::vec((0usize..200, 0usize..200), 0..6), a in 0usize..200, b in 0usize..200) {
            let marks: Vec<Span> = marks.into_iter().map(|(s, e)| Span::new(s, e)).collect();
            let range = Span::new(a.min(b), a.max(b));
            let got = segments(&text, range, &marks);
            proptest::prop_assert_eq!(check_segments(&text, range, &marks, &got), Ok(()));
        }
    }
}
