//! Credits: who wrote an article, for which outlet and from where, read from the shapes news
//! text gives them in (never from lists of particular outlets or people):
//! - a description or repost line under the headline: "<Outlet> (<Author>), <date>",
//!   "<Outlet>, <Place>; <date>", "<Outlet> (<Section>), <Author> in <Place>, <date>";
//! - a byline of names alone: "<Name> and <Name>", "<Name>, <Name> and <Name>",
//!   "<Name>, <Role>", "<Name> | <Outlet>";
//! - an agency or outlet tag opening the first paragraph: "CITY (AGENCY) — …",
//!   "(AGENCY) — …", "(OUTLET) First sentence…", "Mon. D (AGENCY) -- …",
//!   "CITY, Mon. D (AGENCY) — …".
//!
//! A person's name is recognised by its shape (two to four capitalised words, the first a given
//! name of the entity lexicon, or an initial); outlets and places go through the entity
//! finder's gazetteer (`entities::extract_text`), so "AP" reads as "Associated Press" and
//! "The Guardian Australia" as "The Guardian". Parenthesised asides in a description line
//! ("(date not shown; …)") are comments, not data: no date is read from them.
//!
//! About 500 lines of rules and 200 of their data-driven tests: one file on purpose, since each
//! credit shape reads best beside its cases, and the rules share their small helpers.

use super::dates::dates_in;
use super::lines::{squash_spaces, word_count};
use crate::english::{month_number, title_case};
use crate::entities::{self, Label};

/// What a credit line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Credit {
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
}

/// The tag opening a wire story's first paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LeadTag {
    pub place: Option<String>,
    /// The agency or outlet in the parentheses, under its gazetteer name where it has one.
    pub source: String,
    /// A month and day without a year ("Nov. 14 (Reuters) -").
    pub month_day: Option<(u32, u32)>,
}

/// "<Outlet> (<Author>), <date>" and its relatives (see the module header).
pub(crate) fn description_line(line: &str) -> Option<Credit> {
    // "LONDON (Reuters) - …" opens a story; it is not a description.
    if lead_tag(line).is_some() {
        return None;
    }
    // Pipes and spaced dashes separate the parts as commas do ("Outlet | Author | date").
    let s = squash_spaces(line)
        .replace(" | ", ", ")
        .replace(" — ", ", ")
        .replace(" – ", ", ");
    if word_count(&s) > 40 {
        return None;
    }
    let name_end = s.find([',', ';', '('])?;
    let name = s[..name_end].trim();
    if person_in_place(name).is_some() {
        return names_first_description(&s);
    }
    if !is_outlet_shape(name) {
        return None;
    }
    let known = name_entity(name);
    // "Washington, Nov. 14": a place (or a person) is not an outlet. Only when it is the whole
    // name: "Irish" opens "Irish Examiner (Maria Santos), May 9, 2018", whose name the finder
    // doesn't know, and a nationality doesn't make it a place. A nationality after "The" names
    // a paper: "The Hindu, July 3, 2015", "The Australian".
    let whole = |found: &str| {
        found.strip_prefix("The ").unwrap_or(found).len()
            >= name.strip_prefix("The ").unwrap_or(name).len()
    };
    let a_paper = |label: &Label| *label == Label::Norp && name.starts_with("The ");
    if known
        .as_ref()
        .is_some_and(|(label, found)| *label != Label::Org && whole(found) && !a_paper(label))
    {
        return None;
    }
    let known = known.filter(|(label, _)| *label == Label::Org);
    let mut rest = &s[name_end..];
    // A sentence about the organisation, not a credit line (asides may say anything).
    let outside_asides = without_asides(rest);
    if [" said ", " says ", " told ", " announced "]
        .iter()
        .any(|verb| outside_asides.contains(verb))
    {
        return None;
    }
    let mut credit = Credit::default();
    let mut signal = false;
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        // "LONDON (Reuters) - …" opens a story; it is not a description.
        if inner[close + 1..].trim_start().starts_with(['-', '—', '–']) {
            return None;
        }
        // In parentheses after the outlet: the author, or else a section ("(World)").
        if let Some(people) = person_list(&inner[..close]) {
            credit.authors = people;
            signal = true;
        }
        rest = &inner[close + 1..];
    }
    let top = without_asides(rest);
    if let Some(date) = dates_in(&top).into_iter().next() {
        credit.published = Some(date);
        signal = true;
    } else if has_month_and_year(&top) {
        signal = true;
    }
    for segment in top.split([',', ';']) {
        let segment = segment.trim();
        let is_date_part = segment.chars().any(|c| c.is_ascii_digit())
            || segment
                .split_whitespace()
                .next()
                .is_some_and(|w| month_number(w).is_some());
        if segment.is_empty() || is_date_part {
            continue;
        }
        if let Some((person, place)) = person_in_place(segment) {
            credit.authors.push(person);
            if credit.dateline.is_none() {
                credit.dateline = place;
            }
            signal = true;
        } else if credit.dateline.is_none() && is_place(segment) {
            credit.dateline = Some(segment.to_string());
        }
    }
    let outlet = match known {
        Some((_, canonical)) => canonical,
        None if signal => name.to_string(),
        None => return None,
    };
    credit.outlet = Some(outlet);
    Some(credit)
}

