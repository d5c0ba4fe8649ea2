//! Reconciling the numbers and dates of two aligned passages: which measure of one is about the
//! same thing as which measure of the other, and whether they are the `same`, `compatible`
//! (both can be true: "more than 30,000" and "33,000") or in `conflict` ("in June" and "in
//! August"), with a one-line reason.

use std::borrow::Cow;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::words;
use crate::english::quantities;
use crate::measure::{civil_from_days, days_from_civil, Measure, MeasureKind, Range, FRACTION};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Same,
    Compatible,
    Conflict,
}

/// Two measures about the same thing in aligned passages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberPair {
    pub a: Span,
    pub b: Span,
    pub relation: Relation,
    pub why: String,
}

/// A measure with what the comparison needs to know around it.
#[derive(Clone, Debug)]
pub struct Located {
    pub measure: Measure,
    /// The range after a governing "before"/"after"/"since"/"until" is applied.
    pub range: Option<Range>,
    /// How the measure reads, with that preposition ("before 2016").
    pub phrase: String,
    /// Terms (stemmed common words) of the thing counted: right after the measure, else right
    /// before it.
    pub head: Vec<Rc<str>>,
    /// The thing counted as written ("emails", "death toll").
    pub counted: String,
    /// The counted words follow the number ("33,000 emails"), rather than precede it ("the
    /// toll rose to 230"), which is weaker evidence of what a number counts.
    pub counted_after: bool,
    /// The counted words name a thing: they follow the number, or are the subject of the verb
    /// that moved it, or what it is "of" ("the death toll rose to 225", "revenue of $1.2bn");
    /// not a verb before it ("kills 40").
    pub names_a_thing: bool,
    /// Names near the measure: who or where it is about ("in Puebla", "Acme's revenue").
    pub about: Vec<Rc<str>>,
    /// Those names as written.
    pub about_text: String,
    /// Every name a few words either side: who or where it may be about. Two measures are
    /// about different subjects only when these share nothing either ("Sosnoff owns about
    /// four mln" / "Sosnoff, a New York investor, owns about four mln").
    pub near: Vec<Rc<str>>,
    /// Terms around the measure: what it is about.
    pub context: Vec<Rc<str>>,
    /// The figure follows a determiner or possessive ("the 33,000 emails", "Acme's 900
    /// staff"): it refers to a set the reader knows rather than stating a count.
    pub reference: bool,
    /// "one of several vendors": a member of a group, not a count of it.
    pub one_of: bool,
    /// For a count, the date its own phrase gives it ("$1.2bn in 2023", "Q3 revenue of $5bn
    /// for 2024"): two counts of different times are two facts, never a conflict.
    pub when: Option<Range>,
    /// The preposition that bounds a year which dates the noun after it ("before" in "before
    /// the 2016 election"): the bound is about the event, and the figure still gives the
    /// event's year.
    pub event_bound: Option<&'static str>,
    /// A date told from the date before it in the text ("the following day"), whose range
    /// `claims.rs` took from that date: a reading, so it agrees but never conflicts.
    pub told_from_previous: bool,
    /// The count's own date (`when`) ends more than a year before the article's time: history
    /// the story recalls ("the 1985 earthquake that killed thousands", "the 1999 quake that
    /// killed more than 1,000"), not its news. It meets only another such count.
    pub past: bool,
    /// "more" follows the figure ("eight more died", "hundreds more are feared dead"): it adds
    /// to a count told before and counts no whole. It meets only another such figure.
    pub more: bool,
    /// A negation follows the figure in its clause ("two crew members did not board"): it
    /// counts those who did not, and meets only another such figure.
    pub negated: bool,
    /// The whole a part is taken from ("seven of the nine members", "out of nine"): it never
    /// conflicts with a figure that isn't one, which may count the part.
    pub whole: bool,
    /// In a titled story's headline or lead: a toll there is the story's whole toll, wherever
    /// it places it ("12 dead in New York City apartment fire" / "12 Dead in Bronx Fire").
    pub opening: bool,
    /// A date after "since" ("since 2007"): the date a count or event runs from, which
    /// `measure.range` still gives before the bound opened it.
    pub since: bool,
    /// For such a date, the years from it to the article's publication ("since 2007" in
    /// November 2017: 9.8 to 10.8 years), which a duration may agree with ("the first rise in
    /// a decade"); none when the article's day is unknown.
    pub since_years: Option<Range>,
    /// The figure (a count) is its value after it moved: up ("the death toll rose to 41",
    /// "raising the toll to 50"), a count still rising, whose figure in another report, taken
    /// at another hour, may differ ([`settle_rising_counts`]); or down ("lowered the number
    /// of confirmed dead to 38"), a correction.
    pub moved: Option<Move>,
}

/// Which way a count moved to its figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// How two measures relate, with the reason, or `None` when they can't be compared (different
/// kinds or units, or a range is unknown).
pub fn relate(a: &Located, b: &Located) -> Option<(Relation, String)> {
    let (ka, kb) = (a.measure.kind, b.measure.kind);
    let (pa, pb) = (&a.phrase, &b.phrase);
    if a.one_of || b.one_of {
        let (member, other) = if a.one_of { (a, b) } else { (b, a) };
        if matches!(other.measure.kind, MeasureKind::Cardinal) {
            let group_ok = other
                .range
                .as_ref()
                .and_then(|r| r.high)
                .is_none_or(|h| h >= 2.0);
            let why = format!(
                "“{}” names one member of a group; “{}” can count that group",
                member.phrase, other.phrase
            );
            return group_ok.then_some((Relation::Compatible, why));
        }
        return None;
    }
    let (ra, rb) = (a.range.as_ref()?, b.range.as_ref()?);
    let dated = |k: MeasureKind, r: &Range| {
        matches!(k, MeasureKind::Date | MeasureKind::Time) && r.unit.as_deref() == Some("date")
    };
    if dated(ka, ra) && dated(kb, rb) {
        if let Some(why) = same_event_year(a, b) {
            return Some((Relation::Same, why));
        }
        // "Since October" and "in October" name one start; "since 2007" and "Thursday" name
        // two moments, which no bound makes agree or disagree.
        if a.since != b.since {
            let ((since, start), (other, r)) = if a.since {
                ((a, ra), (b, rb))
            } else {
                ((b, rb), (a, ra))
            };
            let start = since.measure.range.as_ref().unwrap_or(start);
            if r.low_open || r.low.is_none() || r.high.is_none() {
                return None;
            }
            let (relation, why) = relate_dates(start, r, &since.phrase, &other.phrase);
            return (relation != Relation::Conflict).then_some((relation, why));
        }
        let (relation, why) = relate_dates(ra, rb, pa, pb);
        // Which date "the following day" is told from is a reading of the text: it may be
        // another event's. A date read against the publication day ("last night", "on
        // Monday") is as sure as the day the story was written: a wire's "tonight" is a
        // morning paper's "last night", and two days' stories each saying "yesterday" tell of
        // two days, not of one they disagree on. A month without its year ("in June") still
        // names its month, which `relate_dates` compares whatever the year.
        let from_publication = |m: &Located, r: &Range| m.measure.relative && !r.year_implied;
        let read = a.told_from_previous
            || b.told_from_previous
            || from_publication(a, ra)
            || from_publication(b, rb);
        return (relation != Relation::Conflict || !read).then_some((relation, why));
    }
    // "383 pence" is "£3.83", "a decade" is "10 years": a unit meets the unit it is a
    // multiple of.
    let (ra, rb) = (in_common_units(ra), in_common_units(rb));
    if let Some(agreement) = since_fits_duration((a, &ra), (b, &rb)) {
        return Some(agreement);
    }
    let (ra, rb) = (ra.as_ref(), rb.as_ref());
    if let Some(agreement) = fraction_as_percent((a, ra), (b, rb)) {
        return Some(agreement);
    }
    if ka != kb || matches!(ka, MeasureKind::Ordinal) {
        return None;
    }
    if ra.unit != rb.unit {
        return converted((a, ra), (b, rb));
    }
    if let Some(why) = rounds((a, ra), (b, rb)).or_else(|| rounds((b, rb), (a, ra))) {
        return Some((Relation::Compatible, why));
    }
    Some(relate_ranges(ra, rb, pa, pb))
}

/// "Since 2007" and "a decade" (or "more than 10 years") agree when the years from that date
/// to the report's day fit the duration: the first rise "since 2007" is the first "in a
/// decade". As agreement only: how long "since" a year is depends on the day within it, and
/// "a decade" is often round. Not an age ("a 45-year-old"), which is no time since anything.
fn since_fits_duration(
    (a, ra): (&Located, &Range),
    (b, rb): (&Located, &Range),
) -> Option<(Relation, String)> {
    let duration = |m: &Located, r: &Range| {
        m.measure.kind == MeasureKind::Date
            && r.unit.as_deref() == Some("year")
            && !m.phrase.to_lowercase().contains("old")
    };
    let (since, (dm, dr)) = match (a.since_years.as_ref(), b.since_years.as_ref()) {
        (Some(s), None) if duration(b, rb) => ((a, s), (b, rb)),
        (None, Some(s)) if duration(a, ra) => ((b, s), (a, ra)),
        _ => return None,
    };
    let (relation, _) = relate_ranges(since.1, dr, &since.0.phrase, &dm.phrase);
    (relation != Relation::Conflict).then(|| {
        let why = format!(
            "“{}” fits the time “{}” to the report's day",
            dm.phrase, since.0.phrase
        );
        (Relation::Compatible, why)
    })
}

