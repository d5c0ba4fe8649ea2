//! Verbs that move or state a quantity: "shares **jumped** 29%", "the toll **rose** to 230",
//! "sales **totalled** $3 billion". They say how a figure changed, not what it counts, so the
//! comparison looks past them for the counted thing ("shares", "toll"). A closed class of
//! general English, written as the forms news copy uses.
//!
//! Also the nouns that only say a figure is a count ("the death **toll**", "the **number** of",
//! "200 **people** died"): what is counted is the word beside them.

/// Verbs by which a quantity rose (lower case, the forms news copy uses).
const RISES: &[&str] = &[
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "jump",
    "jumps",
    "jumped",
    "jumping",
    "soar",
    "soars",
    "soared",
    "surge",
    "surges",
    "surged",
    "gain",
    "gains",
    "gained",
    "grow",
    "grows",
    "grew",
    "grown",
    "increase",
    "increases",
    "increased",
];

/// Verbs by which a quantity fell.
const FALLS: &[&str] = &[
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop",
    "drops",
    "dropped",
    "dropping",
    "slip",
    "slips",
    "slipped",
    "slide",
    "slides",
    "slid",
    "plunge",
    "plunges",
    "plunged",
    "tumble",
    "tumbles",
    "tumbled",
    "sink",
    "sinks",
    "sank",
    "decline",
    "declines",
    "declined",
    "decrease",
    "decreases",
    "decreased",
    "lose",
    "loses",
    "lost",
];

/// Verbs that state a quantity, or move it without saying which way; and "up" and "down",
/// which do so without a verb ("Shares of Norvel are down 0.5%", "up 34.4% for the past
/// year").
const STATES: &[&str] = &[
    "edge", "edged", "reach", "reaches", "reached", "hit", "hits", "top", "tops", "topped",
    "exceed", "exceeds", "exceeded", "stand", "stands", "stood", "total", "totals", "totaled",
    "totalled", "up", "down",
];

/// Verbs by which someone raised a count ("raising the death toll to 50"): their subject is
/// who raised it, not what is counted, so they are no change verbs.
const RAISES: &[&str] = &[
    "raise",
    "raises",
    "raised",
    "raising",
    "increasing",
    "mount",
    "mounts",
    "mounted",
    "mounting",
];

/// Verbs by which someone lowered a count ("lowered the number of confirmed dead to 38").
const LOWERS: &[&str] = &[
    "lower", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing", "cut",
    "cuts",
];

/// Whether `lower` (a lower-cased word) is a verb that moves or states a quantity.
pub fn is_change_verb(lower: &str) -> bool {
    [RISES, FALLS, STATES]
        .iter()
        .any(|verbs| verbs.contains(&lower))
}

/// Whether `lower` is a verb by which a count rose, or was raised: "the toll rose to 41",
/// "raising the death toll to 50". A count told so is still moving.
pub fn is_rise_verb(lower: &str) -> bool {
    RISES.contains(&lower) || RAISES.contains(&lower)
}

/// Whether `lower` is a verb by which a count fell, or was lowered: "lowered the number of
/// confirmed dead to 38", "the toll fell to 37". A count told so was corrected.
pub fn is_fall_verb(lower: &str) -> bool {
    FALLS.contains(&lower) || LOWERS.contains(&lower)
}

/// Stems of nouns that say a figure counts something without saying what: "the death toll",
/// "the number of injured", "200 people died", "2,000 others were injured" count the dead and
/// the injured.
const COUNT_NOUNS: &[&str] = &[
    "peopl", "person", "other", "toll", "number", "total", "talli", "figur",
];

/// Whether `term` (a stem) is a noun that only says a figure is a count.
pub fn is_count_noun(term: &str) -> bool {
    COUNT_NOUNS.contains(&term)
}

/// The stem of the people a verb's count of "people" stands for, where the verb names a
/// standing group rather than what happened to them: "employs 6,000 people" counts employees,
/// as "has 6,000 employees" does. (What happened to them, "killing 40 people", is the verb's
/// own claim.)
pub fn people_the_verb_names(lower: &str) -> Option<&'static str> {
    matches!(lower, "employ" | "employs" | "employed" | "employing").then_some("employe")
}

/// The terms of what a figure counts without the nouns that only say it is a count, unless
/// nothing else is left ("200 people" counts people), and each term once: "death toll",
/// "people died" and "dead" all count the dead.
pub fn what_is_counted<T: AsRef<str> + PartialEq>(mut terms: Vec<T>) -> Vec<T> {
    if terms.iter().any(|t| !is_count_noun(t.as_ref())) {
        terms.retain(|t| !is_count_noun(t.as_ref()));
    }
    let mut out: Vec<T> = Vec::with_capacity(terms.len());
    for t in terms {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// Whether `lower` is a unit of time a rate is given per ("$250 million a year", "40 flights
/// a day").
pub fn is_time_unit(lower: &str) -> bool {
    matches!(
        lower,
        "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade"
    )
}

/// Prepositions the comparison weighs as words (they are not stop words) but that end what a
/// figure counts: "42 dead across the region" counts the dead, not "dead across".
const PREPOSITIONS: &[&str] = &[
    // "21 percent above the offer price" is a rise, not a count of "above".
    "above",
    "across",
    "along",
    "amid",
    "among",
    "around",
    "below",
    "beyond",
    "despite",
    // "$7.1 billion including debt" is the deal's value, not a sum of debt.
    "excluding",
    // "the death toll following the eruption rose to 14" counts the dead.
    "following",
    "including",
    "inside",
    "outside",
    "throughout",
    "toward",
    "towards",
    "within",
    "without",
    "via",
];

/// Whether `lower` (a lower-cased word) is a preposition that is not a stop word.
pub fn is_preposition(lower: &str) -> bool {
    PREPOSITIONS.contains(&lower)
}

/// Words that say how sure a count is, not what it counts: "feared dead", "known to have
/// survived", "confirmed dead".
const HEDGES: &[&str] = &[
    "feared",
    "believed",
    "known",
    "thought",
    "presumed",
    "confirmed",
    "reported",
];

/// Whether `lower` (a lower-cased word) says how sure a count is ("feared", "confirmed").
pub fn is_hedge(lower: &str) -> bool {
    HEDGES.contains(&lower)
}

/// Determiners and possessive pronouns: a figure after one refers to a known set ("the 33,000
/// emails", "its 12,000 employees") rather than stating a count.
const DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
];

/// Whether `lower` (a lower-cased word) is a determiner or possessive pronoun.
pub fn is_determiner(lower: &str) -> bool {
    DETERMINERS.contains(&lower)
}

/// Words that open a clause: the subject of the clause's verb comes after them ("officials
/// said the toll rose", "while Acme stock fell").
const CLAUSE_OPENERS: &[&str] = &[
    "said", "says", "say", "told", "reported", "that", "as", "while", "whereas", "and", "but",
    "when", "after", "before", "since", "because",
];

/// Whether `lower` (a lower-cased word) opens a clause.
pub fn opens_a_clause(lower: &str) -> bool {
    CLAUSE_OPENERS.contains(&lower)
}
