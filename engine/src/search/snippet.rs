//! Hits in a document's raw text and the snippets cut around them.
//!
//! The document is re-tokenized (title span, then content spans) with the index's tokenizer,
//! and every word whose term the prepared query matches becomes a hit; a phrase occurrence is
//! one hit from its first word to its last. Snippets are windows of about
//! [`SNIPPET_TARGET_BYTES`] around the densest, most telling clusters of hits, cut at white
//! space, never across a boilerplate cut or from the title into the body.

use std::collections::HashMap;

use crate::corpus::Document;
use crate::search::index::SearchIndex;
use crate::search::prepared::{PreparedAlternative, PreparedQuery};
use crate::search::tokenizer::for_each_word;
use crate::search::Snippet;
use crate::span::{ceil_char_boundary, floor_char_boundary, Span};

/// Snippet length aimed at; actual snippets are 160–240 bytes when the text allows.
pub const SNIPPET_TARGET_BYTES: usize = 200;
/// Snippets returned per document, at most.
pub const MAX_SNIPPETS: usize = 3;
/// A window from the title scores a little lower: the title is shown with the hit anyway.
const TITLE_WINDOW_FACTOR: f32 = 0.9;
/// How far a cut may move to reach white space before it gives up and cuts mid-word.
const MAX_BOUNDARY_SHIFT: usize = 40;

/// One match of the query in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextHit {
    pub span: Span,
    /// Index of the query group it matches.
    pub group: usize,
    /// How telling the match is (its group's weight, scaled by the match's own weight).
    pub weight: f32,
    /// Index of the region (title span, content spans) it lies in.
    pub region: usize,
}

/// Every hit of `query` in `doc`, sorted by start, overlaps removed (a phrase wins over a word
/// inside it).
pub fn text_hits(words: &MatchingWords, query: &PreparedQuery, doc: &Document) -> Vec<TextHit> {
    if words.terms.is_empty() {
        return Vec::new();
    }
    let mut term_groups: HashMap<u32, (usize, f32)> = HashMap::new();
    let mut phrases: Vec<(usize, &[Option<u32>])> = Vec::new();
    for (group_idx, group) in query.groups.iter().enumerate().filter(|(_, g)| !g.negated) {
        for alternative in &group.alternatives {
            match alternative {
                PreparedAlternative::Word(word) => {
                    for e in &word.expansions {
                        let weight = group.weight * e.weight;
                        let slot = term_groups.entry(e.term).or_insert((group_idx, weight));
                        if weight > slot.1 {
                            *slot = (group_idx, weight);
                        }
                    }
                }
                PreparedAlternative::Phrase(terms) => phrases.push((group_idx, terms)),
            }
        }
    }
    let mut hits = Vec::new();
    // Each region's words as (span, term), so phrases are matched within one region only.
    let mut tokens: Vec<(Span, Option<u32>)> = Vec::new();
    for (region_idx, region) in regions(doc).into_iter().enumerate() {
        tokens.clear();
        for_each_word(&doc.text, region, |span, folded| {
            tokens.push((span, words.terms.get(folded).copied()))
        });
        for &(span, term) in &tokens {
            if let Some(&(group, weight)) = term.and_then(|t| term_groups.get(&t)) {
                hits.push(TextHit {
                    span,
                    group,
                    weight,
                    region: region_idx,
                });
            }
        }
        for &(group, terms) in &phrases {
            if terms.is_empty() || terms.len() > tokens.len() {
                continue;
            }
            for start in 0..=tokens.len() - terms.len() {
                let window = &tokens[start..start + terms.len()];
                if window
                    .iter()
                    .zip(terms)
                    .all(|(w, t)| t.is_some() && w.1 == *t)
                {
                    let span = Span::new(window[0].0.start, window[terms.len() - 1].0.end);
                    hits.push(TextHit {
                        span,
                        group,
                        weight: query.groups[group].weight,
                        region: region_idx,
                    });
                }
            }
        }
    }
    // Longest first at equal starts, then drop whatever overlaps a kept hit.
    crate::sort::sort_by(&mut hits, |a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut kept: Vec<TextHit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if kept
            .last()
            .is_none_or(|last| last.span.end <= hit.span.start)
        {
            kept.push(hit);
        }
    }
    kept
}