/// A sum in pence or cents as pounds or dollars ("383 pence" as £3.83), and a duration in
/// decades or centuries as years, so that each meets the other's unit; any other range as it
/// is. (Months and years, days and weeks, are converted with the other units: [`converted`].)
fn in_common_units(r: &Range) -> Cow<'_, Range> {
    let (common, factor) = match r.unit.as_deref() {
        Some("p") => ("£", 0.01),
        Some("¢") => ("$", 0.01),
        Some("decade") => ("year", 10.0),
        Some("century") => ("year", 100.0),
        _ => return Cow::Borrowed(r),
    };
    Cow::Owned(in_unit(r, factor, Some(common.to_string())))
}

/// `r` in another unit, `factor` of which make one of its own.
fn in_unit(r: &Range, factor: f64, unit: Option<String>) -> Range {
    Range {
        low: r.low.map(|x| x * factor),
        high: r.high.map(|x| x * factor),
        unit,
        ..r.clone()
    }
}

/// How a unit measures (the base unit of its dimension) and how many of that base one of it is.
/// Only units that mean one thing wherever news is written: not gallons (US or imperial) nor
/// tons (short, long or metric).
fn in_base_units(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "mm" => ("m", 0.001),
        "cm" => ("m", 0.01),
        "m" => ("m", 1.0),
        "km" => ("m", 1000.0),
        "in" => ("m", 0.0254),
        "ft" => ("m", 0.3048),
        "mile" => ("m", 1609.344),
        "m²" => ("m²", 1.0),
        "km²" => ("m²", 1e6),
        "ha" => ("m²", 1e4),
        "acre" => ("m²", 4_046.856_422_4),
        "ft²" => ("m²", 0.092_903_04),
        "mile²" => ("m²", 2_589_988.110_336),
        "g" => ("kg", 0.001),
        "kg" => ("kg", 1.0),
        "lb" => ("kg", 0.453_592_37),
        "oz" => ("kg", 0.028_349_523_125),
        "mph" => ("m/s", 0.447_04),
        "kn" => ("m/s", 1852.0 / 3600.0),
        // Durations, only where one unit is a whole number of the other: not months as days.
        "day" => (DAYS, 1.0),
        "week" => (DAYS, 7.0),
        "month" => (MONTHS, 1.0),
        "year" => (MONTHS, 12.0),
        _ => return None,
    })
}

/// The base units of durations ([`in_base_units`]).
const DAYS: &str = "day";
const MONTHS: &str = "month";

/// Two quantities in two units of one dimension ("5km" / "3.1 miles"): one is the other
/// converted when, in either's unit, the other's figure rounds to it as written (half its last
/// digit); otherwise they relate as ranges in `b`'s unit. `None` for units that don't convert.
fn converted(
    (a, ra): (&Located, &Range),
    (b, rb): (&Located, &Range),
) -> Option<(Relation, String)> {
    let (da, fa) = in_base_units(ra.unit.as_deref()?)?;
    let (db, fb) = in_base_units(rb.unit.as_deref()?)?;
    if da != db {
        return None;
    }
    let (pa, pb) = (&a.phrase, &b.phrase);
    // A duration converts exactly ("135 months" are 11.25 years), so one that only rounds
    // the other ("jailed for 11 years", "three weeks" for 20 days) is told rounded.
    let duration = da == DAYS || da == MONTHS;
    if let (Some(x), Some(y)) = (ra.exact_value(), rb.exact_value()) {
        // `x` in `b`'s unit is `y` as written, or `y` in `a`'s is `x`.
        let rounds_to = |value: f64, target: f64, phrase: &str| {
            (value - target).abs() <= last_written_digit(phrase, target) / 2.0 * (1.0 + 1e-9)
        };
        if duration && x * fa == y * fb {
            return Some((Relation::Same, format!("“{pa}” is “{pb}” in another unit")));
        }
        if rounds_to(x * fa / fb, y, pb) || rounds_to(y * fb / fa, x, pa) {
            // The figure in the larger unit is the one told rounded: "11 years" of "135
            // months", "three weeks" of "20 days".
            let (coarse, fine) = if fa > fb { (pa, pb) } else { (pb, pa) };
            return Some(if duration {
                (
                    Relation::Compatible,
                    format!("“{coarse}” is “{fine}” rounded"),
                )
            } else {
                (Relation::Same, format!("“{pa}” is “{pb}” in another unit"))
            });
        }
    }
    let in_b = in_unit(ra, fa / fb, rb.unit.clone());
    Some(relate_ranges(&in_b, rb, pa, pb))
}

/// A fraction and a percentage of a whole ("around half" / "about 50 percent", "a third" /
/// "33%"): the fraction as a percentage, the same when the percentage rounds it as written.
/// As agreement only: "half" is often told for 46% or 54%, so no fraction conflicts with a
/// percentage.
fn fraction_as_percent(
    (a, ra): (&Located, &Range),
    (b, rb): (&Located, &Range),
) -> Option<(Relation, String)> {
    let is_fraction = |r: &Range| r.unit.as_deref() == Some(FRACTION);
    let is_percent = |m: &Located| m.measure.kind == MeasureKind::Percent;
    let ((f, rf), (p, rp)) = if is_fraction(ra) && is_percent(b) {
        ((a, ra), (b, rb))
    } else if is_fraction(rb) && is_percent(a) {
        ((b, rb), (a, ra))
    } else {
        return None;
    };
    let as_percent = in_unit(rf, 100.0, rp.unit.clone());
    if let (Some(x), Some(y)) = (as_percent.exact_value(), rp.exact_value()) {
        if (x - y).abs() <= last_written_digit(&p.phrase, y) / 2.0 * (1.0 + 1e-9) {
            return Some((
                Relation::Same,
                format!("“{}” is “{}” as a fraction", f.phrase, p.phrase),
            ));
        }
    }
    let (relation, why) = if std::ptr::eq(f, a) {
        relate_ranges(&as_percent, rp, &a.phrase, &b.phrase)
    } else {
        relate_ranges(rp, &as_percent, &a.phrase, &b.phrase)
    };
    (relation != Relation::Conflict).then_some((relation, why))
}

/// The value of the last digit a figure is written to ("3.1": 0.1, "300": 100, "5": 1; "30
/// mln": a million), or for a figure in words its leading digit's ("five": 1).
fn last_written_digit(phrase: &str, value: f64) -> f64 {
    let Some(written) = Written::first_in(phrase) else {
        return leading_digit(value);
    };
    let scale = value / written.number;
    // A scaled whole number is written to its unit, as in [`written_precision`].
    let digit = if !written.decimal && scale >= 1.5 {
        1.0
    } else {
        written.digit
    };
    digit * scale
}

/// The value of the leading digit of `value` ("five": 1, "three hundred": 100), by steps of ten
/// (the worker has no other use for `log10` and `powf`).
fn leading_digit(value: f64) -> f64 {
    let value = value.abs();
    if !value.is_finite() || value == 0.0 {
        return 1.0;
    }
    let mut digit = 1.0;
    while digit * 10.0 <= value {
        digit *= 10.0;
    }
    while digit > value {
        digit /= 10.0;
    }
    digit
}

/// A number as written in digits. Read from the text, never formatted back: formatting a float
/// would add its code to the comparison worker.
struct Written {
    number: f64,
    /// The value of its last written digit: "4.52": 0.01, "12,000": 1,000, "5": 1.
    digit: f64,
    /// That digit is a decimal.
    decimal: bool,
    /// Digits written before a whole number's trailing zeros ("12,000": 2).
    significant: usize,
}

