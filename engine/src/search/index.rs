//! The index: a sorted term dictionary with postings, a sorted word dictionary (folded words
//! as written, for prefix and typo matching) and per-document field lengths. Built once from a
//! corpus, serialised with postcard, and never holding any article text.
//!
//! Three fields: the title, the credits (authors and outlet, so people can search for who
//! wrote a piece) and the body. Credits sit in the postings between title and body, counted
//! with the body there; `credit_terms` says which of a document's occurrences are credits, so
//! ranking weighs them apart without reading positions.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::corpus::Document;
use crate::search::postings::{PostingsReader, PostingsWriter, FIELD_GAP};
use crate::search::tokenizer::{for_each_word, Tokenizer};
use crate::span::Span;

/// Everything search needs besides the documents themselves.
///
/// Documents are numbered by their position in the corpus the index was built from; search
/// calls must pass that same slice of documents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Stemmed terms, sorted and unique.
    pub(crate) terms: Vec<String>,
    /// For each term, its postings (see `postings.rs` for the layout).
    pub(crate) postings: Vec<Vec<u8>>,
    /// For each term, the number of documents it occurs in.
    pub(crate) doc_freqs: Vec<u32>,
    /// Folded words as they occur in the text, sorted and unique.
    pub(crate) words: Vec<String>,
    /// For each word, the index of its term in `terms`.
    pub(crate) word_terms: Vec<u32>,
    /// For each document, the number of title tokens and of body tokens.
    pub(crate) title_lens: Vec<u32>,
    pub(crate) body_lens: Vec<u32>,
    /// The terms of every document's credits (authors, outlet) in order, repeats kept, one
    /// document after the other; document `d`'s end at `credit_ends[d]`. Their positions
    /// follow the title's, after a `FIELD_GAP`. (Flat rather than nested: the app then decodes
    /// it with the `Vec<u32>` code it already has.)
    pub(crate) credit_terms: Vec<u32>,
    pub(crate) credit_ends: Vec<u32>,
    pub(crate) avg_title_len: f32,
    pub(crate) avg_body_len: f32,
}

impl SearchIndex {
    /// Indexes `meta.title` as the title field, `meta.authors` and `meta.outlet` as the
    /// credits field and the content spans (body without boilerplate) as the body field of
    /// every document.
    pub fn build_documents(documents: &[Document]) -> SearchIndex {
        let tokenizer = Tokenizer::new();
        let mut builder = Builder::default();
        let mut occurrences: Vec<(u32, u32)> = Vec::new();
        let mut title_lens = Vec::with_capacity(documents.len());
        let mut body_lens = Vec::with_capacity(documents.len());
        let mut credit_terms: Vec<u32> = Vec::new();
        let mut credit_ends = Vec::with_capacity(documents.len());
        for (doc_idx, doc) in documents.iter().enumerate() {
            occurrences.clear();
            let mut position = 0u32;
            for_each_word(
                &doc.meta.title,
                Span::new(0, doc.meta.title.len()),
                |_, folded| {
                    occurrences.push((builder.term_of(folded, &tokenizer), position));
                    position += 1;
                },
            );
            let title_len = position;
            position += FIELD_GAP;
            let credits_start = credit_terms.len();
            for credit in doc.meta.authors.iter().chain(&doc.meta.outlet) {
                for_each_word(credit, Span::new(0, credit.len()), |_, folded| {
                    let term = builder.term_of(folded, &tokenizer);
                    credit_terms.push(term);
                    occurrences.push((term, position));
                    position += 1;
                });
            }
            let credit_len = (credit_terms.len() - credits_start) as u32;
            if credit_len > 0 {
                position += FIELD_GAP;
            }
            credit_ends.push(credit_terms.len() as u32);
            for region in doc.content_spans() {
                for_each_word(&doc.text, region, |_, folded| {
                    occurrences.push((builder.term_of(folded, &tokenizer), position));
                    position += 1;
                });
                position += FIELD_GAP;
            }
            let body_len = occurrences.len() as u32 - title_len - credit_len;
            title_lens.push(title_len);
            body_lens.push(body_len);
            crate::sort::sort(&mut occurrences);
            let mut positions: Vec<u32> = Vec::new();
            for run in occurrences.chunk_by(|a, b| a.0 == b.0) {
                positions.clear();
                positions.extend(run.iter().map(|o| o.1));
                let title_tf = positions.iter().filter(|&&p| p < title_len).count() as u32;
                builder.writers[run[0].0 as usize].push(doc_idx as u32, title_tf, &positions);
            }
        }
        builder.finish(title_lens, body_lens, (credit_terms, credit_ends))
    }

    /// The terms of `doc`'s credits.
    fn credits_of(&self, doc: u32) -> &[u32] {
        let doc = doc as usize;
        let start = match doc.checked_sub(1) {
            Some(before) => self.credit_ends.get(before).copied().unwrap_or(0),
            None => 0,
        } as usize;
        let end = self.credit_ends.get(doc).copied().unwrap_or(0) as usize;
        self.credit_terms.get(start..end).unwrap_or(&[])
    }

