//! Sentence segmentation for news text, as byte spans.
//!
//! UAX #29 sentence bounds (what `unicode-segmentation` gives) break after every "Mr." and
//! "U.S." and inside `“... Any comments?” WikiLeaks wrote`, which is most of a news story's
//! trouble. This splitter keeps the rule set small and news-shaped instead:
//! - a line break always ends a sentence (paragraphs, headlines, bullet lines);
//! - `.`, `!`, `?` (with any closing quotes or brackets after them) end a sentence when white
//!   space and then an upper-case letter, a digit or an opening quote follow;
//! - except after an abbreviation ("Mr.", "Jr.", "Sen.", "Oct."), an initial ("Donald J.
//!   Trump"), an acronym with inner dots ("U.S.", "p.m." before a time zone);
//! - and except a closing quote followed by its attribution (`...?” WikiLeaks wrote`,
//!   `...,” said Mr. Glassner`), which belongs to the same sentence.

use crate::span::{trim_span, Span};

/// The sentences of `text[region]`, trimmed, in order; empty lines give nothing.
pub fn sentences(text: &str, region: Span) -> Vec<Span> {
    let region = region.clamp_to(text);
    let slice = region.slice(text);
    let mut out = Vec::new();
    let mut line_start = 0;
    for (at, c) in slice.char_indices() {
        if c == '\n' {
            split_line(slice, line_start, at, region.start, &mut out);
            line_start = at + 1;
        }
    }
    split_line(slice, line_start, slice.len(), region.start, &mut out);
    out
}

fn split_line(slice: &str, start: usize, end: usize, base: usize, out: &mut Vec<Span>) {
    let Some(line) = slice.get(start..end) else {
        return;
    };
    let mut sentence_start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        if !matches!(c, '.' | '!' | '?' | '…') {
            k += 1;
            continue;
        }
        // Run of terminal punctuation, then closing quotes/brackets.
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
            j += 1;
        }
        let mut closed_quote = false;
        while j < chars.len() && is_closer(chars[j].1) {
            closed_quote |= is_quote(chars[j].1);
            j += 1;
        }
        let after_punct = chars.get(j).map_or(line.len(), |&(i, _)| i);
        if j < chars.len() && !chars[j].1.is_whitespace() {
            k = j.max(k + 1);
            continue;
        }
        // Next non-space character.
        let mut n = j;
        while n < chars.len() && chars[n].1.is_whitespace() {
            n += 1;
        }
        if n >= chars.len() {
            break; // end of line ends the sentence anyway
        }
        let next_char = chars[n].1;
        let next_word = word_at(line, chars[n].0);
        let starts_sentence =
            next_char.is_uppercase() || next_char.is_ascii_digit() || is_opener(next_char);
        let before = word_before(line, at);
        let boundary = starts_sentence
            && !(c == '.' && is_abbreviation(before, next_word))
            && !(c == '.' && is_company_suffix(before) && opens_a_ticker(&line[chars[n].0..]))
            && !(closed_quote && is_attribution(line, chars[n].0));
        if boundary {
            push(line, sentence_start, after_punct, base + start, out);
            sentence_start = chars[n].0;
        }
        k = n;
    }
    push(line, sentence_start, line.len(), base + start, out);
}

fn push(line: &str, from: usize, to: usize, base: usize, out: &mut Vec<Span>) {
    let span = trim_span(line, Span::new(from, to));
    if !span.is_empty() {
        out.push(Span::new(base + span.start, base + span.end));
    }
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '«' | '“' | '‘' | '」' | '』'
    )
}

fn is_closer(c: char) -> bool {
    is_quote(c) || matches!(c, ')' | ']' | '}')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '«' | '(' | '[' | '「' | '『' | '¿' | '¡'
    )
}

/// The word (letters and inner dots) that ends right before byte `at` of `line`.
fn word_before(line: &str, at: usize) -> &str {
    let head = line.get(..at).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head.get(start..).unwrap_or("")
}

/// The word starting at byte `at` of `line`.
fn word_at(line: &str, at: usize) -> &str {
    let tail = line.get(at..).unwrap_or("");
    let tail = tail.trim_start_matches(is_opener);
    let end = tail
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(tail.len());
    &tail[..end]
}

/// Whether the `.` after `word` is an abbreviation's rather than a full stop.
fn is_abbreviation(word: &str, next_word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    if bare.is_empty() {
        return false;
    }
    // Initials ("J." in "Donald J. Trump") and inner-dot acronyms ("U.S", "p.m").
    let mut letters = bare.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        return first.is_uppercase();
    }
    if bare.contains('.') {
        let lower = bare.to_ascii_lowercase();
        if lower == "a.m" || lower == "p.m" {
            // "7 p.m. EST", "at 11:11 p.m. Friday" and "at 3:36 a.m. (0136 GMT)" continue;
            // "at 7 p.m. Officials said" is a new sentence.
            return next_word
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && next_word.len() <= 4
                || crate::english::is_month_or_day(next_word);
        }
        return true;
    }
    let lower = bare.to_ascii_lowercase();
    // "Inc." and "Co." can end a sentence; only count them when a name-like word follows.
    if is_company_suffix(word) || lower == "etc" {
        return false;
    }
    crate::english::abbreviations::is_sentence_abbreviation(&lower)
}

/// "Inc.", "Corp.", "Co.", "Ltd.", "LLC.": the end of a company's name.
fn is_company_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "inc" | "corp" | "co" | "ltd" | "llc" | "plc"
    )
}

