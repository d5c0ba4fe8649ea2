//! Month and day names: the one list every part of the engine reads dates with (the
//! measures' grammar, the metadata's date lines, the sentence splitter, the name finder).
//! Lower case; callers compare case-blind.

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Three-letter month abbreviations and their month numbers (May has none: it is short).
pub const MONTH_ABBREVIATIONS: [(&str, u32); 11] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Longer abbreviations some styles use ("Sept. 5", AP's; "Febr."). The measures read them
/// as full month names, since they are never anything else.
pub const LONG_MONTH_ABBREVIATIONS: [(&str, u32); 2] = [("sept", 9), ("febr", 2)];

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Weekday abbreviations. Only the sentence splitter reads them (a period after "Tue" does
/// not end a sentence); the name finder doesn't, as "Sun" and "Wed" are names and words.
pub const WEEKDAY_ABBREVIATIONS: [&str; 10] = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Holidays that date a sentence as a month name does ("at Christmas"). The name finder
/// counts them with the months and days; the measures don't read them as dates.
pub const HOLIDAYS: [&str; 2] = ["christmas", "easter"];

/// A month or weekday name, full or abbreviated ("January", "Sept.", "Monday"), in any
/// capitalisation; weekday abbreviations are not (see [`WEEKDAY_ABBREVIATIONS`]).
pub fn is_month_or_day(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    word.len() <= 9 && month_and_day_words().any(|m| m.eq_ignore_ascii_case(word))
}

/// Every word [`is_month_or_day`] accepts, lower case.
pub fn month_and_day_words() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .copied()
        .chain(MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w))
        .chain(LONG_MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w))
        .chain(WEEKDAYS.iter().copied())
}

/// The month number of a month name or a prefix of one of three letters or more ("Oct",
/// "Oct.", "october", "FEB", "Sept"), as date lines write them.
pub fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    if n.len() < 3 {
        return None;
    }
    let n = if n == "sept" { "sep".to_string() } else { n };
    MONTHS
        .iter()
        .position(|m| m.starts_with(n.as_str()))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_numbers() {
        for (name, expected) in [
            ("Oct", Some(10)),
            ("Oct.", Some(10)),
            ("october", Some(10)),
            ("FEB", Some(2)),
            ("Sept.", Some(9)),
            ("Ma", None),
            ("Mayo", None),
            ("März", None),
        ] {
            assert_eq!(month_number(name), expected, "{name}");
        }
    }

    #[test]
    fn months_and_days() {
        for (word, expected) in [
            ("January", true),
            ("SEPT.", true),
            ("Monday", true),
            ("Sun", false),
            ("Mayday", false),
            ("", false),
        ] {
            assert_eq!(is_month_or_day(word), expected, "{word}");
        }
    }

    #[test]
    fn abbreviations_name_their_months() {
        for (abbr, month) in MONTH_ABBREVIATIONS.iter().chain(&LONG_MONTH_ABBREVIATIONS) {
            assert!(MONTHS[*month as usize - 1].starts_with(abbr), "{abbr}");
        }
    }
}
