//! Canonical names: which mentions are the same thing. Within a document a surname goes to
//! the full name it abbreviates ("Assange" -> "Julian Assange", "Trump Jr." -> "Donald Trump
//! Jr.", never "Trump" -> "Donald Trump Jr."), middle initials drop ("Donald J. Trump" ->
//! "Donald Trump"), gazetteer forms go to one name ("U.S.", "US", "America" -> "United
//! States"). Across documents a lone surname joins the one full name the corpus has for it.
//!
//! Names are compared folded the way search folds words (`search::fold_word`: case,
//! diacritics, apostrophes), because wire copy often drops accents: "José Núñez", "Jose
//! Nunez" and "JOSE NUNEZ" are one person, shown under the spelling that keeps the most
//! (mixed case, then diacritics, then the most mentions).

use std::collections::{BTreeMap, BTreeSet};

use super::lexicon;
use super::names::{CorpusEvidence, Found};
use super::{Label, Mention};
use crate::search::fold_word;

/// The canonical name of each found name, in order.
pub fn within_document(found: &[Found]) -> Vec<String> {
    let people: Vec<Option<PersonName>> = found
        .iter()
        .map(|f| {
            (f.label == Label::Person).then(|| match &f.canonical {
                Some(c) => PersonName::parse(&c.split(' ').map(str::to_string).collect::<Vec<_>>()),
                None => PersonName::parse(&f.words),
            })
        })
        .collect();
    found
        .iter()
        .enumerate()
        .map(|(i, f)| match &people[i] {
            Some(person) if person.n_words >= 2 => person.full(),
            Some(person) => resolve_surname(person, i, &people).unwrap_or_else(|| person.full()),
            None => f.canonical.clone().unwrap_or_else(|| plain_name(&f.words)),
        })
        .collect()
}

/// The surnames of every person named in full somewhere in the corpus.
pub fn corpus_evidence(per_doc: &[Vec<Mention>]) -> CorpusEvidence {
    let surnames = per_doc
        .iter()
        .flatten()
        .filter(|m| m.label == Label::Person)
        .map(|m| PersonName::from_canonical(&m.entity))
        .filter(|p| p.n_words >= 2)
        .map(|p| p.surname)
        .collect();
    CorpusEvidence { surnames }
}

/// Gives a surname-only person the one full name the whole corpus has for it.
pub fn across_documents(per_doc: &mut [Vec<Mention>]) {
    unify_spellings(per_doc);
    let mut full_names: BTreeMap<(String, Option<String>), BTreeSet<String>> = BTreeMap::new();
    for m in per_doc
        .iter()
        .flatten()
        .filter(|m| m.label == Label::Person)
    {
        let person = PersonName::from_canonical(&m.entity);
        if person.n_words >= 2 {
            full_names
                .entry((fold_key(&person.surname), person.suffix.clone()))
                .or_default()
                .insert(m.entity.clone());
        }
    }
    for m in per_doc
        .iter_mut()
        .flatten()
        .filter(|m| m.label == Label::Person)
    {
        let person = PersonName::from_canonical(&m.entity);
        if person.n_words != 1 {
            continue;
        }
        if let Some(names) = full_names.get(&(fold_key(&person.surname), person.suffix.clone())) {
            if names.len() == 1 {
                m.entity = names.iter().next().cloned().unwrap_or_default();
            }
        }
    }
    // Lone surnames spelled two ways ("Núñez", "Nunez") that no full name took.
    unify_spellings(per_doc);
}

/// Gives every name mention of one thing spelled several ways ("José Núñez", "Jose Nunez",
/// "JOSE NUNEZ") one canonical name: the mentions of one label whose names fold alike are
/// one entity. Dates and numbers keep their text.
pub fn unify_spellings(per_doc: &mut [Vec<Mention>]) {
    // (folded name, label) -> spelling -> number of mentions.
    let mut spellings: BTreeMap<(String, Label), BTreeMap<String, usize>> = BTreeMap::new();
    for m in per_doc.iter().flatten().filter(|m| m.label.is_name()) {
        *spellings
            .entry((fold_key(&m.entity), m.label))
            .or_default()
            .entry(m.entity.clone())
            .or_default() += 1;
    }
    let chosen: BTreeMap<(String, Label), String> = spellings
        .into_iter()
        .filter(|(_, forms)| forms.len() > 1)
        .filter_map(|(key, forms)| {
            // Ties go to the first spelling in byte order, so the choice is stable.
            let best = forms.into_iter().max_by(|(a, n_a), (b, n_b)| {
                spelling_rank(a, *n_a)
                    .cmp(&spelling_rank(b, *n_b))
                    .then_with(|| b.cmp(a))
            })?;
            Some((key, best.0))
        })
        .collect();
    if chosen.is_empty() {
        return;
    }
    for m in per_doc.iter_mut().flatten().filter(|m| m.label.is_name()) {
        if let Some(best) = chosen.get(&(fold_key(&m.entity), m.label)) {
            m.entity.clone_from(best);
        }
    }
}

