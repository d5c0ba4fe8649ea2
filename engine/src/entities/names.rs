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

use std::collections::{HashMap, HashSet};

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

/// A capitalised word that can be part of a name in prose.
fn is_name_word(t: &Token<'_>, lex: &Lexicon) -> bool {
    if !t.is_word || !t.is_capitalised() || lex.is_stopword(t.text) {
        return false;
    }
    // Hyphenated modifiers ("Russia-linked", "pro-Trump") are not names.
    if t.text.contains(['-', '‐'])
        && t.text.split(['-', '‐']).any(|part| {
            part.chars()
                .next()
                .is_some_and(|c| !c.is_uppercase() && !c.is_numeric())
        })
    {
        return false;
    }
    if lexicon::is_all_caps(t.text)
        && (lexicon::is_caps_non_name(t.text) || t.text.chars().count() == 1)
    {
        return lex.is_title(t.text);
    }
    true
}

/// Token ranges of candidate names: runs of name words on one line, joined by single spaces
/// or by connectors ("Bank of America", "Procter & Gamble"), cut at sentence starts.
fn chunks(
    tokens: &[Token<'_>],
    lex_at: &[Option<(usize, usize)>],
    lex: &Lexicon,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // A gazetteer name may start with a lower-case or function word ("al-Qaeda", "The Hague").
        let starts_name = lex_at[i].is_some() || is_unit_word(&tokens[i], lex);
        if !starts_name {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = advance(lex_at, i);
        // Continue with the next name word, or across a connector to one.
        while let Some(next) = tokens.get(last) {
            if !next.joined_by_space || next.sentence_start {
                break;
            }
            if lex_at[last].is_some() || is_unit_word(next, lex) {
                last = advance(lex_at, last);
                continue;
            }
            let connector = lexicon::is_connector(next.text);
            let after = tokens.get(last + 1);
            // "the Committee on Thursday": a date after a connector is not part of the name.
            if connector
                && after.is_some_and(|a| {
                    a.joined_by_space
                        && (lex_at[last + 1].is_some() || is_unit_word(a, lex))
                        && !lexicon::is_month_or_day(a.text)
                })
            {
                last = advance(lex_at, last + 1);
                continue;
            }
            break;
        }
        out.push((first, last));
        i = last;
    }
    out
}

/// Past one unit at `i`: a whole gazetteer match, or one word.
fn advance(lex_at: &[Option<(usize, usize)>], i: usize) -> usize {
    match lex_at[i] {
        Some((end, _)) => end,
        None => i + 1,
    }
}

/// A word that can be part of a chunk where it stands. In headlines and capitals lines,
/// capitals say nothing, so only words that are not ordinary words can be names there.
fn is_unit_word(t: &Token<'_>, lex: &Lexicon) -> bool {
    if !is_name_word(t, lex) {
        return false;
    }
    match t.mode {
        LineMode::Prose => true,
        LineMode::Title => !lex.is_common(t.text) || lexicon::is_suffix(t.text),
        LineMode::Caps => false,
    }
}

fn type_chunk(
    tokens: &[Token<'_>],
    lex_at: &[Option<(usize, usize)>],
    lex: &Lexicon,
    first: usize,
    last: usize,
    out: &mut Vec<Cand>,
) {
    // A gazetteer name covering the whole chunk wins over titles ("General Motors").
    if let Some((end, _)) = lex_at[first] {
        if end == last {
            emit_lexicon(tokens, lex_at, lex, first, out);
            return;
        }
    }
    // Cut at titles: a title followed by a capitalised word that is not a keyword.
    let mut segments: Vec<(usize, usize, bool)> = Vec::new();
    let mut seg_start = first;
    let mut after_title = false;
    let mut i = first;
    while i < last {
        if lex_at[i].is_none() && is_active_title(tokens, lex, i, last) {
            if seg_start < i {
                segments.push((seg_start, i, after_title));
            }
            // "Secretary of State Rex Tillerson": the title takes "of State".
            let mut next = i + 1;
            if tokens.get(next).is_some_and(|t| t.text == "of") && next + 2 < last {
                next += 2;
            }
            seg_start = next;
            after_title = true;
            i = next;
            continue;
        }
        i = lex_at[i].map_or(i + 1, |(end, _)| end);
    }
    // Titles with no name after them are not part of a name: "the Cambridge Analytica CEO",
    // "Senate Intelligence Committee Chairman".
    let mut end = last;
    while end > seg_start && lex_at[end - 1].is_none() && lex.is_title(tokens[end - 1].text) {
        end -= 1;
    }
    if seg_start < end {
        segments.push((seg_start, end, after_title));
    }
    for (s, e, after_title) in segments {
        type_segment(tokens, lex_at, lex, s, e, after_title, out);
    }
}

fn is_active_title(tokens: &[Token<'_>], lex: &Lexicon, i: usize, last: usize) -> bool {
    if !lex.is_title(tokens[i].text) {
        return false;
    }
    let Some(next) = tokens.get(i + 1).filter(|_| i + 1 < last) else {
        return false;
    };
    if next.text == "of" {
        // "Secretary of State Rex Tillerson", not "President of Interallianz Bank".
        return i + 3 < last
            && lex.is_common(tokens[i + 2].text)
            && (i + 3..last).all(|k| lex.keyword(tokens[k].text).is_none());
    }
    next.is_capitalised() && lex.keyword(next.text).is_none()
}

fn type_segment(
    tokens: &[Token<'_>],
    lex_at: &[Option<(usize, usize)>],
    lex: &Lexicon,
    first: usize,
    last: usize,
    after_title: bool,
    out: &mut Vec<Cand>,
) {
    // Connectors other than name particles need a keyword to hold the name together: "of"
    // after one ("Bank of America"), "and" before one ("Food and Drug Administration").
    // Without one, "Ted Cruz of Texas" is two names.
    let is_keyword = |k: usize| lex_at[k].is_none() && lex.keyword(tokens[k].text).is_some();
    let has_ampersand = (first..last).any(|k| tokens[k].text == "&");
    let mut piece_start = first;
    let mut k = first;
    while k < last {
        if let Some((end, _)) = lex_at[k] {
            k = end;
            continue;
        }
        let t = &tokens[k];
        let licensed = match t.text {
            "of" | "for" | "on" => (piece_start..k).any(is_keyword),
            "and" => (k + 1..last).any(is_keyword),
            "&" => has_ampersand,
            _ => true,
        };
        let splits = !t.is_capitalised()
            && lexicon::is_connector(t.text)
            && !lexicon::is_particle(t.text)
            && !licensed;
        if splits {
            if piece_start < k {
                type_piece(
                    tokens,
                    lex_at,
                    lex,
                    piece_start,
                    k,
                    after_title && piece_start == first,
                    out,
                );
            }
            piece_start = k + 1;
        }
        k += 1;
    }
    if piece_start < last {
        type_piece(
            tokens,
            lex_at,
            lex,
            piece_start,
            last,
            after_title && piece_start == first,
            out,
        );
    }
}

fn type_piece(
    tokens: &[Token<'_>],
    lex_at: &[Option<(usize, usize)>],
    lex: &Lexicon,
    mut first: usize,
    last: usize,
    after_title: bool,
    out: &mut Vec<Cand>,
) {
    // "North American", "South African", "Latin American": a region's people, one NORP.
    if last - first == 2 && is_region_word(tokens[first].text) {
        if let Some((end, entry)) = lex_at[first + 1] {
            if end == last && lex.entries[entry].label == Label::Norp {
                out.push(Cand {
                    first,
                    last,
                    span: Span::new(tokens[first].span.start, tokens[first + 1].span.end),
                    label: Some(Label::Norp),
                    conf: Conf::Sure,
                    canonical: Some(format!("{} {}", tokens[first].text, tokens[first + 1].text)),
                    after_title: false,
                });
                return;
            }
        }
    }
    // A sentence-initial ordinary word is not part of a name ("Credit Peter Nicholls"),
    // unless it is a given name ("Bill Clinton") or heads a keyword name ("Federal Election
    // Commission records").
    let ends_with_keyword = keyword_label(tokens, lex_at, lex, first, last).is_some();
    while first < last
        && lex_at[first].is_none()
        && tokens[first].sentence_start
        && lex.is_common(tokens[first].text)
        && !ends_with_keyword
        && !(lex.is_given_name(tokens[first].text) && first + 1 < last)
        && !(first + 1 < last && lexicon::is_suffix(tokens[first + 1].text))
    {
        first += 1;
    }
    if first >= last {
        return;
    }
    // "Kano State", "Western Province", "Kurdistan Region": a place and a division word are
    // one place.
    if last - first >= 2 && lexicon::is_division_word(tokens[last - 1].text) {
        if let Some((end, entry)) = lex_at[first] {
            let entry = &lex.entries[entry];
            if end == last - 1 && entry.label == Label::Gpe {
                out.push(Cand {
                    first,
                    last,
                    span: Span::new(tokens[first].span.start, tokens[last - 1].span.end),
                    label: Some(Label::Gpe),
                    conf: Conf::Sure,
                    canonical: Some(format!("{} {}", entry.canonical, tokens[last - 1].text)),
                    after_title: false,
                });
                return;
            }
        }
    }
    // Entirely gazetteer names.
    if covered_by_lexicon(lex_at, first, last) {
        let mut k = first;
        while k < last {
            emit_lexicon(tokens, lex_at, lex, k, out);
            k = lex_at[k].map_or(k + 1, |(end, _)| end);
        }
        return;
    }
    let span = Span::new(tokens[first].span.start, tokens[last - 1].span.end);
    let cand = |label: Option<Label>, conf: Conf| Cand {
        first,
        last,
        span,
        label,
        conf,
        canonical: None,
        after_title,
    };
    if let Some(label) = ends_with_keyword
        .then(|| keyword_label(tokens, lex_at, lex, first, last))
        .flatten()
    {
        out.push(cand(Some(label), Conf::Sure));
        return;
    }
    if after_title {
        // Strip a trailing title-less gazetteer name? No: "President Trump" is all person.
        out.push(cand(Some(Label::Person), Conf::Sure));
        return;
    }
    let n = last - first;
    let words: Vec<&str> = (first..last).map(|k| tokens[k].text).collect();
    let has_initial = words.iter().skip(1).any(|w| is_initial(w));
    let has_suffix = words.len() >= 2 && lexicon::is_suffix(words[n - 1]);
    // A town that is also a given name, before a known surname, is a person ("Paris
    // Pollock").
    let town_as_given = n == 2
        && lex_at[first].is_some_and(|(end, e)| {
            end == first + 1 && lex.entries[e].label == Label::Gpe && !lex.entries[e].country
        })
        && lex_at[first + 1].is_none()
        && lex.is_surname(words[1]);
    // Otherwise a given name covered by the gazetteer ("Christian Democratic", "Dallas
    // Metroplex") or starting a place name ("Santa Fe") does not make a person.
    let given_first = n >= 2
        && (lex_at[first].is_none() || town_as_given)
        && lex.is_given_name(words[0])
        && !lexicon::is_place_prefix(words[0]);
    let surname_last = n >= 2
        && lex.is_surname(words[n - 1])
        && lex.keyword(words[n - 1]).is_none()
        && !lex.is_common(words[0])
        && !lexicon::is_place_prefix(words[0]);
    if given_first || has_initial || has_suffix || surname_last {
        out.push(cand(Some(Label::Person), Conf::Sure));
        return;
    }
    // Partly gazetteer names: "WikiLeaks Twitter account", "IANS London". A place first
    // followed by unknown words is usually an organisation's name ("Cambridge Analytica").
    let has_lexicon = (first..last).any(|k| lex_at[k].is_some());
    if has_lexicon {
        // A city inside a longer name is part of that name, not the city: "Cambridge
        // Analytica" (an organisation), "Access Hollywood" (a show, untyped here).
        let is_city = |k: usize| {
            lex_at[k]
                .is_some_and(|(_, e)| lex.entries[e].label == Label::Gpe && !lex.entries[e].country)
        };
        let n_lexicon = (first..last).filter(|&k| lex_at[k].is_some()).count();
        let city_in_name = n_lexicon == 1 && (first..last).any(is_city);
        // "ambassador to Washington Sergey Kislyak": a place, then a person named in full.
        let place_then_person = lex_at[first].is_some_and(|(end, _)| {
            is_city(first)
                && end + 2 <= last
                && lex.is_given_name(tokens[end].text)
                && (end..last).all(|k| lex_at[k].is_none() && !lex.is_common(tokens[k].text))
        });
        if place_then_person {
            emit_lexicon(tokens, lex_at, lex, first, out);
            let end = lex_at[first].map_or(first + 1, |(end, _)| end);
            type_piece(tokens, lex_at, lex, end, last, false, out);
            return;
        }
        if city_in_name {
            let others_weak = (first..last)
                .filter(|&k| lex_at[k].is_none() && !words_in_lexicon(lex_at, first, k))
                .all(|k| lex.is_common(tokens[k].text));
            if others_weak {
                return;
            }
        } else {
            let mut k = first;
            let mut run_start = first;
            while k < last {
                if let Some((end, _)) = lex_at[k] {
                    if run_start < k {
                        type_piece(tokens, lex_at, lex, run_start, k, false, out);
                    }
                    emit_lexicon(tokens, lex_at, lex, k, out);
                    k = end;
                    run_start = end;
                } else {
                    k += 1;
                }
            }
            if run_start < last {
                type_piece(tokens, lex_at, lex, run_start, last, false, out);
            }
            return;
        }
    }
    if has_ampersand_or_camel(&words) {
        out.push(cand(Some(Label::Org), Conf::Sure));
        return;
    }
    let strong = words.iter().filter(|w| !lex.is_common(w)).count();
    if n == 1 {
        let w = words[0];
        let acronym = lexicon::is_all_caps(w)
            && (2..=6).contains(&w.chars().count())
            && w.chars().all(char::is_alphabetic)
            && !lex.is_common(w)
            && !lexicon::is_caps_non_name(w);
        if acronym {
            out.push(cand(Some(Label::Org), Conf::Guess));
        } else {
            out.push(cand(None, Conf::Deferred));
        }
        return;
    }
    if strong == 0 {
        // Ordinary words capitalised together inside a sentence name something ("Global
        // Energy Monitor"); at a sentence start or alone they may be just words.
        let mid_sentence = !tokens[first].sentence_start && tokens[first].mode == LineMode::Prose;
        out.push(if mid_sentence {
            cand(Some(Label::Org), Conf::Guess)
        } else {
            cand(None, Conf::Deferred)
        });
        return;
    }
    out.push(cand(Some(Label::Org), Conf::Guess));
}

/// The type a head keyword gives the whole piece: the last word ("Democratic National
/// Committee") or a keyword before "of"/"for" ("Bank of America").
fn keyword_label(
    tokens: &[Token<'_>],
    lex_at: &[Option<(usize, usize)>],
    lex: &Lexicon,
    first: usize,
    last: usize,
) -> Option<Label> {
    if last - first < 2 {
        return None;
    }
    for k in first..last {
        if lex_at[k].is_some() && lex_at[k].is_some_and(|(end, _)| end > k + 1) {
            continue;
        }
        let Some(label) = lex.keyword(tokens[k].text) else {
            continue;
        };
        let is_last = k + 1 == last;
        let before_of = tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.text, "of" | "for" | "on"))
            && k + 1 < last;
        if (is_last || before_of) && k > first || (before_of && k == first) {
            return Some(label);
        }
    }
    None
}

/// Whether token `k` lies inside a gazetteer match that starts at or after `first`.
fn words_in_lexicon(lex_at: &[Option<(usize, usize)>], first: usize, k: usize) -> bool {
    (first..=k).any(|s| lex_at[s].is_some_and(|(end, _)| end > k))
}

fn covered_by_lexicon(lex_at: &[Option<(usize, usize)>], first: usize, last: usize) -> bool {
    let mut k = first;
    while k < last {
        match lex_at[k] {
            Some((end, _)) if end <= last => k = end,
            _ => return false,
        }
    }
    true
}

fn emit_lexicon(
    tokens: &[Token<'_>],
    lex_at: &[Option<(usize, usize)>],
    lex: &Lexicon,
    k: usize,
    out: &mut Vec<Cand>,
) {
    let Some((end, entry_idx)) = lex_at[k] else {
        return;
    };
    let entry = &lex.entries[entry_idx];
    let mut span = Span::new(tokens[k].span.start, tokens[end - 1].span.end);
    let prev = k
        .checked_sub(1)
        .map(|p| &tokens[p])
        .filter(|_| tokens[k].joined_by_space);
    let after_the = prev.is_some_and(|p| p.text == "the" || p.text == "The");
    if entry.needs_the
        && !(after_the && (prev.is_some_and(|p| p.text == "The") || report_cue(tokens, k, end)))
    {
        return;
    }
    if entry.takes_the && prev.is_some_and(|p| p.text == "The") {
        span.start = prev.map_or(span.start, |p| p.span.start);
    }
    let conf = if entry.label == Label::Gpe && !entry.country {
        Conf::City
    } else {
        Conf::Sure
    };
    out.push(Cand {
        first: k,
        last: end,
        span,
        label: Some(entry.label),
        conf,
        canonical: Some(entry.canonical.clone()),
        after_title: false,
    });
}

/// A reporting word near "the Guardian": an outlet, not a guardian or an ocean.
fn report_cue(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    const CUES: &[&str] = &[
        "told",
        "to",
        "said",
        "says",
        "reported",
        "reports",
        "report",
        "according",
        "by",
        "quoted",
        "wrote",
        "writes",
        "in",
        "interview",
        "editorial",
        "column",
        "newspaper",
        "magazine",
        "website",
        "article",
        "published",
        "cited",
        "citing",
        "first",
    ];
    let before = first.saturating_sub(4)..first.saturating_sub(1);
    let after = end..(end + 2).min(tokens.len());
    before.chain(after).any(|k| CUES.contains(&tokens[k].text))
}

/// Words that make a people of a larger region out of a nationality: "North American".
fn is_region_word(word: &str) -> bool {
    matches!(
        word,
        "North" | "South" | "East" | "West" | "Central" | "Latin" | "Southeast" | "Northeast"
    )
}

fn is_initial(word: &str) -> bool {
    let stem = word.trim_end_matches('.');
    word.ends_with('.') && stem.chars().count() == 1 && stem.chars().all(char::is_uppercase)
}

fn has_ampersand_or_camel(words: &[&str]) -> bool {
    words.contains(&"&") || words.iter().any(|w| is_camel(w))
}

/// "WikiLeaks", "YouTube", "BlackRock": a capital after lower case inside a word is a brand,
/// not a surname ("McDonald", "DeVos", "MacArthur", "LeBron" are names, not camel case).
fn is_camel(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 4 || !chars[0].is_uppercase() {
        return false;
    }
    let name_prefixes = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O"];
    (2..chars.len()).any(|i| {
        chars[i].is_uppercase()
            && chars[i - 1].is_lowercase()
            && !name_prefixes.contains(&chars[..i].iter().collect::<String>().as_str())
    })
}

/// Names the document has vouched for, by first word: (words, type, canonical name).
type Known = HashMap<String, Vec<(Vec<String>, Label, Option<String>)>>;

/// Pass 2: evidence from the rest of the document.
fn apply_evidence(
    tokens: &[Token<'_>],
    lex: &Lexicon,
    corpus: &CorpusEvidence,
    cands: &mut Vec<Cand>,
) {
    drop_unmarked_possessives(tokens, cands);
    let mut surnames: HashSet<String> = corpus.surnames.clone();
    let mut aliases: HashMap<&str, (usize, String)> = HashMap::new();
    let mut surfaces: HashMap<Vec<String>, (Label, Option<String>)> = HashMap::new();
    // Towns the document names on their own: one that also starts a company's name
    // ("Burlington Industries Inc", "Santos Ltd") is that company when it stands alone.
    let city_words: HashSet<&str> = cands
        .iter()
        .filter(|c| c.conf == Conf::City && c.last - c.first == 1)
        .map(|c| tokens[c.first].text)
        .collect();
    for c in cands.iter() {
        let Some(label) = c.label else { continue };
        let words: Vec<&str> = (c.first..c.last).map(|k| tokens[k].text).collect();
        if label == Label::Person && c.conf == Conf::Sure {
            let source: Vec<&str> = match &c.canonical {
                Some(canonical) => canonical.split(' ').collect(),
                None => words.clone(),
            };
            let name: Vec<&str> = source
                .into_iter()
                .filter(|w| !is_initial(w) && !lexicon::is_suffix(w))
                .collect();
            if let Some(surname) = name.last() {
                if name.len() >= 2 || c.after_title {
                    surnames.insert(surname.to_string());
                }
            }
        }
        if label == Label::Org && c.conf >= Conf::Guess && words.len() >= 2 && c.canonical.is_none()
        {
            let rest_distinctive = words[1..]
                .iter()
                .all(|w| is_legal_suffix(w) || (!lex.is_common(w) && lex.keyword(w).is_none()));
            let company_of_town = city_words.contains(words[0])
                && words[1..]
                    .iter()
                    .all(|w| lex.keyword(w) == Some(Label::Org))
                && words.last().is_some_and(|w| is_legal_suffix(w));
            if company_of_town
                || rest_distinctive && !lex.is_common(words[0]) && !lex.is_given_name(words[0])
            {
                let full = words
                    .iter()
                    .filter(|w| !is_legal_suffix(w))
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ");
                aliases.entry(words[0]).or_insert((words.len(), full));
            }
        }
        if c.conf >= Conf::Guess
            && !(label == Label::Gpe && c.conf == Conf::City && words.len() == 1)
        {
            let key: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            surfaces.entry(key).or_insert((label, c.canonical.clone()));
        }
    }
    // Re-type single words that the document explains.
    for c in cands.iter_mut() {
        if c.last - c.first != 1 || c.conf == Conf::Sure {
            continue;
        }
        let w = tokens[c.first].text;
        if surnames.contains(w) {
            c.label = Some(Label::Person);
            c.conf = Conf::Sure;
            c.canonical = None;
        } else if let Some((_, full)) = aliases
            .get(w)
            .filter(|_| !(c.conf == Conf::City && after_locative(tokens, c.first)))
        {
            c.label = Some(Label::Org);
            c.conf = Conf::Sure;
            c.canonical = Some(full.clone());
        } else if let Some((label, canonical)) = surfaces.get(&vec![w.to_string()]) {
            if c.conf == Conf::Deferred {
                c.label = Some(*label);
                c.conf = Conf::Guess;
                c.canonical = canonical.clone();
            }
        }
    }
    // Context for what is still unexplained.
    for c in cands.iter_mut() {
        // A month or weekday is no organisation, whatever words stand around it ("a January
        // report"); it may be a person ("June, who").
        let date_word = c.last - c.first == 1 && lexicon::is_month_or_day(tokens[c.first].text);
        if c.conf == Conf::Deferred {
            if let Some(label) = context_label(tokens, lex, c.first, c.last)
                .filter(|&label| !(date_word && label == Label::Org))
            {
                c.label = Some(label);
                c.conf = Conf::Guess;
            }
        } else if c.conf == Conf::Guess && c.label == Some(Label::Org) {
            if let Some(Label::Person) = context_label(tokens, lex, c.first, c.last) {
                c.label = Some(Label::Person);
            }
        }
    }
    // Find known names again where capitals said nothing: headlines, capitals lines, sentence
    // starts, and glued words ("previewedWikiLeaks").
    let mut covered = vec![false; tokens.len()];
    for c in cands.iter().filter(|c| c.conf > Conf::Deferred) {
        for slot in &mut covered[c.first..c.last] {
            *slot = true;
        }
    }
    let mut known: Known = HashMap::new();
    for (words, (label, canonical)) in &surfaces {
        if let Some(head) = words.first() {
            known
                .entry(head.clone())
                .or_default()
                .push((words.clone(), *label, canonical.clone()));
        }
        // A camel-case name is found again in plain title case, as wire copy writes it:
        // "Wikileaks" after "WikiLeaks".
        if let [word] = words.as_slice() {
            if is_camel(word) {
                let plain = crate::english::title_case(word);
                let canonical = canonical.clone().unwrap_or_else(|| word.clone());
                known.entry(plain.clone()).or_default().push((
                    vec![plain],
                    *label,
                    Some(canonical),
                ));
            }
        }
    }
    for s in &surnames {
        known
            .entry(s.to_string())
            .or_default()
            .push((vec![s.to_string()], Label::Person, None));
    }
    for (a, (_, full)) in &aliases {
        known.entry(a.to_string()).or_default().push((
            vec![a.to_string()],
            Label::Org,
            Some(full.clone()),
        ));
    }
    for list in known.values_mut() {
        list.sort_by_key(|(words, _, _)| std::cmp::Reverse(words.len()));
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if covered[i] || !t.is_word {
            i += 1;
            continue;
        }
        if let Some((len, label, canonical)) = match_known(tokens, &covered, &known, i) {
            added.push(Cand {
                first: i,
                last: i + len,
                span: Span::new(t.span.start, tokens[i + len - 1].span.end),
                label: Some(label),
                conf: Conf::Sure,
                canonical,
                after_title: false,
            });
            i += len;
            continue;
        }
        if let Some(cand) = glued_name(t, i, &known, &surnames) {
            added.push(cand);
        }
        i += 1;
    }
    cands.retain(|c| c.conf > Conf::Deferred);
    cands.extend(added);
}

/// "Donald Trumps election campaign": a possessive written without its apostrophe. When the
/// name's last word ends in "s", the document uses the word without it on its own, and never
/// with it elsewhere, the "s" is left out of the name.
fn drop_unmarked_possessives(tokens: &[Token<'_>], cands: &mut [Cand]) {
    let mut counts: Option<HashMap<&str, usize>> = None;
    for c in cands.iter_mut() {
        if c.label != Some(Label::Person) || c.last - c.first < 2 || c.canonical.is_some() {
            continue;
        }
        let last_word = tokens[c.last - 1].text;
        let Some(stem) = last_word.strip_suffix('s') else {
            continue;
        };
        let counts = counts.get_or_insert_with(|| {
            let mut map: HashMap<&str, usize> = HashMap::new();
            for t in tokens.iter().filter(|t| t.is_word && t.is_capitalised()) {
                *map.entry(t.text).or_default() += 1;
            }
            map
        });
        if stem.chars().count() < 3
            || counts.get(last_word) != Some(&1)
            || !counts.contains_key(stem)
        {
            continue;
        }
        let mut words: Vec<&str> = (c.first..c.last - 1).map(|k| tokens[k].text).collect();
        words.push(stem);
        c.canonical = Some(words.join(" "));
        c.span.end -= 1;
    }
}

/// A company's legal-form suffix ("Inc.", "AG", "GmbH"): part of a name, dropped from its
/// canonical form.
pub(super) fn is_legal_suffix(word: &str) -> bool {
    matches!(
        word,
        "Inc"
            | "Inc."
            | "Corp"
            | "Corp."
            | "Co"
            | "Co."
            | "Ltd"
            | "Ltd."
            | "LLC"
            | "plc"
            | "PLC"
            | "AG"
            | "SA"
            | "NV"
            | "SpA"
            | "S.p.A."
            | "AB"
            | "ASA"
            | "Oy"
            | "BV"
            | "Bhd"
            | "Pty"
            | "Limited"
            | "GmbH"
    )
}

fn match_known(
    tokens: &[Token<'_>],
    covered: &[bool],
    known: &Known,
    i: usize,
) -> Option<(usize, Label, Option<String>)> {
    let t = &tokens[i];
    if !t.is_capitalised() {
        return None;
    }
    let caps = t.mode == LineMode::Caps;
    let list = if caps {
        known.get(&title_like(t.text, known)?)?
    } else {
        known.get(t.text)?
    };
    'candidates: for (words, label, canonical) in list {
        if i + words.len() > tokens.len() {
            continue;
        }
        for (j, w) in words.iter().enumerate() {
            let tok = &tokens[i + j];
            let same = if caps {
                tok.text == w.to_uppercase()
            } else {
                tok.text == w
            };
            if !same || covered[i + j] || (j > 0 && !tok.joined_by_space) {
                continue 'candidates;
            }
        }
        return Some((words.len(), *label, canonical.clone()));
    }
    None
}

/// The known name whose upper-case form is `caps` (for capitals lines).
fn title_like(caps: &str, known: &Known) -> Option<String> {
    known.keys().find(|k| k.to_uppercase() == caps).cloned()
}

/// A known name glued to a lower-case word ("previewedWikiLeaks") or missing its
/// possessive apostrophe ("Donald Trumps election campaign").
fn glued_name(t: &Token<'_>, i: usize, known: &Known, surnames: &HashSet<String>) -> Option<Cand> {
    let inner_capital = t.text.chars().skip(1).any(char::is_uppercase);
    if !(inner_capital || t.is_capitalised() && t.text.ends_with('s')) {
        return None;
    }
    let single = |w: &str| {
        known
            .get(w)
            .and_then(|list| list.iter().find(|(words, _, _)| words.len() == 1))
            .map(|(_, l, c)| (*l, c.clone()))
    };
    if let Some(split) = t
        .text
        .char_indices()
        .find(|&(k, c)| k >= 2 && c.is_uppercase())
        .map(|(k, _)| k)
    {
        let (prefix, suffix) = t.text.split_at(split);
        if prefix.chars().all(char::is_lowercase) {
            if let Some((label, canonical)) = single(suffix) {
                let canonical = canonical.or_else(|| Some(suffix.to_string()));
                return Some(Cand {
                    first: i,
                    last: i + 1,
                    span: Span::new(t.span.start + split, t.span.end),
                    label: Some(label),
                    conf: Conf::Sure,
                    canonical,
                    after_title: false,
                });
            }
        }
    }
    if t.is_capitalised() && t.text.len() > 3 {
        if let Some(stem) = t.text.strip_suffix('s') {
            if surnames.contains(stem) {
                return Some(Cand {
                    first: i,
                    last: i + 1,
                    span: Span::new(t.span.start, t.span.end - 1),
                    label: Some(Label::Person),
                    conf: Conf::Sure,
                    canonical: Some(stem.to_string()),
                    after_title: false,
                });
            }
        }
    }
    None
}

/// A type read from the words around a name: "founder X" / "X, who" (person); "spokesman
/// for X", "X spokesman", "chief executive of X" (organisation).
fn context_label(tokens: &[Token<'_>], lex: &Lexicon, first: usize, last: usize) -> Option<Label> {
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word).map(|t| t.text);
    let prev = first.checked_sub(1).and_then(word);
    let prev2 = first.checked_sub(2).and_then(word);
    let next = tokens.get(last).map(|t| t.text);
    let next2 = tokens.get(last + 1).map(|t| t.text);
    let _ = lex;
    if matches!(prev, Some("of" | "for" | "at")) && prev2.is_some_and(lexicon::is_person_role) {
        return Some(Label::Org);
    }
    if next.is_some_and(|w| {
        lexicon::is_org_role_after(&w.to_lowercase()) && !matches!(w, "said" | "says")
    }) && tokens.get(last).is_some_and(|t| t.joined_by_space)
    {
        return Some(Label::Org);
    }
    if prev.is_some_and(lexicon::is_person_role)
        && tokens.get(first).is_some_and(|t| t.joined_by_space)
    {
        return Some(Label::Person);
    }
    if next == Some(",") && matches!(next2, Some("who")) {
        return Some(Label::Person);
    }
    None
}

/// Pass 3: acronyms in parentheses. Returns acronyms that name a common noun ("political
/// action committee (PAC)"), never entities; links the others to the name before them.
fn acronyms(tokens: &[Token<'_>], cands: &mut Vec<Cand>) -> HashSet<String> {
    let mut suppressed = HashSet::new();
    let mut linked: HashMap<String, String> = HashMap::new();
    for i in 1..tokens.len().saturating_sub(1) {
        let acr = &tokens[i];
        if tokens[i - 1].text != "(" || tokens[i + 1].text != ")" || !lexicon::is_all_caps(acr.text)
        {
            continue;
        }
        let letters: Vec<char> = acr.text.chars().filter(|c| c.is_alphabetic()).collect();
        if !(2..=8).contains(&letters.len()) {
            continue;
        }
        // The words before "(", skipping small words, whose initials spell the acronym.
        let mut initials = Vec::new();
        let mut k = i - 1;
        let mut lower_case = true;
        while k > 0 && initials.len() < letters.len() {
            k -= 1;
            let w = &tokens[k];
            if !w.is_word {
                break;
            }
            if matches!(w.text, "of" | "and" | "for" | "the" | "on" | "&") {
                continue;
            }
            initials.push(w.text.chars().next().unwrap_or(' ').to_ascii_uppercase());
            lower_case &= !w.is_capitalised();
        }
        initials.reverse();
        if initials != letters {
            continue;
        }
        if lower_case {
            suppressed.insert(acr.text.to_string());
        } else if let Some(name) = cands
            .iter()
            .find(|c| c.last == i - 1 && c.label == Some(Label::Org))
        {
            let canonical = name.canonical.clone().unwrap_or_else(|| {
                (name.first..name.last)
                    .map(|k| tokens[k].text)
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            linked.insert(acr.text.to_string(), canonical);
        }
    }
    if linked.is_empty() {
        return suppressed;
    }
    let mut covered = vec![false; tokens.len()];
    for c in cands.iter_mut() {
        covered[c.first..c.last]
            .iter_mut()
            .for_each(|slot| *slot = true);
        if c.last - c.first == 1 {
            if let Some(canonical) = linked.get(tokens[c.first].text) {
                c.label = Some(Label::Org);
                c.canonical = Some(canonical.clone());
            }
        }
    }
    // An acronym that is also a word ("GEM") was not a candidate on its own.
    for (i, t) in tokens.iter().enumerate() {
        if let Some(canonical) = linked.get(t.text).filter(|_| !covered[i]) {
            cands.push(Cand {
                first: i,
                last: i + 1,
                span: t.span,
                label: Some(Label::Org),
                conf: Conf::Sure,
                canonical: Some(canonical.clone()),
                after_title: false,
            });
        }
    }
    suppressed
}
