//! The reader's render tree: `FLAGS ARTICLE` where the first byte's low bit picks Markdown (1)
//! or plain text (0), and the article goes through `Document::parse` then `render::blocks`.
//!
//! Checks: every block and inline span is valid in the text; inlines lie inside their block;
//! blocks come in order without overlapping; `Inline::text` and `safe_link` never panic and a
//! link kept is one of the safe schemes; `highlight::segments` over each block, with the
//! inline spans as marks, tiles the block exactly (`invariants::check_segments`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::highlight::segments;
use parallax::invariants::check_segments;
use parallax::render::{blocks, safe_link};
use parallax_fuzz::{assert_span, document};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let Some(doc) = document("fuzz.md", &text, flags & 1 == 1) else {
        return;
    };
    let text = &doc.text;
    let mut previous_end = 0;
    for block in blocks(&doc) {
        assert_span(text, block.span, "block");
        assert!(
            block.span.start >= previous_end,
            "blocks overlap or go back: {block:?}"
        );
        previous_end = block.span.end;
        for inline in &block.inlines {
            assert_span(text, inline.span, "inline");
            assert!(
                block.span.contains(inline.span),
                "inline {inline:?} outside block {:?}",
                block.span
            );
            let _ = inline.text(text);
            if let Some(link) = &inline.link {
                assert_eq!(
                    safe_link(link).as_deref(),
                    Some(link.as_str()),
                    "unsafe link kept"
                );
            }
        }
        let marks: Vec<_> = block.inlines.iter().map(|i| i.span).collect();
        let pieces = segments(text, block.span, &marks);
        if let Err(e) = check_segments(text, block.span, &marks, &pieces) {
            panic!("segments of {:?}: {e}", block.span);
        }
    }
});