    /// How many times `term` is among the credits of `doc`.
    pub(crate) fn credit_tf(&self, doc: u32, term: u32) -> u32 {
        self.credits_of(doc).iter().filter(|&&t| t == term).count() as u32
    }

    /// Whether token `position` of `doc` lies in its credits.
    pub(crate) fn is_credit_position(&self, doc: u32, position: u32) -> bool {
        let title_len = self.title_lens.get(doc as usize).copied().unwrap_or(0);
        let n_credits = self.credits_of(doc).len() as u32;
        (title_len + FIELD_GAP..title_len + FIELD_GAP + n_credits).contains(&position)
    }

    pub fn n_docs(&self) -> usize {
        self.title_lens.len()
    }

    /// The term a folded word is indexed under, if it is in the index.
    pub(crate) fn term_of_word(&self, folded: &str, tokenizer: &Tokenizer) -> Option<u32> {
        match self.words.binary_search_by(|w| w.as_str().cmp(folded)) {
            Ok(i) => self.word_terms.get(i).copied(),
            Err(_) => self.term_id(&tokenizer.stem(folded)),
        }
    }

    pub(crate) fn term_id(&self, term: &str) -> Option<u32> {
        self.terms
            .binary_search_by(|t| t.as_str().cmp(term))
            .ok()
            .map(|i| i as u32)
    }

    /// Indices of the words that start with `prefix`.
    pub(crate) fn words_with_prefix(&self, prefix: &str) -> Range<usize> {
        let start = self.words.partition_point(|w| w.as_str() < prefix);
        let len = self.words[start..].partition_point(|w| w.starts_with(prefix));
        start..start + len
    }

    pub(crate) fn postings(&self, term: u32) -> PostingsReader<'_> {
        PostingsReader::new(
            self.postings
                .get(term as usize)
                .map_or(&[][..], |p| p.as_slice()),
        )
    }

    pub(crate) fn doc_freq(&self, term: u32) -> u32 {
        self.doc_freqs.get(term as usize).copied().unwrap_or(0)
    }

    /// Robertson–Spärck Jones idf, always positive.
    pub(crate) fn idf(&self, doc_freq: u32) -> f32 {
        let n = self.n_docs() as f32;
        let df = doc_freq as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }
}

#[derive(Default)]
struct Builder {
    words: HashMap<String, u32>,
    terms: HashMap<String, u32>,
    term_strings: Vec<String>,
    writers: Vec<PostingsWriter>,
}

impl Builder {
    fn term_of(&mut self, folded: &str, tokenizer: &Tokenizer) -> u32 {
        if let Some(&term) = self.words.get(folded) {
            return term;
        }
        let stem = tokenizer.stem(folded);
        let term = match self.terms.get(stem.as_ref()) {
            Some(&term) => term,
            None => {
                let term = self.term_strings.len() as u32;
                self.terms.insert(stem.to_string(), term);
                self.term_strings.push(stem.into_owned());
                self.writers.push(PostingsWriter::default());
                term
            }
        };
        self.words.insert(folded.to_string(), term);
        term
    }

    fn finish(
        self,
        title_lens: Vec<u32>,
        body_lens: Vec<u32>,
        (mut credit_terms, credit_ends): (Vec<u32>, Vec<u32>),
    ) -> SearchIndex {
        let mut order: Vec<u32> = (0..self.term_strings.len() as u32).collect();
        crate::sort::sort_by(&mut order, |&a, &b| {
            self.term_strings[a as usize].cmp(&self.term_strings[b as usize])
        });
        let mut new_id = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = new as u32;
        }
        let mut term_strings: Vec<Option<String>> =
            self.term_strings.into_iter().map(Some).collect();
        let mut writers: Vec<Option<PostingsWriter>> = self.writers.into_iter().map(Some).collect();
        let mut terms = Vec::with_capacity(order.len());
        let mut postings = Vec::with_capacity(order.len());
        let mut doc_freqs = Vec::with_capacity(order.len());
        for &old in &order {
            terms.push(term_strings[old as usize].take().unwrap_or_default());
            let writer = writers[old as usize].take().unwrap_or_default();
            doc_freqs.push(writer.doc_freq);
            postings.push(writer.bytes);
        }
        let mut words: Vec<(String, u32)> = self
            .words
            .into_iter()
            .map(|(word, old)| (word, new_id[old as usize]))
            .collect();
        crate::sort::sort(&mut words);
        let (words, word_terms) = words.into_iter().unzip();
        for term in &mut credit_terms {
            *term = new_id[*term as usize];
        }
        let n = title_lens.len().max(1) as f32;
        let avg_title_len = (title_lens.iter().map(|&l| l as f64).sum::<f64>() as f32 / n).max(1.0);
        let avg_body_len = (body_lens.iter().map(|&l| l as f64).sum::<f64>() as f32 / n).max(1.0);
        SearchIndex {
            terms,
            postings,
            doc_freqs,
            words,
            word_terms,
            title_lens,
            body_lens,
            credit_terms,
            credit_ends,
            avg_title_len,
            avg_body_len,
        }
    }
}
