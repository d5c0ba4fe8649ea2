//! Everything the comparison computes once per document before pairing: the sentences and
//! their units (`clauses.rs`), each unit's weighted term vector, each sentence's quotation and
//! measures (read as claims by `claims.rs`). The vocabulary is shared by the two documents, so term ids and document
//! frequencies are common to both.

use std::rc::Rc;

use super::background::Background;
use super::claims::{
    self, after_opening_quote, anchor_told_dates, is_list_item, list_header_counts,
    locate_measures, LastDate, Names,
};
use super::clauses;
use super::numbers;
use super::quotes;
use super::words::{self, Word, WordCache};
use crate::document::Document;
use crate::english::FastMap;
use crate::measure::MeasureKind;
use crate::span::Span;

/// Terms of both documents: ids, in how many sentences each appears, how often it is written
/// capitalised inside a sentence (a name) or in lower case (a common word).
#[derive(Default)]
pub struct Vocabulary {
    ids: FastMap<Rc<str>, u32>,
    /// Term of each id.
    strings: Vec<Rc<str>>,
    df: Vec<u32>,
    capitalised: Vec<u32>,
    lower: Vec<u32>,
    common: Vec<bool>,
    n_sentences: u32,
}

impl Vocabulary {
    fn id(&mut self, term: &Rc<str>) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.df.len() as u32;
        self.ids.insert(term.clone(), id);
        self.strings.push(term.clone());
        self.df.push(0);
        self.capitalised.push(0);
        self.lower.push(0);
        self.common.push(words::is_common(term));
        id
    }

    /// Whether a term is mostly written capitalised mid-sentence: a name, not a common word.
    pub fn is_name(&self, id: u32) -> bool {
        let k = id as usize;
        self.capitalised.get(k).copied().unwrap_or(0) > self.lower.get(k).copied().unwrap_or(0)
    }

    /// Inverse sentence frequency over both documents. A word in every sentence of the story
    /// (its protagonist) weighs ln 2; a word in one sentence of each article, ln(1 + N/2).
    fn idf(&self, id: u32) -> f32 {
        let n = self.n_sentences.max(1) as f32;
        let df = self.df.get(id as usize).copied().unwrap_or(1).max(1) as f32;
        let idf = (1.0 + n / df).ln();
        if self.common.get(id as usize).copied().unwrap_or(false) {
            idf / 2.0
        } else {
            idf
        }
    }

    /// Folds each term into a shorter term of the vocabulary that begins it
    /// ([`words::same_term`]): "close"/"closest", "organis"/"organisation", stems the stemmer
    /// leaves apart. Returns the id each term now stands for.
    fn fold_prefixes(&mut self) -> Vec<u32> {
        let mut canonical: Vec<u32> = (0..self.df.len() as u32).collect();
        for (term, &id) in &self.ids {
            let chars: Vec<(usize, char)> = term.char_indices().collect();
            let n = chars.len();
            for cut in (n.saturating_sub(words::FOLD_MAX_EXTRA)..n)
                .rev()
                .filter(|&c| c >= words::FOLD_MIN_CHARS)
            {
                let prefix = &term[..chars[cut].0];
                // A name and a common word are different things even when one begins the
                // other ("Marsh" / "marshal", "Banks" / "banking").
                if let Some(&shorter) = self.ids.get(prefix) {
                    if self.is_name(shorter) == self.is_name(id) {
                        canonical[id as usize] = shorter;
                    }
                }
            }
        }
        // Resolve chains ("abcdefgh" → "abcdef" → "abcde") to their end.
        for k in 0..canonical.len() {
            let mut c = canonical[k];
            while canonical[c as usize] != c {
                c = canonical[c as usize];
            }
            if let Some(slot) = canonical.get_mut(k) {
                *slot = c;
            }
        }
        for (k, &c) in canonical.iter().enumerate() {
            let c = c as usize;
            if c != k {
                self.df[c] = (self.df[c] + self.df[k]).min(self.n_sentences);
                self.capitalised[c] += self.capitalised[k];
                self.lower[c] += self.lower[k];
            }
        }
        canonical
    }

    /// Turns term counts into unit TF-IDF vectors once the frequencies are known.
    pub fn weigh(&mut self, docs: &mut [&mut Prepared]) {
        let canonical = self.fold_prefixes();
        for d in docs.iter_mut() {
            for u in &mut d.units {
                if u.vector.iter().any(|(t, _)| canonical[*t as usize] != *t) {
                    for (t, _) in &mut u.vector {
                        *t = canonical[*t as usize];
                    }
                    crate::sort::sort_by_key(&mut u.vector, |c| c.0);
                    u.vector.dedup_by(|x, y| {
                        if x.0 == y.0 {
                            y.1 += x.1;
                            true
                        } else {
                            false
                        }
                    });
                }
            }
        }
        for d in docs.iter_mut() {
            let d = &mut **d;
            for u in &mut d.units {
                let mut norm = 0.0;
                u.idf.clear();
                u.name.clear();
                for (term, w) in &mut u.vector {
                    let idf = self.idf(*term);
                    u.idf.push(idf);
                    u.name.push(self.is_name(*term));
                    *w = (1.0 + w.ln()) * idf;
                    norm += *w * *w;
                }
                u.idf_sum = u.idf.iter().sum();
                self.weigh_background(u, &canonical);
                if let Some(sentence) = d.sentences.get_mut(u.sentence) {
                    for ((term, _), _) in u.vector.iter().zip(&u.name).filter(|(_, n)| **n) {
                        sentence.names.push(*term);
                    }
                }
                let norm = norm.sqrt().max(f32::EPSILON);
                for (_, w) in &mut u.vector {
                    *w /= norm;
                }
            }
            for sentence in &mut d.sentences {
                crate::sort::sort(&mut sentence.names);
                sentence.names.dedup();
                // "jr_ortega" (`words.rs`) is kin to "ortega", when the pair's articles name him.
                sentence.relatives = sentence
                    .names
                    .iter()
                    .filter_map(|&n| self.strings[n as usize].strip_prefix("jr_"))
                    .filter_map(|family| self.ids.get(family))
                    .map(|&id| canonical[id as usize])
                    .collect();
            }
        }
    }
}

