//! Words as the comparison sees them: lower-cased, stemmed content words with news synonyms
//! folded together ("rebuffed"/"rejected"/"declined" are one term), plus the capitalised names.
//!
//! The synonym groups are general newswire English (reporting verbs, publishing, contact,
//! refusal...), not taken from any article: two outlets telling one fact pick different words
//! from exactly these families.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::english::stop_words::is_comparison_stop_word;
use crate::english::FastMap;
use crate::span::Span;

/// One word of a passage. The strings are shared with [`WordCache`]: a story repeats its
/// words, and one allocation per distinct word instead of two per word is most of the speed.
#[derive(Clone, Debug)]
pub struct Word {
    pub span: Span,
    /// Lower-cased surface form.
    pub lower: Rc<str>,
    /// Stem after synonym folding; empty for stop words.
    pub term: Rc<str>,
}

impl Word {
    /// Makes the word weigh nothing (a stop word, or the second word of a folded phrase).
    pub fn clear_term(&mut self) {
        if !self.term.is_empty() {
            self.term = Rc::from("");
        }
    }
}

/// Two terms are one word written two ways when one begins the other and is at least
/// [`FOLD_MIN_CHARS`] long, and the other adds at most [`FOLD_MAX_EXTRA`] letters: stems the
/// stemmer leaves apart ("organis"/"organisation") and one name spelled two ways
/// ("Horodetsky"/"Horodetskiy"). The vocabulary folds its terms so (`prepare.rs`), and the numbers
/// compare who a figure is about so.
pub const FOLD_MIN_CHARS: usize = 5;
pub const FOLD_MAX_EXTRA: usize = 3;

/// Whether `a` and `b` are one term by the rule above.
pub fn same_term(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short == long {
        return true;
    }
    // Most pairs differ in their first letters: count characters only for a prefix.
    if !long.starts_with(short) {
        return false;
    }
    let (n_short, n_long) = (short.chars().count(), long.chars().count());
    n_short >= FOLD_MIN_CHARS && n_long - n_short <= FOLD_MAX_EXTRA
}

/// Each distinct surface form seen (as written) → its lower-cased form and its term.
pub type WordCache = FastMap<Box<str>, (Rc<str>, Rc<str>)>;

