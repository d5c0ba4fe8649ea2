//! Finding and typing names in one document: PERSON, ORG, GPE, NORP, LOC, FAC and the other
//! name types (numbers and dates come from `measure`).
//!
//! Three passes over the tokens:
//! 1. **Chunks**: runs of capitalised words (with "of", "de", "&" inside) in prose lines. Each
//!    is cut at titles ("US President Donald Trump" -> US | Donald Trump), typed by the
//!    gazetteer, by a head keyword ("... Committee", "... Embassy"), by a given name, by its
//!    shape (camel case, acronym) or by its context ("a spokesman for X"); a chunk nothing
//!    vouches for (a lone unknown word) waits for the next pass.
//! 2. **Document evidence**: what the document says elsewhere decides the rest. A surname of
//!    a person named in full or after "Mr." is a person everywhere ("Nix", "Assange"); the
//!    first word of an organisation is that organisation ("Cambridge" of "Cambridge
//!    Analytica"); names found in prose are found again in headlines and capitals lines, where
//!    capitals say nothing.
//! 3. **Acronyms**: "(PAC)" after "political action committee" is a common noun; after a name
//!    it is that name.
//!
//! Pronouns, function words and ordinary words ("The", "It", "Monday", "Image") never start a
//! name on their own: a capitalised common word needs a name beside it or evidence. Likewise
//! a gazetteer place whose name is also a word or a person's name ("Mendoza", "Rivers") is a
//! place only where the text says so: "in Mendoza", "Mendoza, Argentina", "Rivers State".
//!
//! This file holds `find`, which runs the passes, and the gazetteer matching they share; each
//! pass has its file: `chunks.rs` (1), `evidence.rs` (2), `acronyms.rs` (3).

mod acronyms;
mod chunks;
mod evidence;

pub(super) use evidence::is_legal_suffix;

use acronyms::acronyms;
use chunks::{chunks, type_chunk};
use evidence::apply_evidence;

use std::collections::HashSet;

use super::lexicon::{self, lexicon, Lexicon, Needs};
use super::tokens::{tokenize, LineMode, Token};
use super::Label;
use crate::span::Span;

/// A typed name in a document, before canonical names are given.
#[derive(Clone, Debug)]
pub struct Found {
    pub span: Span,
    pub label: Label,
    /// The gazetteer's canonical name, or the organisation an alias or acronym stands for.
    pub canonical: Option<String>,
    /// The name's words (without "The", titles or possessive), for canonical names.
    pub words: Vec<String>,
}

/// How sure pass 1 is of a chunk's type; document evidence may overrule the weaker ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Conf {
    /// No type yet: only evidence or context can give one, else it is dropped.
    Deferred,
    /// A default or context guess.
    Guess,
    /// A city from the gazetteer: a surname or an organisation's short name can overrule it.
    City,
    Sure,
}

#[derive(Clone, Debug)]
struct Cand {
    /// Token range `[first, last)`.
    first: usize,
    last: usize,
    /// Byte span (may include a "The" that belongs to the name).
    span: Span,
    label: Option<Label>,
    conf: Conf,
    canonical: Option<String>,
    after_title: bool,
}

/// What the other documents of a corpus say: surnames of people they name in full.
#[derive(Clone, Debug, Default)]
pub struct CorpusEvidence {
    pub surnames: HashSet<String>,
}

pub fn find(text: &str, corpus: &CorpusEvidence) -> Vec<Found> {
    let lex = lexicon();
    let tokens = tokenize(text);
    let lex_at = lexicon_matches(text, &tokens, lex);
    let mut cands = Vec::new();
    for (first, last) in chunks(&tokens, &lex_at, lex) {
        type_chunk(&tokens, &lex_at, lex, first, last, &mut cands);
    }
    apply_evidence(&tokens, lex, corpus, &mut cands);
    let suppressed = acronyms(&tokens, &mut cands);
    cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut out: Vec<Found> = Vec::new();
    for c in cands {
        let Some(label) = c.label else { continue };
        if c.conf == Conf::Deferred || suppressed.contains(c.span.slice(text)) {
            continue;
        }
        if out.last().is_some_and(|prev| prev.span.end > c.span.start) {
            continue;
        }
        let words = (c.first..c.last)
            .map(|i| tokens[i].text.to_string())
            .collect();
        out.push(Found {
            span: c.span,
            label,
            canonical: c.canonical,
            words,
        });
    }
    out
}

