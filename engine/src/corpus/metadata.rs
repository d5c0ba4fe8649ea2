//! Metadata from the article's own text: title, section label, byline, outlet, published date
//! and dateline, plus where the header ends and the body begins.
//!
//! News text pasted from a web page opens with a small header (section label, headline, byline,
//! "Last Updated" line, agency dateline) and may carry metadata in its chrome (a disclaimer or a
//! subscription offer naming the outlet, a "First Published" footer). The rules below look for
//! those shapes in general, never for particular outlets: a header is at most a few short lines
//! before the first paragraph of prose. Credit shapes (description lines, names-only bylines,
//! wire tags) are read in `credits`.
//!
//! A date written without a year ("Nov. 14 (Agency) --") takes its year from the other dates
//! of the text and is marked as guessed in `Metadata::guessed`.

use super::credits::{self, Credit};
use super::dates::{dates_in, with_nearest_year};
use super::lines::{lines, looks_like_name, squash_spaces, word_count, Line};
use super::outlet::outlet_in;
use super::{Format, Metadata};
use crate::english::month_number;
use crate::span::{trim_span, Span};

pub(crate) struct Extracted {
    pub meta: Metadata,
    pub title_span: Option<Span>,
    pub body_start: usize,
    /// Header lines that only carry metadata about the file ("<Outlet> (<Author>), <date>"):
    /// not article text, so folded with the boilerplate.
    pub credit_lines: Vec<Span>,
    /// A publication month and day without a year that the text could not settle.
    pub yearless_published: Option<(u32, u32)>,
}

/// Lines after the title that may still be header (byline, dates, image labels).
const MAX_HEADER_LINES: usize = 6;

pub(crate) fn extract(text: &str, content_start: usize, format: Format) -> Extracted {
    let lines = lines(text, content_start);
    let mut meta = Metadata::default();
    let mut title_span = None;
    let mut body_start = content_start;
    let mut idx = 0;

    // A one-to-three word label above a longer headline is a section ("Cybersecurity").
    // Not when the longer line is itself a credit ("Wikipedia, the free encyclopedia (…)").
    if lines.len() > 1
        && is_section_label(lines[0].text)
        && looks_like_headline(lines[1].text)
        && matches!(
            header_line(lines[1].text),
            HeaderLine::Prose | HeaderLine::Label
        )
    {
        meta.section = Some(lines[0].text.to_string());
        idx = 1;
    }
    if let Some(line) = lines.get(idx) {
        let (title, span) = headline(text, line, format);
        if !title.is_empty() && !is_prose_not_headline(line.text)
            || format == Format::Markdown && title_span_is_heading(line.text)
        {
            meta.title = title;
            title_span = Some(span);
            body_start = line.span.end;
            idx += 1;
        }
    }

    // Header lines: whatever is not yet prose, up to a few lines.
    let mut header_end = idx;
    let mut credit_lines = Vec::new();
    let mut credit_published = None;
    // An agency credited as the author ("IANS London") is not the outlet that ran the story.
    let mut agency_byline = false;
    for (i, line) in lines.iter().enumerate().skip(idx).take(MAX_HEADER_LINES) {
        let kind = header_line(line.text);
        match kind {
            HeaderLine::Prose => break,
            HeaderLine::Credit(credit) => {
                meta.authors.extend(credit.authors);
                meta.outlet = meta.outlet.take().or(credit.outlet);
                meta.dateline = meta.dateline.take().or(credit.dateline);
                credit_published = credit_published.or(credit.published);
                credit_lines.push(line.span);
            }
            HeaderLine::Byline { authors, outlet } => {
                meta.authors.extend(authors);
                meta.outlet = meta.outlet.take().or(outlet);
            }
            HeaderLine::AgencyDateline { agency, place } => {
                agency_byline = true;
                meta.authors.push(agency);
                meta.dateline = Some(place);
            }
            HeaderLine::Dated | HeaderLine::Label => {}
        }
        header_end = i + 1;
        body_start = line.span.end;
    }
    if header_end < lines.len() {
        // The body starts at its first line, not at the newline after the header.
        body_start = lines[header_end].span.start;
    }

    let body_lines = &lines[header_end.min(lines.len())..];
    // A credit line's date is read without its asides; the other header lines as they are.
    let header: Vec<&Line<'_>> = lines[idx.min(header_end)..header_end.min(lines.len())]
        .iter()
        .filter(|l| !credit_lines.contains(&l.span))
        .collect();
    meta.published = credit_published.or_else(|| published_date(&header, body_lines));
    if meta.outlet.is_none() {
        meta.outlet = lines.iter().find_map(|l| outlet_in(l.text));
    }
    let mut month_day = None;
    // The tag opens the story's first paragraph, which may follow a standfirst or two.
    if let Some(tag) = body_lines
        .iter()
        .take(3)
        .find_map(|l| credits::lead_tag(l.text))
    {
        if let Some(place) = tag.place {
            meta.dateline.get_or_insert(place);
        }
        if meta.outlet.is_none() && !agency_byline {
            meta.outlet = Some(tag.source);
        }
        month_day = tag.month_day;
    }
    let mut yearless_published = None;
    if meta.published.is_none() {
        // A stamp without a year: in the wire tag, or a header line saying when.
        let month_day = month_day.or_else(|| {
            lines[idx.min(header_end)..header_end.min(lines.len())]
                .iter()
                .find_map(|l| credits::month_days_in(l.text).into_iter().next())
        });
        if let Some((month, day)) = month_day {
            let known: Vec<String> = lines.iter().flat_map(|l| dates_in(l.text)).collect();
            if let Some(date) = with_nearest_year(month, day, &known) {
                meta.published = Some(date);
                meta.guessed.push("published".to_string());
            } else {
                yearless_published = Some((month, day));
            }
        }
    }
    if meta.authors.is_empty() {
        // A wire story's footer: "(Reporting by Jane Doe and John Roe; Editing by Ann Poe)".
        let footer = body_lines.iter().rev().take(8).find_map(|l| {
            let inner = l.text.trim_start_matches('(').trim_end_matches(['.', ')']);
            let reporting = inner.starts_with("Reporting by ") || inner.starts_with("Writing by ");
            match byline(inner).filter(|_| reporting && word_count(inner) <= 30) {
                Some(HeaderLine::Byline { authors, .. }) => Some(authors),
                _ => None,
            }
        });
        meta.authors.extend(footer.unwrap_or_default());
    }
    if meta.authors.is_empty() {
        if let Some(agency) = body_lines
            .iter()
            .rev()
            .take(12)
            .find_map(|l| agency_signoff(l.text))
        {
            meta.authors.push(agency);
        }
    }
    dedup(&mut meta.authors);
    Extracted {
        meta,
        title_span,
        body_start,
        credit_lines,
        yearless_published,
    }
}

