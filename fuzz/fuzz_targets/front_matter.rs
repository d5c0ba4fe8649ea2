//! Loading one article from bytes: the whole input is a file's text, parsed as Markdown (with
//! `+++` TOML or `---` YAML front matter) and as plain text; the text is also read as a TOML
//! sidecar and as YAML front matter on its own.
//!
//! Checks: parsing either succeeds or returns an error naming a line within the file;
//! a document keeps the raw text as it is and every span it holds (title, body, boilerplate,
//! content) is valid; a date it keeps is `YYYY-MM-DD`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::corpus::{Document, Format, FrontMatter};
use parallax_fuzz::document;

fn assert_date(date: Option<&str>) {
    if let Some(d) = date {
        let ok = d.len() == 10
            && d.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        assert!(ok, "published is not YYYY-MM-DD: {d:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let n_lines = text.split('\n').count();
    for markdown in [true, false] {
        if let Some(doc) = document("fuzz.md", &text, markdown) {
            assert_date(doc.meta.published.as_deref());
        }
    }
    if let Err(e) = Document::parse("fuzz.md", text.to_string(), Format::Markdown, None) {
        if let Some(line) = e.line {
            assert!(
                (1..=n_lines + 1).contains(&line),
                "error line {line} of {n_lines}: {e}"
            );
        }
        assert!(!e.problem.is_empty());
    }
    for parsed in [FrontMatter::from_toml(&text), FrontMatter::from_yaml(&text)] {
        match parsed {
            Ok(front) => {
                assert_date(front.published.as_deref());
                // A sidecar applies to any article without breaking it.
                if let Ok(doc) =
                    Document::parse("a.txt", "Title\n\nBody.".into(), Format::Text, Some(&front))
                {
                    parallax_fuzz::assert_document(&doc);
                }
            }
            Err(e) => assert!(
                (1..=n_lines + 1).contains(&e.line),
                "error line {} of {n_lines}",
                e.line
            ),
        }
    }
});