impl Vocabulary {
    /// A unit's evidence from general English (`background.rs`): its common words (not names)
    /// weighted by how rare they are anywhere, and the weighted mean of their meaning vectors.
    fn weigh_background(&self, u: &mut Unit, canonical: &[u32]) {
        let bg = Background::get();
        u.words_bg.clear();
        u.meaning.clear();
        u.meaning.resize(bg.dims(), 0.0);
        for (id, lower) in &u.words {
            let id = canonical.get(*id as usize).copied().unwrap_or(*id);
            if self.is_name(id) {
                continue;
            }
            let term = self.strings.get(id as usize).map_or("", |t| &**t);
            let weight = bg.weight(term);
            if weight <= 0.0 {
                continue;
            }
            if !u.words_bg.iter().any(|(t, _)| *t == id) {
                u.words_bg.push((id, weight));
            }
            if let Some(v) = bg.vector(lower, term) {
                for (m, x) in u.meaning.iter_mut().zip(v) {
                    *m += weight * x;
                }
            }
        }
        crate::sort::sort_by_key(&mut u.words_bg, |c| c.0);
        u.words_bg_sum = u.words_bg.iter().map(|(_, w)| w).sum();
        let norm = u.meaning.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > f32::EPSILON {
            for m in &mut u.meaning {
                *m /= norm;
            }
        } else {
            u.meaning.clear();
        }
    }
}