/// The headline text of a line: Markdown heading marks and emphasis stripped.
fn headline(text: &str, line: &Line<'_>, format: Format) -> (String, Span) {
    let mut span = line.span;
    if format == Format::Markdown {
        let s = line.text;
        let hashes = s.len() - s.trim_start_matches('#').len();
        if hashes > 0 && hashes <= 6 {
            span = trim_span(text, Span::new(span.start + hashes, span.end));
        }
        let inner = span.slice(text);
        let stripped = inner.trim_matches(['*', '_']);
        let lead = inner.len() - inner.trim_start_matches(['*', '_']).len();
        span = Span::new(span.start + lead, span.start + lead + stripped.len());
    }
    (span.slice(text).trim().to_string(), span)
}

/// A headline: several words, no closing full stop.
fn looks_like_headline(s: &str) -> bool {
    (4..=25).contains(&word_count(s)) && !s.ends_with('.')
}

fn title_span_is_heading(line: &str) -> bool {
    line.starts_with("# ")
}

fn is_section_label(s: &str) -> bool {
    let words = word_count(s);
    (1..=3).contains(&words)
        && s.chars().next().is_some_and(char::is_uppercase)
        && !s.ends_with(['.', '!', '?', ':', '"', '”'])
        && month_number(s.split_whitespace().next().unwrap_or("")).is_none()
}

/// A line of running prose: a sentence that ends like one, or simply long. A closing quote
/// ends a sentence only after a full stop, "!" or "?" (a headline may end on a quoted word:
/// "… calls the plan ‘reckless’").
fn is_prose(s: &str) -> bool {
    let words = word_count(s);
    let s = s.trim_end();
    let quote_closed = s
        .strip_suffix(['”', '"', '’', '\''])
        .is_some_and(|inner| inner.ends_with(['.', '!', '?', ',']));
    words >= 30 || (words >= 8 && (s.ends_with(['.', '!', '?', ':']) || quote_closed))
}

