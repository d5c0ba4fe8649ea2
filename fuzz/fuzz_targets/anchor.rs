//! Passage links: `LINK 0xFF TEXT 0xFF EDITED`. The link is decoded as a URL query (and as a
//! whole fragment), then resolved against the text and the edited text; a selector is also
//! created for a span chosen from the input, written as a link, read back and resolved.
//!
//! Checks: decoding never panics; every resolved span is valid in the text it was resolved
//! against, and present exactly when the passage is not orphaned; a selector made from a text
//! reads back from its own link and resolves there to an equal quote (Exact or Moved).

#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::anchor::{
    create, fragment, parse_fragment, resolve, text_fragment_for, Selector, Status,
};
use parallax::span::{ceil_char_boundary, floor_char_boundary};
use parallax::Span;
use parallax_fuzz::{assert_span, parts};

#[track_caller]
fn check_resolution(text: &str, selector: &Selector) -> Status {
    let resolution = resolve(text, selector);
    match resolution.span {
        Some(span) => {
            assert_span(text, span, "resolved passage");
            assert!(
                resolution.status != Status::Orphaned,
                "orphaned with a span: {resolution:?}"
            );
        }
        None => assert_eq!(
            resolution.status,
            Status::Orphaned,
            "no span but {resolution:?}"
        ),
    }
    assert!(
        (0.0..=1.0).contains(&resolution.similarity),
        "similarity {resolution:?}"
    );
    resolution.status
}

fuzz_target!(|data: &[u8]| {
    let input = parts(data, 3);
    let (link, text, edited) = (&input[0], &input[1], &input[2]);
    if let Ok(selector) = Selector::from_query(link) {
        check_resolution(text, &selector);
        check_resolution(edited, &selector);
    }
    if let Ok(parsed) = parse_fragment(link) {
        check_resolution(text, &parsed.selector);
    }

    // A span of the text picked by two bytes of the link, snapped to char boundaries.
    let bytes = link.as_bytes();
    let pick = |i: usize| bytes.get(i).map_or(0, |&b| usize::from(b)) * text.len() / 256;
    let start = floor_char_boundary(text, pick(0));
    let end = ceil_char_boundary(text, start + pick(1));
    let span = Span::new(start, end);
    let _ = text_fragment_for(text, span);
    if let Ok(selector) = create(text, span) {
        let read =
            parse_fragment(&fragment("slug", &selector)).expect("a link Parallax wrote reads back");
        assert_eq!(read.slug.as_deref(), Some("slug"));
        let status = check_resolution(text, &read.selector);
        assert!(
            matches!(status, Status::Exact | Status::Moved),
            "own text lost the passage: {status:?}"
        );
        check_resolution(edited, &read.selector);
    }
});
