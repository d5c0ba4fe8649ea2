//! Clock times: "7 p.m.", "19:30 GMT", "noon", with their meridiem and time zone.

use super::super::MeasureKind;
use super::ranges::{clock, day_range, to_minutes};
use super::{Class, Hit, Scanner};
use crate::measure::lexicon::{Lex, Qual, W};

impl Scanner<'_> {
    pub(super) fn time(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        let time_hit = |end: usize, minutes: Option<f64>| {
            let end = self.time_zone(end);
            Some(Hit {
                end,
                kind: MeasureKind::Time,
                range: minutes.map(clock),
                relative: false,
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
                    relative: true,
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
                        relative: false,
                    });
                }
                return None;
            }
            _ => {}
        }
        if t.class != Class::Num {
            return None;
        }
        // "1850 GMT", "0930 EST": a 24-hour clock written as four digits. Only the time zone
        // tells it from a year ("in 1850") or a count, so it needs one, in any case (a wire's
        // title-case headline writes "1300 Gmt").
        if t.plain_digits == 4
            && t.value.fract() == 0.0
            && self.lex_next(i + 1) == Some(Lex::TimeZone)
        {
            let (hour, minute) = ((t.value as u32) / 100, (t.value as u32) % 100);
            if hour <= 23 && minute <= 59 {
                return Some(Hit {
                    end: i + 2,
                    kind: MeasureKind::Time,
                    range: to_minutes(hour, minute, None).map(clock),
                    relative: false,
                });
            }
        }
        let hour = self.small_int(i, 0..=24, 2)?;
        // 10:57 [AM] [IST]
        if self.punct(i + 1, ':') && self.glued(i + 1) && self.glued(i + 2) {
            let minute = self
                .small_int(i + 2, 0..=59, 2)
                .filter(|_| self.tok(i + 2).is_some_and(|t| t.plain_digits == 2))?;
            let mut end = i + 3;
            // Seconds, perhaps with hundredths: "00:14:46.66", a wire's time stamp.
            if self.punct(end, ':')
                && self.glued(end)
                && self.glued(end + 1)
                && self
                    .tok(end + 1)
                    .is_some_and(|t| t.class == Class::Num && (0.0..60.0).contains(&t.value))
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
    pub(super) fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
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
    pub(super) fn dot_is_abbreviation(&self, _i: usize) -> bool {
        false
    }

    pub(super) fn time_zone(&self, end: usize) -> usize {
        if self.lex_next(end) == Some(Lex::TimeZone)
            && self.text_of(end).chars().all(|c| c.is_ascii_uppercase())
        {
            return end + 1;
        }
        end
    }
}
