//! Pass 1 of the name finder: chunks. Runs of capitalised words in prose lines, cut at titles
//! and typed by the gazetteer, a head keyword, a given name, their shape or their context; a
//! chunk nothing vouches for is deferred to pass 2.

use crate::entities::lexicon::{self, Lexicon};
use crate::entities::tokens::{LineMode, Token};
use crate::entities::Label;
use crate::span::Span;

use super::{Cand, Conf};

/// A capitalised word that can be part of a name in prose.
pub(super) fn is_name_word(t: &Token<'_>, lex: &Lexicon) -> bool {
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
pub(super) fn chunks(
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
pub(super) fn advance(lex_at: &[Option<(usize, usize)>], i: usize) -> usize {
    match lex_at[i] {
        Some((end, _)) => end,
        None => i + 1,
    }
}

/// A word that can be part of a chunk where it stands. In headlines and capitals lines,
/// capitals say nothing, so only words that are not ordinary words can be names there.
pub(super) fn is_unit_word(t: &Token<'_>, lex: &Lexicon) -> bool {
    if !is_name_word(t, lex) {
        return false;
    }
    match t.mode {
        LineMode::Prose => true,
        LineMode::Title => !lex.is_common(t.text) || lexicon::is_suffix(t.text),
        LineMode::Caps => false,
    }
}

pub(super) fn type_chunk(
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

pub(super) fn is_active_title(tokens: &[Token<'_>], lex: &Lexicon, i: usize, last: usize) -> bool {
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

pub(super) fn type_segment(
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

pub(super) fn type_piece(
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
    // "the town of Amatrice", "the mayor of Accumoli": a place whatever its name.
    if after_settlement_of(tokens, first) {
        out.push(cand(Some(Label::Gpe), Conf::Sure));
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
        // A particle before a place makes it part of the name ("Petroleos de Venezuela",
        // "Banco de Mexico"): a name never ends on "de", so the chunk is not cut there.
        let particle_joins = (first + 1..last).any(|k| {
            lex_at[k].is_some()
                && lexicon::is_particle(tokens[k - 1].text)
                && !words_in_lexicon(lex_at, first, k - 1)
        });
        // Joined so, the chunk is one name, typed below as any the gazetteer doesn't cover.
        if city_in_name && !particle_joins {
            let others_weak = (first..last)
                .filter(|&k| lex_at[k].is_none() && !words_in_lexicon(lex_at, first, k))
                .all(|k| lex.is_common(tokens[k].text));
            if others_weak {
                return;
            }
        } else if !particle_joins {
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
pub(super) fn keyword_label(
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
pub(super) fn words_in_lexicon(lex_at: &[Option<(usize, usize)>], first: usize, k: usize) -> bool {
    (first..=k).any(|s| lex_at[s].is_some_and(|(end, _)| end > k))
}

pub(super) fn covered_by_lexicon(
    lex_at: &[Option<(usize, usize)>],
    first: usize,
    last: usize,
) -> bool {
    let mut k = first;
    while k < last {
        match lex_at[k] {
            Some((end, _)) if end <= last => k = end,
            _ => return false,
        }
    }
    true
}

pub(super) fn emit_lexicon(
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
pub(super) fn report_cue(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
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

/// A lower-case "town of", "village of", "mayor of"... right before token `first`, or before
/// the list it ends ("the towns of Amatrice and Accumoli", "of Arta, Belo and Sova"): what
/// follows is a place.
fn after_settlement_of(tokens: &[Token<'_>], first: usize) -> bool {
    let mut start = first;
    for _ in 0..4 {
        if settlement_of_before(tokens, start) {
            return true;
        }
        // Back over ", " or " and " and the name before it.
        let Some(joint) = start.checked_sub(1).map(|k| &tokens[k]) else {
            return false;
        };
        if !matches!(joint.text, "," | "and") {
            return false;
        }
        let mut k = start - 1;
        while k > 0
            && (tokens[k - 1].is_capitalised() || lexicon::is_particle(tokens[k - 1].text))
            && tokens[k - 1].is_word
        {
            k -= 1;
        }
        if k == start - 1 || !tokens[k].is_capitalised() {
            return false;
        }
        start = k;
    }
    false
}

/// A lower-case "town of" right before token `first`.
fn settlement_of_before(tokens: &[Token<'_>], first: usize) -> bool {
    let (Some(of), Some(noun)) = (
        first.checked_sub(1).map(|k| &tokens[k]),
        first.checked_sub(2).map(|k| &tokens[k]),
    ) else {
        return false;
    };
    of.text == "of"
        && tokens[first].joined_by_space
        && of.joined_by_space
        && lexicon::is_settlement_noun(noun.text)
}

/// Words that make a people of a larger region out of a nationality: "North American".
pub(super) fn is_region_word(word: &str) -> bool {
    matches!(
        word,
        "North" | "South" | "East" | "West" | "Central" | "Latin" | "Southeast" | "Northeast"
    )
}

pub(super) fn is_initial(word: &str) -> bool {
    let stem = word.trim_end_matches('.');
    word.ends_with('.') && stem.chars().count() == 1 && stem.chars().all(char::is_uppercase)
}

pub(super) fn has_ampersand_or_camel(words: &[&str]) -> bool {
    words.contains(&"&") || words.iter().any(|w| is_camel(w))
}

/// "WikiLeaks", "YouTube", "BlackRock": a capital after lower case inside a word is a brand,
/// not a surname ("McDonald", "DeVos", "MacArthur", "LeBron" are names, not camel case).
pub(super) fn is_camel(word: &str) -> bool {
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
