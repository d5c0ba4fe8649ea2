//! The query parser and a search: `QUERY [0xFF ARTICLE]`. The query is parsed and run over a
//! small fixed corpus, plus the article (read as Markdown) when there is one, so both the
//! parser and the index builder meet the fuzz text.
//!
//! Checks: every query word's span is valid in the query; every hit names a document; every
//! snippet and highlight span is valid in its document, highlights lie inside their snippet,
//! sorted and disjoint; `hit_spans` are valid, sorted and disjoint; the index survives a round
//! trip through its bytes.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use parallax::invariants::Shape;
use parallax::search::{parse_query, SearchIndex, SearchOptions};
use parallax::Document;
use parallax_fuzz::{assert_span, assert_spans, document, fixed_documents, parts};

fn fixed() -> &'static (Vec<Document>, SearchIndex) {
    static FIXED: OnceLock<(Vec<Document>, SearchIndex)> = OnceLock::new();
    FIXED.get_or_init(|| {
        let documents = fixed_documents();
        let index = SearchIndex::build_documents(&documents);
        (documents, index)
    })
}

fn search_all(documents: &[Document], index: &SearchIndex, query: &str) {
    let options = SearchOptions {
        limit: 3,
        ..SearchOptions::default()
    };
    let results = index.search(documents, query, &options);
    assert!(results.hits.len() <= results.total.max(options.limit));
    for hit in &results.hits {
        let doc = documents
            .get(hit.doc)
            .expect("a hit names a document of the corpus");
        assert!(hit.score.is_finite(), "score {} for {query:?}", hit.score);
        for snippet in &hit.snippets {
            assert_span(&doc.text, snippet.span, "snippet");
            assert_spans(
                &doc.text,
                &snippet.highlights,
                Shape::SORTED_DISJOINT,
                "highlights",
            );
            for h in &snippet.highlights {
                assert!(
                    snippet.span.contains(*h),
                    "highlight {h:?} outside its snippet {:?}",
                    snippet.span
                );
            }
        }
    }
    for doc in documents {
        assert_spans(
            &doc.text,
            &index.hit_spans(doc, query),
            Shape::MARKS,
            "hit spans",
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let input = parts(data, 2);
    let (query, article) = (&input[0], &input[1]);
    let parsed = parse_query(query);
    for group in &parsed.groups {
        for alternative in &group.alternatives {
            for word in &alternative.words {
                assert_span(query, word.span, "query word");
            }
        }
    }
    let (fixed_docs, fixed_index) = fixed();
    search_all(fixed_docs, fixed_index, query);
    if let Some(doc) = document("fuzz.md", article, true) {
        let mut documents = fixed_docs.clone();
        documents.push(doc);
        let index = SearchIndex::build_documents(&documents);
        let read_back = SearchIndex::from_bytes(&index.to_bytes()).expect("an index reads back");
        assert!(read_back == index, "the index changed through its bytes");
        search_all(&documents, &index, query);
    }
});
