//! The measure grammar: a token stream (letters, digit groups, single punctuation marks) and a
//! longest-match scanner that tries the date, time, number and ordinal rules at each token.
//!
//! Every rule reads tokens through bounds-checked helpers and builds spans from token offsets
//! that came from `char_indices`, so no input can make it panic or cut a character in two.
//! Expressions never cross a line break: headlines, bullet lists and price tables put unrelated
//! numbers on adjacent lines ("₹900\n\n3 Months").
//!
//! This file holds the tokens, the scanner and its bounds-checked token helpers; the rules are
//! `impl Scanner` blocks in one file per family: `dates.rs`, `relative.rs` (dates read against
//! the publication day), `times.rs`, `numbers.rs` (amounts, money, percentages, ordinals).

mod dates;
mod numbers;
mod ranges;
mod relative;
mod times;

use super::lexicon::{lookup, Lex, W};
use super::{Measure, MeasureKind, Range};
use crate::span::Span;

pub fn scan(text: &str, region: Span, anchor: Option<i64>) -> Vec<Measure> {
    let scanner = Scanner {
        toks: tokenize(text, region),
        text,
        anchor,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < scanner.toks.len() {
        match scanner.best_at(i) {
            Some(hit) if hit.end > i => {
                let start = scanner.toks[i].start;
                let end = scanner.toks[hit.end - 1].end;
                out.push(Measure {
                    span: Span::new(start, end),
                    kind: hit.kind,
                    range: hit.range,
                    relative: hit.relative,
                });
                i = hit.end;
            }
            _ => i += 1,
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Class {
    Alpha,
    Num,
    Punct(char),
}

#[derive(Clone, Debug)]
struct Tok {
    start: usize,
    end: usize,
    class: Class,
    lex: Option<Lex>,
    /// No white space between this token and the previous one.
    glued: bool,
    /// A line break separates this token from the previous one.
    line_break: bool,
    capitalised: bool,
    /// For digit groups: the value, and whether it is a bare run of digits (no `,` or `.`).
    value: f64,
    plain_digits: u8,
}

fn tokenize(text: &str, region: Span) -> Vec<Tok> {
    let slice = region.slice(text);
    let base = region.start;
    let mut toks: Vec<Tok> = Vec::with_capacity(slice.len() / 5 + 1);
    let mut chars = slice.char_indices().peekable();
    let mut space = true;
    let mut line_break = false;
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            line_break |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            continue;
        }
        let (class, end) = if c.is_alphabetic() {
            let mut end = at + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            (Class::Alpha, end)
        } else if c.is_ascii_digit() {
            // Digits, with `,` before exactly three digits and `.` before a digit inside.
            let bytes = slice.as_bytes();
            let mut end = at + 1;
            loop {
                let b = bytes.get(end).copied();
                if b.is_some_and(|b| b.is_ascii_digit()) {
                    end += 1;
                } else if b == Some(b',')
                    && bytes
                        .get(end + 1..end + 4)
                        .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                    && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit)
                {
                    end += 4;
                } else if b == Some(b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                    end += 2;
                } else {
                    break;
                }
            }
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
            (Class::Num, end)
        } else {
            (Class::Punct(c), at + c.len_utf8())
        };
        let word = &slice[at..end];
        let (lex, value, plain_digits) = match class {
            Class::Alpha => (lookup(word), 0.0, 0),
            Class::Num => {
                let plain = word.bytes().all(|b| b.is_ascii_digit());
                let digits: String = word.chars().filter(|&c| c != ',').collect();
                let value = digits.parse::<f64>().unwrap_or(f64::NAN);
                (
                    None,
                    value,
                    if plain { word.len().min(255) as u8 } else { 0 },
                )
            }
            Class::Punct(_) => (None, 0.0, 0),
        };
        toks.push(Tok {
            start: base + at,
            end: base + end,
            class,
            lex,
            glued: !space && !toks.is_empty(),
            line_break,
            capitalised: c.is_uppercase(),
            value,
            plain_digits,
        });
        space = false;
        line_break = false;
    }
    toks
}

/// One rule's match: tokens `[start, end)`, with its label and range.
#[derive(Clone, Debug)]
struct Hit {
    end: usize,
    kind: MeasureKind,
    range: Option<Range>,
    /// Read against the publication day ("yesterday", "last night", "Monday").
    relative: bool,
}

/// A qualifier in front of a number, by its effect on the range.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Q {
    None,
    More,
    AtLeast,
    Less,
    AtMost,
    About,
    Nearly,
    Between,
    From,
}

/// A number as written, before its unit is known: `[low, high]`.
#[derive(Clone, Copy, Debug)]
struct Amount {
    end: usize,
    low: f64,
    high: f64,
    vague: bool,
    /// A bare 4-digit number from 1000 to 2100: may be a year.
    year_like: bool,
}