/// The folded words of the vocabulary whose term the query looks for, with that term: the
/// text is matched by hashing each word, not by searching the vocabulary for it.
pub struct MatchingWords<'i> {
    terms: HashMap<&'i str, u32>,
}

impl<'i> MatchingWords<'i> {
    pub fn new(index: &'i SearchIndex, query: &PreparedQuery) -> MatchingWords<'i> {
        let mut wanted: Vec<u32> = Vec::new();
        for group in query.groups.iter().filter(|g| !g.negated) {
            for alternative in &group.alternatives {
                match alternative {
                    PreparedAlternative::Word(word) => {
                        wanted.extend(word.expansions.iter().map(|e| e.term))
                    }
                    PreparedAlternative::Phrase(terms) => wanted.extend(terms.iter().flatten()),
                }
            }
        }
        crate::sort::sort(&mut wanted);
        wanted.dedup();
        let mut terms = HashMap::new();
        for term in wanted {
            let Some(stem) = index.terms.get(term as usize) else {
                continue;
            };
            // A stem is its words' beginning, give or take its last letter (`happi` <- `happy`).
            let cut = stem.char_indices().last().map_or(0, |(i, _)| i);
            let prefix = if cut == 0 {
                stem.as_str()
            } else {
                &stem[..cut]
            };
            for i in index.words_with_prefix(prefix) {
                if index.word_terms[i] == term {
                    terms.insert(index.words[i].as_str(), term);
                }
            }
        }
        MatchingWords { terms }
    }
}

/// The searchable regions of a document's text: its title span (when the title is part of the
/// text), then its content spans. Hits and snippets come only from these.
pub fn regions(doc: &Document) -> Vec<Span> {
    let mut regions = Vec::new();
    let title = doc
        .title_span
        .filter(|s| s.is_valid_in(&doc.text) && !s.is_empty());
    if let Some(title) = title {
        regions.push(title);
    }
    for span in doc.content_spans() {
        match title {
            // The title sits inside the body when there is no header: don't read it twice.
            Some(title) if span.overlaps(title) => {
                if span.start < title.start {
                    regions.push(Span::new(span.start, title.start));
                }
                if title.end < span.end {
                    regions.push(Span::new(title.end, span.end));
                }
            }
            _ => regions.push(span),
        }
    }
    regions.retain(|r| r.is_valid_in(&doc.text) && !r.is_empty());
    regions
}

/// Up to [`MAX_SNIPPETS`] snippets, best first. A document with no hit in its text (its title
/// field matched but the title is not in the text) gets its opening lines, unhighlighted.
pub fn snippets(doc: &Document, hits: &[TextHit]) -> Vec<Snippet> {
    let regions = regions(doc);
    let has_title_region = doc.title_span.is_some_and(|t| regions.first() == Some(&t));
    let mut snippets: Vec<Snippet> = Vec::new();
    let mut used = vec![false; hits.len()];
    while snippets.len() < MAX_SNIPPETS {
        let Some((first, last)) = best_window(hits, &used, has_title_region) else {
            break;
        };
        let region = regions
            .get(hits[first].region)
            .copied()
            .unwrap_or(Span::new(0, doc.text.len()));
        let core = Span::new(hits[first].span.start, hits[last].span.end);
        let span = widen(&doc.text, core, region);
        used[first] = true;
        if snippets.iter().any(|s| s.span.overlaps(span)) {
            // The window grew into an earlier snippet: its hits are shown there already.
            used[first..=last].iter_mut().for_each(|u| *u = true);
            continue;
        }
        for (i, hit) in hits.iter().enumerate() {
            if span.contains(hit.span) {
                used[i] = true;
            }
        }
        let highlights = hits
            .iter()
            .filter(|h| span.contains(h.span))
            .map(|h| h.span)
            .collect();
        snippets.push(Snippet { span, highlights });
    }
    if snippets.is_empty() {
        if let Some(&region) = regions
            .iter()
            .find(|r| doc.title_span.is_none_or(|t| t != **r))
            .or(regions.first())
        {
            let start = Span::new(region.start, region.start);
            snippets.push(Snippet {
                span: widen_forward(&doc.text, start, region),
                highlights: Vec::new(),
            });
        }
    }
    snippets
}

/// The unused hits `first..=last` that fit in one window and weigh the most: distinct groups
/// count their best weight, repeats a quarter of theirs.
fn best_window(hits: &[TextHit], used: &[bool], has_title_region: bool) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    for first in 0..hits.len() {
        if used[first] {
            continue;
        }
        let mut group_best: HashMap<usize, f32> = HashMap::new();
        let mut repeats = 0.0;
        let mut last = first;
        for (j, hit) in hits.iter().enumerate().skip(first) {
            if hit.region != hits[first].region
                || hit.span.end.saturating_sub(hits[first].span.start) > SNIPPET_TARGET_BYTES
            {
                break;
            }
            if used[j] {
                continue;
            }
            let slot = group_best.entry(hit.group).or_insert(0.0);
            repeats += slot.min(hit.weight) * 0.25;
            *slot = slot.max(hit.weight);
            last = j;
        }
        let mut score: f32 = group_best.values().sum::<f32>() + repeats;
        if has_title_region && hits[first].region == 0 {
            score *= TITLE_WINDOW_FACTOR;
        }
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, first, last));
        }
    }
    best.map(|(_, first, last)| (first, last))
}