/// One comparison unit: a main clause or a relative clause of a sentence.
pub struct Unit {
    /// What the pair shows: the sentence for a main clause, the clause itself otherwise.
    pub span: Span,
    pub sentence: usize,
    /// Sorted by term id; weights are counts until [`Vocabulary::weigh`].
    pub vector: Vec<(u32, f32)>,
    /// The IDF of each term of `vector`, whether it is a name, and the IDF sum.
    pub idf: Vec<f32>,
    pub name: Vec<bool>,
    pub idf_sum: f32,
    /// The unit's words in order: term id and lower-cased form.
    pub words: Vec<(u32, Rc<str>)>,
    /// Common words (not names), sorted by term id, each with its background weight, and the
    /// weights' sum.
    pub words_bg: Vec<(u32, f32)>,
    pub words_bg_sum: f32,
    /// Unit-length weighted mean of the common words' meaning vectors; empty when none has one.
    pub meaning: Vec<f32>,
}

pub struct Sentence {
    pub span: Span,
    /// The sentence's names (terms mostly written capitalised), sorted; set by
    /// [`Vocabulary::weigh`].
    pub names: Vec<u32>,
    /// Names of other members of the families its names of a "Jr." or "Sr." belong to
    /// ("ortega" for "Ortega Jr."); set with `names`.
    pub relatives: Vec<u32>,
    pub quoted: Rc<Vec<(String, Span)>>,
    pub measures: Rc<Vec<numbers::Located>>,
}

pub struct Prepared {
    pub sentences: Vec<Sentence>,
    pub units: Vec<Unit>,
}

/// A document as the comparison reads it, before any pairing: each passage's words, measures,
/// units and quoted words. It depends on the document alone, so one reading serves every
/// comparison the document takes part in ([`Readings`]).
pub struct Reading {
    passages: Vec<PassageReading>,
}

struct PassageReading {
    span: Span,
    is_title: bool,
    /// The words, with the terms of those inside a date cleared.
    words: Vec<Word>,
    measures: Rc<Vec<numbers::Located>>,
    units: Vec<clauses::Unit>,
    quoted: Rc<Vec<(String, Span)>>,
}

impl Reading {
    fn new(doc: &Document, stemmer: &rust_stemmers::Stemmer, cache: &mut WordCache) -> Reading {
        let published = doc.meta.published.as_deref();
        let read: Vec<(Span, Vec<Word>)> = super::passages(doc)
            .into_iter()
            .map(|span| (span, words::words(&doc.text, span, stemmer, cache)))
            .collect();
        let names = Names::read(
            &doc.text,
            read.iter().map(|(span, ws)| (*span, &ws[..])),
            |s| doc.title_span == Some(s),
        );
        // Whom the last sentence's counts were about: "Its shares jumped 27%" after
        // "Acme's revenue rose 8%" is about Acme.
        let mut last_subject: Option<(Vec<Rc<str>>, String)> = None;
        // The last date the text gave, which "the following day" is told from.
        let mut last_date: Option<LastDate> = None;
        // What the list being read counts, from the line that heads it: "Deaths by province:"
        // over "Alden: 1,293".
        let mut list_counts: Option<(Vec<Rc<str>>, String)> = None;
        let mut passages: Vec<PassageReading> = read
            .into_iter()
            .map(|(span, mut ws)| {
                let is_title = doc.title_span == Some(span);
                let mut measures =
                    locate_measures(&doc.text, span, published, &ws, (&names, is_title));
                let opens_with_its = ws
                    .first()
                    .is_some_and(|w| matches!(&*w.lower, "its" | "their"));
                if let Some((about, text)) = last_subject.as_ref().filter(|_| opens_with_its) {
                    for m in measures.iter_mut().filter(|m| m.about.is_empty()) {
                        m.about = about.clone();
                        m.about_text = text.clone();
                    }
                }
                let line = span.slice(&doc.text).trim_end();
                if line.ends_with(':') {
                    list_counts = list_header_counts(&doc.text, &ws);
                } else if is_list_item(line) {
                    if let Some((head, counted)) = &list_counts {
                        for m in measures.iter_mut().filter(|m| {
                            m.head.is_empty()
                                && !matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time)
                        }) {
                            m.head = head.clone();
                            m.counted = counted.clone();
                            m.names_a_thing = true;
                        }
                    }
                } else {
                    list_counts = None;
                }
                if !is_title {
                    anchor_told_dates(&mut measures, &mut last_date);
                    last_subject = measures
                        .iter()
                        .find(|m| {
                            !m.about.is_empty()
                                && !matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time)
                        })
                        .map(|m| (m.about.clone(), m.about_text.clone()));
                }
                // When something happened is checked by the numbers, not by the words: "on
                // Wednesday" shared by two sentences doesn't make them one fact.
                for w in &mut ws {
                    let dated = measures.iter().any(|m| {
                        matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time)
                            && m.measure.span.contains(w.span)
                    });
                    if dated {
                        w.clear_term();
                    }
                }
                PassageReading {
                    span,
                    is_title,
                    words: ws,
                    measures: Rc::new(measures),
                    units: clauses::units(&doc.text, span),
                    quoted: Rc::new(quotes::quoted_words(&doc.text, span)),
                }
            })
            .collect();
        mark_past_counts(&mut passages, published);
        mark_opening_counts(&mut passages);
        Reading { passages }
    }
}

