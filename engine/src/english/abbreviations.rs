//! Titles, honorifics and abbreviations: the words before a name that are not part of it
//! ("Sen.", "Governor"), and the abbreviations whose period ends no sentence ("Inc.",
//! "Calif."). One set of lists for the name finder's tokenizer, its title rule, the
//! comparison's sentence splitter and its quote speakers; each reader's extension is named.
//! Abbreviations are lower case without their period.

use super::calendar::{LONG_MONTH_ABBREVIATIONS, MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS};

/// Abbreviated titles that stand before a name: "Mr.", "Sen.", "Gen.".
pub const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "sen", "rep", "gov", "lt", "gen", "col",
    "capt", "maj", "sgt", "adm", "cmdr",
];

/// The titles British style writes without a period ("Mr Smith").
pub const UNDOTTED_TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Dr"];

/// Abbreviated place prefixes, after which the next word is part of the name: "St. Louis",
/// "Mt. Everest", "Ft. Worth".
pub const PLACE_PREFIX_ABBREVIATIONS: &[&str] = &["st", "mt", "ft"];

/// Other abbreviations that keep their period: generational suffixes, company forms, common
/// words and the states news copy abbreviates most.
pub const OTHER_ABBREVIATIONS: &[&str] = &[
    "jr", "sr", "inc", "corp", "co", "ltd", "vs", "calif", "fla", "mass", "ill", "no", "dept",
    "univ", "bros",
];

/// What the sentence splitter adds: rarer titles, units and the other state abbreviations.
/// The name finder's tokenizer leaves these out on purpose: "Wash." or "Miss." ending a
/// sentence is likelier there than a state.
pub const SENTENCE_EXTRA: &[&str] = &[
    "hon", "pres", "supt", "det", "insp", "messrs", "mme", "mlle", "llc", "etc", "nos", "vol",
    "fig", "approx", "est", "ave", "blvd", "gov't", "atty", "ald", "ala", "ariz", "ark", "colo",
    "conn", "del", "ga", "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont",
    "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// Titles written out, capitalised as before a name: "Senator Warren", "Prime Minister".
pub const TITLE_WORDS: &[&str] = &[
    "Miss",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Reverend",
    "Father",
    "Senator",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Lieutenant",
    "General",
    "Colonel",
    "Captain",
    "Major",
    "Sergeant",
    "Admiral",
    "Commander",
    "President",
    "Vice",
    "Premier",
    "Prime",
    "Minister",
    "Chancellor",
    "Secretary",
    "Ambassador",
    "Mayor",
    "Judge",
    "Justice",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Duke",
    "Duchess",
    "Emperor",
    "Empress",
    "Pope",
    "Cardinal",
    "Bishop",
    "Archbishop",
    "Rabbi",
    "Imam",
    "Sheikh",
    "Ayatollah",
    "Chairman",
    "Chairwoman",
    "Director",
    "Chief",
    "Speaker",
    "Attorney",
    "Deputy",
    "Detective",
    "Inspector",
    "Coach",
    "Officer",
    "Executive",
    "CEO",
    "Leader",
    "Spokesman",
    "Spokeswoman",
    "Sheriff",
    "Councillor",
    "Councilman",
    "Councilwoman",
    "Assemblyman",
    "Assemblywoman",
    "Delegate",
    "Trustee",
    "Founder",
    "Saint",
    "Commissioner",
    "Presidents",
    "Senators",
    "Candidate",
];

/// An abbreviation that keeps its period inside a name or phrase (any case, no period):
/// titles, place prefixes, month abbreviations and [`OTHER_ABBREVIATIONS`].
pub fn is_abbreviation(word: &str) -> bool {
    let in_list = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
    in_list(TITLE_ABBREVIATIONS)
        || in_list(PLACE_PREFIX_ABBREVIATIONS)
        || in_list(OTHER_ABBREVIATIONS)
        || MONTH_ABBREVIATIONS
            .iter()
            .chain(&LONG_MONTH_ABBREVIATIONS)
            .any(|(a, _)| a.eq_ignore_ascii_case(word))
}

/// An abbreviation after which the next word never starts a sentence (any case, no period):
/// a title or a place prefix.
pub fn is_name_prefix_abbreviation(word: &str) -> bool {
    let in_list = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
    in_list(TITLE_ABBREVIATIONS) || in_list(PLACE_PREFIX_ABBREVIATIONS)
}

/// An abbreviation whose period the sentence splitter doesn't take for a full stop (any
/// case, no period): [`is_abbreviation`], weekday abbreviations and [`SENTENCE_EXTRA`].
pub fn is_sentence_abbreviation(word: &str) -> bool {
    let in_list = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
    is_abbreviation(word) || in_list(&WEEKDAY_ABBREVIATIONS) || in_list(SENTENCE_EXTRA)
}

/// An abbreviated title as a word reads once its period is gone: "Mr", "Sen", "Gen".
pub fn is_title_abbreviation_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && TITLE_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word))
}

/// Every title the name finder strips from before a name, as written: [`TITLE_WORDS`], each
/// title abbreviation capitalised with its period ("Sen."), and [`UNDOTTED_TITLES`].
pub fn titles() -> impl Iterator<Item = String> {
    TITLE_WORDS
        .iter()
        .chain(UNDOTTED_TITLES)
        .map(|t| t.to_string())
        .chain(
            TITLE_ABBREVIATIONS
                .iter()
                .map(|a| format!("{}.", super::title_case(a))),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_of_abbreviations() {
        // (word, is_abbreviation, is_name_prefix_abbreviation, is_sentence_abbreviation)
        for (word, abbreviation, name_prefix, sentence) in [
            ("Sen", true, true, true),
            ("ST", true, true, true),
            ("Inc", true, false, true),
            ("Sept", true, false, true),
            ("Tues", false, false, true),
            ("Wash", false, false, true),
            ("Senate", false, false, false),
            ("Zürich", false, false, false),
        ] {
            assert_eq!(is_abbreviation(word), abbreviation, "{word}");
            assert_eq!(is_name_prefix_abbreviation(word), name_prefix, "{word}");
            assert_eq!(is_sentence_abbreviation(word), sentence, "{word}");
        }
    }

    #[test]
    fn titles_as_written() {
        let all: Vec<String> = titles().collect();
        for title in ["Mr.", "Mr", "Cmdr.", "Senator", "Prime"] {
            assert!(all.iter().any(|t| t == title), "{title}");
        }
        for not_title in ["Sen", "mr.", "Senate"] {
            assert!(!all.iter().any(|t| t == not_title), "{not_title}");
        }
        assert!(is_title_abbreviation_word("Gen") && !is_title_abbreviation_word("GEN"));
    }
}
