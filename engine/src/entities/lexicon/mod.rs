//! The word knowledge the name finder uses: the embedded data files (gazetteer of places,
//! nationalities and well-known organisations, given names, surnames, common English words)
//! and the small closed classes in `words.rs` (organisation keywords, roles, locatives,
//! connectors), with the stop words, titles and calendar words of `crate::english`. Loaded
//! once, on first use, and shared.
//!
//! Everything here is general vocabulary of English news; nothing is specific to any article.
//!
//! `data/world_places.txt` (every first-level division and every town of 15,000 people or
//! more, from `data/make_world_places.py`) is by far the largest list. Only extraction reads
//! it, and the app never extracts (the bundle carries the mentions), so the linker leaves it
//! out of the wasm and the first visit does not grow.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use super::Label;
use crate::english::abbreviations;
use crate::english::calendar::{self, HOLIDAYS};
use crate::english::stop_words;
use crate::english::{title_case, title_case_chars, FastHash};

mod words;

use words::KEYWORDS;
pub use words::{
    is_caps_non_name, is_connector, is_division_word, is_locative, is_month_or_day,
    is_org_role_after, is_particle, is_person_role, is_place_prefix, is_settlement_noun, is_suffix,
};

const GAZETTEER: &str = include_str!("../data/gazetteer.txt");
const PLACES: &str = include_str!("../data/places.txt");
const GIVEN_NAMES: &str = include_str!("../data/given_names.txt");
const SURNAMES: &str = include_str!("../data/surnames.txt");
const COMMON_WORDS: &str = include_str!("../data/common_words.txt");
const WORLD_PLACES: &str = include_str!("../data/world_places.txt");

/// When a gazetteer form may be read as its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// Wherever it stands with its own capitalisation.
    Nothing,
    /// A place whose name is also a person's name or a word ("Florence", "Mendoza"): only
    /// where the text says it is a place ("in Florence", "Mendoza, Argentina").
    PlaceContext,
    /// A division named by a very common word ("Rivers", "Central"): only before "State",
    /// "Province" or "Region".
    DivisionWord,
}

/// One gazetteer entity: its type, the name to group under, and how it may be matched.
#[derive(Debug)]
pub struct Entry {
    pub label: Label,
    pub canonical: String,
    /// A country: never re-read as a person's surname.
    pub country: bool,
    /// An outlet whose bare name is an ordinary word ("the Guardian"): only after "the".
    pub needs_the: bool,
    /// The canonical name starts with "The": a capitalised "The" before a match belongs to it.
    pub takes_the: bool,
    pub needs: Needs,
    /// From the world list of towns and divisions (not the news gazetteer): in a headline,
    /// where capitals say little, it counts only if the article's prose names it too.
    pub minor: bool,
}

