//! Unicode property tests across the engine: texts mixing CJK, Arabic and Hebrew, combining
//! marks, ZWJ emoji, zero-width spaces, NBSP, CRLF line endings, a leading BOM, Markdown
//! punctuation, ASCII words and capitalised names go through search, entities, comparison,
//! anchors, rendering and highlighting, and every range any of them returns must be a valid,
//! in-order byte range on char boundaries of the text it points into.
//!
//! The unit suites test each module on its own alphabet; this file throws the same mixed texts
//! at all of them at once. Case counts are modest so `cargo test` stays fast; `PROPTEST_CASES`
//! raises them (`scripts/fuzz.sh` does).

use parallax::anchor::{create, fragment, parse_fragment, resolve, Status};
use parallax::compare::compare;
use parallax::corpus::{Document, Format};
use parallax::entities::{extract_corpus, Mention};
use parallax::highlight::segments;
use parallax::invariants::{self, Shape};
use parallax::render::blocks;
use parallax::search::{parse_query, SearchIndex, SearchOptions};
use parallax::span::{ceil_char_boundary, floor_char_boundary};
use parallax::{Corpus, Span};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Fixed examples: one line per kind of Unicode, each searched for one word that must be found
// and highlighted as written, and run through every other module's invariants.

#[test]
fn every_unicode_kind_is_found_and_stays_on_char_boundaries() {
    // CJK, with no spaces between words.
    check("東京証券取引所で株価が上昇した。", "株価", &["株価"]);
    check("Banks in 北京 rose.", "北京", &["北京"]);
    // RTL: Arabic and Hebrew, alone and mixed with Latin.
    check("مرحبا بالعالم Assange", "بالعالم", &["بالعالم"]);
    check("שלום עולם – Benjamin Netanyahu", "עולם", &["עולם"]);
    // Combining marks: a decomposed é is found by the precomposed and the plain letter.
    check(
        "The cafe\u{301} in Zürich closed.",
        "café",
        &["cafe\u{301}"],
    );
    check("The cafe\u{301} in Zürich closed.", "zurich", &["Zürich"]);
    // Emoji with ZWJ and skin tones next to words.
    check(
        "family 👩\u{200d}👩\u{200d}👧 emails 👍🏽 sent",
        "emails",
        &["emails"],
    );
    // Zero-width space and NBSP between words.
    check(
        "deleted\u{200b}emails and 30,000\u{a0}files",
        "files",
        &["files"],
    );
    check("Julian\u{a0}Assange said", "Assange", &["Assange"]);
    // CRLF line endings and a leading BOM.
    check(
        "\u{feff}Title\r\n\r\nThe data firm\r\nwrote emails.\r\n",
        "emails",
        &["emails"],
    );
    check("\u{feff}Zürich", "zurich", &["Zürich"]);
    // Markdown punctuation around words.
    check(
        "# **Cambridge** *Analytica*\n\n> [emails](https://x.y) `code`",
        "analytica",
        &["Analytica"],
    );
    // ASCII words and capitalised names, possessives and numbers.
    check(
        "Mr. Assange's tweet named Cambridge Analytica and 30,000 emails.",
        "30000",
        &["30,000"],
    );
    // Nothing at all to find still holds together.
    check(
        "\u{200b}\u{a0}\r\n👩\u{200d}👩\u{200d}👧\u{301}",
        "zzz",
        &[],
    );
}

