//! Pass 2 of the name finder: document evidence. Surnames of people named in full, the first
//! word of an organisation, and names found in prose decide the chunks pass 1 deferred, and
//! find names again in headlines and capitals lines.

use std::collections::{HashMap, HashSet};

use crate::entities::lexicon::{self, Lexicon};
use crate::entities::tokens::{LineMode, Token};
use crate::entities::Label;
use crate::span::Span;

use super::chunks::{is_camel, is_initial};
use super::{after_locative, Cand, Conf, CorpusEvidence};

/// Names the document has vouched for, by first word: (words, type, canonical name).
pub(super) type Known = HashMap<String, Vec<(Vec<String>, Label, Option<String>)>>;

/// Pass 2: evidence from the rest of the document.
pub(super) fn apply_evidence(
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
pub(super) fn drop_unmarked_possessives(tokens: &[Token<'_>], cands: &mut [Cand]) {
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
pub(in crate::entities) fn is_legal_suffix(word: &str) -> bool {
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

pub(super) fn match_known(
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
pub(super) fn title_like(caps: &str, known: &Known) -> Option<String> {
    known.keys().find(|k| k.to_uppercase() == caps).cloned()
}

/// A known name glued to a lower-case word ("previewedWikiLeaks") or missing its
/// possessive apostrophe ("Donald Trumps election campaign").
pub(super) fn glued_name(
    t: &Token<'_>,
    i: usize,
    known: &Known,
    surnames: &HashSet<String>,
) -> Option<Cand> {
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
pub(super) fn context_label(
    tokens: &[Token<'_>],
    lex: &Lexicon,
    first: usize,
    last: usize,
) -> Option<Label> {
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
    // "Imma Corsi, the head of the unit", "Lee Park, a chief executive at Acme": a name set
    // off by a person's role of something. Not a time or a place ("in January, a
    // spokeswoman for the office said").
    let after = |k: usize| tokens.get(last + k).map(|t| t.text);
    let time_or_place = last - first == 1 && lexicon::is_month_or_day(tokens[first].text)
        || super::after_locative(tokens, first);
    if next == Some(",") && matches!(next2, Some("the" | "a" | "an")) && !time_or_place {
        let role_of = |k: usize| {
            after(k).is_some_and(lexicon::is_person_role)
                && matches!(after(k + 1), Some("of" | "for" | "at"))
        };
        if role_of(2) || after(2).is_some_and(lexicon::is_person_role) && role_of(3) {
            return Some(Label::Person);
        }
    }
    None
}