impl Written {
    /// The first number written in digits in `phrase`.
    fn first_in(phrase: &str) -> Option<Written> {
        let start = phrase.find(|c: char| c.is_ascii_digit())?;
        let literal: String = phrase[start..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
            .filter(|c| *c != ',')
            .collect();
        let literal = literal.trim_end_matches('.');
        let number: f64 = literal.parse().ok().filter(|x: &f64| *x > 0.0)?;
        Some(match literal.split_once('.') {
            Some((_, decimals)) => Written {
                number,
                digit: 10f64.powi(-(decimals.len() as i32)),
                decimal: true,
                significant: literal.len() - 1,
            },
            None => {
                let zeros = literal.len() - literal.trim_end_matches('0').len();
                Written {
                    number,
                    digit: 10f64.powi(zeros as i32),
                    decimal: false,
                    significant: literal.len() - zeros,
                }
            }
        })
    }
}

/// `coarse` is `fine` rounded as written: "$4.5 billion" and "$4.52bn", "12,000" and "11,800".
/// Both exact figures; `coarse` written to a coarser last digit, with at least two significant
/// digits ("30,000" against "33,000" is a different figure, not a rounding), and `fine` within
/// half that digit of it.
fn rounds((coarse, rc): (&Located, &Range), (fine, rf): (&Located, &Range)) -> Option<String> {
    let c = rc.exact_value()?;
    let f = rf.exact_value()?;
    let unit_c = written_precision(&coarse.phrase, c, coarse.measure.kind)?;
    let unit_f = written_precision(&fine.phrase, f, fine.measure.kind).unwrap_or(0.0);
    let coarser = unit_c > unit_f * 1.5;
    (c != f && coarser && (c - f).abs() <= unit_c / 2.0 * (1.0 + 1e-9))
        .then(|| format!("“{}” is “{}” rounded", coarse.phrase, fine.phrase))
}

/// The value of the last written significant digit of a figure that reads as rounded: one
/// with decimals ("4.5" billion: 0.1 billion), a scaled whole number ("30 mln": a million), a
/// whole number of at least two significant digits that is a thousand or more ("12,000":
/// 1,000), or else a whole percentage or sum, to its unit ("73 percent": one point, as "73.2
/// per cent" is told rounded; "£49" for "49.01 pounds"). `None` for any other small whole
/// number ("52", "120"), which counts exactly, and for one significant digit ("30,000").
fn written_precision(phrase: &str, value: f64, kind: MeasureKind) -> Option<f64> {
    let written = Written::first_in(phrase)?;
    let scale = value / written.number;
    let digit = if written.decimal {
        written.digit
    } else if scale >= 1.5 {
        // A scaled whole number is written to its unit: "30 mln" is 29.5 to 30.5 million.
        1.0
    } else if written.significant >= 2 && written.number >= 1000.0 {
        written.digit
    } else if matches!(kind, MeasureKind::Percent | MeasureKind::Money) {
        1.0
    } else {
        return None;
    };
    Some(digit * scale)
}

/// "before the 2016 election" and "the 2016 election" (or "2016") give the election the same
/// year, though one also says something happened before it; unless the two bound it
/// differently ("before" / "after the 2016 election" are two times).
fn same_event_year(a: &Located, b: &Located) -> Option<String> {
    if a.event_bound.is_none() && b.event_bound.is_none() {
        return None;
    }
    // Each side gives the year as written: an event's year, or a year no preposition bounds.
    let gives_year = |m: &Located| m.event_bound.is_some() || m.range == m.measure.range;
    let same_bound = a.event_bound.zip(b.event_bound).is_none_or(|(x, y)| x == y);
    let (ya, yb) = (a.measure.range.as_ref()?, b.measure.range.as_ref()?);
    (gives_year(a) && gives_year(b) && same_bound && Interval::of(ya) == Interval::of(yb))
        .then(|| format!("the same year: “{}” / “{}”", a.phrase, b.phrase))
}

fn relate_dates(ra: &Range, rb: &Range, pa: &str, pb: &str) -> (Relation, String) {
    let (relation, why) = relate_ranges(ra, rb, pa, pb);
    if relation != Relation::Conflict || !(ra.year_implied || rb.year_implied) {
        return (relation, why);
    }
    // "in July" (no year written) against "July 2016": compare the months, not the guessed year.
    let (implied, other, flipped) = if ra.year_implied {
        (ra, rb, false)
    } else {
        (rb, ra, true)
    };
    let Some(shifted) = shift_years_to_overlap(implied, other) else {
        return (relation, why);
    };
    let (ra2, rb2) = if flipped {
        (other.clone(), shifted)
    } else {
        (shifted, other.clone())
    };
    let (relation, why) = relate_ranges(&ra2, &rb2, pa, pb);
    if relation == Relation::Conflict {
        return (relation, why);
    }
    let which = if flipped { pb } else { pa };
    (relation, format!("{why} (no year given for “{which}”)"))
}

/// `implied` moved by whole years so that it overlaps `other`, if some year does.
fn shift_years_to_overlap(implied: &Range, other: &Range) -> Option<Range> {
    let (il, ih, ol, oh) = (implied.low?, implied.high?, other.low?, other.high?);
    let (_, im, id) = civil_from_days(il as i64);
    let (oy, _, _) = civil_from_days(ol as i64);
    let (ey, _, _) = civil_from_days(oh as i64 - 1);
    let len = ih - il;
    for year in oy..=ey {
        let start = days_from_civil(year, im, id) as f64;
        if start < oh && start + len > ol {
            return Some(Range {
                low: Some(start),
                high: Some(start + len),
                year_implied: false,
                ..implied.clone()
            });
        }
    }
    None
}

/// Interval logic shared by numbers and dates.
fn relate_ranges(ra: &Range, rb: &Range, pa: &str, pb: &str) -> (Relation, String) {
    let a = Interval::of(ra);
    let b = Interval::of(rb);
    if a == b {
        let why = if ra.approximate || rb.approximate {
            format!("“{pa}” and “{pb}” give the same estimate")
        } else {
            format!("“{pa}” and “{pb}” are the same")
        };
        return (Relation::Same, why);
    }
    if a.contains(&b) {
        return (Relation::Compatible, format!("“{pa}” includes “{pb}”"));
    }
    if b.contains(&a) {
        return (Relation::Compatible, format!("“{pb}” includes “{pa}”"));
    }
    if a.overlaps(&b) {
        return (Relation::Compatible, format!("“{pa}” and “{pb}” overlap"));
    }
    // "10 years" and "more than 10 years", "100 injured" and "more than 100": one figure
    // is the bound the other gives, as one outlet rounds what the other bounds. Not two
    // bounds that meet ("more than 10" / "fewer than 10").
    if a.gap(&b) == 0.0 && (a.is_point() || b.is_point()) {
        let (point, bound) = if a.is_point() { (pa, pb) } else { (pb, pa) };
        return (
            Relation::Compatible,
            format!("“{point}” is “{bound}” rounded"),
        );
    }
    // Hedged figures that nearly touch are estimates of one number, not a contradiction:
    // near as a tenth of the ends that face each other ("some 3,500" / "4,000"). Not of the
    // far end: "thousands" reaches 10,000, yet 324 is no estimate of it.
    if (ra.approximate || rb.approximate) && a.gap(&b) <= 0.1 * a.facing_end(&b) {
        return (
            Relation::Compatible,
            format!("“{pa}” and “{pb}” are close estimates"),
        );
    }
    (
        Relation::Conflict,
        format!("“{pa}” and “{pb}” can't both be true"),
    )
}

/// A range with both ends made comparable: `(value, open)` per end, infinite where missing.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Interval {
    low: f64,
    low_open: bool,
    high: f64,
    high_open: bool,
}

impl Interval {
    fn of(r: &Range) -> Interval {
        Interval {
            low: r.low.unwrap_or(f64::NEG_INFINITY),
            low_open: r.low.is_some() && r.low_open,
            high: r.high.unwrap_or(f64::INFINITY),
            high_open: r.high.is_some() && r.high_open,
        }
    }

    fn contains(&self, other: &Interval) -> bool {
        let low_ok =
            self.low < other.low || (self.low == other.low && (!self.low_open || other.low_open));
        let high_ok = self.high > other.high
            || (self.high == other.high && (!self.high_open || other.high_open));
        low_ok && high_ok
    }

    fn overlaps(&self, other: &Interval) -> bool {
        let below =
            self.high < other.low || (self.high == other.low && (self.high_open || other.low_open));
        let above =
            other.high < self.low || (other.high == self.low && (other.high_open || self.low_open));
        !below && !above
    }

    /// One exact figure ("10", not "about 10" or "more than 10").
    fn is_point(&self) -> bool {
        self.low == self.high && !self.low_open && !self.high_open
    }

    fn gap(&self, other: &Interval) -> f64 {
        (other.low - self.high).max(self.low - other.high).max(0.0)
    }

    /// The larger of the two ends that face each other across the gap between the two, or 0
    /// when they overlap.
    fn facing_end(&self, other: &Interval) -> f64 {
        let (below, above) = if self.high <= other.low {
            (self, other)
        } else if other.high <= self.low {
            (other, self)
        } else {
            return 0.0;
        };
        below.high.abs().max(above.low.abs())
    }
}