/// Gazetteer matches that line up with token boundaries: `lex_at[i] = Some((end_token, entry))`.
fn lexicon_matches(text: &str, tokens: &[Token<'_>], lex: &Lexicon) -> Vec<Option<(usize, usize)>> {
    let mut lex_at = vec![None; tokens.len()];
    let is_caps_at = |pos: usize| {
        let i = tokens.partition_point(|t| t.span.end <= pos);
        tokens.get(i).is_some_and(|t| t.mode == LineMode::Caps)
    };
    let word_starts = tokens.iter().map(|t| t.span.start);
    for m in lex.find(text, word_starts, is_caps_at) {
        let first = tokens.partition_point(|t| t.span.start < m.start);
        let last = tokens.partition_point(|t| t.span.end < m.end);
        let aligned = tokens.get(first).is_some_and(|t| t.span.start == m.start)
            && tokens.get(last).is_some_and(|t| t.span.end == m.end);
        // A match must stay on one line.
        if aligned
            && last >= first
            && (first + 1..=last).all(|k| tokens[k].joined_by_space || tokens[k].touches_previous)
        {
            lex_at[first] = Some((last + 1, m.entry));
        }
    }
    // Places whose names are also words or people's names stand only where the text says
    // they are places. Decided after every match is known, for "Mendoza, Argentina".
    for first in 0..tokens.len() {
        let Some((end, entry)) = lex_at[first] else {
            continue;
        };
        let supported = match lex.entries[entry].needs {
            Needs::Nothing => true,
            Needs::DivisionWord => before_division_word(tokens, end),
            Needs::PlaceContext => {
                before_division_word(tokens, end) || place_context(tokens, &lex_at, lex, first, end)
            }
        };
        if !supported {
            lex_at[first] = None;
        }
    }
    // A one-word town in a headline ("Fairfax Says Profit Rose") is as likely a company
    // named after it: it counts when the prose of the article names the same place.
    let in_prose: HashSet<usize> = (0..tokens.len())
        .filter(|&k| tokens[k].mode == LineMode::Prose)
        .filter_map(|k| lex_at[k].map(|(_, entry)| entry))
        .collect();
    for k in 0..tokens.len() {
        if let Some((end, entry)) = lex_at[k] {
            if tokens[k].mode == LineMode::Title
                && end == k + 1
                && lex.entries[entry].minor
                && !in_prose.contains(&entry)
            {
                lex_at[k] = None;
            }
        }
    }
    lex_at
}

/// A lower-case "in", "from", "near"... right before token `first`: "in Burlington".
fn after_locative(tokens: &[Token<'_>], first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|p| lexicon::is_locative(tokens[p].text) && tokens[first].joined_by_space)
}

/// "Kano State", "Western Province": a division word follows on the same line.
fn before_division_word(tokens: &[Token<'_>], end: usize) -> bool {
    tokens
        .get(end)
        .is_some_and(|t| t.joined_by_space && lexicon::is_division_word(t.text))
}

/// The words around tokens `[first, end)` say they name a place: a lower-case "in", "from",
/// "near"... before; ", <place>" after ("Mendoza, Argentina"); or a dateline ("MENDOZA,
/// Argentina —", "Mendoza (Reuters) -" at the start of a line).
fn place_context(
    tokens: &[Token<'_>],
    lex_at: &[Option<(usize, usize)>],
    lex: &Lexicon,
    first: usize,
    end: usize,
) -> bool {
    if after_locative(tokens, first) {
        return true;
    }
    let next = tokens.get(end);
    let comma_place = next.is_some_and(|t| t.text == ",")
        && lex_at
            .get(end + 1)
            .copied()
            .flatten()
            .is_some_and(|(_, e)| {
                lex.entries[e].label == Label::Gpe && lex.entries[e].needs == Needs::Nothing
            });
    let line_start =
        first == 0 || !(tokens[first].joined_by_space || tokens[first].touches_previous);
    let dateline =
        line_start && next.is_some_and(|t| matches!(t.text, "," | "—" | "–" | "-" | "("));
    comma_place || dateline
}