/// A name folded word by word as search folds words: "José Núñez" and "JOSE NUNEZ" both give
/// "jose nunez".
pub fn fold_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut word = String::new();
    for raw in name.split_whitespace() {
        if fold_word(raw, &mut word) {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&word);
        }
    }
    key
}

/// How good a spelling is to show: written in mixed case rather than capitals, keeping its
/// diacritics, then the most used.
fn spelling_rank(name: &str, n_mentions: usize) -> (bool, usize, usize) {
    let mixed_case = name.chars().any(char::is_lowercase);
    let n_non_ascii = name.chars().filter(|c| !c.is_ascii()).count();
    (mixed_case, n_non_ascii, n_mentions)
}

#[derive(Clone, Debug)]
struct PersonName {
    /// Name words without middle initials and suffix.
    words: Vec<String>,
    n_words: usize,
    surname: String,
    suffix: Option<String>,
}

impl PersonName {
    fn parse(raw: &[String]) -> PersonName {
        let mut words: Vec<String> = Vec::new();
        let mut suffix = None;
        for (k, w) in raw.iter().enumerate() {
            if lexicon::is_suffix(w) && k > 0 {
                suffix = Some(if w.ends_with('.') || w.starts_with('I') {
                    w.clone()
                } else {
                    format!("{w}.")
                });
            } else if k > 0 && is_initial(w) {
                continue;
            } else {
                words.push(w.clone());
            }
        }
        let surname = words.last().cloned().unwrap_or_default();
        PersonName {
            n_words: words.len(),
            words,
            surname,
            suffix,
        }
    }

    fn from_canonical(name: &str) -> PersonName {
        PersonName::parse(&name.split(' ').map(str::to_string).collect::<Vec<_>>())
    }

    fn full(&self) -> String {
        let mut name = self.words.join(" ");
        if let Some(s) = &self.suffix {
            name.push(' ');
            name.push_str(s);
        }
        name
    }
}

/// The full name a lone surname (with its suffix, if any) stands for in this document: the
/// nearest full name before it, else the first after it; else a lone given name's full name.
fn resolve_surname(
    person: &PersonName,
    at: usize,
    people: &[Option<PersonName>],
) -> Option<String> {
    let surname = fold_key(&person.surname);
    let matches = |p: &PersonName| {
        p.n_words >= 2 && fold_key(&p.surname) == surname && p.suffix == person.suffix
    };
    let before = people[..at].iter().rev().flatten().find(|p| matches(p));
    let after = || people[at..].iter().flatten().find(|p| matches(p));
    if let Some(p) = before.or_else(after) {
        return Some(p.full());
    }
    if person.suffix.is_none() {
        let by_given: BTreeSet<String> = people
            .iter()
            .flatten()
            .filter(|p| p.n_words >= 2 && fold_key(&p.words[0]) == surname && p.suffix.is_none())
            .map(PersonName::full)
            .collect();
        if by_given.len() == 1 {
            return by_given.into_iter().next();
        }
    }
    None
}

fn is_initial(word: &str) -> bool {
    let stem = word.trim_end_matches('.');
    stem.chars().count() == 1 && stem.chars().all(char::is_uppercase)
}

/// A non-person name as written, without a leading "The" or a trailing legal suffix.
fn plain_name(words: &[String]) -> String {
    let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
    if words.len() > 1 && words[0] == "The" {
        words.remove(0);
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| super::names::is_legal_suffix(w))
    {
        words.pop();
    }
    words.join(" ")
}

#[cfg(test)]
mod fold_tests {
    #[track_caller]
    fn check(name: &str, expect: &str) {
        assert_eq!(super::fold_key(name), expect, "{name}");
    }

    #[test]
    fn names_fold_as_search_folds_words() {
        check("José Núñez", "jose nunez");
        check("Jose Nunez", "jose nunez");
        check("JOSÉ NÚÑEZ", "jose nunez");
        check("Łukasz  Żurawski", "lukasz zurawski");
        check("Søren Kierkegaard", "soren kierkegaard");
        check("Conor O'Brien", "conor obrien");
        check("Conor O’Brien", "conor obrien");
        check("Zürich", "zurich");
        // Decomposed accents (combining marks) fold like composed ones.
        check("Jose\u{301} Nu\u{303}n\u{303}ez", "jose nunez");
        check("Dvořák", "dvorak");
        check("", "");
    }
}

#[cfg(test)]
mod legal_suffix_tests {
    /// Regression: this list was a stale copy of `names::is_legal_suffix`, so "Siemens AG" and
    /// "Siemens" got different canonical names.
    #[test]
    fn every_legal_suffix_is_dropped_from_the_canonical_name() {
        for (words, want) in [
            (&["Siemens", "AG"][..], "Siemens"),
            (&["The", "Acme", "Corp."][..], "Acme"),
            (&["Banco", "Santander", "SA"][..], "Banco Santander"),
            (&["Nestlé", "S.p.A."][..], "Nestlé"),
            (&["AG"][..], "AG"),
        ] {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            assert_eq!(super::plain_name(&words), want);
        }
    }
}