/// Pairs the measures of two aligned passages: each measure at most once, the best-evidenced
/// pairs first. Counts need the same counted thing ("30,000 emails" / "33,000 of Clinton's
/// emails"), unless both give the same exact figure ("52 dlrs in cash" / "52 dlrs a share") or
/// each is its passage's one count and they don't conflict ("kills more than 200" / "the toll
/// rose to 225"), and, where both say who or where they are about, the same one ("12 dead in
/// Puebla" is not "40 dead in Oaxaca"); two counts of different times never conflict ("$1.2bn
/// in 2023" / "$1.5bn in 2024"). Dates may pair on their own, but a conflict needs shared
/// context, since two dates in one sentence are often about different events.
pub fn reconcile(a: &[&Located], b: &[&Located]) -> Vec<(usize, usize, Relation, String)> {
    let apart = dated_apart(a, b);
    let mut candidates = Vec::new();
    for (i, ma) in a.iter().enumerate() {
        for (j, mb) in b.iter().enumerate() {
            let Some((relation, why)) = relate(ma, mb) else {
                continue;
            };
            let is_date = matches!(ma.measure.kind, MeasureKind::Date | MeasureKind::Time);
            if !may_meet(ma, mb, relation) {
                continue;
            }
            let same_head = shared(&ma.head, &mb.head) > 0;
            let context = shared(&ma.context, &mb.context);
            // Names near a figure are often the buyer's where the other sentence names the
            // bought ("BAT's acquisition for $59.64 per share" / "values Reynolds at $59.64
            // per share"); a figure that reads the same to three digits is one claim anyway.
            let distinctive = relation == Relation::Same && distinctively_same(ma, mb);
            if !is_date && different_subjects(ma, mb) && !distinctive && !story_tolls(ma, mb) {
                continue;
            }
            // A contradiction is a strong claim: it needs the same context on top of the same
            // counted thing ("50,000 emails posted" and "33,000 emails deleted" are two sets).
            let evidence = match (is_date, relation) {
                (true, Relation::Conflict) => context > 0,
                (true, _) => true,
                // Table rows pair with table rows: a conflict needs a noun after each number,
                // or the same named subject on both sides.
                // A sum or a share names a property of one thing ("a premium of 31 percent" /
                // "a 30% premium"), not a set of which each sentence may count another part:
                // the same named property is one claim without more context.
                (false, Relation::Conflict) => {
                    // The same property, named alike: "Acme's offer of $54.20 per share" is
                    // not the price "shares rose to $52 per share" give, though both are a
                    // share's.
                    let property =
                        matches!(ma.measure.kind, MeasureKind::Money | MeasureKind::Percent)
                            && ma.names_a_thing
                            && mb.names_a_thing
                            && same_set(&ma.head, &mb.head);
                    // Or the one count of this thing in each passage ("Officials: 38 dead, 15
                    // still missing" / "45 dead", two headlines of one story). What both count
                    // must be more than "people": "approximately 18 people were in hospital"
                    // and "two people have died" are two counts.
                    let counts_the_same_thing = ma
                        .head
                        .iter()
                        .any(|t| !quantities::is_count_noun(t) && has_term(&mb.head, t));
                    counts_the_same_thing
                        && !different_times(ma, mb)
                        && !apart
                        && (property
                            || context > 0
                                && (ma.counted_after && mb.counted_after
                                    || !ma.about.is_empty() && same_set(&ma.about, &mb.about))
                            || same_set(&ma.head, &mb.head)
                                && sole_count_of_its_thing(a, ma)
                                && sole_count_of_its_thing(b, mb))
                }
                // The same specific figure in two passages that tell one fact is one claim,
                // however each names what it counts ("52 dlrs in cash" / "52 dlrs per share"),
                // and so are two figures that agree and are each precise ("about $4.5 billion
                // in cash" / "valuing the company at $4.52bn"): such figures rarely meet by
                // chance.
                (false, Relation::Same) if is_specific(ma) => true,
                (false, Relation::Same | Relation::Compatible)
                    if is_precise(ma) && is_precise(mb) =>
                {
                    true
                }
                // The one count of each of two passages that tell one fact.
                (false, _) if the_facts_count(a, ma, b, mb) => true,
                (false, _) => same_head || (ma.one_of || mb.one_of) && context > 0,
            };
            if !evidence {
                continue;
            }
            let rank = match relation {
                Relation::Same => 3.0,
                Relation::Compatible => 2.0,
                Relation::Conflict => 1.0,
            };
            // The relation comes first: a number that reads the same is a better partner than
            // one that only fits, however many context words the other shares; context and the
            // counted thing then order partners of one relation.
            let score = 10.0 * rank + context as f64 + if same_head { 2.0 } else { 0.0 }
                - if is_date { bounds_apart(ma, mb) } else { 0.0 };
            let why = if is_date { why } else { claim_why(ma, mb, why) };
            candidates.push((score, i, j, relation, why));
        }
    }
    settle_rising_counts(a, b, pick(candidates, a.len(), b.len()))
}

/// The widest date two articles look ahead to that [`pair_claims`] takes for one event: half a
/// year ("the first half of 2026").
const MAX_AHEAD_DAYS: f64 = 184.0;

/// Pairs counts of two whole articles that state the same claim even where their sentences
/// don't pair ("Puebla: 230 dead" in a list, "230 in Puebla state" in a sentence): the same
/// kind of measure, the same counted thing and the same named subject, both stated. Without a
/// shared subject, the claim still pairs when both state it (neither figure refers to a known
/// set, "the 33,000 emails"), it counts more than "people", the two sentences say something
/// alike (`alike`, by index into `a` and `b`) and the figures agree: "the flood killed at least
/// 40 people" / "floods left 42 dead across the region". Dates are left to aligned passages,
/// since two dates in two unrelated sentences are usually two events, except the dates both
/// articles look ahead to (after each one's publication day, `published`), in sentences that
/// say something alike: what two reports of one story expect ("expected to close in the first
/// half of 2026" / "to complete by the end of June next year") is one event; they pair when
/// they can both be true, never as a conflict. When the two tell one story (`one_story`: their
/// headlines pair or name something in common), the one date each looks ahead to is that
/// event, whatever words tell it.
/// Counts of two sentences dated to times that don't meet (`apart`, [`dated_apart`]) are of
/// two events and never conflict. In one story, the one figure each whole article (`whole`:
/// all its measures) gives for a thing, naming no one, is that story's claim: "134 survived"
/// and "127 people were known to have survived" agree or conflict wherever each is told.
pub fn pair_claims(
    (a, b): (&[&Located], &[&Located]),
    whole: (&[&Located], &[&Located]),
    alike: &dyn Fn(usize, usize) -> bool,
    apart: &dyn Fn(usize, usize) -> bool,
    published: (Option<f64>, Option<f64>),
    one_story: bool,
) -> Vec<(usize, usize, Relation, String)> {
    // No wider than half a year: a year ahead ("in 1997") is when many things fall due.
    let ahead = |m: &Located, published: Option<f64>| {
        matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time)
            && !m.told_from_previous
            && m.range
                .as_ref()
                .filter(|r| r.unit.as_deref() == Some("date"))
                .and_then(|r| r.low.zip(r.high))
                .zip(published)
                .is_some_and(|((low, high), day)| low > day && high - low <= MAX_AHEAD_DAYS)
    };
    let counts = counts_something;
    let states_a_claim =
        |m: &Located| !m.reference && m.head.iter().any(|t| !quantities::is_count_noun(t));
    // Of the story's whole count of a thing, not a part of it ("186 in Mexico City") nor
    // history, an addition or a member of a group.
    let whole_count = |m: &Located| m.about.is_empty() && !m.past && !m.more && !m.one_of;
    // The article gives this one figure for what `m` counts (told twice, it is still one).
    let sole_claim = |all: &[&Located], m: &Located| {
        whole_count(m)
            && states_a_claim(m)
            && all
                .iter()
                .filter(|x| {
                    x.measure.kind == m.measure.kind && whole_count(x) && same_set(&x.head, &m.head)
                })
                .all(|x| x.range == m.range)
    };
    // In one story, the one span of days each article looks ahead to ("the first half of
    // 2026", "by the end of June next year") is the one event both expect. Not a single day:
    // "tomorrow" is when many things happen (two news digests of one day each expect
    // something tomorrow).
    let span_ahead = |m: &Located, published: Option<f64>| {
        ahead(m, published)
            && m.range
                .as_ref()
                .and_then(|r| r.low.zip(r.high))
                .is_some_and(|(low, high)| high - low > 1.0)
    };
    let sole_ahead = one_story
        && a.iter().filter(|m| span_ahead(m, published.0)).count() == 1
        && b.iter().filter(|m| span_ahead(m, published.1)).count() == 1;
    // All that `x` counts, `y` counts too.
    let within =
        |x: &Located, y: &Located| !x.head.is_empty() && shared(&x.head, &y.head) == x.head.len();
    // Asked once per measure, not per pair of them.
    let sole = |all: &[&Located], ms: &[&Located]| -> Vec<bool> {
        ms.iter().map(|m| one_story && sole_claim(all, m)).collect()
    };
    let (sole_a, sole_b) = (sole(whole.0, a), sole(whole.1, b));
    let mut candidates = Vec::new();
    for (i, ma) in a.iter().enumerate() {
        for (j, mb) in b.iter().enumerate() {
            let one_event = || {
                alike(i, j)
                    || sole_ahead && span_ahead(ma, published.0) && span_ahead(mb, published.1)
            };
            if ahead(ma, published.0) && ahead(mb, published.1) && one_event() {
                if let Some((relation, why)) =
                    relate(ma, mb).filter(|(r, _)| *r != Relation::Conflict)
                {
                    candidates.push((0.0, i, j, relation, why));
                }
                continue;
            }
            if !counts(ma) || !counts(mb) {
                continue;
            }
            let Some((relation, why)) = relate(ma, mb).filter(|(r, _)| may_meet(ma, mb, *r)) else {
                continue;
            };
            // Two reports that give one exact figure state one claim ([`one_exact_figure`]).
            // Weakest of the claims: those that name their counted thing pick their partners
            // first. ([`same_exact_figures`] then adds each other time either gives it.)
            if relation == Relation::Same && one_exact_figure(ma, mb, one_story) {
                candidates.push((-1.0, i, j, relation, claim_why(ma, mb, why)));
                continue;
            }
            // And so, weaker still, is a sum one report gives rounded from the other's.
            if relation == Relation::Compatible && rounded_sums(ma, mb, one_story) {
                candidates.push((-2.0, i, j, relation, claim_why(ma, mb, why)));
                continue;
            }
            // Outside aligned passages the claim must be the same whole: the same counted
            // words ("deleted emails" is not "emails"), and for a conflict the same names.
            // Or one names more of the same thing and both give one precise figure ("cost
            // savings of about $250 million a year" / "would save about $250mn a year"):
            // such figures rarely meet by chance.
            let same_head = !ma.head.is_empty() && same_set(&ma.head, &mb.head)
                || (within(ma, mb) || within(mb, ma))
                    && is_precise(ma)
                    && is_precise(mb)
                    && relation == Relation::Same;
            let same_subject = shared(&ma.about, &mb.about) > 0;
            let sole_claims = sole_a[i] && sole_b[j] && same_set(&ma.head, &mb.head);
            // At least one of the two names no subject: two that name different ones are two
            // claims ("51 pct of USAir" / "50.1 pct of Piedmont").
            let unnamed = !same_subject
                && (ma.about.is_empty() || mb.about.is_empty())
                && states_a_claim(ma)
                && states_a_claim(mb);
            if !same_head || !(same_subject || unnamed) {
                continue;
            }
            // Unnamed, the claim needs sentences that say something alike, or two precise
            // figures that agree ("about 33m people affected" / "33 million people affected"):
            // two reports of one story rarely give one counted thing one precise figure by
            // chance.
            let precise_agreement = relation != Relation::Conflict
                && is_precise(ma)
                && is_precise(mb)
                && ranges_meet(ma, mb)
                && two_significant_digits(ma)
                && two_significant_digits(mb);
            if !(same_subject || alike(i, j) || precise_agreement || sole_claims) {
                continue;
            }
            // A conflict needs the same named subject: "shares" or "the dead" alone are too
            // often another company's or another day's, and two figures that differ are many.
            // Or each article's one figure for the thing.
            let named_alike = same_subject && same_set(&ma.about, &mb.about);
            if relation == Relation::Conflict
                && (!(named_alike || sole_claims) || different_times(ma, mb) || apart(i, j))
            {
                continue;
            }
            // Claims with a named subject first: theirs is the stronger evidence.
            let score = shared(&ma.head, &mb.head) + 10 * shared(&ma.about, &mb.about);
            candidates.push((score as f64, i, j, relation, claim_why(ma, mb, why)));
        }
    }
    settle_rising_counts(a, b, pick(candidates, a.len(), b.len()))
}

