//! The units a sentence is compared by: its main clauses and its non-restrictive relative
//! clauses.
//!
//! A news sentence often carries two facts: "Ruiz, the chief executive of Acme Data, which
//! worked for the mayor during the final months of the campaign". Compared whole, each
//! fact is diluted by the other's words, and a sentence about one matches neither. So:
//! - a sentence is cut into main clauses at `;` and at a `:` that opens a new sentence
//!   ("...the missing files: At a rally in July, ...");
//! - a relative clause set off by a comma (", which ...", ", who ...", ", whose ...") is a unit
//!   of its own, up to the next comma, semicolon or dash: it adds a fact of its own;
//! - the main clause is compared without its relative clauses.
//!
//! Restrictive clauses (no comma: "a firm that worked for Trump") stay inside the main clause:
//! they identify a noun rather than assert something, and by themselves don't make a pair.

use crate::span::{trim_span, Span};

/// One comparison unit of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Where the unit is, for display: a main clause's span covers its relative clauses too.
    pub span: Span,
    /// Parts of `span` that belong to other units (a main clause's relative clauses).
    pub holes: Vec<Span>,
    pub relative: bool,
}

/// The units of `text[sentence]`: main clauses first, then relative clauses, in text order.
pub fn units(text: &str, sentence: Span) -> Vec<Unit> {
    let mut mains = Vec::new();
    let mut relatives = Vec::new();
    for segment in main_segments(text, sentence) {
        let clauses = relative_clauses(text, segment);
        mains.push(Unit {
            span: segment,
            holes: clauses.clone(),
            relative: false,
        });
        relatives.extend(clauses.into_iter().map(|span| Unit {
            span,
            holes: Vec::new(),
            relative: true,
        }));
    }
    mains.extend(relatives);
    mains
}

/// The sentence cut at `;` and at `: ` followed by an upper-case letter.
fn main_segments(text: &str, sentence: Span) -> Vec<Span> {
    let slice = sentence.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth_quote = false;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        match c {
            '“' => depth_quote = true,
            '”' => depth_quote = false,
            '"' => depth_quote = !depth_quote,
            _ => {}
        }
        if depth_quote {
            continue;
        }
        let next = chars.get(k + 1).map(|x| x.1);
        let after = chars.get(k + 2).map(|x| x.1);
        let cut =
            c == ';' || (c == ':' && next == Some(' ') && after.is_some_and(char::is_uppercase));
        if cut {
            push_trimmed(text, sentence.start + start, sentence.start + at, &mut out);
            start = at + c.len_utf8();
        }
    }
    push_trimmed(text, sentence.start + start, sentence.end, &mut out);
    out
}

/// Relative clauses set off by a comma inside `text[segment]`.
fn relative_clauses(text: &str, segment: Span) -> Vec<Span> {
    const PRONOUNS: &[&str] = &["which ", "who ", "whose ", "whom "];
    let slice = segment.slice(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = slice.get(from..).and_then(|s| s.find(", ")) {
        let comma = from + found;
        let clause_start = comma + 2;
        from = clause_start;
        let rest = slice.get(clause_start..).unwrap_or("");
        if !PRONOUNS.iter().any(|p| rest.starts_with(p)) {
            continue;
        }
        let len = rest
            .find([',', ';', '—', '–', '(', ')', '”', '"'])
            .unwrap_or(rest.len());
        let clause_end = clause_start + len;
        from = clause_end;
        let mut found = Vec::new();
        push_trimmed(
            text,
            segment.start + clause_start,
            segment.start + clause_end,
            &mut found,
        );
        // A clause of two words ("who said") asserts nothing worth a unit.
        if let Some(clause) = found.pop() {
            if clause.slice(text).split_whitespace().count() >= 3 {
                out.push(clause);
            }
        }
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(piece) = text.get(start..end) else {
        return;
    };
    let trimmed = trim_span(piece, Span::new(0, piece.len()));
    let trimmed = trim_trailing_punctuation(piece, trimmed);
    if !trimmed.is_empty() {
        out.push(Span::new(start + trimmed.start, start + trimmed.end));
    }
}

/// "the campaign." → "the campaign": a clause cut from a sentence doesn't own its full stop.
fn trim_trailing_punctuation(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let kept = slice.trim_end_matches([',', '.', ';', ':', ' ']);
    Span::new(span.start, span.start + kept.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(sentence: &str, expected: &[&str]) {
        let got: Vec<String> = units(sentence, Span::new(0, sentence.len()))
            .iter()
            .map(|u| {
                let mut shown = u.span.slice(sentence).to_string();
                for hole in u.holes.iter().rev() {
                    shown.replace_range(hole.start - u.span.start..hole.end - u.span.start, "…");
                }
                if u.relative {
                    format!("rel: {shown}")
                } else {
                    shown
                }
            })
            .collect();
        assert_eq!(got, expected, "in {sentence:?}");
    }

    #[test]
    fn cuts_non_restrictive_relative_clauses() {
        check(
            "He met Ana Ruiz, the head of Acme, which worked for the mayor last year.",
            &[
                "He met Ana Ruiz, the head of Acme, …",
                "rel: which worked for the mayor last year",
            ],
        );
        check(
            "Ana Ruiz, who runs the firm, resigned on Monday.",
            &["Ana Ruiz, …, resigned on Monday", "rel: who runs the firm"],
        );
        check(
            "The firm that worked for the mayor closed.",
            &["The firm that worked for the mayor closed"],
        );
        check("He saw Bo, who left.", &["He saw Bo, who left"]);
        check(
            "Zoë Müller, whose café in Zürich closed, moved to Genève.",
            &[
                "Zoë Müller, …, moved to Genève",
                "rel: whose café in Zürich closed",
            ],
        );
    }

    #[test]
    fn cuts_main_clauses_at_semicolons_and_colons() {
        check("Prices rose; wages fell.", &["Prices rose", "wages fell"]);
        check(
            "He was eager: At a rally, he asked for help.",
            &["He was eager", "At a rally, he asked for help"],
        );
        check(
            "The report said: “Prices rose; wages fell.”",
            &["The report said: “Prices rose; wages fell.”"],
        );
        check("", &[]);
    }
}