/// Marks the figures of a titled story's headline and lead (`super::LEAD_PASSAGES`): a toll
/// there is the story's whole toll, wherever each report places it.
fn mark_opening_counts(passages: &mut [PassageReading]) {
    if !passages.first().is_some_and(|p| p.is_title) {
        return;
    }
    for p in passages.iter_mut().take(super::LEAD_PASSAGES) {
        if let Some(measures) = Rc::get_mut(&mut p.measures) {
            for m in measures.iter_mut() {
                m.opening = true;
            }
        }
    }
}

/// Marks the counts whose own date ends more than a year before the article's time: its
/// publication day, else the latest date it gives with its year written.
fn mark_past_counts(passages: &mut [PassageReading], published: Option<&str>) {
    let is_date =
        |m: &numbers::Located| matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time);
    let written_day = |m: &numbers::Located| {
        m.range
            .as_ref()
            .filter(|r| r.unit.as_deref() == Some("date") && !r.year_implied)
            .filter(|_| is_date(m) && !m.measure.relative && !m.told_from_previous)
            .and_then(|r| r.high)
    };
    let now = published
        .and_then(crate::measure::parse_iso)
        .map(|day| day as f64)
        .or_else(|| {
            passages
                .iter()
                .flat_map(|p| p.measures.iter())
                .filter_map(written_day)
                .reduce(f64::max)
        });
    let Some(now) = now else {
        return;
    };
    for p in passages {
        let Some(measures) = Rc::get_mut(&mut p.measures) else {
            continue;
        };
        for m in measures.iter_mut().filter(|m| !is_date(m)) {
            m.past = m
                .when
                .as_ref()
                .and_then(|r| r.high)
                .is_some_and(|end| end < now - claims::PAST_DAYS);
        }
    }
}

/// The readings of the documents compared so far, so that comparing a document again (the
/// other way round, or with another document) doesn't read it again: reading is most of a
/// comparison's work. A document is known by all that its reading depends on: its text, its
/// date (relative dates depend on it), its title and its content spans (which passages are
/// compared). An edited document is another document.
pub struct Readings {
    stemmer: rust_stemmers::Stemmer,
    words: WordCache,
    kept: Vec<(ReadingKey, Rc<Reading>)>,
}

struct ReadingKey {
    text: String,
    published: Option<String>,
    title: Option<Span>,
    content: Vec<Span>,
}

impl ReadingKey {
    fn of(doc: &Document) -> ReadingKey {
        ReadingKey {
            text: doc.text.clone(),
            published: doc.meta.published.clone(),
            title: doc.title_span,
            content: doc.content_spans(),
        }
    }

    /// Whether `doc` is the document this key was made of (compared in place: a lookup copies
    /// nothing).
    fn is(&self, doc: &Document) -> bool {
        self.text == doc.text
            && self.published == doc.meta.published
            && self.title == doc.title_span
            && self.content == doc.content_spans()
    }
}