/// Two counts of one thing that differ, one of them told as the value it rose to ("the death
/// toll rose to 41" / "raising the death toll to 50"), are a running count given at two
/// times: both can be true, so they are compatible, not a conflict. Unless the other was
/// lowered ("the death toll rose to 39" / "lowered the number of confirmed dead to 38"): a
/// correction, which conflicts with the figure it corrects.
fn settle_rising_counts(
    a: &[&Located],
    b: &[&Located],
    picked: Vec<(usize, usize, Relation, String)>,
) -> Vec<(usize, usize, Relation, String)> {
    picked
        .into_iter()
        .map(|(i, j, relation, why)| {
            let (ma, mb) = (a[i], b[j]);
            let counts = |m: &Located| m.measure.kind == MeasureKind::Cardinal;
            let moved = [ma.moved, mb.moved];
            if relation == Relation::Conflict
                && counts(ma)
                && counts(mb)
                && moved.contains(&Some(Move::Up))
                && !moved.contains(&Some(Move::Down))
            {
                let why = format!(
                    "“{}” and “{}” can both be true: a rising count, given at two times",
                    ma.phrase, mb.phrase
                );
                (i, j, Relation::Compatible, claim_why(ma, mb, why))
            } else {
                (i, j, relation, why)
            }
        })
        .collect()
}

/// Every pair of the two articles' figures that state one claim by their exact figure alone,
/// however many times each article gives it: one exact figure to three significant digits or
/// more ("$59.64 per share", "$49.4 billion"), or, in one story, one exact sum to two ("£49 a
/// share") and, as compatible, a sum to two and its rounding ("$62.4 billion" / "$62B"). Such
/// figures don't meet by chance, so each passage that gives one tells the fact
/// the other article's passages giving it tell ([`pair_claims`] pairs each figure once).
pub fn same_exact_figures(
    a: &[&Located],
    b: &[&Located],
    one_story: bool,
) -> Vec<(usize, usize, Relation, String)> {
    // Only figures of one exact value can be twins: `b`'s exact figures by value, so each of
    // `a`'s meets only those (a long article gives hundreds of figures).
    let exact = |m: &Located| {
        counts_something(m)
            .then(|| m.range.as_ref().and_then(|r| r.exact_value()))
            .flatten()
    };
    let mut by_value: Vec<(f64, usize)> = b
        .iter()
        .enumerate()
        .filter_map(|(j, m)| exact(m).map(|v| (v, j)))
        .collect();
    crate::sort::sort_by(&mut by_value, |x, y| {
        x.0.total_cmp(&y.0).then(x.1.cmp(&y.1))
    });
    let mut out = Vec::new();
    for (i, ma) in a.iter().enumerate() {
        let Some(v) = exact(ma) else {
            continue;
        };
        let from = by_value.partition_point(|(w, _)| w.total_cmp(&v).is_lt());
        for &(_, j) in by_value[from..].iter().take_while(|(w, _)| *w == v) {
            let mb = b[j];
            if !one_exact_figure(ma, mb, one_story) {
                continue;
            }
            if let Some((relation, why)) =
                relate(ma, mb).filter(|(r, _)| *r == Relation::Same && may_meet(ma, mb, *r))
            {
                out.push((i, j, relation, claim_why(ma, mb, why)));
            }
        }
    }
    // In one story, so is a sum and its rounding, each time either gives it: the deal's
    // "$62.4 billion" is the "$62B" of the other's headline and the "$62 billion" of its lead.
    let sums = |ms: &[&Located]| -> Vec<usize> {
        (0..ms.len())
            .filter(|&k| one_sum(ms[k], one_story))
            .collect()
    };
    let (sums_a, sums_b) = (sums(a), sums(b));
    // Only a sum told as one figure on each side: in a price list, "$2,400" rounds both
    // "$2,380" and "$2,375", two prices and no one claim.
    let one_value = |ms: &[&Located], of: &[usize], twin_of: &Located| {
        let mut values = of
            .iter()
            .filter(|&&k| rounded_sums(ms[k], twin_of, one_story))
            .filter_map(|&k| ms[k].range.as_ref().and_then(|r| r.exact_value()));
        let first = values.next();
        values.all(|v| Some(v) == first)
    };
    for &i in &sums_a {
        for &j in &sums_b {
            let (ma, mb) = (a[i], b[j]);
            if !rounded_sums(ma, mb, one_story)
                || !one_value(a, &sums_a, mb)
                || !one_value(b, &sums_b, ma)
            {
                continue;
            }
            if let Some((relation, why)) =
                relate(ma, mb).filter(|(r, _)| *r == Relation::Compatible && may_meet(ma, mb, *r))
            {
                out.push((i, j, relation, claim_why(ma, mb, why)));
            }
        }
    }
    out
}

/// Which of the story's tolls the measure states, if any: a count of the dead ("killing at
/// least 26 people", "the death toll rose to 38", "39 people had died"), or a count of the
/// injured or the missing that counts nothing else ("15 injured", "12 still missing"; not
/// "5,000 jobs lost"); not history, an addition, a member of a group or a set the reader
/// knows.
pub fn toll_of(m: &Located) -> Option<&'static str> {
    use super::words::{CASUALTIES, INJURED, MISSING};
    let toll = if m.head.iter().any(|t| &**t == CASUALTIES) {
        CASUALTIES
    } else {
        match m.head.as_slice() {
            [t] if &**t == INJURED => INJURED,
            [t] if &**t == MISSING => MISSING,
            _ => return None,
        }
    };
    let stated =
        m.measure.kind == MeasureKind::Cardinal && !m.past && !m.more && !m.one_of && !m.reference;
    stated.then_some(toll)
}

/// Both are the toll of one kind a headline or lead gives: each the story's whole toll,
/// whatever place each names ("New York City" / "the Bronx").
fn story_tolls(a: &Located, b: &Located) -> bool {
    a.opening && b.opening && toll_of(a).is_some_and(|toll| toll_of(b) == Some(toll))
}

/// Two tolls are of the same whole: neither names a place or person, or they name one in
/// common ("55 dead in Morelos" is not the story's "225 dead").
pub fn same_toll(a: &Located, b: &Located) -> bool {
    a.about.is_empty() && b.about.is_empty() || shared(&a.about, &b.about) > 0
}

/// The figure is written to at least two significant digits ("33m", "347", "7.5 mln"): a
/// round one ("1,000", "200") is given by many sentences by chance.
fn two_significant_digits(m: &Located) -> bool {
    m.range
        .as_ref()
        .and_then(|r| r.low.zip(r.high))
        .is_some_and(|(low, high)| significant_digits((low + high) / 2.0) >= 2)
}

/// Both give one exact figure, the same, written to at least three significant digits: "$59.64"
/// and "$59.64", "$49.4bn" and "$49.4 billion"; not "230" (two) nor "about $74 billion". (Of
/// two measures that [`relate`] finds the same: of one kind and unit.)
fn distinctively_same(a: &Located, b: &Located) -> bool {
    same_exact(a, b, 3)
}

