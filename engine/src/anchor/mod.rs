//! Passage anchors: deep links to any byte range of an article that keep working after the
//! article is edited, and Text Fragment links into the publisher's page.
//!
//! A [`Selector`] stores a passage the way Hypothesis does: where it was (`start..end`, bytes into
//! the raw text), what it said (the quote) and what stood around it (32 chars of prefix and
//! suffix). [`resolve`] finds it again in the same or a changed text, in order:
//! 1. the stored range still holds the quote: [`Status::Exact`];
//! 2. the quote appears verbatim elsewhere: [`Status::Moved`], to the copy whose surroundings agree
//!    best with the stored prefix/suffix, and among equals the one nearest the old position;
//! 3. something close to the quote appears, judged by edit distance, context and nearness:
//!    [`Status::Fuzzy`] (see `fuzzy.rs` for how the work stays bounded);
//! 4. else [`Status::Orphaned`].
//!
//! All matching treats any run of white space as one space (`collapse.rs`), so re-wrapped or
//! re-spaced text still resolves; quotes, prefixes and suffixes are stored collapsed.
//! The URL encoding of a selector lives in `query.rs`; publisher links in `text_fragment.rs`.

mod collapse;
mod fuzzy;
mod query;
mod text_fragment;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::span::Span;

use collapse::{collapse, Collapsed};
use fuzzy::{first_chars, last_chars, Piece};

/// The one percent-codec of the app's addresses (`crate::address` speaks it too).
pub(crate) use query::{decode, encode_into, protect_last_char};
pub use query::{fragment, parse_fragment, Link};
pub use text_fragment::{text_fragment, text_fragment_for};

/// Chars of context stored on each side of the passage.
pub const CONTEXT_CHARS: usize = 32;
/// A quote longer than this (in chars, collapsed) is carried in a link as its first and last
/// words plus its length and hash.
pub const MAX_WHOLE_QUOTE_CHARS: usize = 150;
/// The longest fragment or query [`parse_fragment`] and [`Selector::from_query`] accept.
pub const MAX_FRAGMENT_BYTES: usize = 8 * 1024;

/// A passage of one article, as stored in a deep link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selector {
    /// Byte offsets into the raw text the link was made from (a hint once the text changed).
    pub start: usize,
    pub end: usize,
    pub quote: Quote,
    /// Up to [`CONTEXT_CHARS`] chars before and after the passage, white space collapsed.
    pub prefix: String,
    pub suffix: String,
}

/// What the passage says, white space collapsed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Quote {
    /// The whole passage.
    Whole(String),
    /// A long passage as read back from a link: its first and last words, its length in bytes
    /// and its [`quote_hash`], enough to recognise it exactly without carrying it.
    Abbreviated {
        head: String,
        tail: String,
        len: usize,
        hash: u32,
    },
}

/// How a selector was found again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The stored range holds the quote.
    Exact,
    /// The quote was found verbatim (up to white space) somewhere else.
    Moved,
    /// Something close to the quote was found.
    Fuzzy,
    /// The passage is gone.
    Orphaned,
}

/// The outcome of [`resolve`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    pub status: Status,
    /// Where the passage is now, on char boundaries; `None` when orphaned.
    pub span: Option<Span>,
    /// How close the found text is to the quote, 0 to 1 (1 unless fuzzy; 0 when orphaned).
    pub similarity: f64,
}

/// Why a selector couldn't be made or a link couldn't be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnchorError {
    /// The range ends past the end of the text.
    OutOfRange {
        start: usize,
        end: usize,
        len: usize,
    },
    /// `start` is after `end`.
    Reversed { start: usize, end: usize },
    /// The offset falls inside a multi-byte char.
    NotCharBoundary { offset: usize },
    /// The range holds nothing but white space.
    EmptyPassage { start: usize, end: usize },
    /// The fragment is longer than [`MAX_FRAGMENT_BYTES`].
    FragmentTooLong { len: usize, max: usize },
    /// The fragment is malformed; the message says how.
    BadFragment(String),
}