struct Scanner<'t> {
    toks: Vec<Tok>,
    text: &'t str,
    anchor: Option<i64>,
}

impl Scanner<'_> {
    fn best_at(&self, i: usize) -> Option<Hit> {
        if !self.may_start(i) {
            return None;
        }
        let mut best: Option<Hit> = None;
        for hit in [self.date(i), self.time(i), self.number(i), self.ordinal(i)]
            .into_iter()
            .flatten()
        {
            if best.as_ref().is_none_or(|b| hit.end > b.end) {
                best = Some(hit);
            }
        }
        best
    }

    /// A measure can't start inside a word or an identifier ("G20", "F-35", "COVID-19").
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if !t.glued || i == 0 {
            return true;
        }
        let prev = &self.toks[i - 1];
        match prev.class {
            Class::Alpha | Class::Num => false,
            Class::Punct('-') | Class::Punct('/') if prev.glued && i >= 2 => {
                let before = &self.toks[i - 2];
                // "mid-2016" is a date; "F-35" and "pro-2016" are not measures, nor an
                // identifier's digits ("COVID-19"); but a common word's is: "a magnitude-7.8
                // earthquake".
                !(matches!(before.class, Class::Alpha | Class::Num))
                    || self.is_word(i - 2, W::Mid)
                    || before.class == Class::Alpha && self.is_common_word(i - 2)
            }
            _ => true,
        }
    }

    // ----- token helpers (all bounds-checked) -----

    /// Token `i` is a lower-case word of five letters or more: a common word, not an
    /// identifier's prefix ("F", "COVID") nor a short one that reads as a prefix ("pro", "anti").
    fn is_common_word(&self, i: usize) -> bool {
        let word = self.text_of(i);
        word.len() >= 5 && word.bytes().all(|b| b.is_ascii_lowercase())
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn lex(&self, i: usize) -> Option<Lex> {
        self.tok(i).and_then(|t| t.lex)
    }

    /// Token `i` exists and continues the expression (same line).
    fn next_ok(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.line_break)
    }

    fn lex_next(&self, i: usize) -> Option<Lex> {
        if self.next_ok(i) {
            self.lex(i)
        } else {
            None
        }
    }

    fn is_word(&self, i: usize, w: W) -> bool {
        self.lex(i) == Some(Lex::Word(w))
    }

    fn word_next(&self, i: usize, w: W) -> bool {
        self.next_ok(i) && self.is_word(i, w)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Punct(c))
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.glued)
    }

    fn text_of(&self, i: usize) -> &str {
        self.tok(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    fn word_is(&self, i: usize, lower: &str) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Alpha)
            && self.text_of(i).eq_ignore_ascii_case(lower)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.capitalised)
    }

    /// A glued alphabetic suffix right after token `i` ("2nd", "1990s", "10am", "5bn").
    fn suffix(&self, i: usize) -> Option<&str> {
        let t = self.tok(i + 1)?;
        (t.glued && t.class == Class::Alpha).then(|| self.text_of(i + 1))
    }

    /// A digit group at `i` that is an integer in `range` with at most `max_digits` digits.
    fn small_int(
        &self,
        i: usize,
        range: std::ops::RangeInclusive<u32>,
        max_digits: u8,
    ) -> Option<u32> {
        let t = self.tok(i)?;
        if t.class != Class::Num || t.plain_digits == 0 || t.plain_digits > max_digits {
            return None;
        }
        let v = t.value as u32;
        range.contains(&v).then_some(v)
    }

    fn year_at(&self, i: usize) -> Option<i64> {
        let t = self.tok(i)?;
        if t.class != Class::Num || t.plain_digits != 4 || !(1000.0..=2100.0).contains(&t.value) {
            return None;
        }
        // "2016s" or "2016th" is not a year; "2016-17" is handled by the caller.
        if self.suffix(i).is_some() {
            return None;
        }
        Some(t.value as i64)
    }
}

/// What a date rule found before the outer modifiers are applied.
#[derive(Clone, Debug)]
struct Core {
    end: usize,
    range: Option<Range>,
    kind: MeasureKind,
    /// Whether a leading "the" belongs to the expression ("the summer of 2016", not "the 2016 election").
    takes_the: bool,
    /// One calendar day: may take a part of day ("Wednesday night").
    day: bool,
    /// Relative to now: may take "earlier"/"later" ("earlier today").
    relative: bool,
}

impl Core {
    fn new(end: usize, range: Option<Range>) -> Core {
        Core {
            end,
            range,
            kind: MeasureKind::Date,
            takes_the: false,
            day: false,
            relative: false,
        }
    }
    fn takes_the(self) -> Core {
        Core {
            takes_the: true,
            ..self
        }
    }
    fn day(self) -> Core {
        Core { day: true, ..self }
    }
    fn relative(self) -> Core {
        Core {
            relative: true,
            ..self
        }
    }
}

fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th" | "ST" | "ND" | "RD" | "TH")
}