/// One figure is the other rounded as written ([`rounds`], either way round): "$62bn" and
/// "$62.4 billion".
fn rounded_twins(a: &Located, b: &Located) -> bool {
    let (Some(ra), Some(rb)) = (a.range.as_ref(), b.range.as_ref()) else {
        return false;
    };
    ra.unit == rb.unit && (rounds((a, ra), (b, rb)).is_some() || rounds((b, rb), (a, ra)).is_some())
}

/// Two figures may meet as `relation`: both history the story recalls or both its news, both
/// additions to a count told before or neither, both negated or neither; and as a conflict,
/// never two additions (two of different sizes are two batches, which may both be true:
/// "recovered three more bodies" / "retrieved five more bodies"), nor a whole and a figure
/// that isn't one (which may count the part).
fn may_meet(a: &Located, b: &Located, relation: Relation) -> bool {
    a.past == b.past
        && a.more == b.more
        && a.negated == b.negated
        && (relation != Relation::Conflict || !a.more && a.whole == b.whole)
}

/// The measure counts or sums something (rather than dating it), and not as one of a group.
fn counts_something(m: &Located) -> bool {
    matches!(
        m.measure.kind,
        MeasureKind::Cardinal | MeasureKind::Money | MeasureKind::Percent | MeasureKind::Quantity
    ) && !m.one_of
}

/// Two reports that give one exact figure to three digits or more ("$59.64 per share",
/// "$49.4 billion", "186 people") state one claim, however each words it: such figures don't
/// meet by chance. In one story, so is one exact sum to two digits: the deal's "£47bn" in one
/// headline is the "47 billion pounds" of the other's lead.
fn one_exact_figure(a: &Located, b: &Located, one_story: bool) -> bool {
    distinctively_same(a, b)
        || one_sum(a, one_story) && one_sum(b, one_story) && same_exact(a, b, 2)
}

/// In one story, one sum is the other rounded, both to two digits or more: "$62bn" is the
/// deal's "$62.4 billion"; "$2 billion" of debt may not be "$2.5bn".
fn rounded_sums(a: &Located, b: &Located, one_story: bool) -> bool {
    one_sum(a, one_story)
        && one_sum(b, one_story)
        && two_significant_digits(a)
        && two_significant_digits(b)
        && rounded_twins(a, b)
}

/// A sum of money in one story: the deal's price, told by both reports.
fn one_sum(m: &Located, one_story: bool) -> bool {
    one_story && m.measure.kind == MeasureKind::Money
}

/// Both give one exact figure, the same, written to at least `digits` significant digits.
fn same_exact(a: &Located, b: &Located, digits: usize) -> bool {
    let exact = |m: &Located| m.range.as_ref().and_then(|r| r.exact_value());
    let (Some(x), Some(y)) = (exact(a), exact(b)) else {
        return false;
    };
    x == y && significant_digits(x) >= digits
}

/// The significant digits of `x` as a decimal: 3 for 59.6, 49.4e9 and 186; 2 for 230 and 0.25.
/// Counted by arithmetic, not by formatting the number: float formatting would add its code
/// to the worker.
fn significant_digits(x: f64) -> usize {
    if !x.is_finite() {
        return 0;
    }
    let mut x = x.abs();
    // The fraction's digits, up to six, moved before the point.
    for _ in 0..6 {
        if (x - x.round()).abs() <= 1e-9 * x.max(1.0) {
            break;
        }
        x *= 10.0;
    }
    let mut n = x.round() as u64;
    if n == 0 {
        return 0;
    }
    // A whole number's trailing zeros are a round figure's.
    while n.is_multiple_of(10) {
        n /= 10;
    }
    let mut digits = 0;
    while n > 0 {
        n /= 10;
        digits += 1;
    }
    digits
}

/// The two figures' ranges share a value: "about 33m" and "33 million" do; "4,000" and "some
/// 3,500", close estimates of one number at best, don't.
fn ranges_meet(a: &Located, b: &Located) -> bool {
    match (&a.range, &b.range) {
        (Some(x), Some(y)) => Interval::of(x).overlaps(&Interval::of(y)),
        _ => false,
    }
}

/// The specific figures ([`is_specific`]) a passage gives, other than dates and times, each
/// once, by unit and value: "from 0.25% to 0.5%" gives two, as "to 0.50 per cent from 0.25
/// per cent" does.
pub fn specific_figures(ms: &[Located]) -> Vec<(Option<&str>, f64)> {
    let mut out: Vec<(Option<&str>, f64)> = ms
        .iter()
        .filter(|m| !matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time))
        .filter(|m| is_specific(m))
        .filter_map(|m| {
            let r = m.range.as_ref()?;
            Some((r.unit.as_deref(), r.exact_value()?))
        })
        .collect();
    out.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)));
    out.dedup();
    out
}

/// An exact figure other than a small whole number: "52 dlrs" and "7.1" are, "two", "10",
/// "thousands" and "more than 30,000" are not; many sentences give those by chance.
fn is_specific(m: &Located) -> bool {
    m.range
        .as_ref()
        .and_then(|r| r.exact_value())
        .is_some_and(|v| !(v.fract() == 0.0 && (0.0..=10.0).contains(&v)))
}

/// A figure that pins its value down: an exact one other than a small whole number, or a
/// range at most a quarter of its upper end wide ("$4.52bn", "about $4.5 billion", "some
/// 33,000"); not an open or vague one ("more than 30,000", "thousands").
fn is_precise(m: &Located) -> bool {
    if is_specific(m) {
        return true;
    }
    let Some((low, high)) = m.range.as_ref().and_then(|r| r.low.zip(r.high)) else {
        return false;
    };
    high > 10.0 && low > 0.0 && (high - low) <= 0.25 * high
}

/// Two passages that tell one fact, each with one count of this kind, give that fact's count,
/// however each names it ("kills more than 200" / "the death toll rose to 225"): that they can
/// both be true is all this claims. Not when both name what they count after the figure, and
/// differently ("three mills" / "three directors"), nor when one counts the dead and the other
/// the injured, nor for a member of a group.
fn the_facts_count(a: &[&Located], ma: &Located, b: &[&Located], mb: &Located) -> bool {
    if ma.one_of || mb.one_of || ma.counted_after && mb.counted_after {
        return false;
    }
    // The dead and the injured are two counts however they are told: "kills more than 2,000"
    // and "more than 2,000 others were injured" are two facts' figures.
    if counts_casualties_apart(ma, mb) {
        return false;
    }
    sole(a, ma) && sole(b, mb)
}

/// One counts the dead and the other the injured, or another set it names right after its
/// figure ("the death toll rose to 120" / "an army of 5,000 rescue workers"), and not the dead.
fn counts_casualties_apart(a: &Located, b: &Located) -> bool {
    let dead = |m: &Located| m.head.iter().any(|t| &**t == words::CASUALTIES);
    let other = |m: &Located| {
        m.head.iter().any(|t| &**t == words::INJURED) || m.counted_after && !m.head.is_empty()
    };
    dead(a) && other(b) && !dead(b) || dead(b) && other(a) && !dead(a)
}

/// `m` is the only measure among `all` of its kind and unit that counts what it counts.
fn sole_count_of_its_thing(all: &[&Located], m: &Located) -> bool {
    !m.head.is_empty()
        && all
            .iter()
            .filter(|x| x.measure.kind == m.measure.kind && same_set(&x.head, &m.head))
            .count()
            == 1
}

/// `m` is the only measure of its kind and unit among `all`.
fn sole(all: &[&Located], m: &Located) -> bool {
    fn unit(x: &Located) -> Option<&str> {
        x.range.as_ref().and_then(|r| r.unit.as_deref())
    }
    all.iter()
        .filter(|x| x.measure.kind == m.measure.kind && unit(x) == unit(m))
        .count()
        == 1
}

/// Both counts are dated in their own phrase, to times that don't overlap: "$1.2bn in 2023"
/// and "$1.5bn in 2024" are two years' figures. Or one is over a period of more than a month
/// and the other names none: "up 34.4% for the past year" is not the day's "rose 1.5%".
fn different_times(a: &Located, b: &Located) -> bool {
    let over_a_period = |r: &Range| {
        r.low
            .zip(r.high)
            .is_some_and(|(low, high)| high - low > PERIOD_DAYS)
    };
    match (&a.when, &b.when) {
        (Some(x), Some(y)) => {
            let (x, y) = (Interval::of(x), Interval::of(y));
            !x.overlaps(&y)
        }
        (Some(x), None) | (None, Some(x)) => over_a_period(x),
        (None, None) => false,
    }
}

/// Longer than a month: a figure over such a period ("for the past year", "in 2023") is not a
/// figure of no stated time.
const PERIOD_DAYS: f64 = 31.0;