impl fmt::Display for AnchorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnchorError::OutOfRange { start, end, len } => {
                write!(f, "the range {start}-{end} ends past the end of the text ({len} bytes)")
            }
            AnchorError::Reversed { start, end } => {
                write!(f, "the range {start}-{end} is reversed: the start must not be after the end")
            }
            AnchorError::NotCharBoundary { offset } => write!(
                f,
                "byte offset {offset} falls inside a multi-byte character: offsets must be on character boundaries"
            ),
            AnchorError::EmptyPassage { start, end } => {
                write!(f, "the range {start}-{end} holds no text (only white space or nothing)")
            }
            AnchorError::FragmentTooLong { len, max } => {
                write!(f, "the link is {len} bytes long, over the {max} byte limit: it was not made by Parallax")
            }
            AnchorError::BadFragment(problem) => write!(f, "bad passage link: {problem}"),
        }
    }
}

impl std::error::Error for AnchorError {}

impl Selector {
    /// The stored range.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Quote {
    /// The quote for people: whole, or `head … tail`.
    pub fn display(&self) -> String {
        match self {
            Quote::Whole(quote) => quote.clone(),
            Quote::Abbreviated { head, tail, .. } => format!("{head} … {tail}"),
        }
    }

    /// The form a link carries: a quote over [`MAX_WHOLE_QUOTE_CHARS`] chars is abbreviated.
    pub fn abbreviated(&self) -> Quote {
        match self {
            Quote::Whole(quote) if quote.chars().count() > MAX_WHOLE_QUOTE_CHARS => {
                let (head, tail) = ends_of(quote);
                Quote::Abbreviated {
                    head: head.to_string(),
                    tail: tail.to_string(),
                    len: quote.len(),
                    hash: quote_hash(quote),
                }
            }
            other => other.clone(),
        }
    }

    /// Whether `text` (white space collapsed) is this quote.
    fn matches(&self, text: &str) -> bool {
        match self {
            Quote::Whole(quote) => text == quote,
            Quote::Abbreviated {
                head,
                tail,
                len,
                hash,
            } => {
                text.len() == *len
                    && text.starts_with(head.as_str())
                    && text.ends_with(tail.as_str())
                    && quote_hash(text) == *hash
            }
        }
    }

    /// The same quote with its white space collapsed (selectors built by hand may not be).
    fn collapsed(&self) -> Quote {
        match self {
            Quote::Whole(quote) => Quote::Whole(collapse(quote)),
            Quote::Abbreviated {
                head,
                tail,
                len,
                hash,
            } => Quote::Abbreviated {
                head: collapse(head),
                tail: collapse(tail),
                len: *len,
                hash: *hash,
            },
        }
    }
}

/// The selector for `span` of `text`. Offsets must be on char boundaries (they are an engine
/// span, so anything else is a caller bug worth reporting rather than silently snapping), the
/// range in order and inside the text, and it must hold some non-space text.
pub fn create(text: &str, span: Span) -> Result<Selector, AnchorError> {
    check_span(text, span)?;
    let raw = &text[span.start..span.end];
    if raw.trim().is_empty() {
        return Err(AnchorError::EmptyPassage {
            start: span.start,
            end: span.end,
        });
    }
    Ok(Selector {
        start: span.start,
        end: span.end,
        quote: Quote::Whole(collapse(raw)),
        prefix: collapsed_context(text[..span.start].chars().rev())
            .chars()
            .rev()
            .collect(),
        suffix: collapsed_context(text[span.end..].chars()),
    })
}