/// `rest` opens with a bracketed ticker or acronym, "(RAI)" or "(NYSE: BMY)", which names the
/// company just named ("Reynolds American Inc. (RAI) announced"), so the sentence goes on; a
/// bracketed sentence ("(CNN later reported ...)") has lower-case words.
fn opens_a_ticker(rest: &str) -> bool {
    let Some(inside) = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(inside, _)| inside)
    else {
        return false;
    };
    inside.len() <= 20
        && inside.chars().any(|c| c.is_ascii_uppercase())
        && !inside.chars().any(char::is_lowercase)
}

/// `“...?” WikiLeaks wrote`: a capitalised speaker (up to four words) then a speech verb, or a
/// speech verb first (`” said Mr. Glassner`).
fn is_attribution(line: &str, at: usize) -> bool {
    let tail = line.get(at..).unwrap_or("");
    for (i, word) in tail.split_whitespace().take(6).enumerate() {
        let w = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        if SPEECH_VERBS.contains(&w.as_str()) {
            return true;
        }
        let capitalised = word.chars().next().is_some_and(|c| c.is_uppercase());
        if (i > 0 && !capitalised)
            || word.ends_with(['.', ',', ';', ':']) && i > 0 && !is_title_word(word)
        {
            return false;
        }
    }
    false
}

fn is_title_word(word: &str) -> bool {
    matches!(
        word,
        "Mr." | "Mrs." | "Ms." | "Dr." | "Sen." | "Rep." | "Gov." | "Gen." | "Prof." | "Jr."
    )
}

/// Verbs that attribute a quotation.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "responded",
    "replied",
    "tweeted",
    "stated",
    "explained",
    "insisted",
    "noted",
    "declared",
    "argued",
    "warned",
    "continued",
    "posted",
    "quoted",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = sentences(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn splits_plain_sentences() {
        check(
            "One fact. Another fact! A question? Yes.",
            &["One fact.", "Another fact!", "A question?", "Yes."],
        );
        check(
            "Headline\n\nFirst paragraph.\nSecond line",
            &["Headline", "First paragraph.", "Second line"],
        );
        check("  ", &[]);
        check("", &[]);
        check(
            "It rose 3.5 percent. Then 2016 came.",
            &["It rose 3.5 percent.", "Then 2016 came."],
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        check(
            "Mr. Assange said so. Mrs. Clinton did not.",
            &["Mr. Assange said so.", "Mrs. Clinton did not."],
        );
        check(
            "Donald J. Trump spoke. Trump Jr. replied.",
            &["Donald J. Trump spoke.", "Trump Jr. replied."],
        );
        check(
            "The U.S. intelligence community agreed.",
            &["The U.S. intelligence community agreed."],
        );
        check(
            "Sen. Ted Cruz of Texas won on Oct. 26 in St. Louis.",
            &["Sen. Ted Cruz of Texas won on Oct. 26 in St. Louis."],
        );
        check(
            "It ended at 7 p.m. EST on Monday.",
            &["It ended at 7 p.m. EST on Monday."],
        );
        check(
            "It ended at 7 p.m. Officials left.",
            &["It ended at 7 p.m.", "Officials left."],
        );
        check(
            "The quake struck at 11:11 p.m. Friday at a depth of 18 km.",
            &["The quake struck at 11:11 p.m. Friday at a depth of 18 km."],
        );
        check(
            "The quake struck at 3:36 a.m. (0136 GMT) and was felt in the capital.",
            &["The quake struck at 3:36 a.m. (0136 GMT) and was felt in the capital."],
        );
        check(
            "He works for Acme Inc. The firm grew.",
            &["He works for Acme Inc.", "The firm grew."],
        );
        // A ticker after the company's name goes on with its sentence; a bracketed sentence
        // after one is a sentence of its own.
        check(
            "Dorvale Tobacco Inc. (DTI) announced a deal.",
            &["Dorvale Tobacco Inc. (DTI) announced a deal."],
        );
        check(
            "Shares of Marlow Corp. (NYSE: MRL) rose.",
            &["Shares of Marlow Corp. (NYSE: MRL) rose."],
        );
        check(
            "He works for Acme Inc. (The firm grew.)",
            &["He works for Acme Inc.", "(The firm grew.)"],
        );
    }

    #[test]
    fn keeps_quotations_with_their_attribution() {
        check(
            "“Any comments?” WikiLeaks wrote, as reported.",
            &["“Any comments?” WikiLeaks wrote, as reported."],
        );
        check(
            "\"We won.\" said the mayor. Next.",
            &["\"We won.\" said the mayor.", "Next."],
        );
        check(
            "“It is over.” Mr. Glassner said.",
            &["“It is over.” Mr. Glassner said."],
        );
        check(
            "“It is over.” The vote followed.",
            &["“It is over.”", "The vote followed."],
        );
        check(
            "“I can confirm an approach,” Mr. Assange wrote, “and it was rejected.”",
            &["“I can confirm an approach,” Mr. Assange wrote, “and it was rejected.”"],
        );
    }

    #[test]
    fn handles_non_ascii_text() {
        check(
            "Zürich wächst. Élodie a dit « non ». Fin.",
            &["Zürich wächst.", "Élodie a dit « non ».", "Fin."],
        );
        check("東京で会議。次の文", &["東京で会議。次の文"]);
        check("Привет. Мир!", &["Привет.", "Мир!"]);
    }
}
