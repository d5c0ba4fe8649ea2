//! The ranges the rules return: days, months, years and seasons as day numbers, spans around
//! the publication day, clock minutes, and the widening and narrowing a modifier applies
//! ("early May", "Wednesday night").

use crate::measure::calendar::{civil_from_days, days_from_civil, month_len, weekday};
use crate::measure::lexicon::{DateUnit, Mod, Rel};
use crate::measure::Range;

pub(super) fn clock(minutes: f64) -> Range {
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

pub(super) fn to_minutes(hour: u32, minute: u32, pm: Option<bool>) -> Option<f64> {
    let hour = match pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        Some(_) if hour > 12 => return None,
        _ => hour,
    };
    (hour <= 24).then_some(f64::from(hour * 60 + minute))
}

pub(super) fn day_range(low: i64, high: i64) -> Range {
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

/// A date `days` after the one the text gave before it ([`crate::measure::AFTER_PREVIOUS`]).
pub(super) fn after_previous(days: f64) -> Range {
    Range {
        low: Some(days),
        high: Some(days),
        unit: Some(crate::measure::AFTER_PREVIOUS.into()),
        low_open: false,
        high_open: false,
        approximate: false,
        year_implied: false,
    }
}

pub(super) fn day_in(year: i64, month: u32, day: u32) -> Range {
    let day = day.min(month_len(year, month));
    let d = days_from_civil(year, month, day);
    day_range(d, d + 1)
}

pub(super) fn month_after(year: i64, month: u32) -> i64 {
    if month >= 12 {
        days_from_civil(year + 1, month - 11, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    }
}

pub(super) fn month_range(year: i64, month: u32) -> Range {
    day_range(days_from_civil(year, month, 1), month_after(year, month))
}

pub(super) fn year_range(year: i64) -> Range {
    years(year, year + 1)
}

pub(super) fn years(from: i64, to: i64) -> Range {
    day_range(days_from_civil(from, 1, 1), days_from_civil(to, 1, 1))
}

/// Meteorological seasons: three months from `first_month` (winter runs into the next year).
pub(super) fn season_range(year: i64, first_month: u32) -> Range {
    let start = days_from_civil(year, first_month, 1);
    let (end_year, end_month) = if first_month + 3 > 12 {
        (year + 1, first_month + 3 - 12)
    } else {
        (year, first_month + 3)
    };
    day_range(start, days_from_civil(end_year, end_month, 1))
}

pub(super) fn unit_days(unit: DateUnit) -> f64 {
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
pub(super) fn span_around(anchor: i64, rel: Rel, days: f64) -> Range {
    let days = days.round() as i64;
    match rel {
        Rel::Next | Rel::Coming | Rel::Following => day_range(anchor, anchor + days + 1),
        _ => day_range(anchor - days, anchor + 1),
    }
}

/// The calendar week/month/year containing the anchor, shifted by `shift` units.
pub(super) fn calendar_unit(anchor: i64, unit: DateUnit, shift: i64) -> Option<Range> {
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
pub(super) fn widen(r: Range, unit: DateUnit) -> Range {
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
pub(super) fn narrow_to_part_of_day(r: Range, word: &str) -> Range {
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

/// A part of a date range, from its day bounds (`cut(low, high)` gives the part's); any other
/// range is left whole. The part is at least a day long.
fn part_by(r: Range, cut: impl FnOnce(i64, i64) -> (i64, i64)) -> Range {
    let (Some(low), Some(high)) = (r.low, r.high) else {
        return r;
    };
    if r.unit.as_deref() != Some("date") {
        return r;
    }
    let (l, h) = cut(low as i64, high as i64);
    Range {
        low: Some(l as f64),
        high: Some(h.max(l + 1) as f64),
        ..r
    }
}

/// The first (`first`) or second half of a date range: "the first half of 2026" is January
/// to June, not the early third that "early 2026" is.
pub(super) fn half_of(r: Range, first: bool) -> Range {
    part_by(r, |low, high| {
        // A calendar year halves at July 1st; any other range at its middle day.
        let (year, month, day) = civil_from_days(low);
        let mid = if (month, day) == (1, 1) && high == days_from_civil(year + 1, 1, 1) {
            days_from_civil(year, 7, 1)
        } else {
            low + (high - low) / 2
        };
        if first {
            (low, mid)
        } else {
            (mid, high)
        }
    })
}

/// "early", "mid" and "late" take a third of the period; "the end of" the last third.
pub(super) fn part_of(r: Range, m: Mod) -> Range {
    part_by(r, |low, high| {
        let third = (high - low + 2) / 3;
        match m {
            Mod::Early => (low, low + third),
            Mod::Mid => (low + third, high - third),
            Mod::Late => (high - third, high),
            Mod::Vague => (low, high),
        }
    })
}