/// Finds `selector`'s passage in `text`. Never panics; any span returned is valid in `text`.
pub fn resolve(text: &str, selector: &Selector) -> Resolution {
    let quote = selector.quote.collapsed();
    if let Some(raw) = text.get(selector.start..selector.end) {
        if !raw.is_empty() && quote.matches(&collapse(raw)) {
            return Resolution {
                status: Status::Exact,
                span: Some(selector.span()),
                similarity: 1.0,
            };
        }
    }
    let view = Collapsed::new(text);
    let judge = Judge {
        view: &view,
        prefix: collapse(&selector.prefix),
        suffix: collapse(&selector.suffix),
        old_start: selector.start,
    };
    let copies = exact_copies(&view.text, &quote);
    if let Some(best) = copies
        .iter()
        .map(|&span| judge.candidate(span, 1.0))
        .max_by(|a, b| a.score.total_cmp(&b.score))
    {
        let status = if best.raw == selector.span() {
            Status::Exact
        } else {
            Status::Moved
        };
        return Resolution {
            status,
            span: Some(best.raw),
            similarity: 1.0,
        };
    }
    match fuzzy_best(&judge, &quote) {
        Some(best) => Resolution {
            status: Status::Fuzzy,
            span: Some(best.raw),
            similarity: best.quote_similarity,
        },
        None => Resolution {
            status: Status::Orphaned,
            span: None,
            similarity: 0.0,
        },
    }
}