/// The words of `text[span]`, in order. `cache` remembers each distinct word's term: news
/// copy repeats its words, and stemming is most of the cost.
pub fn words(text: &str, span: Span, stemmer: &Stemmer, cache: &mut WordCache) -> Vec<Word> {
    let slice = span.slice(text);
    let mut out: Vec<Word> = slice
        .unicode_word_indices()
        .flat_map(|(at, w)| lost_sentence_breaks(w).map(move |(k, part)| (at + k, part)))
        .map(|(at, w)| {
            // "Clinton’s" is one UAX #29 word; the possessive is noise for matching.
            let w = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            let (lower, term) = match cache.get(w) {
                Some(entry) => entry.clone(),
                None => {
                    // "US" the country, not "us" the pronoun.
                    let lower = if w == "US" {
                        "u.s".to_string()
                    } else {
                        w.to_lowercase()
                    };
                    let term: Rc<str> = Rc::from(term_of(&lower, stemmer));
                    let entry = (Rc::from(lower), term);
                    cache.insert(Box::from(w), entry.clone());
                    entry
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

/// The parts of a word that holds a sentence break which lost its space in copying: a full
/// stop between a lower-case letter and a capital ("Haq.Several" is "Haq" and "Several"), with
/// their offsets in the word. Not an abbreviation ("U.S.", "e.g.") or an address
/// ("example.com"). Most words have none and come back whole.
fn lost_sentence_breaks(word: &str) -> impl Iterator<Item = (usize, &str)> {
    let breaks = word
        .match_indices('.')
        .map(|(at, _)| at)
        .filter(move |&at| glued_full_stop(&word[..at], &word[at + 1..]));
    let starts = std::iter::once(0).chain(breaks.clone().map(|at| at + 1));
    let ends = breaks.chain(std::iter::once(word.len()));
    starts
        .zip(ends)
        .map(move |(from, to)| (from, &word[from..to]))
}

/// A full stop between `before` and `after` with no space either side, a lower-case letter
/// before it and a capital after: a sentence break that lost its space in copying, not an
/// abbreviation ("U.S.", "e.g.") or an address ("example.com").
pub(super) fn glued_full_stop(before: &str, after: &str) -> bool {
    before.ends_with(char::is_lowercase) && after.starts_with(char::is_uppercase)
}

/// Two-word phrases that mean one thing ("reached out", "United States", "called on"), and
/// refusals said with a negation ("didn't want his help", "would not accept"), which mean
/// "rejected".
fn fold_phrases(ws: &mut [Word]) {
    for k in 0..ws.len() {
        let next = ws.get(k + 1).map(|w| &*w.lower);
        let turn = matches!(&*ws[k].lower, "turned" | "turn" | "turning" | "turns");
        // A pronoun object may sit between "turn" and its particle: "turned him down" is
        // "turned down" him. (Not between the others: "called him on Monday" calls on no one.)
        let particle = if turn
            && next.is_some_and(is_object_pronoun)
            && ws.get(k + 2).is_some_and(|w| &*w.lower == "down")
        {
            k + 2
        } else {
            k + 1
        };
        let phrase = match (&*ws[k].lower, ws.get(particle).map(|w| &*w.lower)) {
            ("reached" | "reach" | "reaching" | "reaches", Some("out")) => Some("reach_out"),
            (_, Some("down")) if turn => Some("turn_down"),
            ("called" | "call" | "calling" | "calls", Some("on" | "upon")) => Some("call_on"),
            ("united", Some("states")) => Some("united_st"),
            ("white", Some("house")) => Some("white_hous"),
            ("looking" | "look" | "looked" | "looks", Some("for")) => Some("look_for"),
            // "a firm that worked for the campaign" was hired by it; "work" alone is not.
            ("worked" | "work" | "working" | "works", Some("for")) => Some("hire"),
            _ => None,
        };
        // "emailed Assange" is a contact; "the emails" are not.
        let phrase = phrase.or(match &*ws[k].lower {
            "emailed" | "emailing" | "messaged" | "messaging" | "phoned" => Some("contact"),
            _ => None,
        });
        // "the intelligence community" is the intelligence agencies.
        if &*ws[k].lower == "intelligence" && next == Some("community") {
            ws[k + 1].term = Rc::from("agenc");
            continue;
        }
        // "Trump Jr." is another person than "Trump": the suffix makes one name of the two
        // (in front, so that prefix folding can't join it back to "trump").
        if matches!(next, Some("jr" | "sr")) && !ws[k].term.is_empty() {
            ws[k].term = Rc::from(format!("jr_{}", ws[k].term));
            ws[k + 1].clear_term();
            continue;
        }
        if let Some(phrase) = phrase {
            if phrase == "contact" {
                ws[k].term = Rc::from(phrase);
                continue;
            }
            ws[k].term = Rc::from(fold_synonym(phrase).unwrap_or(phrase));
            ws[particle].clear_term();
            continue;
        }
        let negated = ws[k.saturating_sub(3)..k]
            .iter()
            .any(|w| is_negation(&w.lower));
        if negated && matches!(&*ws[k].term, "want" | "accept" | "agre") {
            ws[k].term = Rc::from("reject");
        }
    }
}

fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "it" | "them" | "us" | "me" | "you")
}

fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "no" | "refused") || w.ends_with("n't") || w.ends_with("n’t")
}

pub(crate) fn term_of(lower: &str, stemmer: &Stemmer) -> String {
    term_of_stem(lower, || stemmer.stem(lower))
}

/// [`term_of`] with the word's stem given (`stem` is asked only when the word needs one): the
/// background table stores its words' stems, so loading it doesn't stem 60,000 words.
pub(crate) fn term_of_stem<'w>(lower: &str, stem: impl FnOnce() -> Cow<'w, str>) -> String {
    if is_comparison_stop_word(lower)
        || is_negation(lower)
        || lower.chars().all(|c| !c.is_alphanumeric())
    {
        return String::new();
    }
    // "U.S." is one UAX #29 word, "u.s"; the stemmer would cut it to "u.".
    if lower.contains('.') {
        let bare: String = lower.chars().filter(|c| *c != '.').collect();
        return fold_synonym(&bare).unwrap_or(&bare).to_string();
    }
    let stem = stem();
    if REPORTING.contains(&stem.as_ref()) {
        return String::new();
    }
    fold_synonym(&stem).map_or_else(|| stem.into_owned(), str::to_string)
}

pub fn english_stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

