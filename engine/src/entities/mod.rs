//! Entities: finding the names in an article (people, organisations, places, nationalities,
//! buildings...), merging them with the numbers and dates `measure` finds, and grouping the
//! mentions of one thing under one canonical name, within a document and across a corpus;
//! then the entity index the app lists and the user's corrections to it.
//!
//! Pure Rust with embedded word lists (no model): capitalisation read with care for sentence
//! starts, headlines and capitals lines; a gazetteer of places, nationalities and major news
//! organisations, platforms and government bodies; given names; organisation keywords;
//! titles; the context around a name; and what the rest of the document says about it.
//! See `names/` for the passes and `canonical.rs` for the grouping.
//!
//! Span rules follow the OntoNotes guidelines of the evaluation: titles and honorifics
//! outside (`Mr. [Assange]`), generational suffixes inside (`[Trump Jr.]`), possessive `'s`
//! outside, a leading "the" outside unless the name has it (`[The New York Times]`),
//! hyphenated modifiers (`pro-Trump`) untagged.
//!
//! Where a name and a measure overlap, the longer span wins and a name wins a tie, so "May"
//! in "Theresa May" stays a name while "the summer of 2016" stays one date.

// Extraction (the name finder, its lexicons and the grouping) runs only at build time and in the
// CLI: behind the `build` feature. The app reads its results from the bundle and keeps only the
// index and the user's corrections.
#[cfg(feature = "build")]
mod canonical;
mod index;
#[cfg(feature = "build")]
mod lexicon;
#[cfg(feature = "build")]
mod names;
#[cfg(feature = "build")]
mod tokens;

use serde::{Deserialize, Serialize};

#[cfg(feature = "build")]
use crate::document::Document;
#[cfg(feature = "build")]
use crate::measure::{self, MeasureKind};
use crate::span::Span;

pub use index::{
    apply_corrections, apply_corrections_to_mentions, entity_id, Corrections, Entity, EntityIndex,
};

/// OntoNotes 5 entity types. Serialised as their OntoNotes names ("PERSON", "WORK_OF_ART").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Label {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "NORP")]
    Norp,
    #[serde(rename = "FAC")]
    Fac,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "GPE")]
    Gpe,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "PRODUCT")]
    Product,
    #[serde(rename = "EVENT")]
    Event,
    #[serde(rename = "WORK_OF_ART")]
    WorkOfArt,
    #[serde(rename = "LAW")]
    Law,
    #[serde(rename = "LANGUAGE")]
    Language,
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "PERCENT")]
    Percent,
    #[serde(rename = "MONEY")]
    Money,
    #[serde(rename = "QUANTITY")]
    Quantity,
    #[serde(rename = "ORDINAL")]
    Ordinal,
    #[serde(rename = "CARDINAL")]
    Cardinal,
}

impl Label {
    pub const ALL: [Label; 18] = [
        Label::Person,
        Label::Norp,
        Label::Fac,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
        }
    }

    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(name.trim()))
    }

    /// A name (listed in the entity index), as opposed to a number or date.
    pub fn is_name(self) -> bool {
        !matches!(
            self,
            Label::Date
                | Label::Time
                | Label::Percent
                | Label::Money
                | Label::Quantity
                | Label::Ordinal
                | Label::Cardinal
        )
    }

    #[cfg(feature = "build")]
    fn from_measure(kind: MeasureKind) -> Label {
        match kind {
            MeasureKind::Date => Label::Date,
            MeasureKind::Time => Label::Time,
            MeasureKind::Money => Label::Money,
            MeasureKind::Percent => Label::Percent,
            MeasureKind::Quantity => Label::Quantity,
            MeasureKind::Cardinal => Label::Cardinal,
            MeasureKind::Ordinal => Label::Ordinal,
        }
    }
}

/// One mention of an entity in a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte range into the document's raw text.
    pub span: Span,
    pub label: Label,
    /// The canonical name shared by every mention of the same thing ("Donald Trump" for
    /// "Mr. Trump"); for numbers and dates, the text itself.
    pub entity: String,
}

#[cfg(feature = "build")]
/// Every mention in a document (title, body and boilerplate alike), sorted and
/// non-overlapping, with canonical names resolved within the document.
pub fn extract(doc: &Document) -> Vec<Mention> {
    extract_text(&doc.text, doc.meta.published.as_deref())
}

