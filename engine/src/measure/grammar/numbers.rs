//! Numbers, money, percentages and ordinals: amounts in digits or words, currency prefixes
//! and suffixes, units, ranges ("between 5 and 10"), and the qualifiers that widen them
//! ("about", "more than").

use super::ranges::{day_range, unit_days, widen};
use super::{is_ordinal_suffix, Amount, Class, Hit, Scanner, Q};
use crate::measure::lexicon::{lookup, DateUnit, Lex, Qual, Rel, W};
use crate::measure::{MeasureKind, Range, FRACTION, SCORE};

/// The highest side of a score: a basketball score or a vote ("voted 120-95"), not an
/// aircraft model ("767-300").
const MAX_SCORE: f64 = 200.0;

impl Scanner<'_> {
    pub(super) fn number(&self, i: usize) -> Option<Hit> {
        let (j, q) = self.qualifier(i);
        if j != i && !self.next_ok(j) {
            return None;
        }
        if let Some(hit) = self.fraction(i, j, q) {
            return Some(hit);
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
        let unscaled = amount.end == j + 1;
        let raw_tail = self.range_tail(amount.end, q, currency.is_some());
        if let Some(hit) = raw_tail
            .as_ref()
            .and_then(|(high, _)| self.score(&amount, high, q, currency.is_some() || !unscaled))
        {
            return Some(hit);
        }
        let tail = raw_tail
            .map(|(high, scale)| {
                // "110 to 130 mln": a scale written once is both ends'.
                let scaled = amount.low * scale;
                let low = if unscaled && scale > 1.0 && scaled < high.high {
                    scaled
                } else {
                    amount.low
                };
                (high, low)
            })
            .filter(|(high, low)| high.high > *low)
            // "1989 or 1990" are two years, not a count.
            .filter(|_| !(amount.year_like && self.word_next(amount.end, W::Or)));
        if let Some((high, low)) = tail {
            amount = Amount {
                end: high.end,
                low,
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
    pub(super) fn unit_tail(
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
            } else if let Some(x) = self.hyphenated_scale(k) {
                // "$6.6-billion", as Canadian copy writes it.
                scale = x;
                end += 2;
            }
            let mut r = number_range(Some(c))?;
            scale_range(&mut r, scale);
            return Some(Hit {
                end,
                kind: MeasureKind::Money,
                range: Some(r),
                relative: false,
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
                    relative: false,
                });
            }
            // "410p a share", "12.5p": pence, as British business copy writes a share price
            // (not a screen's lines, "720p", "1080p"); "31pc": per cent, as some British and
            // Irish papers write it.
            let short_unit = match s {
                "p" if ![480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0].contains(&amount.low) => {
                    Some((MeasureKind::Money, "p"))
                }
                "pc" => Some((MeasureKind::Percent, "%")),
                _ => None,
            };
            if let Some((kind, unit)) = short_unit {
                return Some(Hit {
                    end: k + 1,
                    kind,
                    range: number_range(Some(unit)),
                    relative: false,
                });
            }
            // A scale before a currency word is a sum ("5bn dollars"); else a count in
            // millions or billions ("1.2m people", "3bn users"). A glued "m" is also metres
            // ("a 10m wall"), so alone it scales only a count of things: a plural after it.
            let currency = match self.lex_next(k + 1) {
                Some(Lex::Currency(c)) => Some(c),
                _ => None,
            };
            let scale = match s {
                _ if currency.is_some() => money_suffix(s),
                "m" | "M" => self.plural_follows(k + 1).then_some(1e6),
                "mn" | "mln" | "bn" | "bln" | "tn" => money_suffix(s),
                _ => None,
            };
            if let Some(x) = scale {
                let mut r = number_range(currency)?;
                scale_range(&mut r, x);
                return Some(Hit {
                    end: k + 1 + usize::from(currency.is_some()),
                    kind: if currency.is_some() {
                        MeasureKind::Money
                    } else {
                        MeasureKind::Cardinal
                    },
                    range: Some(r),
                    relative: false,
                });
            }
            return None;
        }
        if let Some(end) = self.hyphenated_percent(k) {
            // "the 57.8-per cent of Reynolds", "a 26-percent stake".
            return Some(Hit {
                end,
                kind: MeasureKind::Percent,
                range: number_range(Some("%")),
                relative: false,
            });
        }
        if self.punct(k, '%') {
            return Some(Hit {
                end: k + 1,
                kind: MeasureKind::Percent,
                range: number_range(Some("%")),
                relative: false,
            });
        }
        // "72,000 metric tons", "2.5 mln short tons": a short or long ton is its own unit,
        // which a metric one never equals.
        if let Some(unit) = self.kind_of_ton(k) {
            return Some(Hit {
                end: k + 2,
                kind: MeasureKind::Quantity,
                range: number_range(Some(unit)),
                relative: false,
            });
        }
        if let Some((end, unit)) = self.country_dollars(k) {
            return Some(Hit {
                end,
                kind: MeasureKind::Money,
                range: number_range(Some(unit)),
                relative: false,
            });
        }
        let next = self.lex_next(k);
        match next {
            Some(Lex::Percent) => {
                return Some(Hit {
                    end: k + 1,
                    kind: MeasureKind::Percent,
                    range: number_range(Some("%")),
                    relative: false,
                })
            }
            Some(Lex::Word(W::Per)) if self.lex_next(k + 1) == Some(Lex::Word(W::Cent)) => {
                return Some(Hit {
                    end: k + 2,
                    kind: MeasureKind::Percent,
                    range: number_range(Some("%")),
                    relative: false,
                })
            }
            Some(Lex::Word(W::Percentage)) if self.lex_next(k + 1) == Some(Lex::Word(W::Point)) => {
                return Some(Hit {
                    end: k + 2,
                    kind: MeasureKind::Percent,
                    range: number_range(Some("pp")),
                    relative: false,
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
                    relative: false,
                });
            }
            Some(Lex::Unit(u)) => {
                return Some(Hit {
                    end: k + 1,
                    kind: MeasureKind::Quantity,
                    range: number_range(Some(u)),
                    relative: false,
                })
            }
            // "300 square miles" is an area, not a length: its unit is "mile²".
            Some(Lex::Word(w @ (W::Square | W::Cubic))) => {
                if let Some(Lex::Unit(u)) = self.lex_next(k + 1) {
                    let power = if w == W::Square { '²' } else { '³' };
                    return Some(Hit {
                        end: k + 2,
                        kind: MeasureKind::Quantity,
                        range: number_range(Some(&format!("{u}{power}"))),
                        relative: false,
                    });
                }
            }
            Some(Lex::DateUnit(unit, _)) => {
                let mut end = k + 1;
                // "two years old" (an age is a DATE in OntoNotes), "three weeks ago"
                if self.word_next(end, W::Old) {
                    end += 1;
                }
                // "two days later": told from the date the text gave last.
                if let Some(range) = (end == k + 1 && !amount.vague)
                    .then(|| super::relative::whole_days(unit, amount.low))
                    .flatten()
                    .and_then(|days| self.later_or_earlier(end, days))
                {
                    return Some(Hit {
                        end: end + 1,
                        kind: MeasureKind::Date,
                        range: Some(range),
                        relative: false,
                    });
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
                        relative: true,
                    });
                }
                return Some(Hit {
                    end,
                    kind: MeasureKind::Date,
                    range: number_range(Some(unit.name())),
                    relative: false,
                });
            }
            Some(Lex::TimeUnit(unit, _)) => {
                // "about 12 hours later": a time told from the date the text gave last.
                let day_share = match unit {
                    "hour" => Some(1.0 / 24.0),
                    "minute" => Some(1.0 / 1440.0),
                    _ => None,
                };
                let told = day_share.filter(|_| !amount.vague).and_then(|share| {
                    let n = (amount.low + amount.high) / 2.0;
                    self.later_or_earlier(k + 1, n * share)
                });
                if let Some(range) = told {
                    return Some(Hit {
                        end: k + 2,
                        kind: MeasureKind::Time,
                        range: Some(range),
                        relative: false,
                    });
                }
                return Some(Hit {
                    end: k + 1,
                    kind: MeasureKind::Time,
                    range: number_range(Some(unit)),
                    relative: false,
                });
            }
            _ => {}
        }
        // "a 3,676-metre volcano", "a 10-km exclusion zone": a quantity, as an adjective. Not
        // "in", which is more often the word than the inch ("a 3-in-1 device").
        if self.hyphen_joins(k) {
            if let Some(Lex::Unit(u)) = self.lex(k + 1).filter(|_| !self.word_is(k + 1, "in")) {
                return Some(Hit {
                    end: k + 2,
                    kind: MeasureKind::Quantity,
                    range: number_range(Some(u)),
                    relative: false,
                });
            }
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
                    relative: false,
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
            relative: false,
        })
    }

    /// Token `k` is a hyphen glued to the amount before it and the word after it ("6.6-billion").
    fn hyphen_joins(&self, k: usize) -> bool {
        self.punct(k, '-') && self.glued(k) && self.glued(k + 1)
    }

    /// "-billion" glued after the amount ending at `k`: its scale.
    fn hyphenated_scale(&self, k: usize) -> Option<f64> {
        if !self.hyphen_joins(k) {
            return None;
        }
        let t = self.tok(k + 1)?;
        if t.class != Class::Alpha {
            return None;
        }
        match self.text_of(k + 1) {
            "million" | "billion" | "trillion" => money_suffix(self.text_of(k + 1)),
            _ => None,
        }
    }

    /// "-percent", "-pct" or "-per cent" glued after the amount ending at `k`: where the
    /// percentage ends.
    fn hyphenated_percent(&self, k: usize) -> Option<usize> {
        if !self.hyphen_joins(k) {
            return None;
        }
        match self.lex(k + 1)? {
            Lex::Percent => Some(k + 2),
            Lex::Word(W::Per) if self.lex_next(k + 2) == Some(Lex::Word(W::Cent)) => Some(k + 3),
            _ => None,
        }
    }

    /// A lower-case plural word at `i`, the thing a count counts ("people", "homes").
    fn plural_follows(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let word = self.text_of(i);
        self.next_ok(i)
            && t.class == Class::Alpha
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && (word.len() > 3 && word.ends_with('s') && !word.ends_with("ss")
                || matches!(word, "people" | "children" | "men" | "women"))
    }

    /// "one" is a pronoun as often as a number: "no one", "the one who", "one another".
    pub(super) fn is_countable_one(&self, i: usize, amount: &Amount) -> bool {
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

    /// `k`, or the token after it when `k` is a comma glued to the word before it and
    /// followed by a number ("at most, 18 months").
    fn past_comma(&self, k: usize) -> usize {
        let comma = self.punct(k, ',')
            && self.glued(k)
            && self.next_ok(k + 1)
            && self.tok(k + 1).is_some_and(|t| t.class == Class::Num);
        k + usize::from(comma)
    }

    /// Qualifier words at `i`: the token after them and their effect.
    pub(super) fn qualifier(&self, i: usize) -> (usize, Q) {
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
            // "or at most, 18 months": the bound may be set off by a comma.
            Some(Lex::Word(W::At)) if two(W::Least) => (self.past_comma(i + 2), Q::AtLeast),
            Some(Lex::Word(W::At)) if two(W::Most) => (self.past_comma(i + 2), Q::AtMost),
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

    pub(super) fn currency_prefix(&self, i: usize) -> Option<(usize, &'static str)> {
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
    pub(super) fn amount(&self, i: usize) -> Option<Amount> {
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
            // "a decade": one of a unit that, unlike "a year" ("twice a year", "$5 a year"),
            // is almost never a rate, so it is a duration. Not "half a decade"; nor "a
            // century", which news mostly writes as an age ("a century-old building").
            (Class::Alpha, Some(Lex::Word(W::A | W::An)))
                if matches!(
                    self.lex_next(i + 1),
                    Some(Lex::DateUnit(DateUnit::Decade, false))
                ) && !i
                    .checked_sub(1)
                    .is_some_and(|p| self.text_of(p).eq_ignore_ascii_case("half")) =>
            {
                Some(Amount {
                    end: i + 1,
                    low: 1.0,
                    high: 1.0,
                    vague: false,
                    year_like: false,
                })
            }
            // "several hundred", "a few thousand": some of a scale, vaguely.
            (Class::Alpha, Some(Lex::Word(W::Several))) => self.some_of_a_scale(i + 1, 3.0, 10.0),
            (Class::Alpha, Some(Lex::Word(W::A))) if self.word_next(i + 1, W::Few) => {
                self.some_of_a_scale(i + 2, 2.0, 6.0)
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

    /// "hundred" at `at` after "several" (`low` to `high` of it): a vague count.
    fn some_of_a_scale(&self, at: usize, low: f64, high: f64) -> Option<Amount> {
        let (end, scale) = self.scales(at, 1.0);
        (end > at).then_some(Amount {
            end,
            low: low * scale,
            high: high * scale,
            vague: true,
            year_like: false,
        })
    }

    /// Scale words after a number: "1.5 million", "two hundred thousand".
    pub(super) fn scales(&self, mut end: usize, mut value: f64) -> (usize, f64) {
        while let Some(Lex::Scale(s)) = self.lex_next(end) {
            value *= s;
            end += 1;
        }
        (end, value)
    }

    /// The high end of "10 to 20", "10-20", "between 10 and 20", "two or three", "$5 to $7",
    /// with the scale its number is written with.
    pub(super) fn range_tail(&self, end: usize, q: Q, money: bool) -> Option<(Amount, f64)> {
        let joiner_ok = match q {
            Q::Between => self.word_next(end, W::And),
            Q::From => self.word_next(end, W::To),
            // "four or five months", "two or three people": one hedged figure.
            _ => {
                self.word_next(end, W::To)
                    || self.word_next(end, W::Or)
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
        // The scale words after the high end's number ("130 mln": a million).
        let (_, scale) = self.scales(j + 1, 1.0);
        // The caller checks that the range runs upward: "3-2" is a score, not a range.
        Some((high, scale))
    }

    /// A score, at the amount `first` and the high end `second` a range would have: two whole
    /// counts joined by a hyphen that runs down or stays level ("beat France 4-2", "a 3-3
    /// draw", "the court ruled 7-2"). A range is written upward ("10-20 people"), so these
    /// can't be one. Read as its first side, with the second in its unit ([`SCORE`]), so two
    /// scores are the same only when both sides are, and different scores are two results,
    /// never a conflict. Not a year's span ("the 2019-20 season"), a money amount or a
    /// scaled one, a model ("767-300" is past any score), nor a figure the score's end is
    /// glued to: a chain ("a 4-3-3 formation"), a mixed fraction ("7-3/4 pct"), a name
    /// ("767-300ER").
    fn score(&self, first: &Amount, second: &Amount, q: Q, money_or_scaled: bool) -> Option<Hit> {
        let hyphen_at = first.end;
        let whole = |x: f64| x.fract() == 0.0 && (0.0..=MAX_SCORE).contains(&x);
        let ends_here = !self.glued(second.end)
            || matches!(
                self.tok(second.end).map(|t| t.class),
                Some(Class::Punct(
                    ',' | '.' | ')' | ':' | ';' | '!' | '?' | '"' | '”'
                ))
            );
        let is_score = q == Q::None
            && !money_or_scaled
            && !first.year_like
            && !first.vague
            && !second.vague
            && (self.punct(hyphen_at, '-') || self.punct(hyphen_at, '–'))
            && second.end == hyphen_at + 2
            && whole(first.low)
            && first.low == first.high
            && whole(second.high)
            && second.low == second.high
            && second.high <= first.low
            && ends_here;
        if !is_score {
            return None;
        }
        Some(Hit {
            end: second.end,
            kind: MeasureKind::Cardinal,
            range: Some(Range {
                low: Some(first.low),
                high: Some(first.low),
                // An integer, not a float: formatting a float would add its code to the worker.
                unit: Some(format!("{SCORE} {}", second.high as u32)),
                low_open: false,
                high_open: false,
                approximate: false,
                year_implied: false,
            }),
            relative: false,
        })
    }

    /// The unit of "metric", "short" or "long" and a ton at `k`.
    fn kind_of_ton(&self, k: usize) -> Option<&'static str> {
        if self.lex_next(k + 1) != Some(Lex::Unit("t")) || !self.next_ok(k) {
            return None;
        }
        match self.text_of(k).to_ascii_lowercase().as_str() {
            "metric" => Some("t"),
            "short" => Some("short t"),
            "long" => Some("long t"),
            _ => None,
        }
    }

    /// A country's dollars named after the amount, at `k`: "100 mln U.S. dlrs", "50 Canadian
    /// dollars", "3 Hong Kong dlrs"; the end and the unit, as the sign before the amount
    /// would give it ("US$", "C$", "HK$").
    fn country_dollars(&self, k: usize) -> Option<(usize, &'static str)> {
        if !self.next_ok(k) {
            return None;
        }
        let us = self.word_is(k, "U")
            && self.punct(k + 1, '.')
            && self.glued(k + 1)
            && self.word_is(k + 2, "S")
            && self.glued(k + 2);
        let (after, unit) = if us {
            let dot = self.punct(k + 3, '.') && self.glued(k + 3);
            (k + 3 + usize::from(dot), "$")
        } else {
            match self.text_of(k) {
                "US" => (k + 1, "$"),
                "Canadian" => (k + 1, "c$"),
                "Australian" => (k + 1, "a$"),
                "Singapore" => (k + 1, "s$"),
                "Taiwan" => (k + 1, "nt$"),
                "Hong" if self.word_is(k + 1, "Kong") => (k + 2, "hk$"),
                "New" if self.word_is(k + 1, "Zealand") => (k + 2, "nz$"),
                _ => return None,
            }
        };
        matches!(self.lex_next(after), Some(Lex::Currency("$"))).then_some((after + 1, unit))
    }

    /// "quarter(s)" from `start` to `end` are a year's: after "the first", "last", "final",
    /// ..., or before "of" and a year or a unit of time ("of 1986", "of fiscal 1984", "of the
    /// year", "of a century").
    fn quarters_of_time(&self, start: usize, end: usize) -> bool {
        let before = start
            .checked_sub(1)
            .map(|p| self.text_of(p).to_ascii_lowercase());
        let timed_before = before.is_some_and(|w| {
            matches!(
                w.as_str(),
                "first"
                    | "last"
                    | "final"
                    | "past"
                    | "next"
                    | "previous"
                    | "recent"
                    | "latest"
                    | "consecutive"
                    | "straight"
                    | "the"
            )
        });
        let mut k = end + 1;
        if matches!(
            self.text_of(k).to_ascii_lowercase().as_str(),
            "a" | "the" | "this" | "fiscal"
        ) {
            k += 1;
        }
        let time_after = self.tok(k).is_some_and(|t| t.class == Class::Num)
            || matches!(self.lex(k), Some(Lex::DateUnit(..)))
            || self.word_is(k, "century");
        timed_before || time_after
    }

    /// A fraction of a whole at `j` (after any qualifier from `start`): "two-thirds of exports",
    /// "up to one-fifth", "a quarter of the staff", "cut by a third". Its unit is
    /// [`FRACTION`], so it is compared with fractions only, never with a count. Written apart,
    /// the words are a fraction only before "of" or after "by": "a third party", "a second
    /// quarter" and "two quarters of 1987" are not.
    fn fraction(&self, start: usize, j: usize, q: Q) -> Option<Hit> {
        let t = self.tok(j)?;
        // "around half of the shares", "cut by half": a half, told as "half" alone. Not "the
        // first half of 2018", "half an hour" nor "half a decade".
        if t.lex == Some(Lex::Word(W::Half)) {
            let of_after = self.word_next(j + 1, W::Of)
                && !self.tok(j + 2).is_some_and(|t| t.class == Class::Num);
            let by_before = start.checked_sub(1).is_some_and(|p| self.is_word(p, W::By));
            let after_ordinal = start
                .checked_sub(1)
                .is_some_and(|p| matches!(self.lex(p), Some(Lex::Ordinal(_))));
            if !(of_after || by_before) || after_ordinal {
                return None;
            }
            return Some(self.fraction_hit(j + 1, 0.5, q));
        }
        let article = matches!(t.lex, Some(Lex::Word(W::A | W::An)));
        let numerator = match t.lex {
            Some(Lex::Number(n)) if t.class == Class::Alpha && n.fract() == 0.0 => n,
            _ if article => 1.0,
            _ => return None,
        };
        if !(1.0..=9.0).contains(&numerator) {
            return None;
        }
        let hyphen = self.punct(j + 1, '-') && self.glued(j + 1) && self.glued(j + 2);
        let at = if hyphen { j + 2 } else { j + 1 };
        if !self.next_ok(at) || article && hyphen {
            return None;
        }
        // Compared in place: this runs at every "a" and number word of every article.
        let word = self.text_of(at);
        let (singular, plural) = match word.strip_suffix(['s', 'S']) {
            Some(s) => (s, true),
            None => (word, false),
        };
        let denominator = DENOMINATORS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(singular))
            .map(|(_, d)| *d)?;
        let end = at + 1;
        if !hyphen {
            let of_after = self.word_next(end, W::Of)
                && !self.tok(end + 1).is_some_and(|t| t.class == Class::Num);
            let by_before = start.checked_sub(1).is_some_and(|p| self.is_word(p, W::By));
            if plural != (numerator > 1.0) || !(of_after || by_before) {
                return None;
            }
            // Quarters apart are as often a year's: "the first three quarters of 1986", "four
            // quarters of modest profits", "a quarter of a century".
            if denominator == 4 && (plural && numerator != 3.0 || self.quarters_of_time(start, end))
            {
                return None;
            }
        }
        Some(self.fraction_hit(end, numerator / f64::from(denominator), q))
    }

    /// A fraction of `value` that ends before token `end`.
    fn fraction_hit(&self, end: usize, value: f64, q: Q) -> Hit {
        let mut range = Range {
            low: Some(value),
            high: Some(value),
            unit: Some(FRACTION.into()),
            low_open: false,
            high_open: false,
            approximate: false,
            year_implied: false,
        };
        apply_qualifier(&mut range, value, value, q);
        Hit {
            end,
            kind: MeasureKind::Cardinal,
            range: Some(range),
            relative: false,
        }
    }

    // ----- ordinals -----

    pub(super) fn ordinal(&self, i: usize) -> Option<Hit> {
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
                    relative: false,
                })
            }
            (Class::Num, _) => {
                let s = self.suffix(i)?;
                is_ordinal_suffix(s).then(|| Hit {
                    end: i + 2,
                    kind: MeasureKind::Ordinal,
                    range: range(t.value),
                    relative: false,
                })
            }
            _ => None,
        }
    }
}

/// The words that make a number a fraction ("two-thirds"), singular, with the denominator.
const DENOMINATORS: [(&str, u32); 8] = [
    ("third", 3),
    ("quarter", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];

/// "5bn", "5m", "5k" after a currency amount.
pub(super) fn money_suffix(s: &str) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" | "million" => 1e6,
        "b" | "B" | "bn" | "bln" | "billion" => 1e9,
        "tn" | "trillion" => 1e12,
        _ => return None,
    })
}

pub(super) fn scale_range(r: &mut Range, by: f64) {
    r.low = r.low.map(|x| x * by);
    r.high = r.high.map(|x| x * by);
}

pub(super) fn apply_qualifier(r: &mut Range, low: f64, high: f64, q: Q) {
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