/// "Maria Santos, The Evening Courier, March 3, 2019": the author first, then the outlet and
/// a date; or the author and the date alone. Only with a full date: without one, "Name,
/// Name" is a byline (`names_line`).
fn names_first_description(s: &str) -> Option<Credit> {
    let top = without_asides(s);
    let published = dates_in(&top).into_iter().next()?;
    let mut credit = Credit {
        published: Some(published),
        ..Credit::default()
    };
    for segment in top.split([',', ';']).map(str::trim) {
        if segment.is_empty() || segment.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        if month_number(segment.split_whitespace().next().unwrap_or("")).is_some() {
            continue;
        }
        if let Some(people) = person_list(segment) {
            credit.authors.extend(people);
        } else if let Some((person, place)) = person_in_place(segment) {
            credit.authors.push(person);
            credit.dateline = credit.dateline.or(place);
        } else if credit.outlet.is_none() && !credit.authors.is_empty() {
            credit.outlet = tail_outlet(segment);
        }
    }
    (!credit.authors.is_empty()).then_some(credit)
}

/// A byline of names alone, on a line of its own: "Jane Doe and John Roe", "Jane Doe, Staff
/// Writer", "Jane Doe | The Daily Courier". The authors, and the outlet when a tail names one.
pub(crate) fn names_line(line: &str) -> Option<(Vec<String>, Option<String>)> {
    let s = squash_spaces(line);
    if word_count(&s) > 16 || s.ends_with(['.', ':']) || s.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // "Maria Santos for The Evening Courier": the outlet after "for".
    let (names, for_outlet) = match s.split_once(" for ") {
        Some((names, outlet)) => (names, Some(outlet)),
        None => (s.as_str(), None),
    };
    let mut parts = split_names(names);
    parts.extend(for_outlet);
    let n_people = parts.iter().take_while(|p| is_person(p)).count();
    if n_people == 0 {
        return None;
    }
    let authors = parts[..n_people].iter().map(|p| p.to_string()).collect();
    let tail = parts[n_people..].join(", ");
    if tail.is_empty() {
        return Some((authors, None));
    }
    // One tail at most, after the names: a role, an outlet or a place.
    if parts.len() - n_people > 1 && !is_role(&tail) {
        return None;
    }
    Some((authors, tail_outlet(&tail)))
}

/// What follows the names in a byline ("Reuters", "Senior Correspondent", "The Daily Courier"):
/// an outlet, unless it is a role or a place.
pub(crate) fn tail_outlet(tail: &str) -> Option<String> {
    let tail = tail.trim().trim_end_matches(['.', ':']).trim();
    if tail.is_empty()
        || word_count(tail) > 4
        || !tail.chars().next().is_some_and(char::is_uppercase)
        || is_role(tail)
        || is_place(tail)
        || !dates_in(tail).is_empty()
    {
        return None;
    }
    match name_entity(tail) {
        Some((Label::Org, canonical)) => Some(canonical),
        Some(_) => None,
        None => is_outlet_shape(tail).then(|| tail.to_string()),
    }
}