/// Both passages give dates, and none of one meets any of the other: they tell of two
/// events, whose figures may differ without contradicting each other (two tenders' prices,
/// "for delivery on July 5 and 20" / "for November 25-December 10 delivery"). Dates told from
/// another are readings and don't count.
pub fn dated_apart(a: &[&Located], b: &[&Located]) -> bool {
    fn dates<'m>(ms: &'m [&Located]) -> impl Iterator<Item = Interval> + 'm {
        ms.iter()
            .filter(|m| {
                matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time)
                    && !m.told_from_previous
            })
            .filter_map(|m| m.range.as_ref())
            .filter(|r| r.unit.as_deref() == Some("date"))
            .map(Interval::of)
    }
    dates(a).next().is_some()
        && dates(b).next().is_some()
        && !dates(a).any(|x| dates(b).any(|y| x.overlaps(&y)))
}

/// Both measures say who or where they are about, and the two share no name.
fn different_subjects(a: &Located, b: &Located) -> bool {
    fn names(m: &Located) -> impl Iterator<Item = &Rc<str>> {
        m.about.iter().chain(&m.near)
    }
    !a.about.is_empty()
        && !b.about.is_empty()
        && !names(a).any(|t| names(b).any(|u| words::same_term(t, u)))
}

/// The reason, led by the claim when the two count the same named thing: "dead (Puebla):
/// “230” and “250” can't both be true".
fn claim_why(a: &Located, b: &Located, why: String) -> String {
    if a.counted.is_empty() || shared(&a.head, &b.head) == 0 {
        return why;
    }
    // The claim is named by the side whose counted words are all shared: "valley kills 40" and
    // "the death toll rose to 52" share the dead, which "death toll" names. When both count
    // the same, a noun names it better than a verb ("death toll", not "kills").
    let b_within_a = shared(&b.head, &a.head) == b.head.len();
    let a_within_b = shared(&a.head, &b.head) == a.head.len();
    let b_names_better = if b_within_a && a_within_b {
        b.names_a_thing && !a.names_a_thing
    } else {
        b_within_a
    };
    let counted = if b_names_better && !b.counted.is_empty() {
        &b.counted
    } else {
        &a.counted
    };
    if shared(&a.about, &b.about) > 0 && !a.about_text.is_empty() {
        format!("{counted} ({}): {why}", a.about_text)
    } else {
        format!("{counted}: {why}")
    }
}

/// The best candidates, each measure at most once.
fn pick(
    mut candidates: Vec<(f64, usize, usize, Relation, String)>,
    n_a: usize,
    n_b: usize,
) -> Vec<(usize, usize, Relation, String)> {
    crate::sort::sort_by(&mut candidates, |x, y| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
    });
    let mut used_a = vec![false; n_a];
    let mut used_b = vec![false; n_b];
    let mut out = Vec::new();
    for (_, i, j, relation, why) in candidates {
        if used_a[i] || used_b[j] {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        out.push((i, j, relation, why));
    }
    out
}

/// How far apart two dates' bounds are, start to start plus end to end where both give them,
/// in years up to 0.9: of two dates a bound fits ("through to the end of 2021" fits "2019" and
/// "2021"), the nearer is its partner, other things equal; "this year" is nearer "May 30"
/// than "last year" is.
fn bounds_apart(a: &Located, b: &Located) -> f64 {
    let (Some(x), Some(y)) = (a.range.as_ref(), b.range.as_ref()) else {
        return 0.0;
    };
    let apart = |p: Option<f64>, q: Option<f64>| p.zip(q).map_or(0.0, |(p, q)| (p - q).abs());
    ((apart(x.low, y.low) + apart(x.high, y.high)) / 365.0).min(0.9)
}

/// The two lists hold the same terms, in any order, a term matching its other spellings
/// ([`words::same_term`]: "Horodetsky" is "Horodetskiy").
fn same_set(a: &[Rc<str>], b: &[Rc<str>]) -> bool {
    a.iter().all(|t| has_term(b, t)) && b.iter().all(|t| has_term(a, t))
}

/// How many terms of `a` are one of `b`.
fn shared(a: &[Rc<str>], b: &[Rc<str>]) -> usize {
    a.iter().filter(|t| has_term(b, t)).count()
}