/// Searches `text` (read as plain text and as Markdown) for `query` and expects `expect`, the
/// hits of the plain-text reading in order, touching hits joined (CJK is searched char by
/// char); every module's invariants must hold on both readings.
#[track_caller]
fn check(text: &str, query: &str, expect: &[&str]) {
    for format in [Format::Text, Format::Markdown] {
        let Some(doc) = parse("fixed", text, format) else {
            panic!("{text:?} should parse as {format:?}");
        };
        let documents = vec![doc];
        let index = SearchIndex::build_documents(&documents);
        check_search(&documents, &index, query);
        check_entities(&documents);
        check_compare(&documents[0], &documents[0]);
        check_render(&documents[0]);
        if format == Format::Text {
            let hits = index.hit_spans(&documents[0], query);
            let mut joined: Vec<Span> = Vec::new();
            for &hit in &hits {
                match joined.last_mut() {
                    Some(last) if last.end == hit.start => last.end = hit.end,
                    _ => joined.push(hit),
                }
            }
            let got: Vec<&str> = joined.iter().map(|h| h.slice(text)).collect();
            assert_eq!(got, expect, "hits of {query:?} in {text:?}");
            for hit in hits {
                check_anchor(text, hit, &format!("x {text} y"));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn search_spans_stay_on_char_boundaries(
        texts in prop::collection::vec(mixed_text(40), 1..4),
        query in query(),
    ) {
        let documents = corpus(&texts);
        let index = SearchIndex::build_documents(&documents);
        check_search(&documents, &index, &query);
    }

    #[test]
    fn entity_mentions_stay_on_char_boundaries(texts in prop::collection::vec(mixed_text(50), 1..4)) {
        check_entities(&corpus(&texts));
    }

    #[test]
    fn comparison_spans_stay_on_char_boundaries(a in mixed_text(40), b in mixed_text(40), shared in mixed_text(15)) {
        // The shared passage gives the comparison something to pair.
        let (Some(da), Some(db)) = (
            parse("a.txt", &format!("{a}\n\n{shared}"), Format::Text),
            parse("b.md", &format!("{shared}\r\n\r\n{b}"), Format::Markdown),
        ) else {
            return Ok(());
        };
        check_compare(&da, &db);
    }

    #[test]
    fn anchors_resolve_on_char_boundaries(
        text in mixed_text(40),
        from in 0.0..1.0f64,
        width in 0.0..0.5f64,
        edits in prop::collection::vec((0.0..1.0f64, 0..4usize, piece()), 0..4),
    ) {
        let start = floor_char_boundary(&text, (from * text.len() as f64) as usize);
        let end = ceil_char_boundary(&text, start + (width * (text.len() - start) as f64) as usize);
        let edited = edit(&text, &edits);
        check_anchor(&text, Span::new(start, end), &edited);
    }

    #[test]
    fn highlight_segments_tile_the_range(
        text in mixed_text(30),
        range in (0..200usize, 0..200usize),
        marks in prop::collection::vec((0..200usize, 0..200usize), 0..6),
    ) {
        // Marks may be anything (reversed, past the end, inside a char): the segments may not.
        let marks: Vec<Span> = marks.into_iter().map(|(s, e)| Span::new(s, e)).collect();
        let range = Span::new(range.0, range.1);
        check_segments(&text, range, &marks);
    }

    #[test]
    fn rendered_blocks_stay_on_char_boundaries(text in mixed_text(50), markdown in any::<bool>()) {
        let format = if markdown { Format::Markdown } else { Format::Text };
        if let Some(doc) = parse("r.md", &text, format) {
            check_render(&doc);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Invariant checks, one per module.

fn check_search(documents: &[Document], index: &SearchIndex, query: &str) {
    let parsed = parse_query(query);
    for word in parsed
        .groups
        .iter()
        .flat_map(|g| &g.alternatives)
        .flat_map(|a| &a.words)
    {
        assert_span(query, word.span, "query word");
    }
    let results = index.search(documents, query, &SearchOptions::default());
    for hit in &results.hits {
        let doc = &documents[hit.doc];
        for snippet in &hit.snippets {
            assert_span(&doc.text, snippet.span, "snippet");
            assert_sorted_disjoint(&doc.text, &snippet.highlights, "snippet highlight");
            for h in &snippet.highlights {
                assert!(
                    snippet.span.contains(*h),
                    "highlight {h:?} outside snippet {:?}",
                    snippet.span
                );
            }
            check_segments(&doc.text, snippet.span, &snippet.highlights);
        }
    }
    for doc in documents {
        let hits = index.hit_spans(doc, query);
        assert_sorted_disjoint(&doc.text, &hits, "hit span");
    }
}

fn check_entities(documents: &[Document]) {
    let per_doc: Vec<Vec<Mention>> = extract_corpus(documents);
    assert_eq!(per_doc.len(), documents.len());
    for (doc, mentions) in documents.iter().zip(&per_doc) {
        let spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
        if let Err(e) = invariants::check_spans(&doc.text, &spans, Shape::MARKS) {
            panic!("mentions: {e}: {mentions:?}");
        }
    }
}

fn check_compare(a: &Document, b: &Document) {
    let comparison = compare(a, b);
    for pair in &comparison.pairs {
        assert_span(&a.text, pair.a, "pair a");
        assert_span(&b.text, pair.b, "pair b");
    }
    for number in &comparison.numbers {
        assert_span(&a.text, number.a, "number a");
        assert_span(&b.text, number.b, "number b");
    }
    for span in &comparison.only_a {
        assert_span(&a.text, *span, "only_a");
    }
    for span in &comparison.only_b {
        assert_span(&b.text, *span, "only_b");
    }
}

/// A selector for `span` of `text` resolves back exactly, reads back from its link, and
/// resolves in `edited` to a valid span or to nothing.
fn check_anchor(text: &str, span: Span, edited: &str) {
    let Ok(selector) = create(text, span) else {
        // Only an empty or all-space passage is refused (the span is valid by construction).
        assert!(
            span.slice(text).trim().is_empty(),
            "create refused {span:?} of {text:?}"
        );
        return;
    };
    let link =
        parse_fragment(&fragment("slug", &selector)).expect("a link Parallax wrote reads back");
    let here = resolve(text, &link.selector);
    assert_eq!(here.status, Status::Exact, "{span:?} of {text:?}");
    assert_eq!(here.span, Some(span));
    let there = resolve(edited, &link.selector);
    match there.span {
        Some(found) => assert_span(edited, found, "resolved span"),
        None => assert_eq!(there.status, Status::Orphaned),
    }
}

/// Segments keep `invariants::check_segments`'s promise.
#[track_caller]
fn check_segments(text: &str, range: Span, marks: &[Span]) {
    let pieces = segments(text, range, marks);
    if let Err(e) = invariants::check_segments(text, range, marks, &pieces) {
        panic!("{e}: {pieces:?} of {range:?} in {text:?}");
    }
}

fn check_render(doc: &Document) {
    let mut end = 0;
    for block in blocks(doc) {
        assert_span(&doc.text, block.span, "block");
        assert!(block.span.start >= end, "blocks overlap at {block:?}");
        end = block.span.end;
        for inline in &block.inlines {
            assert_span(&doc.text, inline.span, "inline");
            assert!(
                block.span.contains(inline.span),
                "inline outside its block: {inline:?}"
            );
        }
    }
}

#[track_caller]
fn assert_span(text: &str, span: Span, what: &str) {
    if let Err(e) = invariants::check_span(text, span) {
        panic!("{what}: {e} in {text:?}");
    }
}

#[track_caller]
fn assert_sorted_disjoint(text: &str, spans: &[Span], what: &str) {
    if let Err(e) = invariants::check_spans(text, spans, Shape::SORTED_DISJOINT) {
        panic!("{what}s: {e}: {spans:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Generators.

/// `default_cases`, unless `PROPTEST_CASES` says otherwise. No failure file: a failing case is
/// printed, and its regression belongs in a named test.
fn config(default_cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default_cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// One piece of a mixed text.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        // CJK.
        "北京",
        "東京証券取引所",
        "上海",
        "한국어",
        "。",
        // RTL.
        "مرحبا",
        "بالعالم",
        "שלום",
        "עולם",
        "\u{200f}",
        // Combining marks.
        "cafe\u{301}",
        "e\u{301}\u{302}",
        "\u{301}",
        "n\u{303}o",
        // Emoji.
        "👩\u{200d}👩\u{200d}👧",
        "👍🏽",
        "🇨🇭",
        "\u{200d}",
        // Invisible and special spaces.
        "\u{200b}",
        "\u{a0}",
        "\u{3000}",
        "\u{feff}",
        "\t",
        // Line endings.
        "\r\n",
        "\n",
        "\r\n\r\n",
        "\n\n",
        "\r",
        // Markdown punctuation.
        "# ",
        "## ",
        "**",
        "*",
        "_",
        "`",
        "```",
        "> ",
        "- ",
        "1. ",
        "[",
        "](https://a.b)",
        "|",
        "---",
        "+++",
        "&amp;",
        "\\",
        // ASCII words, names, numbers, quotes.
        "the",
        "emails",
        "said",
        "deleted",
        "data",
        "firm",
        "Julian Assange",
        "Mr. Trump",
        "Assange's",
        "Zürich",
        "Cambridge Analytica",
        "WikiLeaks",
        "Jerusalem",
        "30,000",
        "$4.5 billion",
        "25 October 2017",
        "2%",
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        ".",
        ",",
        ";",
        "(",
        ")",
        "-",
        "–",
        " ",
        " ",
        " ",
    ])
    .prop_map(str::to_string);
    prop_oneof![8 => fixed, 1 => "\\PC{1,3}"]
}

/// Up to `max_pieces` pieces, sometimes after a BOM.
fn mixed_text(max_pieces: usize) -> impl Strategy<Value = String> {
    (any::<bool>(), prop::collection::vec(piece(), 0..max_pieces)).prop_map(|(bom, pieces)| {
        let mut text = if bom {
            "\u{feff}".to_string()
        } else {
            String::new()
        };
        text.push_str(&pieces.concat());
        text
    })
}

/// Queries as people type them (pieces with spaces, quotes, `-`, `OR`) or anything at all.
fn query() -> impl Strategy<Value = String> {
    let typed = prop::collection::vec(
        prop_oneof![4 => piece(), 1 => prop::sample::select(vec![" OR ", " -", "\"", " | ", "“"]).prop_map(str::to_string)],
        0..6,
    )
    .prop_map(|pieces| pieces.join(" "));
    prop_oneof![3 => typed, 1 => "\\PC{0,20}"]
}

/// A corpus of the texts: even ones through a `.jsonl` corpus (plain text), odd ones as
/// Markdown files. Texts the engine refuses (empty, NUL) are left out.
fn corpus(texts: &[String]) -> Vec<Document> {
    let mut jsonl = String::new();
    let mut markdown = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        if i % 2 == 0 && !text.trim().is_empty() {
            let record = serde_json::json!({ "id": format!("doc-{i}"), "title": "", "body": text });
            jsonl.push_str(&record.to_string());
            jsonl.push('\n');
        } else {
            markdown.extend(parse(&format!("doc-{i}.md"), text, Format::Markdown));
        }
    }
    let mut documents = if jsonl.is_empty() {
        Vec::new()
    } else {
        Corpus::from_jsonl_str("props.jsonl", &jsonl)
            .map(|c| c.documents)
            .unwrap_or_default()
    };
    for doc in &documents {
        assert_document(doc);
    }
    documents.extend(markdown);
    documents
}

/// The document for `text`, or `None` when the engine rightly refuses it.
fn parse(name: &str, text: &str, format: Format) -> Option<Document> {
    let doc = Document::parse(name, text.to_string(), format, None).ok()?;
    assert_eq!(doc.text, text, "the raw text must be kept as it is");
    assert_document(&doc);
    Some(doc)
}

fn assert_document(doc: &Document) {
    if let Some(title) = doc.title_span {
        assert_span(&doc.text, title, "title");
    }
    assert_span(&doc.text, doc.body, "body");
    assert_sorted_disjoint(&doc.text, &doc.boilerplate, "boilerplate");
    for span in doc.content_spans() {
        assert_span(&doc.text, span, "content");
    }
}

/// `text` with each edit applied: at a fraction of its length, delete some chars, insert a piece.
fn edit(text: &str, edits: &[(f64, usize, String)]) -> String {
    let mut out = text.to_string();
    for (at, n_delete, insert) in edits {
        let start = floor_char_boundary(&out, (at * out.len() as f64) as usize);
        let end = out[start..]
            .char_indices()
            .nth(*n_delete)
            .map_or(out.len(), |(i, _)| start + i);
        out.replace_range(start..end, insert);
    }
    out
}
