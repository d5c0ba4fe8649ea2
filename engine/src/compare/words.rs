//! Words as the comparison sees them: lower-cased, stemmed content words with news synonyms
//! folded together ("rebuffed"/"rejected"/"declined" are one term), plus the capitalised names.
//!
//! The synonym groups are general newswire English (reporting verbs, publishing, contact,
//! refusal...), not taken from any article: two outlets telling one fact pick different words
//! from exactly these families.

use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::span::Span;

/// One word of a passage.
#[derive(Clone, Debug)]
pub struct Word {
    pub span: Span,
    /// Lower-cased surface form.
    pub lower: String,
    /// Stem after synonym folding; empty for stop words.
    pub term: String,
}

/// The words of `text[span]`, in order. `cache` remembers each distinct word's term: news
/// copy repeats its words, and stemming is most of the cost.
pub fn words(
    text: &str,
    span: Span,
    stemmer: &Stemmer,
    cache: &mut HashMap<String, String>,
) -> Vec<Word> {
    let slice = span.slice(text);
    let mut out: Vec<Word> = slice
        .unicode_word_indices()
        .map(|(at, w)| {
            // "Clinton’s" is one UAX #29 word; the possessive is noise for matching.
            let w = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            let lower = w.to_lowercase();
            // "US" the country, not "us" the pronoun.
            let lower = if w == "US" { "u.s".to_string() } else { lower };
            let term = match cache.get(&lower) {
                Some(term) => term.clone(),
                None => {
                    let term = term_of(&lower, stemmer);
                    cache.insert(lower.clone(), term.clone());
                    term
                }
            };
            Word {
                span: Span::new(span.start + at, span.start + at + w.len()),
                lower,
                term,
            }
        })
        .collect();
    fold_phrases(&mut out);
    out
}

/// Two-word phrases that mean one thing ("reached out", "United States", "called on"), and
/// refusals said with a negation ("didn't want his help", "would not accept"), which mean
/// "rejected".
fn fold_phrases(ws: &mut [Word]) {
    for k in 0..ws.len() {
        let next = ws.get(k + 1).map(|w| w.lower.as_str());
        let phrase = match (ws[k].lower.as_str(), next) {
            ("reached" | "reach" | "reaching" | "reaches", Some("out")) => Some("reach_out"),
            ("turned" | "turn" | "turning" | "turns", Some("down")) => Some("turn_down"),
            ("called" | "call" | "calling" | "calls", Some("on" | "upon")) => Some("call_on"),
            ("united", Some("states")) => Some("united_st"),
            ("white", Some("house")) => Some("white_hous"),
            _ => None,
        };
        // "emailed Assange" is a contact; "the emails" are not.
        let phrase = phrase.or(match ws[k].lower.as_str() {
            "emailed" | "emailing" | "messaged" | "messaging" | "phoned" => Some("contact"),
            _ => None,
        });
        if let Some(phrase) = phrase {
            if phrase == "contact" {
                ws[k].term = phrase.to_string();
                continue;
            }
            ws[k].term = fold_synonym(phrase).unwrap_or(phrase).to_string();
            ws[k + 1].term.clear();
            continue;
        }
        let negated = ws[k.saturating_sub(3)..k]
            .iter()
            .any(|w| is_negation(&w.lower));
        if negated && matches!(ws[k].term.as_str(), "want" | "accept" | "agre") {
            ws[k].term = "reject".to_string();
        }
    }
}

fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "no" | "refused") || w.ends_with("n't") || w.ends_with("n’t")
}

fn term_of(lower: &str, stemmer: &Stemmer) -> String {
    if is_stop_word(lower) || is_negation(lower) || lower.chars().all(|c| !c.is_alphanumeric()) {
        return String::new();
    }
    // "U.S." is one UAX #29 word, "u.s"; the stemmer would cut it to "u.".
    if lower.contains('.') {
        let bare: String = lower.chars().filter(|c| *c != '.').collect();
        return fold_synonym(&bare).unwrap_or(&bare).to_string();
    }
    let stem = stemmer.stem(lower);
    if REPORTING.contains(&stem.as_ref()) {
        return String::new();
    }
    fold_synonym(&stem).map_or_else(|| stem.into_owned(), str::to_string)
}

pub fn english_stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

pub fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.binary_search(&w).is_ok()
}

/// Sorted, for binary search.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "s",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "t",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
];