/// "LONDON (Reuters) - …", "(AP) — …", "(CNN) Police said …", "Nov. 14 (Reuters) -- …",
/// "WASHINGTON, Oct. 25 (AP) — …": the tag opening a wire story's first paragraph.
pub(crate) fn lead_tag(s: &str) -> Option<LeadTag> {
    let open = s.find('(')?;
    if open > 60 {
        return None;
    }
    let close = open + s[open..].find(')')?;
    let source = s[open + 1..close].trim();
    let after = s[close + 1..].trim_start();
    let before = s[..open].trim();
    let source_ok = (1..=4).contains(&word_count(source))
        && source.len() <= 40
        && source.chars().next().is_some_and(char::is_uppercase)
        && !source.chars().any(|c| c.is_ascii_digit())
        && !person_name(source);
    // Labels a page puts in parentheses before a paragraph are not sources.
    const LABELS: &[&str] = &[
        "update",
        "updated",
        "video",
        "photo",
        "photos",
        "watch",
        "listen",
        "audio",
        "opinion",
        "analysis",
        "live",
        "exclusive",
        "breaking",
        "editorial",
        "sponsored",
        "advertisement",
        "correction",
        "corrected",
        "graphic",
        "file",
        "refile",
    ];
    if !source_ok || LABELS.contains(&source.to_lowercase().as_str()) {
        return None;
    }
    let known = name_entity(source).filter(|(label, _)| *label == Label::Org);
    let dashed = after.starts_with(['-', '—', '–']);
    // "(CNN) Police said": with nothing before the tag, a capital may follow it directly: after
    // a name in capitals or one the gazetteer knows, or a short capitalised name ("(Adds
    // quotes)" is not one) opening a paragraph of prose.
    let capitalised = source
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    let capital_follows = before.is_empty()
        && after.chars().next().is_some_and(char::is_uppercase)
        && word_count(after) >= 3
        && (known.is_some()
            || source.chars().all(|c| c.is_uppercase() || c == ' ')
            || (capitalised && word_count(source) <= 3 && word_count(after) >= 8));
    if !(dashed || capital_follows) {
        return None;
    }
    let mut tag = LeadTag {
        source: known.map_or_else(|| source.to_string(), |(_, canonical)| canonical),
        ..LeadTag::default()
    };
    for part in before.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(month_day) = month_day(part) {
            tag.month_day = Some(month_day);
        } else if tag.place.is_none()
            && part
                .chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-')
            && part.chars().any(char::is_alphabetic)
        {
            tag.place = Some(title_case(part));
        } else {
            return None;
        }
    }
    Some(tag)
}

/// "Nov. 14", "November 14", "14 November", "Nov 14th": a month and day, no year.
pub(crate) fn month_day(s: &str) -> Option<(u32, u32)> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let day = |w: &str| {
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ',')
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    match words.as_slice() {
        [m, d] if capital(m) => Some((month_number(m)?, day(d)?)),
        [d, m] if capital(m) => Some((month_number(m)?, day(d)?)),
        _ => None,
    }
}

/// Every month-and-day written without a year in `s` ("updated on November 13 at 10:28 pm").
pub(crate) fn month_days_in(s: &str) -> Vec<(u32, u32)> {
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == ';' || c == '(' || c == ')'))
        .collect();
    let year =
        |w: Option<&&str>| w.is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let mut found = Vec::new();
    for i in 0..words.len() {
        if let Some(pair) = words.get(i..i + 2).and_then(|p| month_day(&p.join(" "))) {
            let year_before = i.checked_sub(1).is_some_and(|j| year(words.get(j)));
            if !year(words.get(i + 2)) && !year_before {
                found.push(pair);
            }
        }
    }
    found
}

/// Two to four capitalised words, the first a given name or an initial: "Julia Roe",
/// "J. K. Doe", "Ana María López", "Kim Min-jun", "Ali al-Hassan".
pub(crate) fn person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    let is_particle = |w: &str| {
        matches!(
            w,
            "de" | "da" | "di" | "du" | "del" | "der" | "van" | "von" | "bin" | "ibn" | "la" | "le"
        )
    };
    // "al-Hassan", "d'Almeida": a lower-case prefix on a capitalised name.
    let prefixed = |w: &str| {
        ["al-", "el-", "d'", "d’"].iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        })
    };
    let is_initial = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.as_str() == "."
    };
    let name_chars = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    let first = words[0];
    let last = words[words.len() - 1];
    (entities::is_given_name(first) || is_initial(first))
        && words.iter().all(|w| name_chars(w))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || is_particle(w) || prefixed(w))
        && !is_particle(last)
        && !is_initial(last)
        && !is_role(s)
}