/// A gazetteer match in a text.
#[derive(Clone, Copy, Debug)]
pub struct LexMatch {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

pub struct Lexicon {
    pub entries: Vec<Entry>,
    /// Pattern `i` of `matcher` is a form of `entries[pattern_entry[i]]`.
    pattern_entry: Vec<usize>,
    patterns: Vec<String>,
    matcher: AhoCorasick,
    given: WordSet,
    surnames: WordSet,
    /// Lower case; includes month and day names.
    common: WordSet,
    stopwords: WordSet,
    titles: HashSet<String, FastHash>,
    /// Head noun -> the type it gives the name it ends ("Committee" -> ORG).
    keywords: HashMap<&'static str, Label, FastHash>,
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut entries = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut seen_forms: HashSet<String> = HashSet::new();
        for line in GAZETTEER.lines().chain(PLACES.lines()) {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((tag, forms)) = line.split_once('\t') else {
                continue;
            };
            let country = tag.ends_with('*');
            let needs_the = tag.ends_with('~');
            let Some(label) = Label::parse(tag.trim_end_matches(['*', '~'])) else {
                continue;
            };
            let mut forms = forms.split('|').map(str::trim).filter(|f| !f.is_empty());
            let Some(canonical) = forms.next() else {
                continue;
            };
            let takes_the = canonical.starts_with("The ") && label == Label::Org;
            let entry_idx = entries.len();
            entries.push(Entry {
                label,
                canonical: canonical.to_string(),
                country,
                needs_the,
                takes_the,
                needs: Needs::Nothing,
                minor: false,
            });
            for form in std::iter::once(canonical).chain(forms) {
                // Outlets are matched without their "The"; places like "The Hague" keep it.
                let form = if takes_the {
                    form.strip_prefix("The ").unwrap_or(form)
                } else {
                    form
                };
                if form.is_empty() || !seen_forms.insert(form.to_string()) {
                    continue;
                }
                patterns.push(form.to_string());
                pattern_entry.push(entry_idx);
            }
        }
        // The world list: "## GPE" / "## GPE?" / "## GPE+" sections of "canonical|form|..."
        // lines. The lists above win a form they share.
        let mut needs = Needs::Nothing;
        for line in WORLD_PLACES.lines() {
            if let Some(section) = line.strip_prefix("## ") {
                needs = match section.trim() {
                    "GPE?" => Needs::PlaceContext,
                    "GPE+" => Needs::DivisionWord,
                    _ => Needs::Nothing,
                };
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            let mut forms = line.split('|').map(str::trim).filter(|f| !f.is_empty());
            let Some(first) = forms.next() else {
                continue;
            };
            // "=Beijing|Peking": the canonical name only, not a form of this line.
            let (canonical, first_form) = match first.strip_prefix('=') {
                Some(name) => (name, None),
                None => (first, Some(first)),
            };
            let entry_idx = entries.len();
            let mut n_new = 0;
            for form in first_form.into_iter().chain(forms) {
                if seen_forms.insert(form.to_string()) {
                    patterns.push(form.to_string());
                    pattern_entry.push(entry_idx);
                    n_new += 1;
                }
            }
            if n_new > 0 {
                entries.push(Entry {
                    label: Label::Gpe,
                    canonical: canonical.to_string(),
                    country: false,
                    needs_the: false,
                    takes_the: false,
                    needs,
                    minor: true,
                });
            }
        }
        // Anchored at word starts only (see `find`): with some 80,000 forms, scanning every
        // byte of the text costs more than trying each word start.
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("the gazetteer patterns are plain strings");
        let words = |data: &'static str| {
            data.lines()
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .collect()
        };
        let mut keywords = HashMap::default();
        let mut common: WordSet = words(COMMON_WORDS);
        common.extend(calendar::month_and_day_words());
        common.extend(HOLIDAYS);
        for (label, list) in KEYWORDS {
            for w in *list {
                keywords.insert(*w, *label);
            }
        }
        Lexicon {
            entries,
            pattern_entry,
            patterns,
            matcher,
            given: words(GIVEN_NAMES),
            surnames: words(SURNAMES),
            common,
            stopwords: stop_words::name_stop_words().collect(),
            titles: abbreviations::titles().collect(),
            keywords,
        }
    }

    /// Gazetteer matches in `text` that stand as whole words with the gazetteer's own
    /// capitalisation, or in capitals (in a capitals line, as `is_caps_at` tells, or for
    /// forms of four letters or more, like a dateline's "WASHINGTON"). Matches start at
    /// `word_starts` (ascending byte offsets); at each, the longest valid form wins, and a
    /// match covers the starts inside it.
    ///
    /// The longest *valid* form: a longer case-blind or mid-word hit must not hide a shorter
    /// right one ("At Taj", a Libyan town, in "at Tajik"), so an invalid hit is retried on a
    /// shorter stretch of text.
    pub fn find(
        &self,
        text: &str,
        word_starts: impl IntoIterator<Item = usize>,
        is_caps_at: impl Fn(usize) -> bool,
    ) -> Vec<LexMatch> {
        let mut out = Vec::new();
        let mut covered_to = 0;
        for start in word_starts {
            if start < covered_to || start >= text.len() {
                continue;
            }
            let mut limit = text.len();
            while limit > start {
                let input = Input::new(text).span(start..limit).anchored(Anchored::Yes);
                let Some(m) = self.matcher.find(input) else {
                    break;
                };
                let pattern = m.pattern().as_usize();
                if self.is_valid_match(text, m.start(), m.end(), pattern, &is_caps_at) {
                    out.push(LexMatch {
                        start: m.start(),
                        end: m.end(),
                        entry: self.pattern_entry[pattern],
                    });
                    covered_to = m.end();
                    break;
                }
                limit = m.end() - 1;
            }
        }
        out
    }

