//! Calendar dates as article text writes them ("October 25, 2017", "Oct. 26, 2017",
//! "26 October 2017", "2017-10-25", "2-APR-1987"), and the year a year-less date most likely has. The
//! header, the credits and `.jsonl` records all read dates through here.

use crate::english::month_number;

/// `month`-`day` in the year that puts it nearest the latest of the `known` dates
/// (`YYYY-MM-DD`): a story is published on or soon after the last day it reports on.
pub(crate) fn with_nearest_year(month: u32, day: u32, known: &[String]) -> Option<String> {
    let latest = known.iter().max()?;
    let year: i32 = latest.get(..4)?.parse().ok()?;
    let day_number = |y: i32, m: u32, d: u32| y * 372 + (m as i32) * 31 + d as i32;
    let latest_number = day_number(
        year,
        latest.get(5..7)?.parse().ok()?,
        latest.get(8..10)?.parse().ok()?,
    );
    let best = [year - 1, year, year + 1]
        .into_iter()
        .min_by_key(|&y| (day_number(y, month, day) - latest_number).abs())?;
    Some(format!("{best:04}-{month:02}-{day:02}"))
}

/// Every full calendar date written out in `line`, as `YYYY-MM-DD`: "October 25, 2017",
/// "Oct 26 2017", "Oct. 26, 2017", "26 October 2017", "2017-10-25", "2-APR-1987".
pub(crate) fn dates_in(line: &str) -> Vec<String> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '|' || c == '(' || c == ')')
        .map(|w| w.trim_matches(|c: char| c == ',' || c == ':' || c == ';'))
        .filter(|w| !w.is_empty())
        .collect();
    let year = |w: &str| {
        w.parse::<u32>()
            .ok()
            .filter(|y| (1800..=2200).contains(y) && w.len() == 4)
    };
    let day = |w: &str| {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 26th
        w.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
    };
    let mut found = Vec::new();
    for i in 0..words.len() {
        if super::front_matter::is_iso_date(words[i].get(..10).unwrap_or("")) {
            found.push(words[i][..10].to_string());
            continue;
        }
        // Day-Month-Year in one word, as newswires stamp their copy: "2-APR-1987".
        if let [d, m, y] = words[i].split('-').collect::<Vec<_>>()[..] {
            let month = month_number(m).filter(|_| m.starts_with(char::is_uppercase));
            if let (Some(d), Some(month), Some(y)) = (day(d), month, year(y)) {
                found.push(format!("{y:04}-{month:02}-{d:02}"));
                continue;
            }
        }
        let Some(month) = month_number(words[i])
            .filter(|_| words[i].chars().next().is_some_and(char::is_uppercase))
        else {
            continue;
        };
        // Month Day Year
        if let (Some(d), Some(y)) = (
            words.get(i + 1).and_then(|w| day(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            found.push(format!("{y:04}-{month:02}-{d:02}"));
        } else if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|j| day(words[j])),
            words.get(i + 1).and_then(|w| year(w)),
        ) {
            // Day Month Year
            found.push(format!("{y:04}-{month:02}-{d:02}"));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_many_ways() {
        for (line, want) in [
            ("October 25, 2017", "2017-10-25"),
            ("Oct 26 2017 | 10:57 AM IST", "2017-10-26"),
            ("Oct. 26, 2017", "2017-10-26"),
            ("26 October 2017", "2017-10-26"),
            ("Sept 3 2020", "2020-09-03"),
            ("2017-10-25T10:00", "2017-10-25"),
            ("2-APR-1987 08:25:50.93", "1987-04-02"),
            ("26-Mar-1987", "1987-03-26"),
        ] {
            assert_eq!(dates_in(line), vec![want.to_string()], "{line}");
        }
        assert!(
            dates_in("may 5 2017").is_empty(),
            "lowercase 'may' is a verb"
        );
        assert!(dates_in("March on").is_empty());
    }
}