/// A first line is the headline unless it is plainly a paragraph: long, or a sentence ending
/// in a full stop. Headlines ask questions and quote ("… ‘reckless’?").
fn is_prose_not_headline(s: &str) -> bool {
    let words = word_count(s);
    words >= 30 || (words >= 8 && is_prose(s) && !s.trim_end().ends_with(['?', '!']))
}

enum HeaderLine {
    Prose,
    Byline {
        authors: Vec<String>,
        outlet: Option<String>,
    },
    AgencyDateline {
        agency: String,
        place: String,
    },
    /// A description or repost line: "<Outlet> (<Author>), <date>".
    Credit(Credit),
    /// A line carrying a date ("Last Updated : Oct 26 2017 | 10:57 AM IST").
    Dated,
    /// A short label that is not prose ("Image", "Photo").
    Label,
}

fn header_line(s: &str) -> HeaderLine {
    let lower = s.to_lowercase();
    let says_date = ["published", "posted", "updated"]
        .iter()
        .any(|k| lower.contains(k));
    if is_prose(s) && !(says_date && s.contains(" by ")) {
        return HeaderLine::Prose;
    }
    if let Some(b) = byline(s) {
        return b;
    }
    // A sentence let through for its "posted by" is a byline or nothing: never a credit line
    // (regression: "X Company, a unit of Y, said it lowered posted prices…" was folded away).
    let prose = is_prose(s);
    if let Some((authors, outlet)) = credits::names_line(s).filter(|_| !prose) {
        return HeaderLine::Byline { authors, outlet };
    }
    if let Some((agency, place)) = agency_dateline(s) {
        return HeaderLine::AgencyDateline { agency, place };
    }
    if let Some(credit) = credits::description_line(s).filter(|_| !prose) {
        return HeaderLine::Credit(credit);
    }
    if !dates_in(s).is_empty() && word_count(s) <= 14 {
        return HeaderLine::Dated;
    }
    // "Updated Nov. 14, 10:28 pm": a stamp without a year.
    if says_date && word_count(s) <= 14 && !credits::month_days_in(s).is_empty() {
        return HeaderLine::Dated;
    }
    if word_count(s) <= 3 && !s.ends_with(['.', '!', '?']) {
        return HeaderLine::Label;
    }
    HeaderLine::Prose
}

/// "By Jane Doe and John Roe", "By Jane Doe, Reuters", "The following article by Jane Doe was
/// posted on the X website October 25, 2017:".
fn byline(s: &str) -> Option<HeaderLine> {
    let s = &squash_spaces(s);
    let lower = s.to_lowercase();
    // "Written by Jane Doe", "Story by …", "Words by …": a byline whatever its verb.
    let by_prefix = ["By ", "BY ", "by "]
        .iter()
        .chain(&[
            "Written by ",
            "Story by ",
            "Words by ",
            "Text by ",
            "Reporting by ",
            "Writing by ",
            "Report by ",
        ])
        .find_map(|p| s.strip_prefix(p));
    let (names_at, outlet) = if let Some(rest) = by_prefix {
        if word_count(rest) > 14 {
            return None;
        }
        (s.len() - rest.len(), None)
    } else if let Some(i) = lower.find("article by ") {
        if word_count(s) > 40 {
            return None;
        }
        (i + "article by ".len(), outlet_in(s))
    } else {
        return None;
    };
    let names = &s[names_at..];
    // Names end at the verb or the outlet: "… was posted", "… for The Times", "…, Reuters", "| X".
    let mut cut = names.len();
    for stop in [
        " was ", " is ", " for ", " on ", " in ", " | ", ",", ";", ":", " - ", " — ",
    ] {
        if let Some(i) = names.find(stop) {
            if !(stop == "," && names[i + 1..].trim_start().starts_with("and ")) {
                cut = cut.min(i);
            }
        }
    }
    // "By Jane Doe, Staff Writer, The Evening Courier | March 3": the first piece after the
    // names that is neither a job, a place nor a date.
    let outlet = outlet.or_else(|| {
        names[cut..]
            .split([',', '|', ';', '—'])
            .map(|piece| piece.trim().trim_start_matches('-').trim())
            .map(|piece| piece.strip_prefix("for ").unwrap_or(piece))
            .filter(|piece| !piece.starts_with("was"))
            .find_map(credits::tail_outlet)
    });
    let authors: Vec<String> = names[..cut]
        .split(" and ")
        .flat_map(|part| part.split(", "))
        .map(|n| n.trim().trim_end_matches('.').trim())
        .filter(|n| looks_like_name(n))
        .map(str::to_string)
        .collect();
    (!authors.is_empty()).then_some(HeaderLine::Byline { authors, outlet })
}