/// Readings kept at most, the oldest dropped first: a corpus rarely has more articles, and a
/// reading of a 2,000-word article is a few hundred kilobytes.
const MAX_READINGS: usize = 64;

impl Default for Readings {
    fn default() -> Readings {
        Readings {
            stemmer: words::english_stemmer(),
            words: WordCache::default(),
            kept: Vec::new(),
        }
    }
}

impl Readings {
    /// The reading of `doc`, made now or earlier.
    pub fn of(&mut self, doc: &Document) -> Rc<Reading> {
        if let Some((_, reading)) = self.kept.iter().find(|(k, _)| k.is(doc)) {
            return reading.clone();
        }
        if self.kept.len() >= MAX_READINGS {
            self.kept.remove(0);
        }
        let reading = Rc::new(Reading::new(doc, &self.stemmer, &mut self.words));
        self.kept.push((ReadingKey::of(doc), reading.clone()));
        reading
    }
}

impl Prepared {
    /// The document's sentences and units with their terms counted into `vocabulary`, which
    /// the two documents of a comparison share.
    pub fn new(doc: &Document, reading: &Reading, vocabulary: &mut Vocabulary) -> Prepared {
        let mut sentences = Vec::new();
        let mut units = Vec::new();
        for passage in &reading.passages {
            let (span, ws) = (passage.span, &passage.words);
            let sentence_idx = sentences.len();
            // Sentence frequency and capitalisation, once per sentence.
            let mut seen: Vec<u32> = Vec::new();
            for (k, w) in ws.iter().enumerate() {
                if w.term.is_empty() {
                    continue;
                }
                let id = vocabulary.id(&w.term);
                if !passage.is_title && k > 0 && !after_opening_quote(&doc.text, w.span) {
                    let first = w.span.slice(&doc.text).chars().next();
                    if first.is_some_and(char::is_uppercase) {
                        vocabulary.capitalised[id as usize] += 1;
                    } else if first.is_some_and(char::is_lowercase) {
                        vocabulary.lower[id as usize] += 1;
                    }
                }
                seen.push(id);
            }
            crate::sort::sort(&mut seen);
            seen.dedup();
            for id in &seen {
                vocabulary.df[*id as usize] += 1;
            }
            vocabulary.n_sentences += 1;

            for unit in &passage.units {
                let inside = |w: &&Word| {
                    unit.span.contains(w.span) && !unit.holes.iter().any(|h| h.contains(w.span))
                };
                let mut counts: Vec<(u32, f32)> = ws
                    .iter()
                    .filter(inside)
                    .filter(|w| !w.term.is_empty())
                    .map(|w| (vocabulary.id(&w.term), 1.0))
                    .collect();
                crate::sort::sort_by_key(&mut counts, |c| c.0);
                counts.dedup_by(|x, y| {
                    if x.0 == y.0 {
                        y.1 += x.1;
                        true
                    } else {
                        false
                    }
                });
                if counts.is_empty() {
                    continue;
                }
                let unit_words: Vec<(u32, Rc<str>)> = ws
                    .iter()
                    .filter(inside)
                    .filter(|w| !w.term.is_empty())
                    .map(|w| (vocabulary.id(&w.term), w.lower.clone()))
                    .collect();
                units.push(Unit {
                    span: if unit.relative { unit.span } else { span },
                    sentence: sentence_idx,
                    vector: counts,
                    idf: Vec::new(),
                    name: Vec::new(),
                    idf_sum: 0.0,
                    words: unit_words,
                    words_bg: Vec::new(),
                    words_bg_sum: 0.0,
                    meaning: Vec::new(),
                });
            }
            sentences.push(Sentence {
                span,
                names: Vec::new(),
                relatives: Vec::new(),
                quoted: passage.quoted.clone(),
                measures: passage.measures.clone(),
            });
        }
        Prepared { sentences, units }
    }
}
