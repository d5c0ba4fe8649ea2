//! Date rules: month dates ("October 25, 2017", "25 Oct"), weekdays, seasons, digit-only
//! dates ("10/26/2017", "2016-17", "1990s") and the calendar ranges they stand for.

use super::super::MeasureKind;
use super::ranges::{
    day_in, day_range, half_of, month_range, narrow_to_part_of_day, part_of, season_range,
    year_range, years,
};
use super::{is_ordinal_suffix, Class, Core, Hit, Scanner};
use crate::measure::calendar::{civil_from_days, weekday};
use crate::measure::lexicon::{DateUnit, Lex, Mod, Rel, W};

impl Scanner<'_> {
    pub(super) fn date(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let the = self.is_word(j, W::The);
        if the {
            j += 1;
        }
        // "the end of", "the beginning of", "the first half of"
        let mut edge: Option<Mod> = None;
        // "the first half of" (true) or "the second half of" (false).
        let mut half: Option<bool> = None;
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
                half = Some(n == 1);
                j += 3;
            }
            if (edge.is_some() || half.is_some()) && self.word_next(j, W::The) {
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
        let core = self.date_core(
            j,
            the && edge.is_none() && half.is_none() && modifier.is_none(),
        )?;
        if the && !core.takes_the && edge.is_none() && half.is_none() {
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
        if let Some(first) = half {
            range = range.map(|r| half_of(r, first));
        }
        Some(Hit {
            end: core.end,
            kind: core.kind,
            range,
            relative: core.relative,
        })
    }

    pub(super) fn date_core(&self, i: usize, after_the: bool) -> Option<Core> {
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

    pub(super) fn ordinal_suffix_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Num)
            && self.suffix(i).is_some_and(is_ordinal_suffix)
    }

    pub(super) fn date_word(&self, i: usize, lex: Lex, after_the: bool) -> Option<Core> {
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
    pub(super) fn part_of_day(&self, core: Core) -> Core {
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

    pub(super) fn month_date(&self, i: usize, month: u32, abbreviated: bool) -> Option<Core> {
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

    pub(super) fn date_context_before(&self, i: usize) -> bool {
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

    pub(super) fn weekday_date(&self, i: usize, wd: u32) -> Option<Core> {
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

    pub(super) fn season(&self, i: usize, first_month: u32, after_the: bool) -> Option<Core> {
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

    /// Digits-only dates: years, "2016-17", "1990s", "10/26/2017", "2017-10-26", "25 October 2017".
    pub(super) fn numeric_date(&self, i: usize) -> Option<Core> {
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
        // "25 October 2017", "25th of October", and a wire's stamp "9-MAR-1987"
        if let Some(day) = self.small_int(i, 1..=31, 2) {
            let mut j = i + 1;
            let stamp = self.punct(j, '-') && self.glued(j) && self.glued(j + 1);
            if stamp {
                j += 1;
                let hyphen_year = self.punct(j + 1, '-') && self.glued(j + 1) && self.glued(j + 2);
                let Some((Lex::Month(m) | Lex::MonthAbbr(m), y)) =
                    self.lex(j).zip(self.year_at(j + 2).filter(|_| hyphen_year))
                else {
                    return None;
                };
                return Some(Core::new(j + 3, Some(day_in(y, m, day))).day());
            }
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
    pub(super) fn decade_at(&self, i: usize) -> Option<i64> {
        let t = self.tok(i)?;
        (t.class == Class::Num
            && t.plain_digits == 4
            && (1000.0..=2100.0).contains(&t.value)
            && t.value % 10.0 == 0.0
            && self.suffix(i) == Some("s"))
        .then_some(t.value as i64)
    }

    pub(super) fn anchor_year(&self) -> Option<i64> {
        self.anchor.map(|a| civil_from_days(a).0)
    }

    /// The year a month named without one most likely belongs to: the latest one not after
    /// the publication month.
    pub(super) fn implied_year(&self, month: u32) -> Option<(i64, u32)> {
        let (y, m, _) = civil_from_days(self.anchor?);
        Some((if month <= m { y } else { y - 1 }, month))
    }
}