/// An agency tag and a place on one short line: "IANS London", "PTI New Delhi", "AFP | Paris".
fn agency_dateline(s: &str) -> Option<(String, String)> {
    let mut words = s.split_whitespace();
    let agency = words.next()?;
    let rest: Vec<&str> = words.filter(|w| *w != "|" && *w != "-").collect();
    let is_agency =
        (2..=6).contains(&agency.len()) && agency.chars().all(|c| c.is_ascii_uppercase());
    let is_place = (1..=3).contains(&rest.len())
        && rest.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    (is_agency && is_place).then(|| (agency.to_string(), rest.join(" ")))
}

/// "--IANS", "-- AFP", "(Reuters)" alone on a line at the end of the story.
fn agency_signoff(s: &str) -> Option<String> {
    let tag = s.trim_start_matches(['-', '—', '–']).trim();
    let was_dashed = tag.len() < s.len();
    let tag = if was_dashed {
        tag
    } else {
        tag.strip_prefix('(')?.strip_suffix(')')?
    };
    ((2..=8).contains(&tag.len())
        && tag.chars().all(|c| c.is_ascii_alphabetic())
        && tag.chars().next()?.is_uppercase())
    .then(|| tag.to_string())
}

/// The publication date: a header line saying published/posted wins, then any dated header line,
/// then a footer "First Published" line. Dates inside the story are events, never taken.
fn published_date(header: &[&Line<'_>], body: &[Line<'_>]) -> Option<String> {
    let keyword = |l: &Line<'_>, words: &[&str]| {
        let lower = l.text.to_lowercase();
        words.iter().any(|w| lower.contains(w))
    };
    let short = |l: &&Line<'_>| word_count(l.text) <= 40;
    let published = ["published", "posted", "first appeared"];
    header
        .iter()
        .copied()
        .filter(|l| keyword(l, &published))
        .chain(
            body.iter()
                .rev()
                .take(15)
                .filter(short)
                .filter(|l| keyword(l, &published)),
        )
        .chain(header.iter().copied())
        .find_map(|l| dates_in(l.text).into_iter().next())
}

