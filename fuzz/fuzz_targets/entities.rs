//! Entity extraction: `ARTICLE [0xFF OTHER_ARTICLE]`. The article's text goes through
//! `extract_text` (with and without a publication date), and both articles, with the fixed
//! corpus, through `extract_corpus` (cross-document surname evidence).
//!
//! Checks: every mention is non-empty and valid in its text; mentions are sorted and never
//! overlap; a mention's canonical name is not empty; the entity index built from them finds
//! an entity for every name mentioned.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::entities::{extract_corpus, extract_text, EntityIndex, Mention};
use parallax::invariants::Shape;
use parallax_fuzz::{assert_spans, document, fixed_documents, parts};

#[track_caller]
fn assert_mentions(text: &str, mentions: &[Mention]) {
    let spans: Vec<_> = mentions.iter().map(|m| m.span).collect();
    assert_spans(text, &spans, Shape::MARKS, "mentions");
    for m in mentions {
        assert!(!m.entity.trim().is_empty(), "mention without a name: {m:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let input = parts(data, 2);
    let (text, other) = (&input[0], &input[1]);
    assert_mentions(text, &extract_text(text, None));
    assert_mentions(text, &extract_text(text, Some("2017-10-25")));

    let mut documents = fixed_documents();
    documents.extend(document("fuzz.txt", text, false));
    documents.extend(document("other.md", other, true));
    let per_doc = extract_corpus(&documents);
    assert_eq!(per_doc.len(), documents.len());
    for (doc, mentions) in documents.iter().zip(&per_doc) {
        assert_mentions(&doc.text, mentions);
    }
    let index = EntityIndex::build(&per_doc);
    for mentions in &per_doc {
        for m in mentions.iter().filter(|m| m.label.is_name()) {
            assert!(index.id_of(m).is_some(), "no entity for {m:?}");
        }
    }
});
