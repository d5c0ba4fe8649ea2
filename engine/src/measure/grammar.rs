//! The measure grammar: a token stream (letters, digit groups, single punctuation marks) and a
//! longest-match scanner that tries the date, time, number and ordinal rules at each token.
//!
//! Every rule reads tokens through bounds-checked helpers and builds spans from token offsets
//! that came from `char_indices`, so no input can make it panic or cut a character in two.
//! Expressions never cross a line break: headlines, bullet lists and price tables put unrelated
//! numbers on adjacent lines ("₹900\n\n3 Months").

use super::calendar::{civil_from_days, days_from_civil, month_len, weekday};
use super::lexicon::{lookup, DateUnit, Lex, Mod, Qual, Rel, W};
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
                // "mid-2016" is a date; "F-35" and "pro-2016" are not measures.
                !(matches!(before.class, Class::Alpha | Class::Num)) || self.is_word(i - 2, W::Mid)
            }
            _ => true,
        }
    }

    // ----- token helpers (all bounds-checked) -----

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

    // ----- dates -----

    fn date(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let the = self.is_word(j, W::The);
        if the {
            j += 1;
        }
        // "the end of", "the beginning of", "the first half of"
        let mut edge: Option<Mod> = None;
        if the && self.next_ok(j) {
            if let Some(Lex::Edge(m)) = self.lex(j) {
                if self.word_next(j + 1, W::Of) {
                    edge = Some(m);
                    j += 2;
                }
            } else if let (Some(Lex::Ordinal(n @ (1 | 2))), true) = (
                self.lex(j),
                self.word_next(j + 1, W::Half) && self.word_next(j + 2, W::Of),
            ) {
                edge = Some(if n == 1 { Mod::Early } else { Mod::Late });
                j += 3;
            }
            if edge.is_some() && self.word_next(j, W::The) {
                j += 1;
            }
        }
        let mut modifier: Option<Mod> = None;
        if self.next_ok(j) || j == i {
            if let Some(Lex::Modifier(m)) = self.lex(j) {
                modifier = Some(m);
                j += 1;
            } else if self.is_word(j, W::Mid) {
                modifier = Some(Mod::Mid);
                j += if self.punct(j + 1, '-') { 2 } else { 1 };
            }
        }
        if j != i && !self.next_ok(j) {
            return None;
        }
        let core = self.date_core(j, the && edge.is_none() && modifier.is_none())?;
        if the && !core.takes_the && edge.is_none() {
            return None;
        }
        if modifier == Some(Mod::Vague) && !core.relative {
            // "later this year", "earlier today", but not "later 2016".
            return None;
        }
        let mut range = core.range;
        if let Some(m) = edge.or(modifier) {
            range = range.map(|r| part_of(r, m));
        }
        Some(Hit {
            end: core.end,
            kind: core.kind,
            range,
        })
    }

    fn date_core(&self, i: usize, after_the: bool) -> Option<Core> {
        if !self.next_ok(i) && i > 0 && self.tok(i).is_some_and(|t| t.line_break) && after_the {
            return None;
        }
        let lex = self.lex(i);
        let core = match lex {
            None if after_the && self.ordinal_suffix_at(i) => {
                let n = self.tok(i).map_or(0, |t| t.value as u32);
                self.ordinal_period(i + 2, n)
            }
            None => None,
            Some(lex) => self.date_word(i, lex, after_the),
        };
        let core = core.or_else(|| self.numeric_date(i))?;
        Some(self.part_of_day(core))
    }

    fn ordinal_suffix_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Num)
            && self.suffix(i).is_some_and(is_ordinal_suffix)
    }

    fn date_word(&self, i: usize, lex: Lex, after_the: bool) -> Option<Core> {
        match lex {
            Lex::Month(m) | Lex::MonthAbbr(m) => {
                self.month_date(i, m, matches!(lex, Lex::MonthAbbr(_)))
            }
            Lex::Weekday(d) if self.capitalised(i) => self.weekday_date(i, d),
            Lex::Season(m) => self.season(i, m, after_the),
            Lex::Relative(r) => self.relative(i, r, after_the),
            Lex::Today(d) => {
                let range = self.anchor.map(|a| day_range(a + d, a + d + 1));
                Some(Core::new(i + 1, range).relative())
            }
            Lex::Ordinal(n) if after_the => self.ordinal_period(i + 1, n),
            Lex::Word(W::A | W::An) => self.ago(i),
            Lex::Word(W::Fiscal) => {
                let y = self.year_at(i + 1).filter(|_| self.next_ok(i + 1))?;
                Some(Core::new(i + 2, Some(year_range(y))))
            }
            // "the day of the election", "the week before the vote": relative to an event.
            Lex::DateUnit(DateUnit::Day | DateUnit::Week, false) if after_the => {
                match self.lex_next(i + 1) {
                    Some(Lex::Word(W::Of | W::Before | W::After)) => {
                        let end = self.of_complement_any(i + 1);
                        (end > i + 2).then(|| Core::new(end, None).takes_the().relative())
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// "Wednesday" + "evening" is one TIME span.
    fn part_of_day(&self, core: Core) -> Core {
        if core.day && self.lex_next(core.end) == Some(Lex::PartOfDay) {
            let range = core
                .range
                .clone()
                .map(|r| narrow_to_part_of_day(r, self.text_of(core.end)));
            return Core {
                end: core.end + 1,
                kind: MeasureKind::Time,
                range,
                ..core
            };
        }
        core
    }

    fn month_date(&self, i: usize, month: u32, abbreviated: bool) -> Option<Core> {
        if !self.capitalised(i) {
            return None;
        }
        let mut j = i + 1;
        if self.punct(j, '.') && self.glued(j) {
            j += 1;
        }
        // Month Day[,] [Year]
        if let Some(day) = self
            .next_ok(j)
            .then(|| self.small_int(j, 1..=31, 2))
            .flatten()
        {
            let mut k = j + 1;
            if matches!(self.suffix(j), Some(s) if is_ordinal_suffix(s)) {
                k += 1;
            }
            let mut year_at = k;
            if self.punct(k, ',') {
                year_at += 1;
            }
            if let Some(y) = self
                .next_ok(year_at)
                .then(|| self.year_at(year_at))
                .flatten()
            {
                return Some(Core::new(year_at + 1, Some(day_in(y, month, day))).day());
            }
            let range = self.implied_year(month).map(|(y, _)| {
                let mut r = day_in(y, month, day);
                r.year_implied = true;
                r
            });
            return Some(Core::new(k, range).day());
        }
        // Month [,|of] Year
        let mut year_at = j;
        if self.punct(j, ',') || self.word_next(j, W::Of) {
            year_at += 1;
        }
        if let Some(y) = self
            .next_ok(year_at)
            .then(|| self.year_at(year_at))
            .flatten()
        {
            return Some(Core::new(year_at + 1, Some(month_range(y, month))));
        }
        // Month last/this/next year
        if let (Some(Lex::Relative(r)), Some(Lex::DateUnit(DateUnit::Year, false))) =
            (self.lex_next(j), self.lex_next(j + 1))
        {
            let shift = match r {
                Rel::Last | Rel::Previous | Rel::Past => Some(-1),
                Rel::This => Some(0),
                Rel::Next | Rel::Coming | Rel::Following => Some(1),
                _ => None,
            };
            if let Some(shift) = shift {
                let range = self.anchor_year().map(|y| month_range(y + shift, month));
                return Some(Core::new(j + 2, range).relative());
            }
        }
        if abbreviated {
            return None;
        }
        // A month on its own. "May" and "March" are also a verb: only after a preposition or a
        // date modifier.
        if matches!(month, 3 | 5) && !self.date_context_before(i) {
            return None;
        }
        let range = self.implied_year(month).map(|(y, _)| {
            let mut r = month_range(y, month);
            r.year_implied = true;
            r
        });
        Some(Core::new(i + 1, range).relative())
    }

    fn date_context_before(&self, i: usize) -> bool {
        if i == 0 || self.tok(i).is_some_and(|t| t.line_break) {
            return false;
        }
        matches!(
            self.lex(i - 1),
            Some(
                Lex::Word(
                    W::In
                        | W::Since
                        | W::Until
                        | W::By
                        | W::From
                        | W::Of
                        | W::Through
                        | W::During
                        | W::Before
                        | W::After
                        | W::Between
                        | W::And
                        | W::To
                        | W::Mid
                ) | Lex::Modifier(_)
                    | Lex::Relative(_)
            )
        )
    }

    fn weekday_date(&self, i: usize, wd: u32) -> Option<Core> {
        // "Wednesday, Oct. 25, 2017": the explicit date wins.
        let mut j = i + 1;
        if self.punct(j, ',') {
            j += 1;
        }
        if let Some(Lex::Month(m) | Lex::MonthAbbr(m)) = self.lex_next(j) {
            if let Some(core) = self.month_date(j, m, true).filter(|c| c.day) {
                return Some(core);
            }
        }
        let range = self.anchor.map(|a| {
            let back = (i64::from(weekday(a)) - i64::from(wd)).rem_euclid(7);
            day_range(a - back, a - back + 1)
        });
        Some(Core::new(i + 1, range).day().relative())
    }

    fn season(&self, i: usize, first_month: u32, after_the: bool) -> Option<Core> {
        // "fall" and "spring" are verbs and nouns too: lower-case alone only after "the"/a modifier.
        let mut j = i + 1;
        if self.word_next(j, W::Of) {
            j += 1;
        }
        if let Some(y) = self.next_ok(j).then(|| self.year_at(j)).flatten() {
            return Some(Core::new(j + 1, Some(season_range(y, first_month))).takes_the());
        }
        let ambiguous_word = matches!(first_month, 3 | 9);
        if ambiguous_word && !after_the && !self.date_context_before(i) {
            return None;
        }
        let range = self.anchor.map(|a| {
            let (y, m, _) = civil_from_days(a);
            // The most recent season that has started by the publication date.
            let year = if m >= first_month || (first_month == 12 && m < 3) {
                y
            } else {
                y - 1
            };
            let year = if first_month == 12 && m < 3 {
                y - 1
            } else {
                year
            };
            let mut r = season_range(year, first_month);
            r.year_implied = true;
            r
        });
        Some(Core::new(i + 1, range).takes_the().relative())
    }

    fn relative(&self, i: usize, rel: Rel, after_the: bool) -> Option<Core> {
        let next = self.lex_next(i + 1)?;
        let anchor = self.anchor;
        // "the past two years", "the last 12 months"
        if after_the || matches!(rel, Rel::Past | Rel::Last | Rel::Next | Rel::Coming) {
            if let Some(amount) = self
                .amount(i + 1)
                .filter(|a| self.next_ok(i + 1) && !a.vague)
            {
                if let Some(Lex::DateUnit(unit, true)) = self.lex_next(amount.end) {
                    let n = amount.low;
                    let range = anchor.map(|a| span_around(a, rel, unit_days(unit) * n));
                    return Some(Core::new(amount.end + 1, range).takes_the().relative());
                }
            }
        }
        match next {
            Lex::DateUnit(unit, plural) => {
                let end = i + 2;
                if plural {
                    // "recent years", "the final months [of the campaign]", "the past days"
                    if !(after_the || rel == Rel::Recent) {
                        return None;
                    }
                    let range = match rel {
                        Rel::Recent | Rel::Past | Rel::Last => {
                            anchor.map(|a| day_range(a - 3 * 365, a + 1))
                        }
                        _ => None,
                    };
                    let end = self.of_complement(end);
                    return Some(Core::new(end, range).takes_the().relative());
                }
                if after_the {
                    // "the last year" is the twelve months before publication; "the following
                    // day" is relative to an event we don't know.
                    let range = match rel {
                        Rel::Last | Rel::Past => {
                            anchor.map(|a| span_around(a, Rel::Past, unit_days(unit)))
                        }
                        _ => None,
                    };
                    let end = if matches!(rel, Rel::Final | Rel::Following | Rel::Previous) {
                        self.of_complement(end)
                    } else {
                        end
                    };
                    return Some(Core::new(end, range).takes_the().relative());
                }
                let shift = match rel {
                    Rel::Last | Rel::Previous | Rel::Past => -1,
                    Rel::This => 0,
                    Rel::Next | Rel::Coming | Rel::Following => 1,
                    Rel::Recent | Rel::Final => return None,
                };
                let range = anchor.and_then(|a| calendar_unit(a, unit, shift));
                Some(Core::new(end, range).relative())
            }
            Lex::Month(m) | Lex::MonthAbbr(m) if self.capitalised(i + 1) && !after_the => {
                let shift = match rel {
                    Rel::Last | Rel::Previous | Rel::Past => -1,
                    Rel::This => 0,
                    Rel::Next | Rel::Coming => 1,
                    _ => return None,
                };
                let range = anchor.map(|a| {
                    let (y, am, _) = civil_from_days(a);
                    let year = match shift {
                        -1 if m < am => y,
                        -1 => y - 1,
                        0 => y,
                        _ if m > am => y,
                        _ => y + 1,
                    };
                    month_range(year, m)
                });
                Some(Core::new(i + 2, range).relative())
            }
            Lex::Weekday(d) if self.capitalised(i + 1) && !after_the => {
                let shift = match rel {
                    Rel::Last | Rel::Previous | Rel::Past => -7,
                    Rel::This => 0,
                    Rel::Next | Rel::Coming => 7,
                    _ => return None,
                };
                let range = anchor.map(|a| {
                    let back = (i64::from(weekday(a)) - i64::from(d)).rem_euclid(7);
                    let day = a - back
                        + if shift > 0 {
                            7
                        } else if shift < 0 && back == 0 {
                            -7
                        } else {
                            0
                        };
                    day_range(day, day + 1)
                });
                Some(Core::new(i + 2, range).day().relative())
            }
            Lex::Season(m) if !after_the => {
                let shift = match rel {
                    Rel::Last | Rel::Previous | Rel::Past => -1,
                    Rel::This => 0,
                    Rel::Next | Rel::Coming => 1,
                    _ => return None,
                };
                let range = self.anchor_year().map(|y| season_range(y + shift, m));
                Some(Core::new(i + 2, range).relative())
            }
            Lex::PartOfDay if matches!(rel, Rel::This | Rel::Last) && !after_the => {
                // "this morning", "last night": TIME on the publication day (or the one before).
                let back = if rel == Rel::Last { 1 } else { 0 };
                let range = anchor.map(|a| day_range(a - back, a - back + 1));
                Some(Core {
                    kind: MeasureKind::Time,
                    ..Core::new(i + 2, range).relative()
                })
            }
            _ => None,
        }
    }

    /// "of the campaign", "of 2016", "of the year" after a relative period.
    fn of_complement(&self, end: usize) -> usize {
        if !self.word_next(end, W::Of) {
            return end;
        }
        if self.next_ok(end + 1) && self.year_at(end + 1).is_some() {
            return end + 2;
        }
        if self.word_next(end + 1, W::The)
            && self.next_ok(end + 2)
            && self
                .tok(end + 2)
                .is_some_and(|t| t.class == Class::Alpha && !t.capitalised)
        {
            return end + 3;
        }
        end
    }

    /// "the day of the election": the preposition at `at`, then "the" and a lower-case noun.
    fn of_complement_any(&self, at: usize) -> usize {
        if self.word_next(at + 1, W::The)
            && self.next_ok(at + 2)
            && self
                .tok(at + 2)
                .is_some_and(|t| t.class == Class::Alpha && !t.capitalised)
        {
            return at + 3;
        }
        at
    }

    /// "the 2nd year", "the first quarter of 2017", "the third week": `i` is the token after
    /// the ordinal.
    fn ordinal_period(&self, i: usize, n: u32) -> Option<Core> {
        let Some(Lex::DateUnit(unit, false)) = self.lex_next(i) else {
            return None;
        };
        let mut end = i + 1;
        let mut range = None;
        if self.word_next(end, W::Of) {
            if let Some(y) = self
                .next_ok(end + 1)
                .then(|| self.year_at(end + 1))
                .flatten()
            {
                end += 2;
                if unit == DateUnit::Quarter && (1..=4).contains(&n) {
                    let m = 3 * (n - 1) + 1;
                    range = Some(day_range(days_from_civil(y, m, 1), month_after(y, m + 2)));
                }
            }
        }
        Some(Core::new(end, range).takes_the())
    }

    /// "a year ago", "a week earlier".
    fn ago(&self, i: usize) -> Option<Core> {
        let Some(Lex::DateUnit(unit, false)) = self.lex_next(i + 1) else {
            return None;
        };
        match self.lex_next(i + 2) {
            Some(Lex::Word(W::Ago)) => {
                let range = self.anchor.map(|a| {
                    let d = a - unit_days(unit) as i64;
                    day_range(d, d + 1)
                });
                Some(Core::new(i + 3, range.map(|r| widen(r, unit))).relative())
            }
            Some(Lex::Modifier(Mod::Vague)) => Some(Core::new(i + 3, None).relative()),
            _ => None,
        }
    }

    /// Digits-only dates: years, "2016-17", "1990s", "10/26/2017", "2017-10-26", "25 October 2017".
    fn numeric_date(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        if t.class == Class::Punct('\'') || t.class == Class::Punct('’') {
            // "'90s"
            let n = self
                .small_int(i + 1, 0..=99, 2)
                .filter(|_| self.glued(i + 1))?;
            if self.suffix(i + 1) == Some("s") && n % 10 == 0 {
                let y = if n < 30 { 2000 + n } else { 1900 + n } as i64;
                return Some(Core::new(i + 3, Some(years(y, y + 10))).takes_the());
            }
            return None;
        }
        if t.class != Class::Num {
            return None;
        }
        // "25 October 2017", "25th of October"
        if let Some(day) = self.small_int(i, 1..=31, 2) {
            let mut j = i + 1;
            if matches!(self.suffix(i), Some(s) if is_ordinal_suffix(s)) {
                j += 1;
                if self.word_next(j, W::Of) {
                    j += 1;
                }
            }
            if let Some(Lex::Month(m) | Lex::MonthAbbr(m)) = self.lex_next(j) {
                if self.capitalised(j) {
                    let mut k = j + 1;
                    if self.punct(k, '.') && self.glued(k) {
                        k += 1;
                    }
                    if let Some(y) = self.next_ok(k).then(|| self.year_at(k)).flatten() {
                        return Some(Core::new(k + 1, Some(day_in(y, m, day))).day());
                    }
                    let range = self.implied_year(m).map(|(y, _)| {
                        let mut r = day_in(y, m, day);
                        r.year_implied = true;
                        r
                    });
                    return Some(Core::new(k, range).day());
                }
            }
        }
        // "10/26/2017" (US order) and "2017-10-26"
        if self.punct(i + 1, '/') && self.glued(i + 1) && self.glued(i + 2) && self.glued(i + 3) {
            if let (Some(m), Some(d), true) = (
                self.small_int(i, 1..=12, 2),
                self.small_int(i + 2, 1..=31, 2),
                self.punct(i + 3, '/'),
            ) {
                if let Some(y) = self.year_at(i + 4).filter(|_| self.glued(i + 4)) {
                    return Some(Core::new(i + 5, Some(day_in(y, m, d))).day());
                }
            }
        }
        let y = self.year_at(i).or_else(|| self.decade_at(i))?;
        if self.suffix(i) == Some("s") {
            return Some(Core::new(i + 2, Some(years(y, y + 10))).takes_the());
        }
        if self.punct(i + 1, '-') && self.glued(i + 1) && self.glued(i + 2) {
            if let (Some(m), true) = (self.small_int(i + 2, 1..=12, 2), self.punct(i + 3, '-')) {
                if let Some(d) = self
                    .small_int(i + 4, 1..=31, 2)
                    .filter(|_| self.glued(i + 4))
                {
                    return Some(Core::new(i + 5, Some(day_in(y, m, d))).day());
                }
            }
            // "2016-17", "2016-2017"
            if let Some(t2) = self.tok(i + 2).filter(|t| t.class == Class::Num) {
                let y2 = match t2.plain_digits {
                    2 => Some((y / 100) * 100 + t2.value as i64),
                    4 => Some(t2.value as i64),
                    _ => None,
                };
                if let Some(y2) = y2.filter(|&y2| y2 > y && y2 - y < 10) {
                    return Some(Core::new(i + 3, Some(years(y, y2 + 1))));
                }
            }
        }
        Some(Core::new(i + 1, Some(year_range(y))))
    }

    /// "1990s": the year part of a decade.
    fn decade_at(&self, i: usize) -> Option<i64> {
        let t = self.tok(i)?;
        (t.class == Class::Num
            && t.plain_digits == 4
            && (1000.0..=2100.0).contains(&t.value)
            && t.value % 10.0 == 0.0
            && self.suffix(i) == Some("s"))
        .then_some(t.value as i64)
    }

    fn anchor_year(&self) -> Option<i64> {
        self.anchor.map(|a| civil_from_days(a).0)
    }

    /// The year a month named without one most likely belongs to: the latest one not after
    /// the publication month.
    fn implied_year(&self, month: u32) -> Option<(i64, u32)> {
        let (y, m, _) = civil_from_days(self.anchor?);
        Some((if month <= m { y } else { y - 1 }, month))
    }

    // ----- times -----

    fn time(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        let time_hit = |end: usize, minutes: Option<f64>| {
            let end = self.time_zone(end);
            Some(Hit {
                end,
                kind: MeasureKind::Time,
                range: minutes.map(clock),
            })
        };
        match t.lex {
            Some(Lex::Noon) => return time_hit(i + 1, Some(720.0)),
            Some(Lex::Midnight) => return time_hit(i + 1, Some(0.0)),
            Some(Lex::Tonight) => {
                let range = self.anchor.map(|a| day_range(a, a + 1));
                return Some(Hit {
                    end: i + 1,
                    kind: MeasureKind::Time,
                    range,
                });
            }
            Some(Lex::Qual(
                Qual::Just | Qual::About | Qual::Nearly | Qual::Almost | Qual::Within,
            )) => {
                // "just hours", "within minutes": a vague span of time.
                if let Some(Lex::TimeUnit(_, true)) = self.lex_next(i + 1) {
                    return Some(Hit {
                        end: i + 2,
                        kind: MeasureKind::Time,
                        range: None,
                    });
                }
                return None;
            }
            _ => {}
        }
        if t.class != Class::Num {
            return None;
        }
        let hour = self.small_int(i, 0..=24, 2)?;
        // 10:57 [AM] [IST]
        if self.punct(i + 1, ':') && self.glued(i + 1) && self.glued(i + 2) {
            let minute = self
                .small_int(i + 2, 0..=59, 2)
                .filter(|_| self.tok(i + 2).is_some_and(|t| t.plain_digits == 2))?;
            let mut end = i + 3;
            if self.punct(end, ':')
                && self.glued(end)
                && self.small_int(end + 1, 0..=59, 2).is_some()
            {
                end += 2;
            }
            let (end, pm) = self
                .meridiem(end)
                .map_or((end, None), |(e, pm)| (e, Some(pm)));
            let minutes = to_minutes(hour, minute, pm);
            return time_hit(end, minutes);
        }
        // 10 a.m., 10am
        if let Some((end, pm)) = self.meridiem(i + 1) {
            return time_hit(end, to_minutes(hour, 0, Some(pm)));
        }
        // 3 o'clock
        let apostrophe = matches!(
            self.tok(i + 2).map(|t| t.class),
            Some(Class::Punct('\'' | '’'))
        );
        if self.next_ok(i + 1)
            && self.word_is(i + 1, "o")
            && apostrophe
            && self.is_word(i + 3, W::Clock)
        {
            return time_hit(i + 4, to_minutes(hour, 0, None));
        }
        None
    }

    /// "a.m.", "p.m.", "AM", "pm" (spaced or glued) at `i`: the token after it and whether PM.
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        if !self.next_ok(i) {
            return None;
        }
        if let Some(Lex::Meridiem(pm)) = self.lex(i) {
            let end =
                if self.punct(i + 1, '.') && self.glued(i + 1) && self.dot_is_abbreviation(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
            return Some((end, pm));
        }
        let letter = self.text_of(i);
        let pm = match letter {
            "a" | "A" => false,
            "p" | "P" => true,
            _ => return None,
        };
        if self.punct(i + 1, '.')
            && self.glued(i + 1)
            && self.word_is(i + 2, "m")
            && self.glued(i + 2)
        {
            let end = if self.punct(i + 3, '.') && self.glued(i + 3) {
                i + 4
            } else {
                i + 3
            };
            return Some((end, pm));
        }
        None
    }

    /// A trailing "." belongs to the abbreviation unless it ends the sentence; either way the
    /// span keeps it ("7:31 p.m." as in OntoNotes), so this only matters for "AM." / "pm.".
    fn dot_is_abbreviation(&self, _i: usize) -> bool {
        false
    }

    fn time_zone(&self, end: usize) -> usize {
        if self.lex_next(end) == Some(Lex::TimeZone)
            && self.text_of(end).chars().all(|c| c.is_ascii_uppercase())
        {
            return end + 1;
        }
        end
    }

    // ----- numbers -----

    fn number(&self, i: usize) -> Option<Hit> {
        let (j, q) = self.qualifier(i);
        if j != i && !self.next_ok(j) {
            return None;
        }
        // Currency written before the amount: "$1.5 million", "₹900", "US$5", "Rs 900".
        let (j, currency) = match self.currency_prefix(j) {
            Some((after, c)) => (after, Some(c)),
            None => (j, None),
        };
        if currency.is_some() && !self.next_ok(j) {
            return None;
        }
        let mut amount = self.amount(j)?;
        if !self.is_countable_one(j, &amount) {
            return None;
        }
        let mut q = q;
        // "between 10 and 20", "10 to 20", "10-20", "two or three"
        if let Some(high) = self
            .range_tail(amount.end, q, currency.is_some())
            .filter(|h| h.high > amount.low)
        {
            amount = Amount {
                end: high.end,
                low: amount.low,
                high: high.high,
                vague: false,
                year_like: false,
            };
            if matches!(q, Q::Between | Q::From) {
                q = Q::None;
            }
        } else if matches!(q, Q::Between | Q::From) {
            return None;
        }
        let k = amount.end;
        let mut hit = self.unit_tail(k, amount, q, currency)?;
        // "or more", "or so"
        if self.word_next(hit.end, W::Or) {
            let after = self.lex_next(hit.end + 1);
            let post = match after {
                Some(Lex::Qual(Qual::More)) => Some(Q::AtLeast),
                Some(Lex::Word(W::So)) => Some(Q::About),
                _ => None,
            };
            if let (Some(post), Some(range)) = (post, hit.range.as_mut()) {
                apply_qualifier(range, amount.low, amount.high, post);
                hit.end += 2;
            }
        }
        Some(hit)
    }

    /// After the amount: the unit decides the label.
    fn unit_tail(
        &self,
        k: usize,
        amount: Amount,
        q: Q,
        currency: Option<&'static str>,
    ) -> Option<Hit> {
        let number_range = |unit: Option<&str>| {
            let mut r = Range {
                low: Some(amount.low),
                high: Some(amount.high),
                unit: unit.map(str::to_string),
                low_open: false,
                high_open: amount.vague,
                approximate: amount.vague,
                year_implied: false,
            };
            apply_qualifier(&mut r, amount.low, amount.high, q);
            Some(r)
        };
        if let Some(c) = currency {
            // "$5bn", "$5 million" (scale words are in the amount already), "₹300/Month" stays ₹300.
            let mut end = k;
            let mut scale = 1.0;
            if let Some(s) = self.suffix(k - 1) {
                match money_suffix(s) {
                    Some(x) => {
                        scale = x;
                        end += 1;
                    }
                    None => return None,
                }
            }
            let mut r = number_range(Some(c))?;
            scale_range(&mut r, scale);
            return Some(Hit {
                end,
                kind: MeasureKind::Money,
                range: Some(r),
            });
        }
        // A glued suffix: "1990s" is a date (handled there), "2nd" an ordinal, "5km" a quantity.
        if let Some(s) = self
            .suffix(k - 1)
            .filter(|_| self.tok(k - 1).is_some_and(|t| t.class == Class::Num))
        {
            if let Some(Lex::Unit(u)) = lookup(s) {
                return Some(Hit {
                    end: k + 1,
                    kind: MeasureKind::Quantity,
                    range: number_range(Some(u)),
                });
            }
            if let Some(x) = money_suffix(s).filter(|_| {
                self.lex_next(k + 1)
                    .is_some_and(|l| matches!(l, Lex::Currency(_)))
            }) {
                // "5bn dollars"
                let Some(Lex::Currency(c)) = self.lex(k + 1) else {
                    return None;
                };
                let mut r = number_range(Some(c))?;
                scale_range(&mut r, x);
                return Some(Hit {
                    end: k + 2,
                    kind: MeasureKind::Money,
                    range: Some(r),
                });
            }
            return None;
        }
        if self.punct(k, '%') {
            return Some(Hit {
                end: k + 1,
                kind: MeasureKind::Percent,
                range: number_range(Some("%")),
            });
        }
        let next = self.lex_next(k);
        match next {
            Some(Lex::Percent) => {
                return Some(Hit {
                    end: k + 1,
                    kind: MeasureKind::Percent,
                    range: number_range(Some("%")),
                })
            }
            Some(Lex::Word(W::Per)) if self.lex_next(k + 1) == Some(Lex::Word(W::Cent)) => {
                return Some(Hit {
                    end: k + 2,
                    kind: MeasureKind::Percent,
                    range: number_range(Some("%")),
                })
            }
            Some(Lex::Word(W::Percentage)) if self.lex_next(k + 1) == Some(Lex::Word(W::Point)) => {
                return Some(Hit {
                    end: k + 2,
                    kind: MeasureKind::Percent,
                    range: number_range(Some("pp")),
                })
            }
            Some(Lex::Currency(c)) => {
                let mut end = k + 1;
                if c == "£" && self.word_next(end, W::Sterling) {
                    end += 1;
                }
                // "pounds" of weight has no sign to tell it apart; news money is likelier.
                let mut r = number_range(Some(c));
                if c == "¢" {
                    if let Some(r) = r.as_mut() {
                        r.unit = Some("$".into());
                        scale_range(r, 0.01);
                    }
                }
                return Some(Hit {
                    end,
                    kind: MeasureKind::Money,
                    range: r,
                });
            }
            Some(Lex::Unit(u)) => {
                return Some(Hit {
                    end: k + 1,
                    kind: MeasureKind::Quantity,
                    range: number_range(Some(u)),
                })
            }
            Some(Lex::Word(W::Square | W::Cubic)) => {
                if let Some(Lex::Unit(u)) = self.lex_next(k + 1) {
                    return Some(Hit {
                        end: k + 2,
                        kind: MeasureKind::Quantity,
                        range: number_range(Some(u)),
                    });
                }
            }
            Some(Lex::DateUnit(unit, _)) => {
                let mut end = k + 1;
                // "two years old" (an age is a DATE in OntoNotes), "three weeks ago"
                if self.word_next(end, W::Old) {
                    end += 1;
                }
                if self.word_next(end, W::Ago) {
                    let range = self.anchor.map(|a| {
                        let d = a - (unit_days(unit) * amount.low).round() as i64;
                        widen(day_range(d, d + 1), unit)
                    });
                    return Some(Hit {
                        end: end + 1,
                        kind: MeasureKind::Date,
                        range,
                    });
                }
                return Some(Hit {
                    end,
                    kind: MeasureKind::Date,
                    range: number_range(Some(unit.name())),
                });
            }
            Some(Lex::TimeUnit(unit, _)) => {
                return Some(Hit {
                    end: k + 1,
                    kind: MeasureKind::Time,
                    range: number_range(Some(unit)),
                })
            }
            _ => {}
        }
        // "10-year" (a 10-year bond), "45-year-old"
        if self.punct(k, '-') && self.glued(k) && self.glued(k + 1) {
            if let Some(Lex::DateUnit(unit, false)) = self.lex(k + 1) {
                let mut end = k + 2;
                if self.punct(end, '-') && self.glued(end) && self.is_word(end + 1, W::Old) {
                    end += 2;
                }
                return Some(Hit {
                    end,
                    kind: MeasureKind::Date,
                    range: number_range(Some(unit.name())),
                });
            }
        }
        if amount.year_like && q == Q::None {
            return None; // left to the date rule
        }
        Some(Hit {
            end: k,
            kind: MeasureKind::Cardinal,
            range: number_range(None),
        })
    }

    /// "one" is a pronoun as often as a number: "no one", "the one who", "one another".
    fn is_countable_one(&self, i: usize, amount: &Amount) -> bool {
        if self.lex(i) != Some(Lex::Number(1.0)) || amount.end != i + 1 {
            return true;
        }
        let before = i.checked_sub(1).and_then(|p| self.lex(p));
        let pronoun_before = matches!(
            before,
            Some(Lex::Word(
                W::No | W::The | W::Any | W::Each | W::Every | W::Which | W::That | W::Another
            )) | Some(Lex::Relative(Rel::This))
        );
        let pronoun_after =
            self.word_next(i + 1, W::Another) || self.punct(i + 1, '\'') || self.punct(i + 1, '’');
        !(pronoun_before || pronoun_after)
    }

    /// Qualifier words at `i`: the token after them and their effect.
    fn qualifier(&self, i: usize) -> (usize, Q) {
        let at = |k: usize| self.lex_next(k);
        let first = self.lex(i);
        let two = |w: W| at(i + 1) == Some(Lex::Word(w));
        match first {
            Some(Lex::Qual(Qual::More)) | Some(Lex::Word(W::Excess)) if two(W::Than) => {
                (i + 2, Q::More)
            }
            Some(Lex::Qual(Qual::Less | Qual::Fewer)) if two(W::Than) => (i + 2, Q::Less),
            Some(Lex::Qual(Qual::Over | Qual::Above)) => (i + 1, Q::More),
            Some(Lex::Qual(Qual::Under | Qual::Below)) => (i + 1, Q::Less),
            Some(Lex::Qual(Qual::Upwards)) if two(W::Of) => (i + 2, Q::More),
            Some(Lex::Word(W::In)) if two(W::Excess) && at(i + 2) == Some(Lex::Word(W::Of)) => {
                (i + 3, Q::More)
            }
            Some(Lex::Word(W::At)) if two(W::Least) => (i + 2, Q::AtLeast),
            Some(Lex::Word(W::At)) if two(W::Most) => (i + 2, Q::AtMost),
            Some(Lex::Word(W::Up)) if two(W::To) => (i + 2, Q::AtMost),
            Some(Lex::Word(W::No)) => match (at(i + 1), at(i + 2)) {
                (Some(Lex::Qual(Qual::More)), Some(Lex::Word(W::Than))) => (i + 3, Q::AtMost),
                (Some(Lex::Qual(Qual::Less | Qual::Fewer)), Some(Lex::Word(W::Than))) => {
                    (i + 3, Q::AtLeast)
                }
                _ => (i, Q::None),
            },
            Some(Lex::Word(W::As)) => match (at(i + 1), at(i + 2)) {
                (Some(Lex::Word(W::Many | W::Much)), Some(Lex::Word(W::As))) => (i + 3, Q::AtMost),
                (Some(Lex::Word(W::Few | W::Little)), Some(Lex::Word(W::As))) => {
                    (i + 3, Q::AtLeast)
                }
                _ => (i, Q::None),
            },
            Some(Lex::Qual(Qual::Just | Qual::Well)) => match at(i + 1) {
                Some(Lex::Qual(Qual::Over | Qual::Above)) => (i + 2, Q::More),
                Some(Lex::Qual(Qual::Under | Qual::Below)) => (i + 2, Q::Less),
                Some(Lex::Qual(Qual::More)) if at(i + 2) == Some(Lex::Word(W::Than)) => {
                    (i + 3, Q::More)
                }
                _ => (i, Q::None),
            },
            Some(Lex::Qual(
                Qual::About | Qual::Around | Qual::Approximately | Qual::Roughly | Qual::Some,
            )) => (i + 1, Q::About),
            Some(Lex::Qual(Qual::Close)) if two(W::To) => (i + 2, Q::About),
            Some(Lex::Word(W::An)) if at(i + 1) == Some(Lex::Qual(Qual::Estimated)) => {
                (i + 2, Q::About)
            }
            Some(Lex::Qual(Qual::Nearly | Qual::Almost)) => (i + 1, Q::Nearly),
            Some(Lex::Word(W::Between)) => (i + 1, Q::Between),
            Some(Lex::Word(W::From)) => (i + 1, Q::From),
            _ => (i, Q::None),
        }
    }

    fn currency_prefix(&self, i: usize) -> Option<(usize, &'static str)> {
        let t = self.tok(i)?;
        let sign = |c: char| -> Option<&'static str> {
            Some(match c {
                '$' => "$",
                '€' => "€",
                '£' => "£",
                '¥' => "¥",
                '₹' => "₹",
                '₩' => "₩",
                '₽' => "₽",
                '₺' => "₺",
                '₪' => "₪",
                '₦' => "₦",
                '₫' => "₫",
                '฿' => "฿",
                '₴' => "₴",
                '₱' => "₱",
                _ => return None,
            })
        };
        match t.class {
            Class::Punct(c) => {
                let unit = sign(c)?;
                self.glued(i + 1)
                    .then_some((i + 1, unit))
                    .or_else(|| self.next_ok(i + 1).then_some((i + 1, unit)))
            }
            Class::Alpha => {
                // "US$5", "C$10", "HK$3", "R$2"
                if self.punct(i + 1, '$') && self.glued(i + 1) && t.capitalised {
                    let unit = match self.text_of(i) {
                        "US" | "U.S" => "$",
                        "C" | "CA" => "c$",
                        "A" | "AU" => "a$",
                        "HK" => "hk$",
                        "S" => "s$",
                        "NZ" => "nz$",
                        "R" => "r$",
                        _ => return None,
                    };
                    return Some((i + 2, unit));
                }
                let Some(Lex::CurrencyPrefix(unit)) = t.lex else {
                    return None;
                };
                // Codes are written in capitals ("USD", "Rs"); "rs" in running text is not one.
                if !t.capitalised {
                    return None;
                }
                let mut j = i + 1;
                if self.punct(j, '.') && self.glued(j) {
                    j += 1;
                }
                self.tok(j)
                    .is_some_and(|t| t.class == Class::Num)
                    .then_some((j, unit))
            }
            Class::Num => None,
        }
    }

    /// A number at `i`: digits with scale words ("1.5 million"), number words ("twenty-one",
    /// "two hundred"), "a dozen", or a vague count ("thousands", "tens of thousands").
    fn amount(&self, i: usize) -> Option<Amount> {
        let t = self.tok(i)?;
        match (t.class, t.lex) {
            (Class::Num, _) => {
                if !t.value.is_finite() {
                    return None;
                }
                // "2nd" and "1990s" are not amounts; "5bn"/"5km" are checked by the unit rule.
                if let Some(s) = self.suffix(i) {
                    if is_ordinal_suffix(s)
                        || s == "s"
                        || matches!(lookup(s), Some(Lex::Meridiem(_)))
                    {
                        return None;
                    }
                }
                // A clock time or a ratio ("10:57", "3:1") is not an amount.
                if self.punct(i + 1, ':') && self.glued(i + 1) && self.glued(i + 2) {
                    return None;
                }
                let (end, value) = self.scales(i + 1, t.value);
                let year_like =
                    end == i + 1 && t.plain_digits == 4 && (1000.0..=2100.0).contains(&t.value);
                Some(Amount {
                    end,
                    low: value,
                    high: value,
                    vague: false,
                    year_like,
                })
            }
            (Class::Alpha, Some(Lex::Number(n))) => {
                let mut value = n;
                let mut end = i + 1;
                // "twenty-one"
                if n >= 20.0 && self.punct(end, '-') && self.glued(end) && self.glued(end + 1) {
                    if let Some(Lex::Number(u)) = self.lex(end + 1).filter(|_| true) {
                        if u < 10.0 && u > 0.0 {
                            value += u;
                            end += 2;
                        }
                    }
                }
                let (end, value) = self.scales(end, value);
                Some(Amount {
                    end,
                    low: value,
                    high: value,
                    vague: false,
                    year_like: false,
                })
            }
            (Class::Alpha, Some(Lex::Word(W::A | W::An))) => {
                let Some(Lex::Scale(s)) = self.lex_next(i + 1) else {
                    return None;
                };
                let (end, value) = self.scales(i + 2, s);
                Some(Amount {
                    end,
                    low: value,
                    high: value,
                    vague: false,
                    year_like: false,
                })
            }
            (Class::Alpha, Some(Lex::Vague(lo, hi))) => {
                // "tens of thousands", "hundreds of millions"
                if self.word_next(i + 1, W::Of) {
                    if let Some(Lex::Vague(lo2, _)) = self.lex_next(i + 2) {
                        let base = lo2 / 2.0;
                        return Some(Amount {
                            end: i + 3,
                            low: lo * base,
                            high: hi * base,
                            vague: true,
                            year_like: false,
                        });
                    }
                }
                Some(Amount {
                    end: i + 1,
                    low: lo,
                    high: hi,
                    vague: true,
                    year_like: false,
                })
            }
            _ => None,
        }
    }

    /// Scale words after a number: "1.5 million", "two hundred thousand".
    fn scales(&self, mut end: usize, mut value: f64) -> (usize, f64) {
        while let Some(Lex::Scale(s)) = self.lex_next(end) {
            value *= s;
            end += 1;
        }
        (end, value)
    }

    /// The high end of "10 to 20", "10-20", "between 10 and 20", "two or three", "$5 to $7".
    fn range_tail(&self, end: usize, q: Q, money: bool) -> Option<Amount> {
        let joiner_ok = match q {
            Q::Between => self.word_next(end, W::And),
            Q::From => self.word_next(end, W::To),
            _ => {
                self.word_next(end, W::To)
                    || (self.punct(end, '-') || self.punct(end, '–'))
                        && self.glued(end)
                        && self.glued(end + 1)
            }
        };
        if !joiner_ok || !self.next_ok(end + 1) {
            return None;
        }
        let mut j = end + 1;
        if money {
            if let Some((after, _)) = self.currency_prefix(j) {
                j = after;
            }
        }
        let high = self.amount(j)?;
        if high.vague || high.end == j {
            return None;
        }
        // The caller checks that the range runs upward: "3-2" is a score, not a range.
        Some(high)
    }

    // ----- ordinals -----

    fn ordinal(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        let range = |n: f64| {
            Some(Range {
                low: Some(n),
                high: Some(n),
                unit: None,
                low_open: false,
                high_open: false,
                approximate: false,
                year_implied: false,
            })
        };
        match (t.class, t.lex) {
            (Class::Alpha, Some(Lex::Ordinal(n))) => {
                // "a third party" is an idiom; "30 seconds" is a unit; "a second" alone is time.
                if n == 3 && self.word_next(i + 1, W::Party) {
                    return None;
                }
                if n == 2
                    && !self
                        .tok(i + 1)
                        .is_some_and(|t| t.class == Class::Alpha && !t.line_break)
                {
                    return None;
                }
                Some(Hit {
                    end: i + 1,
                    kind: MeasureKind::Ordinal,
                    range: range(f64::from(n)),
                })
            }
            (Class::Num, _) => {
                let s = self.suffix(i)?;
                is_ordinal_suffix(s).then(|| Hit {
                    end: i + 2,
                    kind: MeasureKind::Ordinal,
                    range: range(t.value),
                })
            }
            _ => None,
        }
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

/// "5bn", "5m", "5k" after a currency amount.
fn money_suffix(s: &str) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" | "million" => 1e6,
        "b" | "B" | "bn" | "bln" | "billion" => 1e9,
        "tn" | "trillion" => 1e12,
        _ => return None,
    })
}

fn scale_range(r: &mut Range, by: f64) {
    r.low = r.low.map(|x| x * by);
    r.high = r.high.map(|x| x * by);
}

fn apply_qualifier(r: &mut Range, low: f64, high: f64, q: Q) {
    let (l, h) = (r.low.unwrap_or(low), r.high.unwrap_or(high));
    let _ = (low, high);
    match q {
        Q::None | Q::Between | Q::From => {}
        Q::More => {
            *r = Range {
                low: Some(h),
                high: None,
                low_open: true,
                high_open: false,
                ..r.clone()
            };
        }
        Q::AtLeast => {
            *r = Range {
                low: Some(l),
                high: None,
                high_open: false,
                ..r.clone()
            }
        }
        Q::Less => {
            *r = Range {
                low: None,
                high: Some(l),
                high_open: true,
                low_open: false,
                ..r.clone()
            }
        }
        Q::AtMost => {
            *r = Range {
                low: None,
                high: Some(h),
                low_open: false,
                ..r.clone()
            }
        }
        Q::About => {
            *r = Range {
                low: Some(l * 0.9),
                high: Some(h * 1.1),
                approximate: true,
                ..r.clone()
            };
        }
        Q::Nearly => {
            *r = Range {
                low: Some(l * 0.9),
                high: Some(h),
                high_open: true,
                approximate: true,
                ..r.clone()
            };
        }
    }
}

fn clock(minutes: f64) -> Range {
    Range {
        low: Some(minutes),
        high: Some(minutes),
        unit: Some("clock".into()),
        low_open: false,
        high_open: false,
        approximate: false,
        year_implied: false,
    }
}

fn to_minutes(hour: u32, minute: u32, pm: Option<bool>) -> Option<f64> {
    let hour = match pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        Some(_) if hour > 12 => return None,
        _ => hour,
    };
    (hour <= 24).then_some(f64::from(hour * 60 + minute))
}

fn day_range(low: i64, high: i64) -> Range {
    Range {
        low: Some(low as f64),
        high: Some(high as f64),
        unit: Some("date".into()),
        low_open: false,
        high_open: true,
        approximate: false,
        year_implied: false,
    }
}

fn day_in(year: i64, month: u32, day: u32) -> Range {
    let day = day.min(month_len(year, month));
    let d = days_from_civil(year, month, day);
    day_range(d, d + 1)
}

fn month_after(year: i64, month: u32) -> i64 {
    if month >= 12 {
        days_from_civil(year + 1, month - 11, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    }
}

fn month_range(year: i64, month: u32) -> Range {
    day_range(days_from_civil(year, month, 1), month_after(year, month))
}

fn year_range(year: i64) -> Range {
    years(year, year + 1)
}

fn years(from: i64, to: i64) -> Range {
    day_range(days_from_civil(from, 1, 1), days_from_civil(to, 1, 1))
}

/// Meteorological seasons: three months from `first_month` (winter runs into the next year).
fn season_range(year: i64, first_month: u32) -> Range {
    let start = days_from_civil(year, first_month, 1);
    let (end_year, end_month) = if first_month + 3 > 12 {
        (year + 1, first_month + 3 - 12)
    } else {
        (year, first_month + 3)
    };
    day_range(start, days_from_civil(end_year, end_month, 1))
}

fn unit_days(unit: DateUnit) -> f64 {
    match unit {
        DateUnit::Day => 1.0,
        DateUnit::Week => 7.0,
        DateUnit::Weekend => 7.0,
        DateUnit::Month => 30.44,
        DateUnit::Quarter => 91.31,
        DateUnit::Year => 365.25,
        DateUnit::Decade => 3652.5,
        DateUnit::Century => 36525.0,
    }
}

/// "the past 12 months" (ending at the anchor) or "the next two weeks" (starting there).
fn span_around(anchor: i64, rel: Rel, days: f64) -> Range {
    let days = days.round() as i64;
    match rel {
        Rel::Next | Rel::Coming | Rel::Following => day_range(anchor, anchor + days + 1),
        _ => day_range(anchor - days, anchor + 1),
    }
}

/// The calendar week/month/year containing the anchor, shifted by `shift` units.
fn calendar_unit(anchor: i64, unit: DateUnit, shift: i64) -> Option<Range> {
    let (y, m, _) = civil_from_days(anchor);
    Some(match unit {
        DateUnit::Day => day_range(anchor + shift, anchor + shift + 1),
        DateUnit::Week | DateUnit::Weekend => {
            let monday = anchor - i64::from(weekday(anchor)) + 7 * shift;
            if unit == DateUnit::Weekend {
                day_range(monday + 5, monday + 7)
            } else {
                day_range(monday, monday + 7)
            }
        }
        DateUnit::Month => {
            let index = y * 12 + i64::from(m) - 1 + shift;
            month_range(index.div_euclid(12), (index.rem_euclid(12) + 1) as u32)
        }
        DateUnit::Quarter => {
            let index = y * 4 + (i64::from(m) - 1) / 3 + shift;
            let (qy, q) = (index.div_euclid(4), index.rem_euclid(4) as u32);
            day_range(
                days_from_civil(qy, 3 * q + 1, 1),
                month_after(qy, 3 * q + 3),
            )
        }
        DateUnit::Year => year_range(y + shift),
        DateUnit::Decade => {
            let d = (y.div_euclid(10) + shift) * 10;
            years(d, d + 10)
        }
        DateUnit::Century => return None,
    })
}

/// "two years ago" is a point, read loosely as the month (or year) around it.
fn widen(r: Range, unit: DateUnit) -> Range {
    let Some(day) = r.low else { return r };
    let (y, m, _) = civil_from_days(day as i64);
    match unit {
        DateUnit::Day => r,
        DateUnit::Week | DateUnit::Weekend => day_range(day as i64 - 3, day as i64 + 4),
        DateUnit::Month | DateUnit::Quarter => month_range(y, m),
        _ => year_range(y),
    }
}

/// "Wednesday night" is the last quarter of Wednesday: day numbers with a fraction.
fn narrow_to_part_of_day(r: Range, word: &str) -> Range {
    let (from, to) = match word.to_ascii_lowercase().as_str() {
        "morning" => (0.25, 0.5),
        "afternoon" => (0.5, 0.75),
        "evening" | "night" => (0.75, 1.0),
        _ => return r, // "overnight" spans two days
    };
    match r.low {
        Some(day) => Range {
            low: Some(day + from),
            high: Some(day + to),
            ..r
        },
        None => r,
    }
}

/// "early", "mid" and "late" take a third of the period; "the end of" the last third.
fn part_of(r: Range, m: Mod) -> Range {
    let (Some(low), Some(high)) = (r.low, r.high) else {
        return r;
    };
    if r.unit.as_deref() != Some("date") {
        return r;
    }
    let (low, high) = (low as i64, high as i64);
    let third = (high - low + 2) / 3;
    let (l, h) = match m {
        Mod::Early => (low, low + third),
        Mod::Mid => (low + third, high - third),
        Mod::Late => (high - third, high),
        Mod::Vague => (low, high),
    };
    Range {
        low: Some(l as f64),
        high: Some(h.max(l + 1) as f64),
        ..r
    }
}