/// Attribution verbs: who said a fact is not the fact, so these weigh nothing.
const REPORTING: &[&str] = &[
    "say", "said", "tell", "told", "claim", "add", "ad", "report", "relay", "write", "wrote",
    "tweet", "accord", "quot", "cite", "citing",
];

/// Groups of stems that tell the same thing in news copy; the first member names the group.
/// Only general newswire vocabulary: the verbs outlets swap for one another when they retell
/// a fact (an approach is a request, declining is rejecting, leading is overseeing).
const SYNONYMS: &[&[&str]] = &[
    &["confirm", "acknowledg", "admit", "verifi"],
    &[
        "reject",
        "rebuf",
        "rebuff",
        "declin",
        "refus",
        "spurn",
        "turn_down",
    ],
    &["deni", "disput", "dismiss"],
    &[
        "contact",
        "approach",
        "reach_out",
        "correspond",
        "request",
        "solicit",
    ],
    &["ask", "call_on", "urg", "demand", "appeal", "press"],
    &["publish", "releas", "post", "leak", "publicis", "dump"],
    &["reveal", "disclos", "elabor", "detail", "specifi"],
    &[
        "hack", "stolen", "steal", "stole", "breach", "theft", "thiev", "thief",
    ],
    &["hire", "employ", "retain", "recruit", "engag", "work"],
    &["firm", "compani", "busi", "outfit", "vendor", "contractor"],
    &["help", "assist", "aid", "support"],
    &["link", "tie", "tied", "connect", "associ"],
    &["elect", "vote", "ballot"],
    &["investig", "probe", "inquiri", "scrutini"],
    &["delet", "deleted", "miss", "lost", "eras", "wipe"],
    &["obtain", "find", "acquir", "retriev", "recov"],
    &[
        "lead", "led", "overse", "oversaw", "overseen", "supervis", "head", "run", "manag",
    ],
    &["chief", "ceo", "boss", "leader", "director"],
    &["govern", "administr", "kremlin", "white_hous"],
    &["us", "united_st"],
    &["russia", "russian"],
    &["media", "press", "news", "outlet", "newspap"],
    &["databas", "archiv", "cach", "trove"],
];

/// Words that are common in any news story: they weigh half, like a word found in many
/// sentences (the story's own frequent words are down-weighted by IDF already).
const COMMON: &[&str] = &[
    "also", "back", "day", "first", "former", "get", "go", "includ", "know", "known", "last",
    "like", "made", "make", "month", "new", "part", "peopl", "public", "still", "take", "thing",
    "time", "two", "use", "way", "week", "well", "year",
];

/// Whether a term is one of the [`COMMON`] news words.
pub fn is_common(term: &str) -> bool {
    COMMON.contains(&term)
}

fn fold_synonym(stem: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for group in SYNONYMS {
            for w in group.iter() {
                map.entry(*w).or_insert(group[0]);
            }
        }
        map
    });
    map.get(stem).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &str) {
        let stemmer = english_stemmer();
        let got: Vec<String> = words(
            text,
            Span::new(0, text.len()),
            &stemmer,
            &mut HashMap::new(),
        )
        .into_iter()
        .map(|w| {
            if w.term.is_empty() {
                format!("({})", w.lower)
            } else {
                w.term
            }
        })
        .collect();
        assert_eq!(got.join(" "), expected, "in {text:?}");
    }

    #[test]
    fn stems_and_folds_synonyms() {
        check("He rebuffed the request", "(he) reject (the) contact");
        check("Assange declined", "assang reject");
        check(
            "Clinton’s emails were hacked, she said",
            "clinton email (were) hack (she) (said)",
        );
        check(
            "WikiLeaks published the documents",
            "wikileak publish (the) document",
        );
        check("Zürich’s Straße", "zürich straße");
        check("", "");
    }

    #[test]
    fn folds_phrases_and_refusals() {
        check("Nix reached out to him", "nix contact (out) (to) (him)");
        check("He didn't want his help", "(he) (didn't) reject (his) help");
        check("She would not accept", "(she) (would) (not) reject");
        check("the emails", "(the) email");
        check("he emailed Assange", "(he) contact assang");
        check("United States officials", "us (states) offici");
        check("The U.S. and US agencies", "(the) us (and) us agenc");
        check("It called on Russia", "(it) ask (on) russia");
        check("Zoë hat nicht geholfen", "zoë hat nicht geholfen");
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(
            STOP_WORDS.windows(2).all(|w| w[0] < w[1]),
            "STOP_WORDS must stay sorted"
        );
    }
}