/// `core` grown to about [`SNIPPET_TARGET_BYTES`] inside `region`, evenly on both sides, then
/// cut at white space.
fn widen(text: &str, core: Span, region: Span) -> Span {
    let spare = SNIPPET_TARGET_BYTES.saturating_sub(core.len());
    let mut start = core.start.saturating_sub(spare / 2).max(region.start);
    let mut end = (core.end + (spare - spare / 2)).min(region.end);
    // Room left on one side goes to the other.
    let room = SNIPPET_TARGET_BYTES.saturating_sub(end - start);
    if start == region.start {
        end = (end + room).min(region.end);
    } else if end == region.end {
        start = start.saturating_sub(room).max(region.start);
    }
    snap(text, Span::new(start, end), core, region)
}

/// A window of about [`SNIPPET_TARGET_BYTES`] from `start` on.
fn widen_forward(text: &str, start: Span, region: Span) -> Span {
    let end = (start.start + SNIPPET_TARGET_BYTES).min(region.end);
    snap(text, Span::new(start.start, end), start, region)
}

/// Moves the window's edges inwards to white space (never into `core`), onto char boundaries,
/// and trims white space.
fn snap(text: &str, window: Span, core: Span, region: Span) -> Span {
    let bytes = text.as_bytes();
    let mut start = ceil_char_boundary(text, window.start);
    let mut end = floor_char_boundary(text, window.end);
    if start > region.start {
        // Inside a word: move forward to just after the next white space.
        let limit = core.start.min(start + MAX_BOUNDARY_SHIFT);
        if let Some(i) =
            (start..limit).find(|&i| i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_whitespace))
        {
            start = i;
        }
    }
    if end < region.end {
        let limit = core.end.max(end.saturating_sub(MAX_BOUNDARY_SHIFT));
        if let Some(i) = (limit..=end)
            .rev()
            .find(|&i| bytes.get(i).is_some_and(u8::is_ascii_whitespace))
        {
            end = i;
        }
    }
    let span = Span::new(
        ceil_char_boundary(text, start),
        floor_char_boundary(text, end),
    );
    let span = if span.start <= span.end {
        span
    } else {
        core.clamp_to(text)
    };
    crate::span::trim_span(text, span)
}