    /// `text[start..end]`, a case-blind hit of pattern `pattern`, is a whole word written as
    /// the form is, or in capitals, or (a camel-case brand) in plain title case.
    fn is_valid_match(
        &self,
        text: &str,
        start: usize,
        end: usize,
        pattern: usize,
        is_caps_at: &impl Fn(usize) -> bool,
    ) -> bool {
        let Some(found) = text.get(start..end) else {
            return false;
        };
        if !is_word_boundary(text, start, end) {
            return false;
        }
        let pattern = &self.patterns[pattern];
        let caps_line = || is_caps_at(start);
        // In a capitals line a short form that is also a word ("US") says nothing.
        let ambiguous_in_caps = || pattern.len() <= 3 && caps_line() && self.is_common(pattern);
        if found == pattern {
            return !ambiguous_in_caps();
        }
        // A datelined place in capitals ("WASHINGTON —") is the place, in any line.
        let caps_form = found
            .chars()
            .eq(pattern.chars().flat_map(char::to_uppercase))
            && (pattern.chars().count() >= 4 || caps_line());
        // A camel-case brand written in plain title case ("Wikileaks", "Youtube"), as wire
        // copy often does; not an acronym ("US" is no "Us").
        let plain_title_form = pattern.len() >= 4
            && pattern.chars().skip(1).any(char::is_uppercase)
            && pattern.chars().any(char::is_lowercase)
            && !pattern.contains(' ')
            && found.chars().eq(title_case_chars(pattern));
        (caps_form || plain_title_form) && !ambiguous_in_caps()
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word)
            || (is_all_caps(word) && self.given.contains(title_case(word).as_str()))
    }

    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// An ordinary lower-case English word (in any capitalisation).
    pub fn is_common(&self, word: &str) -> bool {
        contains_folded(&self.common, word)
    }

    /// Function words, pronouns and sentence adverbs: never part of a name, whatever their
    /// case. ("May", "Will" are left out: they are also names, "Theresa May".)
    pub fn is_stopword(&self, word: &str) -> bool {
        contains_folded(&self.stopwords, word)
    }

    /// Titles and honorifics that stand before a name and are not part of it.
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
    }

    /// The entity type a head noun like "Committee" or "Embassy" gives the name it ends.
    pub fn keyword(&self, word: &str) -> Option<Label> {
        self.keywords.get(word).copied()
    }

    /// Size of the embedded data, for the report: (bytes, number of gazetteer forms).
    pub fn data_bytes() -> usize {
        GAZETTEER.len()
            + PLACES.len()
            + GIVEN_NAMES.len()
            + SURNAMES.len()
            + COMMON_WORDS.len()
            + WORLD_PLACES.len()
    }
}

/// Neither side of `text[start..end]` continues a word, and it is not part of a hyphenated
/// compound ("Russia-linked", "pro-Trump"), which the guidelines leave untagged.
fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '‐');
    !joins(before) && !joins(after)
}

pub fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase)
}

type WordSet = HashSet<&'static str, FastHash>;

/// `set` (lower case) contains `word` in lower case; no allocation for short ASCII words.
fn contains_folded(set: &WordSet, word: &str) -> bool {
    if set.contains(word) {
        return true;
    }
    if !word.chars().any(char::is_uppercase) {
        return false;
    }
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|l| set.contains(l));
    }
    set.contains(word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(word: &str, given: bool, common: bool) {
        let lex = lexicon();
        assert_eq!(
            (lex.is_given_name(word), lex.is_common(word)),
            (given, common),
            "{word}"
        );
    }

    #[test]
    fn word_classes() {
        check("Julian", true, false);
        check("Hillary", true, false);
        check("José", true, false);
        check("The", false, true);
        check("Monday", false, true);
        check("Zürich", false, false);
    }
}