/// The FNV-1a 32-bit hash of a collapsed quote's UTF-8 bytes: the `h` of a shortened link.
/// Part of the link format, so it must never change.
pub fn quote_hash(quote: &str) -> u32 {
    quote.bytes().fold(0x811c_9dc5_u32, |hash, b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Chars kept at least at each end of an abbreviated quote.
const END_CHARS: usize = 40;
/// Chars kept at most at each end (a word is finished if it fits).
const MAX_END_CHARS: usize = 64;
/// At most this many verbatim copies of a quote are weighed (a quote like "the" in a huge text).
const MAX_COPIES: usize = 10_000;
/// The most the head or tail of a long quote may have drifted, in bytes, and still be found.
const MAX_DRIFT: usize = 4096;

/// Checks that `span` is a forward range on char boundaries inside `text`.
fn check_span(text: &str, span: Span) -> Result<(), AnchorError> {
    if span.start > span.end {
        return Err(AnchorError::Reversed {
            start: span.start,
            end: span.end,
        });
    }
    if span.end > text.len() {
        return Err(AnchorError::OutOfRange {
            start: span.start,
            end: span.end,
            len: text.len(),
        });
    }
    for offset in [span.start, span.end] {
        if !text.is_char_boundary(offset) {
            return Err(AnchorError::NotCharBoundary { offset });
        }
    }
    Ok(())
}

/// Up to [`CONTEXT_CHARS`] collapsed chars from `chars` (which runs away from the passage).
fn collapsed_context(chars: impl Iterator<Item = char>) -> String {
    let mut out = String::new();
    let mut n_chars = 0;
    let mut in_space = false;
    for c in chars {
        if n_chars == CONTEXT_CHARS {
            break;
        }
        if c.is_whitespace() {
            if in_space {
                continue;
            }
            in_space = true;
            out.push(' ');
        } else {
            in_space = false;
            out.push(c);
        }
        n_chars += 1;
    }
    out
}

/// The first and last words of a long collapsed quote: at least [`END_CHARS`] chars each,
/// finishing the word in hand up to [`MAX_END_CHARS`].
fn ends_of(quote: &str) -> (&str, &str) {
    let chars: Vec<(usize, char)> = quote.char_indices().collect();
    let n = chars.len();
    if n <= 2 * END_CHARS {
        return (quote, "");
    }
    let mut head_chars = END_CHARS;
    while head_chars < MAX_END_CHARS && !chars[head_chars].1.is_whitespace() {
        head_chars += 1;
    }
    let mut tail_from = n - END_CHARS;
    while tail_from > n - MAX_END_CHARS && !chars[tail_from - 1].1.is_whitespace() {
        tail_from -= 1;
    }
    (&quote[..chars[head_chars].0], &quote[chars[tail_from].0..])
}

/// Every verbatim occurrence of the quote in the collapsed text (up to [`MAX_COPIES`]).
fn exact_copies(hay: &str, quote: &Quote) -> Vec<Span> {
    match quote {
        Quote::Whole(quote) if !quote.is_empty() => hay
            .match_indices(quote.as_str())
            .take(MAX_COPIES)
            .map(|(at, q)| Span::new(at, at + q.len()))
            .collect(),
        Quote::Abbreviated { head, len, .. } if !head.is_empty() => hay
            .match_indices(head.as_str())
            .take(MAX_COPIES)
            .map(|(at, _)| Span::new(at, at.saturating_add(*len)))
            .filter(|span| {
                hay.get(span.start..span.end)
                    .is_some_and(|s| quote.matches(s))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Weighs candidate places for the passage, in the collapsed view.
struct Judge<'v, 't> {
    view: &'v Collapsed<'t>,
    prefix: String,
    suffix: String,
    old_start: usize,
}

/// One weighed place.
struct Candidate {
    raw: Span,
    quote_similarity: f64,
    context_similarity: f64,
    score: f64,
}

impl Judge<'_, '_> {
    /// Scores the collapsed span `at`. Weights as in Hypothesis's anchoring: the quote counts
    /// most, each side of context much less, nearness to the old position only breaks ties.
    fn candidate(&self, at: Span, quote_similarity: f64) -> Candidate {
        let hay = &self.view.text;
        // Compare with a full context's worth of text even when the stored context is shorter:
        // a short prefix says the passage stood that close to the start of the article, so a
        // place with more text before it agrees less. But a short context is also weaker
        // evidence (one insertion at the top makes it wrong), so it weighs less.
        let before = last_chars(hay.get(..at.start).unwrap_or(""), CONTEXT_CHARS);
        let after = first_chars(hay.get(at.end..).unwrap_or(""), CONTEXT_CHARS);
        let prefix_similarity = fuzzy::similarity(&self.prefix, before);
        let suffix_similarity = fuzzy::similarity(&self.suffix, after);
        let weight = |context: &str| {
            20.0 * (context.chars().count().min(CONTEXT_CHARS) + 8) as f64
                / (CONTEXT_CHARS + 8) as f64
        };
        let (prefix_weight, suffix_weight) = (weight(&self.prefix), weight(&self.suffix));
        let context = prefix_weight * prefix_similarity + suffix_weight * suffix_similarity;
        let raw = self.view.span_to_raw(at).clamp_to(self.view.raw);
        let distance = raw.start.abs_diff(self.old_start) as f64;
        let nearness = 1.0 - distance / self.view.raw.len().max(1) as f64;
        Candidate {
            raw,
            quote_similarity,
            context_similarity: context / (prefix_weight + suffix_weight),
            score: 50.0 * quote_similarity + context + 2.0 * nearness,
        }
    }
}

/// Whether an approximate match is good enough to show rather than call the passage orphaned:
/// a close match, or a looser one whose surroundings still agree. Short quotes also need some
/// agreeing context, since a few chars are close to too much.
fn acceptable(candidate: &Candidate, quote_chars: usize) -> bool {
    let q = candidate.quote_similarity;
    let context = candidate.context_similarity;
    if quote_chars < 12 && context < 0.5 {
        return false;
    }
    q >= 0.8 || (q >= 0.6 && context >= 0.75)
}

/// The best acceptable approximate match of `quote`: around its seeds, and between the places
/// where its old context survives.
fn fuzzy_best(judge: &Judge<'_, '_>, quote: &Quote) -> Option<Candidate> {
    let hay = &judge.view.text;
    let (head, tail, len) = match quote {
        Quote::Whole(q) if q.chars().count() <= MAX_WHOLE_QUOTE_CHARS => (q.as_str(), "", q.len()),
        Quote::Whole(q) => {
            let (head, tail) = ends_of(q);
            (head, tail, q.len())
        }
        Quote::Abbreviated {
            head, tail, len, ..
        } => (head.as_str(), tail.as_str(), *len),
    };
    if head.trim().is_empty() {
        return None;
    }
    let mut best: Option<Candidate> = None;
    let quote_chars = if tail.is_empty() {
        head.chars().count()
    } else {
        MAX_WHOLE_QUOTE_CHARS
    };
    let mut consider = |found: Span, quote_similarity: f64| {
        let found = trim_like(hay, found, head, if tail.is_empty() { head } else { tail });
        if found.is_empty() {
            return;
        }
        let candidate = judge.candidate(found, quote_similarity.max(0.0));
        if acceptable(&candidate, quote_chars)
            && best.as_ref().is_none_or(|b| candidate.score > b.score)
        {
            best = Some(candidate);
        }
    };

    let mut pieces = vec![Piece {
        offset: 0,
        text: head,
    }];
    if !tail.is_empty() {
        pieces.push(Piece {
            offset: len.saturating_sub(tail.len()),
            text: tail,
        });
    }
    let old = judge.view.to_collapsed(judge.old_start);
    let seeds = fuzzy::find_seeds(hay, &pieces, len, old, &judge.prefix, &judge.suffix);
    let head_chars = head.chars().count();
    let tail_chars = tail.chars().count();
    let slack = (len / 3 + 16).min(MAX_DRIFT);
    for &seed in &seeds.starts {
        let head_window = Span::new(
            seed.saturating_sub(slack),
            seed.saturating_add(head.len() + slack),
        );
        let Some(head_hit) = fuzzy::best_match(hay, head_window, head) else {
            continue;
        };
        if tail.is_empty() {
            let found_chars = head_hit.span.slice(hay).chars().count();
            consider(
                head_hit.span,
                1.0 - head_hit.errors as f64 / head_chars.max(found_chars) as f64,
            );
            let snapped = fuzzy::snap_to_context(
                hay,
                head_hit.span,
                &judge.prefix,
                &judge.suffix,
                head.len() / 4 + 8,
            );
            if snapped != head_hit.span {
                consider(snapped, fuzzy::similarity(head, snapped.slice(hay)));
            }
            continue;
        }
        let expected = head_hit
            .span
            .start
            .saturating_add(len.saturating_sub(tail.len()));
        let tail_window = Span::new(
            expected.saturating_sub(slack),
            expected.saturating_add(tail.len() + slack),
        );
        let Some(tail_hit) = fuzzy::best_match(hay, tail_window, tail) else {
            continue;
        };
        if tail_hit.span.end <= head_hit.span.start {
            continue;
        }
        let found = Span::new(head_hit.span.start, tail_hit.span.end);
        // The ends alone don't see a middle that grew or shrank: charge the length change.
        let similarity = |errors: usize, found: Span| {
            let ratio = found.len().min(len) as f64 / found.len().max(len).max(1) as f64;
            1.0 - errors as f64 / (head_chars + tail_chars) as f64 - 0.5 * (1.0 - ratio)
        };
        consider(found, similarity(head_hit.errors + tail_hit.errors, found));
        let snapped = fuzzy::snap_to_context(hay, found, &judge.prefix, &judge.suffix, 24);
        if snapped != found
            && snapped.start < head_hit.span.end
            && tail_hit.span.start < snapped.end
        {
            let head_errors =
                fuzzy::distance(head, Span::new(snapped.start, head_hit.span.end).slice(hay));
            let tail_errors =
                fuzzy::distance(tail, Span::new(tail_hit.span.start, snapped.end).slice(hay));
            consider(snapped, similarity(head_errors + tail_errors, snapped));
        }
    }
    if tail.is_empty() {
        for &gap in &seeds.gaps {
            consider(gap, fuzzy::similarity(head, gap.slice(hay)));
        }
    }
    best
}

/// `found` without a leading or trailing space that the quote (starting with `head`, ending
/// with `tail`) doesn't have.
fn trim_like(hay: &str, found: Span, head: &str, tail: &str) -> Span {
    let text = found.slice(hay);
    let start = if head.starts_with(' ') {
        0
    } else {
        text.len() - text.trim_start_matches(' ').len()
    };
    let end = if tail.ends_with(' ') {
        text.len()
    } else {
        text.trim_end_matches(' ').len()
    };
    Span::new(found.start + start, found.start + end.max(start))
}

#[cfg(test)]
mod tests;
