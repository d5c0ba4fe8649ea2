//! Numbers and dates: recognising quantity, money, percent, time and date expressions with
//! their qualifiers ("more than 30,000", "late September 2016"), and normalising each into a
//! range so two of them can be compared.
//!
//! Spans follow OntoNotes 5 as `GUIDELINES.md` spells it out: qualifiers and modifiers are
//! inside (`[more than 30,000]` emails, `[the summer of 2016]`, `[late September 2016]`), the
//! counted noun and the governing preposition are outside. Durations are DATE ("12 months"),
//! clock times and parts of a day are TIME.
//!
//! The grammar is a hand-written longest-match scanner over a tiny token stream
//! (`grammar/`), with its words in `lexicon.rs` and day arithmetic in `calendar.rs`: no
//! regex engine, no allocation per word, a few MB/s per core, and nothing that can panic.

mod calendar;
mod grammar;
mod lexicon;

use serde::{Deserialize, Serialize};

use crate::span::Span;

pub use calendar::{civil_from_days, days_from_civil, format_iso, parse_iso};

/// The OntoNotes label a measure carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MeasureKind {
    Date,
    Time,
    Money,
    Percent,
    Quantity,
    Cardinal,
    Ordinal,
}

impl MeasureKind {
    pub fn label(self) -> &'static str {
        match self {
            MeasureKind::Date => "DATE",
            MeasureKind::Time => "TIME",
            MeasureKind::Money => "MONEY",
            MeasureKind::Percent => "PERCENT",
            MeasureKind::Quantity => "QUANTITY",
            MeasureKind::Cardinal => "CARDINAL",
            MeasureKind::Ordinal => "ORDINAL",
        }
    }
}

/// A normalised value: the interval of values the expression allows.
///
/// `low`/`high` are `None` for an open-ended side ("more than 30,000" has no `high`). Each end
/// is inclusive unless `low_open`/`high_open` says otherwise: "more than 30,000" is
/// `(30000, ∞)`, "33,000" is `[33000, 33000]`, "about 50" is `[45, 55]` with `approximate`.
///
/// `unit` says what the numbers count:
/// - `"date"`: calendar days, as day numbers (days since 1970-01-01), always half-open
///   `[first day, day after the last)`: "the summer of 2016" is `[2016-06-01, 2016-09-01)`.
///   TIME expressions tied to a day use it too, with a fraction for the part of the day:
///   "Wednesday night" is the last quarter of that Wednesday.
/// - `"clock"`: minutes after midnight ("7:31 p.m." is 1171), no day attached.
/// - `"year"`, `"month"`, `"week"`, `"day"`, `"hour"`, ...: a duration ("12 months").
/// - a currency sign or code for MONEY (`"$"`, `"₹"`, `"€"`, `"£"`, `"¥"`, `"cny"`, ...),
///   `"%"` (or `"pp"` for percentage points) for PERCENT, a unit symbol for QUANTITY.
/// - [`AFTER_PREVIOUS`]: a date told from the one before it in the text ("the following day").
/// - [`FRACTION`]: a share of a whole written as a fraction ("two-thirds" is 2/3), a CARDINAL
///   in OntoNotes, compared only with other fractions.
/// - [`SCORE`] and the second side: a score ("4-2" is 4 with the unit `"score against 2"`), a
///   CARDINAL compared only with the same score.
/// - `None` for plain counts (CARDINAL) and ORDINAL ranks; "emails" is not a unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
    /// `low` itself is excluded ("more than 30,000").
    #[serde(default)]
    pub low_open: bool,
    /// `high` itself is excluded (always so for `"date"` ranges).
    #[serde(default)]
    pub high_open: bool,
    /// A hedged or vague value ("about 50", "thousands"): the bounds are a reading, not a fact.
    #[serde(default)]
    pub approximate: bool,
    /// The year was not written and was taken from the publication date ("in July",
    /// "last June"); a comparison should give more weight to the month than to the year.
    #[serde(default)]
    pub year_implied: bool,
}

/// The `unit` of a date told from the one before it in the text ("the following day", "a day
/// later", "the previous evening", "two days later"): `low` = `high` = how many days after that
/// date (negative: before it). Only a reader of the whole text can anchor it: alone it dates
/// nothing, and in particular not the day after publication.
pub const AFTER_PREVIOUS: &str = "days after the previous date";

/// The `unit` of a fraction of a whole ("two-thirds", "a quarter of", "cut by one third"):
/// values from 0 to 1.
pub const FRACTION: &str = "fraction";

/// The start of the `unit` of a score ("beat France 4-2", "a 3-3 draw", "ruled 7-2"): the
/// value is its first side, and the unit goes on with the second, "score against 2", so only
/// the same score has the same unit.
pub const SCORE: &str = "score against";

impl Range {
    /// For a date told from the one before it ([`AFTER_PREVIOUS`]): how many days after it.
    pub fn days_after_previous(&self) -> Option<f64> {
        self.low
            .filter(|_| self.unit.as_deref() == Some(AFTER_PREVIOUS))
    }

    /// Whether `x` lies inside the range.
    pub fn contains_value(&self, x: f64) -> bool {
        let above = match self.low {
            Some(l) if self.low_open => x > l,
            Some(l) => x >= l,
            None => true,
        };
        let below = match self.high {
            Some(h) if self.high_open => x < h,
            Some(h) => x <= h,
            None => true,
        };
        above && below
    }

    /// The single value the range pins down, if it does (`[33000, 33000]`, or one calendar day).
    pub fn exact_value(&self) -> Option<f64> {
        let (l, h) = (self.low?, self.high?);
        if self.approximate || self.low_open {
            return None;
        }
        if self.unit.as_deref() == Some("date") {
            return (h - l == 1.0).then_some(l);
        }
        (!self.high_open && l == h).then_some(l)
    }
}

/// One recognised expression in a text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub span: Span,
    pub kind: MeasureKind,
    pub range: Option<Range>,
    /// A date read against the publication day ("yesterday", "last night", "Monday", "in
    /// July"): its day is only as sure as the day the story was written, which a wire's time
    /// stamp or an overnight edition blurs.
    #[serde(default)]
    pub relative: bool,
}

/// Every measure in `text[region]`, in order, non-overlapping. `published` (`YYYY-MM-DD`)
/// anchors relative dates ("Monday", "in July", "last year"); without it they are still
/// recognised but get no range.
pub fn find(text: &str, region: Span, published: Option<&str>) -> Vec<Measure> {
    if region.start > region.end {
        return Vec::new();
    }
    let region = region.clamp_to(text);
    let anchor = published.and_then(calendar::parse_iso);
    grammar::scan(text, region, anchor)
}

#[cfg(test)]
mod tests;