/// A person's name by its shape, or one the entity finder reads as a person (a name the
/// given-name list lacks); not a paper's whose town is also a given name ("Jackson Free
/// Press", "Houston Chronicle").
fn is_person(s: &str) -> bool {
    if super::outlet::ends_like_a_paper(s) {
        return false;
    }
    // The entity finder only for what already has a name's shape (it costs far more).
    let name_shaped = (2..=5).contains(&word_count(s))
        && s.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        });
    person_name(s)
        || (name_shaped && matches!(name_entity(s), Some((Label::Person, n)) if n.len() == s.len()))
}

/// A person's name, or several: "Jane Doe", "Jane Doe and John Roe", "A, B and C".
fn person_list(s: &str) -> Option<Vec<String>> {
    let parts = split_names(s.trim());
    (!parts.is_empty() && parts.iter().all(|p| is_person(p)))
        .then(|| parts.iter().map(|p| p.to_string()).collect())
}

/// A line of names split at "and", "&", commas, pipes and slashes.
fn split_names(s: &str) -> Vec<&str> {
    let mut parts = vec![s];
    for sep in [" | ", " / ", ", and ", ", ", " and ", " & "] {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim().trim_end_matches(['.', ',']).trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// "Jane Doe in London" → the person and the place; "Jane Doe" → the person alone.
fn person_in_place(s: &str) -> Option<(String, Option<String>)> {
    if is_person(s) {
        return Some((s.to_string(), None));
    }
    let (who, place) = s.split_once(" in ")?;
    (is_person(who.trim()) && is_place(place.trim()))
        .then(|| (who.trim().to_string(), Some(place.trim().to_string())))
}

/// Words that make a byline's tail a job, not an outlet ("Staff Writer", "Chief Reporter").
fn is_role(s: &str) -> bool {
    const ROLE_NOUNS: &[&str] = &[
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "writer",
        "writers",
        "staff",
        "columnist",
        "contributor",
        "chief",
        "producer",
        "analyst",
        "bureau",
        "desk",
        "journalist",
        "photographer",
        "critic",
        "commentator",
        "researcher",
        "fellow",
        "professor",
        "intern",
        "team",
    ];
    s.split_whitespace()
        .any(|w| ROLE_NOUNS.contains(&w.trim_matches(',').to_lowercase().as_str()))
}

/// A place the gazetteer knows, written alone: "New York", "Washington".
fn is_place(s: &str) -> bool {
    matches!(name_entity(s), Some((Label::Gpe | Label::Loc, _)))
}

/// Capitalised words that can name an outlet: "The Daily Courier", "Radio Free Somewhere",
/// "Le Monde", "News & Views", and a station's channel after its name ("FOX 13", "Channel 4
/// News"). Not a month or a "By".
fn is_outlet_shape(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let connector = |w: &str| matches!(w, "the" | "of" | "and" | "&" | "for" | "on" | "de" | "du");
    let channel =
        |k: usize, w: &str| k > 0 && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    !words.is_empty()
        && words.len() <= 6
        && s.len() <= 60
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            words[0],
            "By" | "BY" | "From" | "Updated" | "Published" | "Posted"
        )
        && month_number(words[0]).is_none()
        && words.iter().enumerate().all(|(k, w)| {
            channel(k, w)
                || (w.chars().next().is_some_and(char::is_uppercase) || connector(w))
                    && !w.chars().any(|c| c.is_ascii_digit())
        })
}

/// The entity the finder reads in `s` when one name covers it from its start (a leading
/// "The" may stand outside): its type and canonical name.
fn name_entity(s: &str) -> Option<(Label, String)> {
    let s = s.trim();
    let mentions = entities::extract_text(s, None);
    let first = mentions.into_iter().find(|m| m.label.is_name())?;
    let lead = s.get(..first.span.start)?;
    if !(lead.is_empty() || lead == "The " || lead == "the ") {
        return None;
    }
    // A name the finder only echoes keeps its writing ("The Evening Courier"); a known one
    // takes the gazetteer's ("AP" → "Associated Press").
    let bare = |n: &str| n.strip_prefix("The ").unwrap_or(n).to_string();
    let name = if bare(&first.entity) == bare(s) {
        s.to_string()
    } else {
        first.entity
    };
    Some((first.label, name))
}

/// `s` with its parenthesised asides left out.
fn without_asides(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// "November 2017", "Nov. 2017": a month and a year with no day.
fn has_month_and_year(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.windows(2).any(|w| {
        w[0].chars().next().is_some_and(char::is_uppercase)
            && month_number(w[0]).is_some()
            && w[1].len() == 4
            && w[1].chars().all(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A description line, rendered `outlet | authors; … | dateline | published`.
    #[track_caller]
    fn check_description(line: &str, expect: &str) {
        let got = description_line(line).map_or_else(String::new, |c| {
            format!(
                "{} | {} | {} | {}",
                c.outlet.unwrap_or_default(),
                c.authors.join("; "),
                c.dateline.unwrap_or_default(),
                c.published.unwrap_or_default()
            )
        });
        assert_eq!(got, expect, "{line:?}");
    }

    #[test]
    fn description_lines() {
        check_description(
            "The Evening Courier (Maria Santos), March 3, 2019",
            "The Evening Courier | Maria Santos |  | 2019-03-03",
        );
        // A name that opens with a nationality is still an outlet's.
        check_description(
            "Irish Examiner (Maria Santos), May 9, 2018",
            "Irish Examiner | Maria Santos |  | 2018-05-09",
        );
        // So is a nationality after "The": a paper's name.
        check_description("The Hindu, July 3, 2015", "The Hindu |  |  | 2015-07-03");
        // A station's channel is part of its name.
        check_description(
            "FOX 13 (CNN Wire), December 29, 2017",
            "FOX 13 |  |  | 2017-12-29",
        );
        // A paper named after a town that is also a given name, reprinting a wire's story.
        check_description(
            "Jackson Free Press (AP), June 14, 2013",
            "Jackson Free Press |  |  | 2013-06-14",
        );
        check_description(
            "Maria Santos, Houston Chronicle, March 3, 2019",
            "Houston Chronicle | Maria Santos |  | 2019-03-03",
        );
        check_description(
            "Nordic Wire (Lena Berg and Ola Nordmann), 4 May 2021; text as shared on a forum",
            "Nordic Wire | Lena Berg; Ola Nordmann |  | 2021-05-04",
        );
        // A section in the parentheses, a month without a day: the outlet alone.
        check_description(
            "The Morning Ledger (Quick Takes), June 2020",
            "The Morning Ledger |  |  | ",
        );
        // An aside in parentheses gives no date; the author and place come from a segment.
        check_description(
            "Valley Gazette (print edition), Tom Ray in London, 15 June 2018 (seen on 20 June 2018)",
            "Valley Gazette | Tom Ray | London | 2018-06-15",
        );
        check_description(
            "Reuters, Cairo; dated 2 February 2016 in an archive",
            "Reuters |  | Cairo | 2016-02-02",
        );
        // The gazetteer's name wins over a regional edition's.
        check_description(
            "The Guardian Australia (via a reader), 9 July 2019",
            "The Guardian |  |  | 2019-07-09",
        );
        check_description(
            "AP, Cairo, as published by a local paper; May 2015 (date not shown; the paper says so)",
            "Associated Press |  | Cairo | ",
        );
        check_description(
            "Zürcher Blatt (Jürgen Müller), 1 August 2019",
            "Zürcher Blatt | Jürgen Müller |  | 2019-08-01",
        );
        // The author first, then the outlet and a full date.
        check_description(
            "Maria Santos, The Evening Courier, March 3, 2019",
            "The Evening Courier | Maria Santos |  | 2019-03-03",
        );
        check_description(
            "Maria Santos in Cairo, Valley Wire; 4 May 2021",
            "Valley Wire | Maria Santos | Cairo | 2021-05-04",
        );
        // Not descriptions: a place with a date, prose, a person, nothing to go on.
        check_description("Washington, Nov. 14, 2017", "");
        check_description(
            "The Evening Courier | Maria Santos | March 3, 2019",
            "The Evening Courier | Maria Santos |  | 2019-03-03",
        );
        check_description(
            "Valley Wire — 4 May 2021 — Cairo",
            "Valley Wire |  | Cairo | 2021-05-04",
        );
        check_description(
            "Maria Santos, March 3, 2019",
            " | Maria Santos |  | 2019-03-03",
        );
        check_description("Maria Santos, The Evening Courier", "");
        check_description("Cambridge Analytica", "");
        check_description("Quiet Mornings, a place to read", "");
        check_description(
            "Valley Holdings, the parent company, said on 4 May 2021 it would sell",
            "",
        );
        check_description("LONDON (Reuters) - Oil rose on Monday, traders said", "");
    }

    /// A names-only byline, rendered `authors | outlet`.
    #[track_caller]
    fn check_names(line: &str, expect: &str) {
        let got = names_line(line).map_or_else(String::new, |(authors, outlet)| {
            format!("{} | {}", authors.join("; "), outlet.unwrap_or_default())
        });
        assert_eq!(got, expect, "{line:?}");
    }

    #[test]
    fn names_only_bylines() {
        check_names("Maria Santos and Tom Ray", "Maria Santos; Tom Ray | ");
        check_names(
            "Maria Santos, Tom Ray and Ana López",
            "Maria Santos; Tom Ray; Ana López | ",
        );
        check_names("Maria Santos, Staff Writer", "Maria Santos | ");
        check_names(
            "Maria Santos, Senior Economics Correspondent",
            "Maria Santos | ",
        );
        check_names(
            "Maria Santos | The Evening Courier",
            "Maria Santos | The Evening Courier",
        );
        check_names("Maria Santos, Reuters", "Maria Santos | Reuters");
        check_names(
            "Maria Santos and Tom Ray, The Evening Courier",
            "Maria Santos; Tom Ray | The Evening Courier",
        );
        check_names(
            "Maria Santos for The Evening Courier",
            "Maria Santos | The Evening Courier",
        );
        check_names("Maria Santos in London", "");
        check_names("J. K. Doe & Ali al-Hassan", "J. K. Doe; Ali al-Hassan | ");
        check_names("Jürgen Müller", "Jürgen Müller | ");
        // Not bylines: a label, a sentence, a headline.
        check_names("Quick Takes", "");
        check_names("Maria Santos said it was over.", "");
        check_names("Senate Passes Budget", "");
    }

    /// A lead tag, rendered `place | source | month-day`.
    #[track_caller]
    fn check_lead(line: &str, expect: &str) {
        let got = lead_tag(line).map_or_else(String::new, |t| {
            format!(
                "{} | {} | {}",
                t.place.unwrap_or_default(),
                t.source,
                t.month_day
                    .map_or(String::new(), |(m, d)| format!("{m:02}-{d:02}"))
            )
        });
        assert_eq!(got, expect, "{line:?}");
    }

    #[test]
    fn lead_tags() {
        check_lead("LONDON (Reuters) - Oil rose.", "London | Reuters | ");
        check_lead(
            "NEW DELHI (AP) — The vote was held.",
            "New Delhi | Associated Press | ",
        );
        check_lead("(AFP) — The vote was held.", " | Agence France-Presse | ");
        check_lead("(VWN) The vote was held on Monday.", " | VWN | ");
        check_lead("(Reuters) The vote was held on Monday.", " | Reuters | ");
        check_lead(
            "(Valley Wire) — The vote was held on Monday.",
            " | Valley Wire | ",
        );
        check_lead(
            "Nov. 14 (Valley Wire) -- The vote was held.",
            " | Valley Wire | 11-14",
        );
        check_lead(
            "SÃO PAULO, 3 March (Valley Wire) — The vote.",
            "São Paulo | Valley Wire | 03-03",
        );
        // Not tags: parentheses inside prose, a person, a number.
        check_lead("The minister (a former banker) — it was said.", "");
        check_lead("(Maria Santos) — a note.", "");
        check_lead("(2) The second point is this.", "");
        check_lead("(see below) the list follows here.", "");
        check_lead(
            "(Valley Wire) The vote was held on Monday in the capital.",
            " | Valley Wire | ",
        );
        check_lead("(Valley Wire) The vote was held.", "");
        check_lead(
            "(Adds quotes) The vote was held on Monday in the capital.",
            "",
        );
        check_lead(
            "(Corrected) The vote was held on Monday in the capital.",
            "",
        );
        check_lead("(Updated) — The vote was held on Monday.", "");
        check_lead("(Video) The vote was held on Monday.", "");
    }

    #[test]
    fn month_days() {
        assert_eq!(month_day("Nov. 14"), Some((11, 14)));
        assert_eq!(month_day("14 November"), Some((11, 14)));
        assert_eq!(month_day("may 14"), None);
        assert_eq!(
            month_days_in("This story was updated on November 13 at 10:28 pm"),
            vec![(11, 13)]
        );
        assert!(month_days_in("on November 13, 2017 at noon").is_empty());
        assert!(month_days_in("on 13 November 2017").is_empty());
    }
}
