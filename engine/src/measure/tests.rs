//! Recognition and normalisation, one line per case.

use proptest::prelude::*;

use super::*;

const PUBLISHED: &str = "2017-10-25"; // a Wednesday

/// What `find` saw, as `LABEL[text]` separated by spaces.
fn render(text: &str) -> String {
    find(text, Span::new(0, text.len()), Some(PUBLISHED))
        .iter()
        .map(|m| format!("{}[{}]", m.kind.label(), m.span.slice(text)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A range as a reader would write it: dates as inclusive ISO days, numbers in interval
/// notation with `~` for approximate and the unit after.
fn render_range(r: &Range) -> String {
    if r.unit.as_deref() == Some("date") {
        let day = |d: Option<f64>| d.map_or("…".to_string(), |d| format_iso(d as i64));
        let last = r.high.map(|h| h - 1.0);
        let implied = if r.year_implied {
            " (year implied)"
        } else {
            ""
        };
        return format!("{}..{}{implied}", day(r.low), day(last));
    }
    let num = |x: Option<f64>, inf: &str| x.map_or(inf.to_string(), |x| format!("{x}"));
    let open = if r.low_open || r.low.is_none() {
        "("
    } else {
        "["
    };
    let close = if r.high_open || r.high.is_none() {
        ")"
    } else {
        "]"
    };
    let approx = if r.approximate { "~" } else { "" };
    let unit = r
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    format!(
        "{approx}{open}{}, {}{close}{unit}",
        num(r.low, "-∞"),
        num(r.high, "∞")
    )
}

#[track_caller]
fn check(text: &str, expected: &str) {
    assert_eq!(render(text), expected, "in {text:?}");
}

#[track_caller]
fn check_range(text: &str, expected: &str) {
    let found = find(text, Span::new(0, text.len()), Some(PUBLISHED));
    let got = found
        .first()
        .and_then(|m| m.range.as_ref())
        .map(render_range)
        .unwrap_or_else(|| "none".into());
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn recognises_counts_with_their_qualifiers() {
    check(
        "copies of more than 30,000 emails",
        "CARDINAL[more than 30,000]",
    );
    check("The 33,000 emails deleted", "CARDINAL[33,000]");
    check("about 50 people", "CARDINAL[about 50]");
    check("at least 12 were hurt", "CARDINAL[at least 12]");
    check("fewer than 100 seats", "CARDINAL[fewer than 100]");
    check("up to 3,500 jobs", "CARDINAL[up to 3,500]");
    check("nearly two dozen", "CARDINAL[nearly two dozen]");
    check(
        "Several hundred people were moved to shelters",
        "CARDINAL[Several hundred]",
    );
    check("a few dozen homes", "CARDINAL[a few dozen]");
    check("one of several vendors", "CARDINAL[one]");
    check("between 10 and 20 ships", "CARDINAL[between 10 and 20]");
    check("10 to 15 boats", "CARDINAL[10 to 15]");
    check("the two men corresponded", "CARDINAL[two]");
    check("twenty-one guns", "CARDINAL[twenty-one]");
    check("thousands of emails", "CARDINAL[thousands]");
    check("tens of thousands of people", "CARDINAL[tens of thousands]");
    check("Over 30 premium stories", "CARDINAL[Over 30]");
    check("one of several vendors", "CARDINAL[one]");
    check("a three-pronged operation", "CARDINAL[three]");
    check("500 or more protesters", "CARDINAL[500 or more]");
    check("some 2.5 million voters", "CARDINAL[some 2.5 million]");
    check("5.93 mln bags", "CARDINAL[5.93 mln]");
    check(
        "Près de 300 manifestants à Zürich, 40 blessés",
        "CARDINAL[300] CARDINAL[40]",
    );
}

#[test]
fn leaves_pronouns_and_identifiers_alone() {
    check("No one from the campaign", "");
    check("the one who left", "");
    check("they helped one another", "");
    check("the G20 summit and the F-35 jet", "");
    check("COVID-19 cases", "");
    // A common word's figure is a measure, not an identifier's: "magnitude-7.8".
    check("a magnitude-7.8 earthquake", "CARDINAL[7.8]");
    check("the pro-2016 camp", "");
    check("a pro-Iraq war PAC", "");
    check("a third party said", "");
    check("wait a second.", "");
    check("He may go. They march.", "");
    check("3D printing", "");
    check("won 3-2 on Sunday", "CARDINAL[3-2] DATE[Sunday]");
    check("", "");
    check("東京 2020 年", "DATE[2020]");
}

#[test]
fn recognises_money_percent_and_quantities() {
    check("₹900", "MONEY[₹900]");
    check("₹300/Month", "MONEY[₹300]");
    check("a $1.5 million fine", "MONEY[$1.5 million]");
    check("US$5bn in aid", "MONEY[US$5bn]");
    check("€20 a month", "MONEY[€20]");
    check("raised 400 mln dlrs", "MONEY[400 mln dlrs]");
    check("about $3 to $4 billion", "MONEY[about $3 to $4 billion]");
    check("Rs 500 per head", "MONEY[Rs 500]");
    check("50 cents", "MONEY[50 cents]");
    check("£2 million sterling", "MONEY[£2 million]");
    check("SAVE 25%", "PERCENT[25%]");
    check("rose 3.5 percent", "PERCENT[3.5 percent]");
    check("fell 2 per cent", "PERCENT[2 per cent]");
    // Hyphenated as an adjective, or as some copy writes it after "the".
    check("a 26-percent stake", "PERCENT[26-percent]");
    check("the 57.8-per cent of the firm", "PERCENT[57.8-per cent]");
    check("up 0.5 percentage points", "PERCENT[0.5 percentage points]");
    check(
        "155,221 bags of 60 kilos",
        "CARDINAL[155,221] QUANTITY[60 kilos]",
    );
    check("a 5km race", "QUANTITY[5km]");
    // Hyphenated as an adjective.
    check(
        "the 3,676-metre (12,060-foot) volcano",
        "QUANTITY[3,676-metre] QUANTITY[12,060-foot]",
    );
    check("a 10-km exclusion zone", "QUANTITY[10-km]");
    check("a 3-in-1 device", "CARDINAL[3]");
    check("300 square miles", "QUANTITY[300 square miles]");
    check("2.3 mln barrels", "QUANTITY[2.3 mln barrels]");
}

#[test]
fn recognises_dates() {
    check("in late September 2016", "DATE[late September 2016]");
    check("in the summer of 2016", "DATE[the summer of 2016]");
    check("over the last year", "DATE[the last year]");
    check("confirmed on Monday", "DATE[Monday]");
    check(
        "Last Updated : Oct 26 2017 | 10:57 AM IST",
        "DATE[Oct 26 2017] TIME[10:57 AM IST]",
    );
    check("posted October 25, 2017:", "DATE[October 25, 2017]");
    check("until July 2017 and", "DATE[July 2017]");
    check("before the 2016 election", "DATE[2016]");
    check("through early June", "DATE[early June]");
    check("Earlier last year, WikiLeaks", "DATE[Earlier last year]");
    check("prior to November last year", "DATE[November last year]");
    check("the following day", "DATE[the following day]");
    check(
        "on the day of the election",
        "DATE[the day of the election]",
    );
    check(
        "during the final months of the campaign",
        "DATE[the final months of the campaign]",
    );
    check("in May at the embassy", "DATE[May]");
    check("3 Months", "DATE[3 Months]");
    check("after 12 months", "DATE[12 months]");
    check("for the 2nd year", "DATE[the 2nd year]");
    check("in the 1990s", "DATE[the 1990s]");
    check("in the '90s", "DATE[the '90s]");
    check("in 2016-17", "DATE[2016-17]");
    check("by mid-2018", "DATE[mid-2018]");
    check("two years ago", "DATE[two years ago]");
    // "a decade" is a duration; "a year" is as often a rate ("twice a year") and is left, so
    // is "a century", mostly an age ("a century-old building"), and "half a decade".
    check(
        "the first rise in a decade",
        "ORDINAL[first] DATE[a decade]",
    );
    check("for more than a decade", "DATE[more than a decade]");
    check("a century-old building", "");
    check("for half a decade", "");
    check("twice a year", "");
    check("a 45-year-old man", "DATE[45-year-old]");
    check("on 25 October 2017", "DATE[25 October 2017]");
    check(
        "the third quarter of 2017",
        "DATE[the third quarter of 2017]",
    );
    check("at the end of 2016", "DATE[the end of 2016]");
    check("yesterday and today", "DATE[yesterday] DATE[today]");
    check("released 10/26/2017", "DATE[10/26/2017]");
    check("le 14 juillet à Zürich", "CARDINAL[14]");
}

#[test]
fn recognises_times() {
    check("updated at 7:31 p.m.", "TIME[7:31 p.m.]");
    check("at 10 a.m. local time", "TIME[10 a.m.]");
    check("at 10am", "TIME[10am]");
    check("on Wednesday evening", "TIME[Wednesday evening]");
    check("on Wednesday night.", "TIME[Wednesday night]");
    check("just hours after", "TIME[just hours]");
    check("for two hours", "TIME[two hours]");
    check("at noon", "TIME[noon]");
    check("last night", "TIME[last night]");
}

#[test]
fn recognises_ordinals() {
    check("as first reported", "ORDINAL[first]");
    check("the 2nd and 3rd place", "ORDINAL[2nd] ORDINAL[3rd]");
    check("his second term", "ORDINAL[second]");
}

#[test]
fn never_crosses_a_line_break() {
    check("₹900\n\n3 Months", "MONEY[₹900] DATE[3 Months]");
    check("October\n2017", "DATE[October] DATE[2017]");
}

#[test]
fn normalises_numbers() {
    check_range("more than 30,000", "(30000, ∞)");
    check_range("33,000", "[33000, 33000]");
    check_range("about 50", "~[45, 55.00000000000001]");
    check_range("at least 12", "[12, ∞)");
    check_range("fewer than 100", "(-∞, 100)");
    check_range("over a decade", "(1, ∞) decade");
    check_range("up to 3,500", "(-∞, 3500]");
    check_range("between 10 and 20", "[10, 20]");
    // Two figures joined by "or" are one hedged figure, as OntoNotes spans them.
    check_range("four or five months", "[4, 5] month");
    check("two or three people died", "CARDINAL[two or three]");
    check("three or more people", "CARDINAL[three or more]");
    // Not a range when the second is the smaller.
    check("rated 5 or 4 by critics", "CARDINAL[5] CARDINAL[4]");
    check("in 1989 or 1990", "DATE[1989] DATE[1990]");
    // A scale written once is both ends'.
    check_range("110 to 130 mln dlrs", "[110000000, 130000000] $");
    check_range("between 2 and 3 billion", "[2000000000, 3000000000]");
    check_range("from 1 to 1.2 million", "[1000000, 1200000]");
    // Not when the scaled low end would pass the high one.
    check_range("from 900 to 1.2 million", "[900, 1200000]");
    check_range("thousands", "~[2000, 1000000)");
    check_range("$1.5 million", "[1500000, 1500000] $");
    check_range("₹2,700", "[2700, 2700] ₹");
    check_range("400 mln dlrs", "[400000000, 400000000] $");
    check_range("25%", "[25, 25] %");
    check_range("60 kilos", "[60, 60] kg");
    // An area or a volume is not a length.
    check_range("300 square miles", "[300, 300] mile²");
    check_range("2,000 cubic metres", "[2000, 2000] m³");
    // Some of a scale, vaguely.
    check_range("several hundred people", "~[300, 1000)");
    check_range("a few thousand", "~[2000, 6000)");
    check_range("12 months", "[12, 12] month");
    check_range("7:31 p.m.", "[1171, 1171] clock");
    check_range("10:57 AM IST", "[657, 657] clock");
    check_range("12 a.m.", "[0, 0] clock");
    check_range("2nd", "[2, 2]");
    check_range("twenty-one", "[21, 21]");
    check_range("two hundred thousand", "[200000, 200000]");
}

#[test]
fn normalises_dates_against_the_publication_day() {
    check_range("the summer of 2016", "2016-06-01..2016-08-31");
    check_range("late September 2016", "2016-09-21..2016-09-30");
    // A half is a half, not the early or late third.
    check_range("the first half of 2018", "2018-01-01..2018-06-30");
    check_range("the second half of 2018", "2018-07-01..2018-12-31");
    check_range("early 2018", "2018-01-01..2018-05-02");
    check_range("early June", "2017-06-01..2017-06-10 (year implied)");
    check_range("in July", "2017-07-01..2017-07-31 (year implied)");
    check_range("in November", "2016-11-01..2016-11-30 (year implied)");
    check_range("last year", "2016-01-01..2016-12-31");
    check_range("this month", "2017-10-01..2017-10-31");
    check_range("next week", "2017-10-30..2017-11-05");
    check_range("on Monday", "2017-10-23..2017-10-23");
    check_range("on Wednesday", "2017-10-25..2017-10-25");
    check_range("last Wednesday", "2017-10-18..2017-10-18");
    check_range("Wednesday", "2017-10-25..2017-10-25");
    check_range("yesterday", "2017-10-24..2017-10-24");
    check_range("November last year", "2016-11-01..2016-11-30");
    check_range("last June", "2017-06-01..2017-06-30");
    check_range("Oct 26 2017", "2017-10-26..2017-10-26");
    check_range("October 25, 2017", "2017-10-25..2017-10-25");
    check_range("2016", "2016-01-01..2016-12-31");
    check_range("the 1990s", "1990-01-01..1999-12-31");
    check_range("mid-2018", "2018-05-03..2018-08-31");
    check_range("the end of 2016", "2016-09-01..2016-12-31");
    check_range("the third quarter of 2017", "2017-07-01..2017-09-30");
    check_range("last winter", "2016-12-01..2017-02-28");
    check_range("29 February 2016", "2016-02-29..2016-02-29");
    check_range("31 February 2017", "2017-02-28..2017-02-28");
    // Told from the date before it in the text, which only the whole text knows.
    check_range("the following day", "[1, 1] days after the previous date");
}

#[test]
fn dates_told_from_the_one_before() {
    check("The next morning, he replied.", "TIME[The next morning]");
    check("the previous evening", "TIME[the previous evening]");
    check("Two days later, the toll rose.", "DATE[Two days later]");
    check("A week earlier, it had said so.", "DATE[A week earlier]");
    check_range("The next day", "[1, 1] days after the previous date");
    check_range(
        "the previous evening",
        "[-1, -1] days after the previous date",
    );
    check_range("a day later", "[1, 1] days after the previous date");
    check_range("Two days later", "[2, 2] days after the previous date");
    check_range("A week earlier", "[-7, -7] days after the previous date");
    check("about 12 hours later", "TIME[about 12 hours later]");
    check("15 minutes earlier", "TIME[15 minutes earlier]");
    check_range("12 hours later", "[0.5, 0.5] days after the previous date");
    // Months are no exact number of days: "two months" stays a duration. Nor is a duration
    // alone a date.
    check("two months later", "DATE[two months]");
    check_range("for two days", "[2, 2] day");
    // Not the day after publication: "the next day" is not "tomorrow".
    check_range("the next day", "[1, 1] days after the previous date");
}

#[test]
fn parts_of_a_day_narrow_it() {
    let text = "Wednesday night";
    let found = find(text, Span::new(0, text.len()), Some(PUBLISHED));
    let r = found[0].range.as_ref().expect("a range");
    assert_eq!((r.low, r.high), (Some(17464.75), Some(17465.0)));
}

#[test]
fn relative_dates_need_a_publication_day() {
    let text = "on Monday, in July 2016 and last year";
    let found = find(text, Span::new(0, text.len()), None);
    let ranges: Vec<bool> = found.iter().map(|m| m.range.is_some()).collect();
    assert_eq!(ranges, [false, true, false]);
}

#[test]
fn respects_the_region() {
    let text = "In 2015 and 2016 and 2017";
    let found = find(text, Span::new(3, 16), Some(PUBLISHED));
    let spans: Vec<&str> = found.iter().map(|m| m.span.slice(text)).collect();
    assert_eq!(spans, ["2015", "2016"]);
    // Out-of-range and reversed regions are clamped, not trusted.
    assert!(find(text, Span::new(40, 90), None).is_empty());
    assert!(find(text, Span::new(9, 2), None).is_empty());
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_char_boundaries(text in "\\PC{0,80}", a in 0usize..100, b in 0usize..100) {
        for m in find(&text, Span::new(a, b), Some(PUBLISHED)) {
            prop_assert!(m.span.is_valid_in(&text));
            prop_assert!(!m.span.is_empty());
        }
    }

    #[test]
    fn never_panics_on_number_soup(text in "([0-9]{1,5}|[,.:/%$₹-]| |the|of|more|than|May|June|mid|a|p|m|st|s|Monday|night|year|years|ago|'|\n){0,30}") {
        for m in find(&text, Span::new(0, text.len()), Some("2016-02-29")) {
            prop_assert!(m.span.is_valid_in(&text));
        }
    }
}

#[test]
fn a_countrys_dollars_after_the_amount_are_money() {
    check(
        "It would cost about 100 mln U.S. Dlrs to repair",
        "MONEY[about 100 mln U.S. Dlrs]",
    );
    check(
        "a loan of 50 mln Canadian dlrs",
        "MONEY[50 mln Canadian dlrs]",
    );
    check(
        "3.5 Hong Kong dollars a share",
        "MONEY[3.5 Hong Kong dollars]",
    );
    check_range("100 mln U.S. dlrs", "[100000000, 100000000] $");
    check_range("40 Canadian dlrs", "[40, 40] c$");
    // A country alone after a number names no currency.
    check("5 Canadian banks", "CARDINAL[5]");
}

/// British copy writes pence glued to the figure: "410p" is "410 pence".
#[test]
fn pence_glued_to_the_figure_are_money() {
    check("It will pay 410p a share", "MONEY[410p]");
    check("Shares rose 3% to 12.5p.", "PERCENT[3%] MONEY[12.5p]");
    check_range("410p", "[410, 410] p");
    check_range("410 pence", "[410, 410] p");
    // A screen's lines are no sum.
    check("streams in 1080p", "");
}

/// Other ways the press writes figures: "$6.6-billion" (Canadian copy), "31pc" (British and
/// Irish), "1.2m people" (a count in millions; a glued "m" before a thing is metres).
#[test]
fn scales_and_shares_written_short() {
    check("a $6.6-billion deal", "MONEY[$6.6-billion]");
    check_range("$6.6-billion", "[6600000000, 6600000000] $");
    check("a premium of 31pc", "PERCENT[31pc]");
    check("with 1.2m people displaced", "CARDINAL[1.2m]");
    check_range("1.2m people", "[1200000, 1200000]");
    check("with 3bn users", "CARDINAL[3bn]");
    check("a 10m wall", "");
    check("It raised £5m.", "MONEY[£5m]");
}

#[test]
fn fractions_of_a_whole_are_cardinals_of_their_own_unit() {
    // OntoNotes tags a fraction CARDINAL, with its qualifier ("up to two-thirds").
    check(
        "oil is up to two-thirds of exports",
        "CARDINAL[up to two-thirds]",
    );
    check("one-third of the workforce", "CARDINAL[one-third]");
    check("two thirds of the vote", "CARDINAL[two thirds]");
    check("a quarter of the staff", "CARDINAL[a quarter]");
    check("profit fell by a third.", "CARDINAL[a third]");
    // "Half" alone, before "of" or after "by".
    check(
        "owning around half of the combined group",
        "CARDINAL[around half]",
    );
    check("sales fell by half.", "CARDINAL[half]");
    check("half an hour later", "");
    check("in the first half of the year", "ORDINAL[first]");
    check(
        "nearly three-quarters of homes",
        "CARDINAL[nearly three-quarters]",
    );
    check_range(
        "two-thirds of exports",
        "[0.6666666666666666, 0.6666666666666666] fraction",
    );
    check_range("one-fifth of output", "[0.2, 0.2] fraction");
    check_range(
        "cut by one third",
        "[0.3333333333333333, 0.3333333333333333] fraction",
    );
    // Written apart, only before "of" or after "by": these are an idiom, a rank and time.
    check("a third party said", "");
    check("a third term", "ORDINAL[third]");
    check("growth in two quarters", "DATE[two quarters]");
    check("three quarters of 1987", "DATE[three quarters] DATE[1987]");
    check(
        "in the first three quarters of the year",
        "ORDINAL[first] DATE[three quarters]",
    );
    check(
        "the loss followed four quarters of modest profits",
        "DATE[four quarters]",
    );
    check(
        "more than three quarters of the total",
        "CARDINAL[more than three quarters]",
    );
    check(
        "about a quarter of its workforce",
        "CARDINAL[about a quarter]",
    );
}

#[test]
fn metric_short_and_long_tons_are_three_units() {
    check(
        "150,000 metric tons of wheat",
        "QUANTITY[150,000 metric tons]",
    );
    check("2.5 mln long tons of sugar", "QUANTITY[2.5 mln long tons]");
    check_range("72,000 metric ton capacity", "[72000, 72000] t");
    check_range("72,000 short ton capacity", "[72000, 72000] short t");
    check_range("72,000 tonnes", "[72000, 72000] t");
    check("a long time", "");
}

#[test]
fn dates_read_against_the_publication_day_say_so() {
    let relative = |text: &str| -> Vec<bool> {
        find(text, Span::new(0, text.len()), Some(PUBLISHED))
            .iter()
            .map(|m| m.relative)
            .collect()
    };
    for text in [
        "yesterday",
        "last night",
        "tonight",
        "on Monday",
        "three days ago",
        "in July",
    ] {
        assert_eq!(relative(text), [true], "{text}");
    }
    for text in ["October 25, 2017", "in 2016", "40 people"] {
        assert_eq!(relative(text), [false], "{text}");
    }
}

#[test]
fn a_wires_time_stamp_is_a_date_and_a_time() {
    check(
        "9-MAR-1987 00:14:46.66",
        "DATE[9-MAR-1987] TIME[00:14:46.66]",
    );
    check_range("26-Mar-1987", "1987-03-26..1987-03-26");
    check("10:57:30 GMT", "TIME[10:57:30 GMT]");
}

/// A 24-hour clock in four digits is a time when a time zone follows, and only then: "in
/// 1850" is a year.
#[test]
fn four_digits_and_a_time_zone_are_a_time() {
    check("The ferry capsized at 1850 GMT.", "TIME[1850 GMT]");
    check(
        "Highlights 1300 Gmt April 7",
        "TIME[1300 Gmt] DATE[April 7]",
    );
    check("Trading opened at 0930 EST.", "TIME[0930 EST]");
    check("The town was founded in 1850.", "DATE[1850]");
    check("It sold 2460 GMT shares.", "CARDINAL[2460]");
}

#[test]
fn a_bound_set_off_by_a_comma_still_bounds() {
    check(
        "no prison time, or at most, 18 months",
        "DATE[at most, 18 months]",
    );
    check_range("at least, 20 people", "[20, ∞)");
    // Only before a figure: "at least, he said" bounds nothing.
    check("at least, he said, 20 people", "CARDINAL[20]");
}

#[test]
fn a_score_is_one_cardinal_of_both_sides() {
    // Two whole counts joined by a hyphen that runs down or stays level: a result or a vote,
    // which a range (written upward) can't be. OntoNotes tags it as one CARDINAL.
    check(
        "Argentina beat France 4-2 on penalties after a 3-3 draw",
        "CARDINAL[4-2] CARDINAL[3-3]",
    );
    check(
        "The court ruled 7-2 on Monday.",
        "CARDINAL[7-2] DATE[Monday]",
    );
    check("the Senate passed the bill, 89-6.", "CARDINAL[89-6]");
    check(
        "Argentina 3-3 France (4-2 on pens)",
        "CARDINAL[3-3] CARDINAL[4-2]",
    );
    check_range("a 2-1 loss", "[2, 2] score against 1");
    check_range("a 3–3 draw", "[3, 3] score against 3");
    // Upward it is still a range; a year's span, money, a model, a formation and a mixed
    // fraction are no score.
    check_range("10-20 people", "[10, 20]");
    check("the 2019-20 season", "DATE[2019-20]");
    check("$5-3", "MONEY[$5]");
    check("its 767-300 jets", "CARDINAL[767]");
    check("a 4-3-3 formation", "CARDINAL[4]");
    check("paying 7-3/4 pct", "CARDINAL[7]");
}