#[cfg(feature = "build")]
/// [`extract`] on a bare text; `published` (`YYYY-MM-DD`) anchors relative dates.
pub fn extract_text(text: &str, published: Option<&str>) -> Vec<Mention> {
    extract_with(text, published, &names::CorpusEvidence::default())
}

#[cfg(feature = "build")]
fn extract_with(
    text: &str,
    published: Option<&str>,
    corpus: &names::CorpusEvidence,
) -> Vec<Mention> {
    let found = names::find(text, corpus);
    let canonical = canonical::within_document(&found);
    let mut names: Vec<Mention> = found
        .into_iter()
        .zip(canonical)
        .map(|(f, entity)| Mention {
            span: f.span,
            label: f.label,
            entity,
        })
        .collect();
    canonical::unify_spellings(std::slice::from_mut(&mut names));
    let measures = measure::find(text, Span::new(0, text.len()), published)
        .into_iter()
        .map(|m| Mention {
            span: m.span,
            label: Label::from_measure(m.kind),
            entity: m.span.slice(text).to_string(),
        });
    merge_with_measures(text, names, measures.collect())
}

#[cfg(feature = "build")]
/// The names (people, organisations, places, groups) extracted from `a` and not from `b`, and
/// the reverse, grouped over the two articles as [`EntityIndex::only_in`] groups them for the
/// compare view: what `parallax compare --json` lists as `entities_only_a`/`_b`, so the CLI
/// and the view agree.
pub fn names_only_in(a: &Document, b: &Document) -> (Vec<String>, Vec<String>) {
    let index = EntityIndex::build(&extract_corpus(&[a.clone(), b.clone()]));
    let names = |x: usize, y: usize| -> Vec<String> {
        let story = [a, b][x].body;
        index
            .only_in(x, story, y)
            .into_iter()
            .map(|e| e.name.clone())
            .collect()
    };
    (names(0, 1), names(1, 0))
}

#[cfg(feature = "build")]
/// [`extract`] on each document, then surname-only mentions grouped with the corpus's one
/// full name for them ("Trump" in one article, "Donald Trump" in another).
///
/// Two passes: the surnames of the people each document names in full are evidence in every
/// other document, so an article that only says "Assange" still finds him.
pub fn extract_corpus(docs: &[Document]) -> Vec<Vec<Mention>> {
    let mut per_doc: Vec<Vec<Mention>> = docs.iter().map(extract).collect();
    if docs.len() > 1 {
        let evidence = canonical::corpus_evidence(&per_doc);
        if !evidence.surnames.is_empty() {
            per_doc = docs
                .iter()
                .map(|d| extract_with(&d.text, d.meta.published.as_deref(), &evidence))
                .collect();
        }
    }
    canonical::across_documents(&mut per_doc);
    per_doc
}

#[cfg(feature = "build")]
/// Names and measures together, non-overlapping: on overlap the longer span wins, a name
/// wins a tie. Spans that are not valid in `text` are dropped.
fn merge_with_measures(text: &str, names: Vec<Mention>, measures: Vec<Mention>) -> Vec<Mention> {
    let mut all: Vec<(bool, Mention)> = names
        .into_iter()
        .map(|m| (true, m))
        .chain(measures.into_iter().map(|m| (false, m)))
        .collect();
    all.retain(|(_, m)| m.span.is_valid_in(text) && !m.span.is_empty());
    all.sort_by_key(|(is_name, m)| (std::cmp::Reverse(m.span.len()), !*is_name, m.span.start));
    // Kept spans are disjoint, so the one starting last before a candidate's end is the only
    // one that can overlap it.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<Mention> = Vec::new();
    for (_, m) in all {
        let overlaps = taken
            .range(..m.span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > m.span.start);
        if !overlaps {
            taken.insert(m.span.start, m.span.end);
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| (m.span.start, m.span.end));
    kept
}

#[cfg(feature = "build")]
/// Size of the embedded word lists in bytes (for reports and budgets).
pub fn lexicon_bytes() -> usize {
    lexicon::Lexicon::data_bytes()
}

#[cfg(feature = "build")]
/// Whether `word` is a given name in the lexicon ("Julia", "JULIA"): for readers of bylines.
pub fn is_given_name(word: &str) -> bool {
    lexicon::lexicon().is_given_name(word)
}

#[cfg(test)]
mod tests;
