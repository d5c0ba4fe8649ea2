//! Relative dates, read against the publication day: "last year", "the past two weeks",
//! "next Monday", "this morning", "three days ago", "the first week of May".

use super::super::MeasureKind;
use super::ranges::{
    after_previous, calendar_unit, day_range, month_after, month_range, season_range, span_around,
    unit_days, widen,
};
use super::{Class, Core, Scanner};
use crate::measure::calendar::{civil_from_days, days_from_civil, weekday};
use crate::measure::lexicon::{DateUnit, Lex, Mod, Rel, W};
use crate::measure::Range;

impl Scanner<'_> {
    /// A relative word (`rel`, at `i`) and what it shifts: "the past two years", "last year",
    /// "recent months", "next Monday", "last summer", "this morning". `after_the`: "the" stands
    /// before it.
    pub(super) fn relative(&self, i: usize, rel: Rel, after_the: bool) -> Option<Core> {
        let next = self.lex_next(i + 1)?;
        if after_the || matches!(rel, Rel::Past | Rel::Last | Rel::Next | Rel::Coming) {
            if let Some(core) = self.relative_count(i, rel) {
                return Some(core);
            }
        }
        match next {
            Lex::DateUnit(_, true) => self.relative_units(i, rel, after_the),
            Lex::DateUnit(unit, false) if after_the => Some(self.relative_the_unit(i, rel, unit)),
            Lex::DateUnit(unit, false) => self.relative_calendar_unit(i, rel, unit),
            Lex::Month(m) | Lex::MonthAbbr(m) if self.capitalised(i + 1) && !after_the => {
                self.relative_month(i, rel, m)
            }
            Lex::Weekday(d) if self.capitalised(i + 1) && !after_the => {
                self.relative_weekday(i, rel, d)
            }
            Lex::Season(m) if !after_the => {
                let shift = calendar_shift(rel)?;
                let range = self.anchor_year().map(|y| season_range(y + shift, m));
                Some(Core::new(i + 2, range).relative())
            }
            Lex::PartOfDay
                if after_the && matches!(rel, Rel::Next | Rel::Following | Rel::Previous) =>
            {
                // "the next morning", "the previous evening": a time on the day after (or
                // before) the date the text gave last.
                let days = if rel == Rel::Previous { -1.0 } else { 1.0 };
                Some(Core {
                    kind: MeasureKind::Time,
                    ..Core::new(i + 2, Some(after_previous(days)))
                        .takes_the()
                        .relative()
                })
            }
            Lex::PartOfDay if matches!(rel, Rel::This | Rel::Last) && !after_the => {
                // "this morning", "last night": TIME on the publication day (or the one before).
                let back = if rel == Rel::Last { 1 } else { 0 };
                let range = self.anchor.map(|a| day_range(a - back, a - back + 1));
                Some(Core {
                    kind: MeasureKind::Time,
                    ..Core::new(i + 2, range).relative()
                })
            }
            _ => None,
        }
    }

    /// "the past two years", "the last 12 months", "next three weeks": a count of units
    /// ending (or starting) at the publication day.
    fn relative_count(&self, i: usize, rel: Rel) -> Option<Core> {
        let amount = self
            .amount(i + 1)
            .filter(|a| self.next_ok(i + 1) && !a.vague)?;
        let Some(Lex::DateUnit(unit, true)) = self.lex_next(amount.end) else {
            return None;
        };
        let n = amount.low;
        let range = self
            .anchor
            .map(|a| span_around(a, rel, unit_days(unit) * n));
        Some(Core::new(amount.end + 1, range).takes_the().relative())
    }

    /// "recent years", "the final months [of the campaign]", "the past days": about the last
    /// three years when the word looks back, else no range.
    fn relative_units(&self, i: usize, rel: Rel, after_the: bool) -> Option<Core> {
        if !(after_the || rel == Rel::Recent) {
            return None;
        }
        let range = match rel {
            Rel::Recent | Rel::Past | Rel::Last => {
                self.anchor.map(|a| day_range(a - 3 * 365, a + 1))
            }
            _ => None,
        };
        let end = self.of_complement(i + 2);
        Some(Core::new(end, range).takes_the().relative())
    }

    /// "the last year" is the twelve months before publication; "the following day" is
    /// relative to an event we don't know, so it has no range.
    fn relative_the_unit(&self, i: usize, rel: Rel, unit: DateUnit) -> Core {
        let range = match rel {
            Rel::Last | Rel::Past => self
                .anchor
                .map(|a| span_around(a, Rel::Past, unit_days(unit))),
            // "the following day", "the next day", "the previous day": told from the date the
            // text gave last, not from the publication day.
            Rel::Following | Rel::Next if unit == DateUnit::Day => Some(after_previous(1.0)),
            Rel::Previous if unit == DateUnit::Day => Some(after_previous(-1.0)),
            _ => None,
        };
        let end = if matches!(rel, Rel::Final | Rel::Following | Rel::Previous) {
            self.of_complement(i + 2)
        } else {
            i + 2
        };
        Core::new(end, range).takes_the().relative()
    }

    /// "last year", "next week", "this month": the calendar unit before, at or after the
    /// publication day.
    fn relative_calendar_unit(&self, i: usize, rel: Rel, unit: DateUnit) -> Option<Core> {
        let shift = if rel == Rel::Following {
            1
        } else {
            calendar_shift(rel)?
        };
        let range = self.anchor.and_then(|a| calendar_unit(a, unit, shift));
        Some(Core::new(i + 2, range).relative())
    }

    /// "last October", "next March": the nearest such month before or after publication.
    fn relative_month(&self, i: usize, rel: Rel, month: u32) -> Option<Core> {
        let shift = calendar_shift(rel)?;
        let range = self.anchor.map(|a| {
            let (y, anchor_month, _) = civil_from_days(a);
            let year = match shift {
                -1 if month < anchor_month => y,
                -1 => y - 1,
                0 => y,
                _ if month > anchor_month => y,
                _ => y + 1,
            };
            month_range(year, month)
        });
        Some(Core::new(i + 2, range).relative())
    }

    /// "last Monday", "this Friday", "next Tuesday": one day, counted from the publication
    /// day's week.
    fn relative_weekday(&self, i: usize, rel: Rel, day_of_week: u32) -> Option<Core> {
        let shift = calendar_shift(rel)?;
        let range = self.anchor.map(|a| {
            let back = (i64::from(weekday(a)) - i64::from(day_of_week)).rem_euclid(7);
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

    /// "of the campaign", "of 2016", "of the year" after a relative period.
    pub(super) fn of_complement(&self, end: usize) -> usize {
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
    pub(super) fn of_complement_any(&self, at: usize) -> usize {
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
    pub(super) fn ordinal_period(&self, i: usize, n: u32) -> Option<Core> {
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
    pub(super) fn ago(&self, i: usize) -> Option<Core> {
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
            // "a day later", "a week earlier": told from the date the text gave last.
            Some(Lex::Modifier(Mod::Vague)) => {
                let range = whole_days(unit, 1.0).and_then(|d| self.later_or_earlier(i + 2, d));
                Some(Core::new(i + 3, range).relative())
            }
            _ => None,
        }
    }
}

impl Scanner<'_> {
    /// "later" or "earlier" at `at`, after `days` of time ("two days later", "about 12 hours
    /// later", "a week earlier"): a date told from the one before it.
    pub(super) fn later_or_earlier(&self, at: usize, days: f64) -> Option<Range> {
        if self.lex_next(at)? != Lex::Modifier(Mod::Vague) {
            return None;
        }
        let sign = if self.text_of(at).eq_ignore_ascii_case("earlier") {
            -1.0
        } else {
            1.0
        };
        Some(after_previous(sign * days))
    }
}

/// The days in `n` of `unit`, for a date told from another: days and weeks only, since a month
/// or a year is no exact number of days ("two months later" is no day).
pub(super) fn whole_days(unit: DateUnit, n: f64) -> Option<f64> {
    matches!(unit, DateUnit::Day | DateUnit::Week).then(|| n * unit_days(unit))
}

/// How many calendar units a relative word moves: "last" -1, "this" 0, "next" +1; `None`
/// for words that name no calendar unit on their own ("recent", "final", "following").
fn calendar_shift(rel: Rel) -> Option<i64> {
    match rel {
        Rel::Last | Rel::Previous | Rel::Past => Some(-1),
        Rel::This => Some(0),
        Rel::Next | Rel::Coming => Some(1),
        _ => None,
    }
}
