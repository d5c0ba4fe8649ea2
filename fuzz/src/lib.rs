//! What every fuzz target shares: turning libFuzzer's bytes into the engine's inputs, and the
//! invariants every returned range must keep. A broken invariant panics, which libFuzzer
//! reports as a crash with the input saved under `artifacts/<target>/`.

use parallax::corpus::{Document, Format, FrontMatter};
use parallax::invariants::{self, Shape};
use parallax::Span;

/// The byte that splits one fuzz input into several strings. It never occurs in UTF-8, so the
/// parts stay whole and a hand-written seed reads as text around it.
pub const SEPARATOR: u8 = 0xFF;

/// The input cut at [`SEPARATOR`] into `n` strings (missing ones are empty); invalid UTF-8 is
/// replaced, so every input reaches the engine.
pub fn parts(data: &[u8], n: usize) -> Vec<String> {
    let mut out: Vec<String> = data
        .splitn(n, |&b| b == SEPARATOR)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    out.resize(n, String::new());
    out
}

/// Panics unless `span` is in order and slices `text` on char boundaries
/// (`invariants::check_span`, the check the engine's own tests run).
#[track_caller]
pub fn assert_span(text: &str, span: Span, what: &str) {
    if let Err(e) = invariants::check_span(text, span) {
        panic!("{what}: {e}, in a {}-byte text: {text:?}", text.len());
    }
}

/// Panics unless `spans` are valid in `text` and keep `shape` (`invariants::check_spans`).
#[track_caller]
pub fn assert_spans(text: &str, spans: &[Span], shape: Shape, what: &str) {
    if let Err(e) = invariants::check_spans(text, spans, shape) {
        panic!("{what}: {e}: {spans:?} in {text:?}");
    }
}

/// Panics unless every span of `doc` (title, body, boilerplate, content) is valid in its text.
#[track_caller]
pub fn assert_document(doc: &Document) {
    let text = &doc.text;
    if let Some(title) = doc.title_span {
        assert_span(text, title, "title span");
    }
    assert_span(text, doc.body, "body");
    assert_spans(
        text,
        &doc.boilerplate,
        Shape::SORTED_DISJOINT,
        "boilerplate",
    );
    for s in doc.content_spans() {
        assert_span(text, s, "content span");
    }
    assert!(!doc.slug.is_empty(), "empty slug for {:?}", doc.doc);
}

/// A document from fuzz text, as plain text or Markdown; `None` when the engine rightly refuses
/// it (empty, NUL bytes, unparsable front matter).
pub fn document(name: &str, text: &str, markdown: bool) -> Option<Document> {
    let format = if markdown {
        Format::Markdown
    } else {
        Format::Text
    };
    let doc = Document::parse(name, text.to_string(), format, None::<&FrontMatter>).ok()?;
    assert_eq!(
        doc.text, text,
        "Document::parse must keep the raw text as it is"
    );
    assert_document(&doc);
    Some(doc)
}

/// A small fixed corpus mixing scripts, for targets that need other documents around the
/// fuzzed one.
pub fn fixed_documents() -> Vec<Document> {
    let articles = [
        (
            "assange.md",
            "# Assange says WikiLeaks rejected data firm\n\nJulian Assange said the data firm Cambridge \
             Analytica approached him about 30,000 deleted emails on 25 October 2017. Mr. Assange's \
             tweet confirmed the approach.\n",
        ),
        (
            "zurich.txt",
            "\u{feff}Banks in Zürich\r\n\r\nThe banks of Zürich reported record profits of $4.5 billion. \
             Analysts in Genève were surprised; the Swiss franc rose 2%.\r\n",
        ),
        (
            "tokyo.md",
            "# 東京の銀行\n\n東京証券取引所で株価が上昇した。 Prime Minister Shinzo Abe spoke in Tokyo.\n\n\
             > «Ceci n'est pas une pipe», dit-il. 👩\u{200d}👩\u{200d}👧\n",
        ),
        (
            "rtl.txt",
            "مرحبا بالعالم\n\nשלום עולם – Benjamin Netanyahu met officials in Jerusalem\u{a0}on Monday.\n",
        ),
    ];
    articles
        .iter()
        .map(|(name, text)| {
            let format = if name.ends_with(".md") {
                Format::Markdown
            } else {
                Format::Text
            };
            Document::parse(name, text.to_string(), format, None)
                .expect("fixed fuzz article parses")
        })
        .collect()
}