fn dedup(names: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks extraction on a plain-text article: `expect` lists `field=value` pairs.
    #[track_caller]
    fn check(text: &str, expect: &[(&str, &str)]) {
        let got = extract(text, 0, Format::Text);
        let m = &got.meta;
        for (field, want) in expect {
            let value = match *field {
                "title" => m.title.clone(),
                "section" => m.section.clone().unwrap_or_default(),
                "outlet" => m.outlet.clone().unwrap_or_default(),
                "authors" => m.authors.join("; "),
                "published" => m.published.clone().unwrap_or_default(),
                "dateline" => m.dateline.clone().unwrap_or_default(),
                "body" => text[got.body_start..]
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string(),
                other => panic!("unknown field {other}"),
            };
            assert_eq!(value, *want, "field {field} of {text:?}");
        }
    }

    #[test]
    fn titles_and_sections() {
        check("Politics\n\nSenate passes the budget bill after a long night\n\nThe Senate voted on Friday to pass it.", &[
            ("section", "Politics"),
            ("title", "Senate passes the budget bill after a long night"),
            ("body", "The Senate voted on Friday to pass it."),
        ]);
        check(
            "Zürich bank fined over Swiss accounts\n\nA bank in Zürich was fined.",
            &[
                ("section", ""),
                ("title", "Zürich bank fined over Swiss accounts"),
            ],
        );
        check(
            "\u{feff}Headline with a BOM in front\n\nBody.",
            &[("title", "Headline with a BOM in front")],
        );
        check(
            "Headline\r\n\r\nBody text here.\r\n",
            &[("title", "Headline"), ("body", "Body text here.")],
        );
    }

    #[test]
    fn bylines_and_outlets() {
        check("Title of the story\n\nThe following article by Jane Doe was posted on the Washington Post website March 3, 2019:\n\nText of the story goes on and on here.", &[
            ("authors", "Jane Doe"),
            ("outlet", "The Washington Post"),
            ("published", "2019-03-03"),
            ("body", "Text of the story goes on and on here."),
        ]);
        // A no-break space, as web pages have them.
        check("Title of the story\n\nThe following article by Jo Li was posted on the\u{a0}Boston Globe website May 1, 2020:\n\nText.", &[
            ("outlet", "The Boston Globe"),
        ]);
        check(
            "Title of the story\nBy Ana María López and Tom Ray, Reuters\n\nBody.",
            &[
                ("authors", "Ana María López; Tom Ray"),
                ("outlet", "Reuters"),
            ],
        );
        check("Title of the story\n\nBody of it.\n\nDisclaimer: No Example Daily Journalist was involved in creation of this content", &[
            ("outlet", "Example Daily"),
        ]);
    }

    #[test]
    fn agency_headers_and_dates() {
        check("Minister resigns over the leak\n\nImage\nPTI New Delhi\nLast Updated : Mar 02 2019 | 10:57 AM IST\n\nThe minister resigned on Friday after days of pressure from all sides.\n\n--PTI", &[
            ("authors", "PTI"),
            ("dateline", "New Delhi"),
            ("published", "2019-03-02"),
            ("body", "The minister resigned on Friday after days of pressure from all sides."),
        ]);
        check(
            "Oil prices rise\n\nLONDON (Reuters) - Oil prices rose on Monday as supply fell.",
            &[("dateline", "London"), ("outlet", "Reuters")],
        );
        check(
            "Title of a story here\n\nPublished 26 October 2017\n\nThe text.",
            &[("published", "2017-10-26")],
        );
        // A date inside the story is an event, not the publication date.
        check("Title of a story here\n\nThe vote was held on October 25, 2017 in the capital, officials said today.", &[("published", "")]);
    }

    /// The shapes of issue 12 ("articles nobody here has seen"), on texts written for the
    /// tests: each credit shape in a whole article.
    #[test]
    fn credit_shapes_in_articles() {
        // A description line under the headline: outlet, author, date; it is not the body.
        check("Harbour bridge to close for a month of repairs\nThe Evening Courier (Maria Santos), March 3, 2019\n\nThe bridge will close on Monday.", &[
            ("title", "Harbour bridge to close for a month of repairs"),
            ("outlet", "The Evening Courier"),
            ("authors", "Maria Santos"),
            ("published", "2019-03-03"),
            ("body", "The bridge will close on Monday."),
        ]);
        // A two-word headline above a description line is a headline, not a section label.
        check("Harbour Authority\nNordic Wire, the reference work (English); stored copy, May 2020\n\nThe Harbour Authority runs the port and its three bridges.", &[
            ("section", ""),
            ("title", "Harbour Authority"),
            ("outlet", "Nordic Wire"),
            ("published", ""),
        ]);
        // A headline ending on a quoted word, with curly quotes, is still the title.
        check("Mayor calls the harbour plan ‘reckless’ and ‘far too costly’\n\nThe mayor spoke on Monday.", &[
            ("title", "Mayor calls the harbour plan ‘reckless’ and ‘far too costly’"),
        ]);
        check(
            "Will the harbour bridge ever open again to the public?\n\nNobody knows.",
            &[(
                "title",
                "Will the harbour bridge ever open again to the public?",
            )],
        );
        // Names alone under the headline: the authors, not body text.
        check("Harbour bridge to close for repairs\nMaria Santos and Tom Ray\n\nThe bridge will close on Monday.", &[
            ("authors", "Maria Santos; Tom Ray"),
            ("body", "The bridge will close on Monday."),
        ]);
        check("Harbour bridge to close for repairs\nBy Maria Santos, Senior Correspondent\n\nThe bridge will close on Monday.", &[
            ("authors", "Maria Santos"),
            ("outlet", ""),
        ]);
        // A wire tag in the first paragraph names the outlet, under its gazetteer name.
        check(
            "Harbour bridge to close\n\n(AP) — The bridge will close on Monday, officials said.",
            &[("outlet", "Associated Press")],
        );
        check(
            "Harbour bridge to close\n\n(VWN) The bridge will close on Monday, officials said.",
            &[("outlet", "VWN")],
        );
        // After a standfirst.
        check("Harbour bridge to close\n\nWhat the closure means for you.\n\nCAIRO (Valley Wire) — The bridge will close on Monday, officials said.", &[
            ("outlet", "Valley Wire"),
            ("dateline", "Cairo"),
        ]);
        // Other byline verbs, and what follows the names.
        check("Harbour bridge to close\nWritten by Maria Santos, Staff Writer, The Evening Courier | March 3, 2019\n\nThe bridge will close.", &[
            ("authors", "Maria Santos"),
            ("outlet", "The Evening Courier"),
            ("published", "2019-03-03"),
        ]);
        check("Harbour bridge to close\nBy Maria Santos for The Evening Courier\n\nThe bridge will close.", &[
            ("authors", "Maria Santos"),
            ("outlet", "The Evening Courier"),
        ]);
        // A wire footer names the reporters, not the editors.
        check("Harbour bridge to close\n\nCAIRO (Valley Wire) - The bridge will close on Monday, officials said.\n\n(Reporting by Maria Santos and Tom Ray; Editing by Ann Poe)", &[
            ("authors", "Maria Santos; Tom Ray"),
            ("outlet", "Valley Wire"),
        ]);
        check("Harbour bridge to close\nBy Maria Santos\n\nCAIRO (Valley Wire) — The bridge will close on Monday.", &[
            ("outlet", "Valley Wire"),
            ("dateline", "Cairo"),
            ("authors", "Maria Santos"),
        ]);
        // A stamp without a year takes the year of the text's latest date (and says so).
        check("Harbour bridge to close\n\nNov. 14 (Valley Wire) -- The bridge, opened on June 2, 2019, will close on Monday.", &[
            ("outlet", "Valley Wire"),
            ("published", "2019-11-14"),
        ]);
        check("Harbour bridge to close\n\nJan. 3 (Valley Wire) -- The bridge, damaged on December 28, 2019, will close.", &[
            ("published", "2020-01-03"),
        ]);
        check("Harbour bridge to close\nUpdated Nov. 14, 10:28 pm\n\nThe bridge, opened in a ceremony on June 2, 2019, closes today.", &[
            ("published", "2019-11-14"),
        ]);
        // No year anywhere: no date rather than a wrong one.
        check(
            "Harbour bridge to close\n\nNov. 14 (Valley Wire) -- The bridge will close on Monday.",
            &[("published", "")],
        );
        // A publication stamp with the weekday and time.
        check("Harbour bridge to close\nPUBLISHED : Thursday, 14 November, 2019, 10:28am\n\nThe bridge will close.", &[
            ("published", "2019-11-14"),
        ]);
        // A repost credit at the end names the outlet the piece first appeared in.
        check("Harbour bridge to close\n\nThe bridge will close on Monday.\n\nThis article originally appeared in The Evening Courier.", &[
            ("outlet", "The Evening Courier"),
        ]);
        check("Harbour bridge to close\n\nThe rumour first appeared in March on a forum, officials said.", &[
            ("outlet", ""),
        ]);
        // A first sentence that names a company and says "posted" is the body, not a credit.
        check("Harbour Shipping Company, a unit of Valley Holdings, said it lowered posted fares by 5 pct from October 16.\n\nThe cut follows a long decline in freight.", &[
            ("outlet", ""),
            ("body", "Harbour Shipping Company, a unit of Valley Holdings, said it lowered posted fares by 5 pct from October 16."),
        ]);
    }

    #[test]
    fn guessed_dates_are_marked() {
        let got = extract("Harbour bridge to close\n\nNov. 14 (Valley Wire) -- Opened on June 2, 2019, it closes.", 0, Format::Text);
        assert_eq!(got.meta.guessed, vec!["published".to_string()]);
        let got = extract(
            "Harbour bridge to close\nNovember 14, 2019\n\nIt closes.",
            0,
            Format::Text,
        );
        assert!(got.meta.guessed.is_empty());
    }
}
