//! Civil-calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), so
//! dates become plain integers that compare and intersect like any other range.
//!
//! The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`: exact for every
//! year an article can mention, no tables, no allocation.

/// Days since 1970-01-01 of `year-month-day` (`month` 1..=12, `day` 1..=31, not checked).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `(year, month, day)` of a day number.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Number of days in a month.
pub fn month_len(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Day of the week, 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday).
pub fn weekday(days: i64) -> u32 {
    (days + 3).rem_euclid(7) as u32
}

/// Parses `YYYY-MM-DD` (anything after the day, such as a time, is ignored).
pub fn parse_iso(date: &str) -> Option<i64> {
    let year: i64 = date.get(0..4)?.parse().ok()?;
    if date.get(4..5)? != "-" || date.get(7..8)? != "-" {
        return None;
    }
    let month: u32 = date.get(5..7)?.parse().ok()?;
    let day: u32 = date.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&month) || day == 0 || day > month_len(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// `YYYY-MM-DD` of a day number.
pub fn format_iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(iso: &str, days: i64, weekday_expected: u32) {
        assert_eq!(parse_iso(iso), Some(days), "{iso}");
        assert_eq!(format_iso(days), iso);
        assert_eq!(weekday(days), weekday_expected, "{iso}");
    }

    #[test]
    fn round_trips() {
        check("1970-01-01", 0, 3);
        check("2000-02-29", 11_016, 1);
        check("2017-10-25", 17_464, 2);
        check("1969-12-31", -1, 2);
        check("2016-11-08", 17_113, 1);
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in [
            "",
            "2017",
            "2017-13-01",
            "2017-02-29",
            "2017/10/25",
            "２０１７-10-25",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