/// Attribution verbs: who said a fact is not the fact, so these weigh nothing.
const REPORTING: &[&str] = &[
    "say", "said", "tell", "told", "claim", "add", "ad", "report", "relay", "write", "wrote",
    "accord", "quot", "cite", "citing",
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
        "seek",
        "sought",
        "look_for",
    ],
    &["ask", "call_on", "urg", "demand", "appeal", "press"],
    &["publish", "releas", "post", "leak", "publicis", "dump"],
    &["reveal", "disclos", "elabor", "detail", "specifi"],
    &[
        "hack", "stolen", "steal", "stole", "breach", "theft", "thiev", "thief",
    ],
    &["hire", "employ", "retain", "recruit"],
    &["firm", "compani", "busi", "outfit", "vendor", "contractor"],
    &["help", "assist", "aid", "support"],
    &["promis", "pledg", "vow", "commit"],
    // Not "associ": "associates" are mostly people ("Trump associates"), not a connection.
    &["link", "tie", "tied", "connect"],
    &["elect", "vote", "ballot"],
    &["investig", "probe", "inquiri", "scrutini"],
    &["delet", "deleted", "miss", "lost", "eras", "wipe"],
    // Getting hold of something, bought or not ("agreed to buy" / "to acquire").
    &[
        "obtain", "acquir", "acquisit", "retriev", "recov", "buy", "bought", "purchas", "takeov",
    ],
    &[
        "lead", "led", "overse", "oversaw", "overseen", "supervis", "head", "run", "manag",
    ],
    &["chief", "ceo", "boss", "leader", "director"],
    &["govern", "administr"],
    // A seat of power stands for its country ("the Kremlin denied" = Russia denied).
    &["us", "united_st", "white_hous", "american"],
    &["russia", "russian", "kremlin"],
    // Said on Twitter is tweeted: the channel, which two reports of one post both name.
    &["twitter", "tweet"],
    &["media", "press", "news", "outlet", "newspap"],
    &["databas", "archiv", "cach", "trove"],
    // Casualties: one toll, whichever word tells it ("killing 40", "40 dead", "40 people died",
    // "the death toll", "40 fatalities").
    &[CASUALTIES, "die", "death", "kill", "fatal", "perish"],
    &[INJURED, "injuri", "wound", "hurt"],
    // Which way a figure moved, whichever verb tells it ("jumped 29%" / "rose 28 per cent"),
    // and what moved: a company's stock is its shares.
    &[
        "rise", "rose", "risen", "jump", "climb", "soar", "surg", "gain", "increas", "grow",
        "grew", "grown", "rais",
    ],
    &[
        "fall", "fell", "fallen", "drop", "slip", "slid", "slide", "tumbl", "plung", "sink",
        "sank", "decreas",
    ],
    &["share", "stock"],
    // What struck, what it destroyed and whom a company employs, whichever word tells it.
    &["earthquak", "quak", "tremor", "temblor"],
    &["home", "hous", "dwell"],
    &["employe", "staff", "worker", "workforc"],
    // A deal is done, whichever word tells it ("complete the deal" / "finalise the deal").
    // Not "close": a stock's close ("a 30% premium to Friday's close") would meet it.
    &["complet", "finalis", "finaliz", "conclud"],
    // A company's revenue is its sales ("revenue of $1.2 billion" / "sales of $1.25bn").
    &["revenu", "sale", "turnov"],
];

/// Words that are common in any news story: they weigh half, like a word found in many
/// sentences (the story's own frequent words are down-weighted by IDF already).
const COMMON: &[&str] = &[
    "also", "back", "day", "first", "former", "get", "go", "includ", "know", "known", "last",
    "like", "made", "make", "month", "new", "part", "peopl", "public", "still", "take", "thing",
    "time", "two", "use", "way", "week", "well", "year",
];

/// The term every word for the dead folds to ("killed", "died", "death toll", "fatalities").
pub(crate) const CASUALTIES: &str = "dead";
/// The term every word for the injured folds to ("wounded", "hurt").
pub(crate) const INJURED: &str = "injur";
/// The term "missing" folds to, with "lost" and "deleted" (its group's first member names it).
pub(crate) const MISSING: &str = "delet";

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
            &mut WordCache::default(),
        )
        .into_iter()
        .map(|w| {
            if w.term.is_empty() {
                format!("({})", w.lower)
            } else {
                w.term.to_string()
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
        check("Ostin bought Marlow", "ostin obtain marlow");
        check("to acquire Marlow", "(to) obtain marlow");
        check(
            "the quake killed 40; 40 died, the death toll",
            "(the) earthquak dead 40 40 dead (the) dead toll",
        );
        check("12 were wounded", "12 (were) injur");
        check(
            "Acme stock jumped, Ostin shares slid",
            "acm share rise ostin share fall",
        );
        check("", "");
    }

    /// A sentence break that lost its space splits the word it glued ("Haq.Several" was one
    /// word, so the name before a figure seemed to stand in its sentence).
    #[test]
    fn a_full_stop_between_two_sentences_splits_their_words() {
        check(
            "said Marek Haq.Several hundred",
            "(said) marek haq sever hundr",
        );
        check(
            "the U.S. and example.com, e.g. here",
            "(the) us (and) examplecom eg (here)",
        );
    }

    #[test]
    fn folds_phrases_and_refusals() {
        check("Nix reached out to him", "nix contact (out) (to) (him)");
        // A pronoun object between the verb and its particle.
        check("Assange turned him down", "assang reject (him) (down)");
        check("they turned it down", "(they) reject (it) (down)");
        check(
            "she turned down the offer",
            "(she) reject (down) (the) offer",
        );
        check("he turned the car down", "(he) turn (the) car down");
        check("He didn't want his help", "(he) (didn't) reject (his) help");
        check("She would not accept", "(she) (would) (not) reject");
        check("the emails", "(the) email");
        check("he emailed Assange", "(he) contact assang");
        check("United States officials", "us (states) offici");
        check("The U.S. and US agencies", "(the) us (and) us agenc");
        check("It called on Russia", "(it) ask (on) russia");
        check(
            "a firm that worked for him",
            "(a) firm (that) hire (for) (him)",
        );
        check(
            "the intelligence community and intelligence agencies",
            "(the) intellig agenc (and) intellig agenc",
        );
        check("the plan did not work", "(the) plan (did) (not) work");
        check("Trump Jr. met Trump", "jr_trump (jr) met trump");
        check(
            "the Kremlin and the White House",
            "(the) russia (and) (the) us (house)",
        );
        check("Assange’s tweet", "assang twitter");
        check("Zoë hat nicht geholfen", "zoë hat nicht geholfen");
    }
}