/// Whether `t` is one of `terms`, however spelt.
fn has_term(terms: &[Rc<str>], t: &str) -> bool {
    terms.iter().any(|u| words::same_term(u, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::find;

    fn located(text: &str, published: &str) -> Located {
        let m = find(text, Span::new(0, text.len()), Some(published))
            .into_iter()
            .next()
            .expect("a measure");
        let phrase = m.span.slice(text).to_string();
        // As `claims.rs` reads it: "one of", not "half of".
        let one_of = text
            .get(m.span.end..)
            .is_some_and(|t| t.starts_with(" of "))
            && m.range.as_ref().and_then(|r| r.exact_value()) == Some(1.0);
        Located {
            range: m.range.clone(),
            measure: m,
            phrase,
            head: vec![],
            counted: String::new(),
            counted_after: false,
            names_a_thing: false,
            about: vec![],
            about_text: String::new(),
            near: vec![],
            context: vec![],
            one_of,
            reference: false,
            when: None,
            event_bound: None,
            told_from_previous: false,
            past: false,
            more: false,
            negated: false,
            whole: false,
            opening: false,
            since: false,
            since_years: None,
            moved: None,
        }
    }

    #[track_caller]
    fn check(a: &str, b: &str, expected: Option<(Relation, &str)>) {
        let (la, lb) = (located(a, "2017-10-25"), located(b, "2017-10-26"));
        let got = relate(&la, &lb);
        assert_eq!(
            got.as_ref().map(|(r, w)| (*r, w.as_str())),
            expected,
            "{a} / {b}"
        );
    }

    /// [`check`] with a reason built at run time.
    #[track_caller]
    fn check_owned(a: &str, b: &str, expected: Option<(Relation, String)>) {
        check(a, b, expected.as_ref().map(|(r, why)| (*r, why.as_str())))
    }

    /// Regression: a relative year paired with a full date that merely fell in it (compatible)
    /// because that date shared more context words, leaving the year it equals unpaired.
    #[test]
    fn a_number_that_is_the_same_is_preferred_to_one_that_only_fits() {
        let mut last_year = located("last year", "2017-10-25");
        let mut full_date = located("March 3, 2016", "2017-10-26");
        full_date.context = vec!["plant".into(), "closed".into(), "workers".into()];
        last_year.context = full_date.context.clone();
        let year = located("2016", "2017-10-26");
        let pairs = reconcile(&[&last_year], &[&full_date, &year]);
        let got: Vec<(usize, usize, Relation)> = pairs.iter().map(|p| (p.0, p.1, p.2)).collect();
        assert_eq!(got, [(0, 1, Relation::Same)]);
    }

    #[test]
    fn a_score_meets_only_the_same_score() {
        check(
            "4-2",
            "4-2",
            Some((Relation::Same, "“4-2” and “4-2” are the same")),
        );
        // Two results of one match (the draw, the shoot-out), or of two: never a conflict.
        check("4-2", "3-3", None);
        check("4-2", "4-1", None);
        // Nor a count that happens to be one side.
        check("4-2", "four", None);
    }

    #[test]
    fn a_quantity_converted_to_another_unit_is_the_same() {
        let same =
            |a: &str, b: &str| Some((Relation::Same, format!("“{a}” is “{b}” in another unit")));
        let check = check_owned;
        check("5km", "3.1 miles", same("5km", "3.1 miles"));
        check("3.1 miles", "5km", same("3.1 miles", "5km"));
        check("300 metres", "1,000 feet", same("300 metres", "1,000 feet"));
        check(
            "five kilometres",
            "three miles",
            same("five kilometres", "three miles"),
        );
        check("60 kilos", "132 lb", same("60 kilos", "132 lb"));
        check("40 hectares", "100 acres", same("40 hectares", "100 acres"));
        check(
            "25 square kilometres",
            "10 square miles",
            same("25 square kilometres", "10 square miles"),
        );
        // Not a rounding of the other: two figures.
        check(
            "5km",
            "10 miles",
            Some((
                Relation::Conflict,
                "“5km” and “10 miles” can't both be true".into(),
            )),
        );
        // A bound converts too.
        check(
            "more than 5km",
            "4 miles",
            Some((
                Relation::Compatible,
                "“more than 5km” includes “4 miles”".into(),
            )),
        );
        // An area is not a length, nor a length a weight.
        check("10 square miles", "16km", None);
        check("5km", "5kg", None);
    }

    #[test]
    fn a_duration_meets_itself_in_another_unit() {
        let check = check_owned;
        let rel = |r: Relation, why: &str| Some((r, why.to_string()));
        // Months are a twelfth of a year exactly, weeks seven days.
        check(
            "24 months",
            "two years",
            rel(Relation::Same, "“24 months” is “two years” in another unit"),
        );
        check(
            "135 months",
            "more than 11 years",
            rel(
                Relation::Compatible,
                "“more than 11 years” includes “135 months”",
            ),
        );
        check(
            "135 months",
            "11 years",
            rel(Relation::Compatible, "“11 years” is “135 months” rounded"),
        );
        check(
            "11 years",
            "135 months",
            rel(Relation::Compatible, "“11 years” is “135 months” rounded"),
        );
        check(
            "three weeks",
            "21 days",
            rel(Relation::Same, "“three weeks” is “21 days” in another unit"),
        );
        check(
            "three weeks",
            "20 days",
            rel(Relation::Compatible, "“three weeks” is “20 days” rounded"),
        );
        check(
            "135 months",
            "12 years",
            rel(
                Relation::Conflict,
                "“135 months” and “12 years” can't both be true",
            ),
        );
        // Months are no whole number of days.
        check("two months", "60 days", None);
    }

    #[test]
    fn a_fraction_meets_the_percentage_it_is() {
        let check = |a: &str, b: &str, expected: Option<(Relation, &str)>| check(a, b, expected);
        check(
            "around half of the group",
            "about 50 percent",
            Some((
                Relation::Same,
                "“around half” and “about 50 percent” give the same estimate",
            )),
        );
        check(
            "a third of the staff",
            "33%",
            Some((Relation::Same, "“a third” is “33%” as a fraction")),
        );
        check(
            "42%",
            "more than a third of the vote",
            Some((Relation::Compatible, "“more than a third” includes “42%”")),
        );
        // "Half" is often told for 46%: no conflict, and no relation.
        check("half of the shares", "46%", None);
    }

    #[test]
    fn a_figure_rounded_as_written_is_compatible() {
        let rounded =
            |a: &str, b: &str| Some((Relation::Compatible, format!("“{a}” is “{b}” rounded")));
        let conflict = |a: &str, b: &str| {
            Some((
                Relation::Conflict,
                format!("“{a}” and “{b}” can't both be true"),
            ))
        };
        let check = check_owned;
        check(
            "$4.5 billion",
            "$4.52bn",
            rounded("$4.5 billion", "$4.52bn"),
        );
        check(
            "$4.52bn",
            "$4.5 billion",
            rounded("$4.5 billion", "$4.52bn"),
        );
        check("12,000", "11,800", rounded("12,000", "11,800"));
        check(
            "45 billion",
            "45.3 billion",
            rounded("45 billion", "45.3 billion"),
        );
        check("30 mln", "30.3 mln", rounded("30 mln", "30.3 mln"));
        check(
            "20 million",
            "23 million",
            conflict("20 million", "23 million"),
        );
        // Outside half the last written digit.
        check(
            "$4.5 billion",
            "$4.56bn",
            conflict("$4.5 billion", "$4.56bn"),
        );
        // One significant digit is a different figure, and a small whole number counts exactly.
        check("30,000", "33,000", conflict("30,000", "33,000"));
        check("120", "123", conflict("120", "123"));
        // Written to the same digit: two figures.
        check("$51.10", "$51.05", conflict("$51.10", "$51.05"));
        // A whole percentage or sum is told rounded to its unit, however small; not past half
        // of it.
        check("31%", "30.6%", rounded("31%", "30.6%"));
        check(
            "73 percent",
            "73.2 per cent",
            rounded("73 percent", "73.2 per cent"),
        );
        check("£49", "49.01 pounds", rounded("£49", "49.01 pounds"));
        check("25%", "26.4%", conflict("25%", "26.4%"));
    }

    /// Whom two figures are about is one name however it is transliterated ("Horodetsky" /
    /// "Horodetskiy"): two spellings of one name are not two subjects.
    #[test]
    fn one_name_spelled_two_ways_is_one_subject() {
        let with_subject = |text: &str, name: &str| {
            let mut m = located(text, "2019-04-22");
            m.head = vec!["elect".into()];
            m.about = vec![name.into()];
            m.near = m.about.clone();
            m
        };
        let a = with_subject("73 percent", "horodetski");
        let b = with_subject("73.2 per cent", "horodetskiy");
        let got: Vec<Relation> = reconcile(&[&a], &[&b]).iter().map(|p| p.2).collect();
        assert_eq!(got, [Relation::Compatible]);
        // Two names, though one begins the other by more than a few letters.
        let c = with_subject("73.2 per cent", "horodetskiyenko");
        assert!(reconcile(&[&a], &[&c]).is_empty());
    }

    #[test]
    fn a_subunit_meets_its_currency() {
        check(
            "383 pence",
            "£3.83",
            Some((Relation::Same, "“383 pence” and “£3.83” are the same")),
        );
        check(
            "52 cts",
            "$0.52",
            Some((Relation::Same, "“52 cts” and “$0.52” are the same")),
        );
        check(
            "£3.8",
            "383p",
            Some((Relation::Compatible, "“£3.8” is “383p” rounded")),
        );
        check(
            "410p",
            "£4.50",
            Some((Relation::Conflict, "“410p” and “£4.50” can't both be true")),
        );
    }

    #[test]
    fn counts_significant_digits() {
        for (x, digits) in [
            (59.64, 4),
            (49.4e9, 3),
            (186.0, 3),
            (230.0, 2),
            (0.25, 2),
            (7.0, 1),
            (33e6, 2),
            (7.5e6, 2),
            (1000.0, 1),
            (f64::INFINITY, 0),
        ] {
            assert_eq!(significant_digits(x), digits, "{x}");
        }
    }

    /// Hedged figures near as a tenth of their facing ends are estimates of one number; a
    /// vague "thousands" is no estimate of 324, though a tenth of its far end (10,000) would
    /// have been.
    #[test]
    fn hedged_figures_are_close_estimates_only_near_their_facing_ends() {
        check(
            "some 3,500",
            "4,000",
            Some((
                Relation::Compatible,
                "“some 3,500” and “4,000” are close estimates",
            )),
        );
        check(
            "thousands",
            "324",
            Some((
                Relation::Conflict,
                "“thousands” and “324” can't both be true",
            )),
        );
    }

    #[test]
    fn relates_counts() {
        check(
            "more than 30,000",
            "33,000",
            Some((Relation::Compatible, "“more than 30,000” includes “33,000”")),
        );
        check(
            "33,000",
            "33,000",
            Some((Relation::Same, "“33,000” and “33,000” are the same")),
        );
        check(
            "about 50",
            "52",
            Some((Relation::Compatible, "“about 50” includes “52”")),
        );
        check(
            "more than 30,000",
            "20,000",
            Some((
                Relation::Conflict,
                "“more than 30,000” and “20,000” can't both be true",
            )),
        );
        check(
            "thousands",
            "33,000",
            Some((Relation::Compatible, "“thousands” includes “33,000”")),
        );
        check(
            "one of several",
            "three",
            Some((
                Relation::Compatible,
                "“one” names one member of a group; “three” can count that group",
            )),
        );
        check("$1.5 million", "₹900", None);
        // A figure at the other's bound: one outlet rounds what the other bounds.
        check(
            "more than 100",
            "100",
            Some((Relation::Compatible, "“100” is “more than 100” rounded")),
        );
        check(
            "more than 10",
            "fewer than 10",
            Some((
                Relation::Conflict,
                "“more than 10” and “fewer than 10” can't both be true",
            )),
        );
        check(
            "25%",
            "26%",
            Some((Relation::Conflict, "“25%” and “26%” can't both be true")),
        );
        check(
            "₹2,700",
            "₹2,700",
            Some((Relation::Same, "“₹2,700” and “₹2,700” are the same")),
        );
    }

    /// The whole a part is taken from ("out of nine") never conflicts with a figure that
    /// isn't one ("seven"), which may count the part; two wholes still do.
    #[test]
    fn a_whole_conflicts_only_with_a_whole() {
        let mut nine = located("nine", "2017-10-25");
        nine.whole = true;
        let seven = located("seven", "2017-10-25");
        assert!(!may_meet(&seven, &nine, Relation::Conflict));
        let mut eight = located("eight", "2017-10-25");
        eight.whole = true;
        assert!(may_meet(&eight, &nine, Relation::Conflict));
        assert!(may_meet(
            &seven,
            &located("seven", "2017-10-26"),
            Relation::Same
        ));
    }

    #[test]
    fn relates_durations_across_units() {
        check(
            "a decade",
            "10 years",
            Some((Relation::Same, "“a decade” and “10 years” are the same")),
        );
        check(
            "over a decade",
            "more than 10 years",
            Some((
                Relation::Same,
                "“over a decade” and “more than 10 years” are the same",
            )),
        );
        check(
            "two decades",
            "12 years",
            Some((
                Relation::Conflict,
                "“two decades” and “12 years” can't both be true",
            )),
        );
        // A year is twelve months (`a_duration_meets_itself_in_another_unit`).
        check(
            "12 months",
            "one year",
            Some((Relation::Same, "“12 months” is “one year” in another unit")),
        );
    }

    #[test]
    fn relates_dates() {
        check(
            "in July",
            "July 2016",
            Some((
                Relation::Same,
                "“July” and “July 2016” are the same (no year given for “July”)",
            )),
        );
        check(
            "in June",
            "in August 2016",
            Some((
                Relation::Conflict,
                "“June” and “August 2016” can't both be true",
            )),
        );
        check(
            "in June",
            "the summer of 2016",
            Some((
                Relation::Compatible,
                "“the summer of 2016” includes “June” (no year given for “June”)",
            )),
        );
        check(
            "on Wednesday",
            "Wednesday night",
            Some((
                Relation::Compatible,
                "“Wednesday” includes “Wednesday night”",
            )),
        );
        check(
            "last year",
            "November last year",
            Some((
                Relation::Compatible,
                "“last year” includes “November last year”",
            )),
        );
        check(
            "late September 2016",
            "September 25, 2016",
            Some((
                Relation::Compatible,
                "“late September 2016” includes “September 25, 2016”",
            )),
        );
        check("the following day", "Monday", None);
    }
}
