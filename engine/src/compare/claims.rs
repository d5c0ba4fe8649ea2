//! Reading each figure and date of a passage as a claim: what it counts ("33,000 emails",
//! "the death toll rose to 41": the dead), whom or where it is about ("230 in Puebla",
//! "Puebla: 230 dead"), when ("$1.2bn in 2023"), whether it refers to a set already told ("the
//! 33,000 emails") or adds to one ("eight more died"), and the dates a text tells from the one
//! before ("the following day"). `prepare.rs` reads each passage with these; `numbers.rs`
//! compares what they find.

use std::rc::Rc;

use super::background::Background;
use super::numbers;
use super::words::{self, Word};
use crate::english::quantities;
use crate::measure::{self, MeasureKind, Range};
use crate::span::Span;

/// A year: what a count's own date must end before the article's time, by more than this, to
/// be history the story recalls rather than its news.
pub(super) const PAST_DAYS: f64 = 365.0;

/// The last date a text gave before the passage being read: its range, how it was written, and
/// how many days it lies after that written date (for a date itself told from another).
pub(super) struct LastDate {
    range: Range,
    written: String,
    days_after: f64,
}

/// The widest date a date can be told from ("the following day" after "late September 2016"
/// is a day of its last ten; after "2016" it is no day at all).
const MAX_ANCHOR_DAYS: f64 = 31.0;

/// Gives each date told from the one before it ("the following day", "two days later", "the
/// previous evening", [`measure::AFTER_PREVIOUS`]) its range: the last date the text gave,
/// moved by as many days. "The next morning" after "September 20, 2016" is September 21,
/// 2016; it reads "the next morning (the day after September 20, 2016)". With no such date
/// before it, or one wider than a month, it dates nothing and is not compared; so does a time
/// less than a day on ("about 12 hours later"), whose day depends on an hour seldom given.
pub(super) fn anchor_told_dates(measures: &mut [numbers::Located], last: &mut Option<LastDate>) {
    for m in measures.iter_mut() {
        let Some(range) = m.measure.range.as_ref() else {
            continue;
        };
        if let Some(days) = range.days_after_previous() {
            // "About 12 hours later" falls on one day or the next, as the hour before it does,
            // which a text seldom gives: it dates nothing, and the day stays the anchor.
            let whole_days = days.abs() >= 1.0 && days.fract() == 0.0;
            let anchor = last.as_ref().filter(|a| {
                a.range
                    .low
                    .zip(a.range.high)
                    .is_some_and(|(l, h)| h - l <= MAX_ANCHOR_DAYS)
            });
            let Some(anchor) = anchor.filter(|_| whole_days) else {
                m.measure.range = None;
                m.range = None;
                continue;
            };
            let moved = Range {
                low: anchor.range.low.map(|l| l + days),
                high: anchor.range.high.map(|h| h + days),
                ..anchor.range.clone()
            };
            let days_after = anchor.days_after + days;
            let from = match days_after {
                1.0 => format!("the day after {}", anchor.written),
                -1.0 => format!("the day before {}", anchor.written),
                // Whole days (`whole_days`): written as integers, which keeps float formatting
                // out of the worker.
                d if d > 0.0 => format!("{} days after {}", d as i64, anchor.written),
                d => format!("{} days before {}", -d as i64, anchor.written),
            };
            m.phrase = format!("{} ({from})", m.phrase);
            m.measure.range = Some(moved.clone());
            m.range = Some(moved.clone());
            m.told_from_previous = true;
            *last = Some(LastDate {
                range: moved,
                written: anchor.written.clone(),
                days_after,
            });
        } else if range.unit.as_deref() == Some("date") {
            // A wider date around the last one goes on with the same story ("on September 20,
            // 2016, at the height of last year's election"): the day is still the anchor.
            let within = |a: &LastDate| {
                let (l, h) = (a.range.low.zip(a.range.high), range.low.zip(range.high));
                l.zip(h)
                    .is_some_and(|((al, ah), (l, h))| l <= al && ah <= h && h - l > MAX_ANCHOR_DAYS)
            };
            if last.as_ref().is_some_and(within) {
                continue;
            }
            *last = Some(LastDate {
                range: range.clone(),
                written: m.phrase.clone(),
                days_after: 0.0,
            });
        }
    }
}

/// `“Russia, if ...`: a word right after an opening quote is capitalised as a sentence start.
pub(super) fn after_opening_quote(text: &str, word: Span) -> bool {
    text.get(..word.start)
        .and_then(|head| head.chars().next_back())
        .is_some_and(|c| matches!(c, '“' | '"' | '‘' | '«' | '(' | '['))
}

/// The words a document writes capitalised inside its sentences (lower case): its names. A
/// sentence's first word and a Title Case headline's words are capitalised whatever they are,
/// so there a word is a name when the document writes it so elsewhere ("Norcross shares rose
/// 28%" is about Norcross; "Quake Kills 200" counts no Quake).
pub(super) struct Names {
    known: crate::english::FastSet<Rc<str>>,
}

impl Names {
    pub(super) fn read<'w>(
        text: &str,
        passages: impl Iterator<Item = (Span, &'w [Word])>,
        is_title: impl Fn(Span) -> bool,
    ) -> Names {
        let mut known = crate::english::FastSet::default();
        for (span, ws) in passages {
            if is_title(span) {
                continue;
            }
            for w in ws.iter().skip(1) {
                if w.span.slice(text).starts_with(char::is_uppercase)
                    && !after_opening_quote(text, w.span)
                    && !crate::english::is_month_or_day(&w.lower)
                {
                    known.insert(w.lower.clone());
                }
            }
        }
        Names { known }
    }
}

/// The passage's measures with their counted noun, context and governing preposition. `title`:
/// the passage is a headline, where capitals say nothing.
pub(super) fn locate_measures(
    text: &str,
    span: Span,
    published: Option<&str>,
    ws: &[words::Word],
    (names, title): (&Names, bool),
) -> Vec<numbers::Located> {
    let mut out = Vec::new();
    let found = measure::find(text, span, published);
    // Words of another measure count nothing: "$1.2 billion last year" counts no years.
    let in_a_measure = |w: &words::Word| {
        found
            .iter()
            .any(|m| m.span.start < w.span.end && w.span.start < m.span.end)
    };
    let phrase_ends = |from: usize, to: usize| phrase_ends(text, from, to);
    // Whether a sentence's capitalised first word may be a name: the document writes it
    // capitalised elsewhere, or general English doesn't know it ("Tamaro").
    let may_be_name =
        |w: &words::Word| names.known.contains(&w.lower) || !Background::get().lists(&w.term);
    for mut m in found.iter().cloned() {
        let mut ordinal_dead = false;
        let first = ws
            .iter()
            .position(|w| w.span.end > m.span.start)
            .unwrap_or(ws.len());
        let after = ws
            .iter()
            .position(|w| w.span.start >= m.span.end)
            .unwrap_or(ws.len());
        // The lower-cased word at `k`, if there is one.
        let lower_at = |k: Option<usize>| k.and_then(|k| ws.get(k)).map(|w| &*w.lower);
        if m.kind == MeasureKind::Ordinal {
            // "A second worker died", "3rd victim dies": the toll is the ordinal's number.
            // Otherwise an ordinal counts nothing ("the second explosion", "finished third").
            if !ordinal_toll(&m, &ws[after..], &phrase_ends) {
                continue;
            }
            m.kind = MeasureKind::Cardinal;
            ordinal_dead = true;
        }
        // What the number counts: the first common words after it ("33,000 emails", "12 dead"),
        // else the ones right before it ("the death toll rose to 230"). Names near it say who
        // or where it is about ("230 in Puebla", "Puebla: 230 dead").
        let is_name = |w: &words::Word| {
            if !w.span.slice(text).starts_with(char::is_uppercase)
                || crate::english::is_month_or_day(&w.lower)
            {
                return false;
            }
            if title {
                return names.known.contains(&w.lower);
            }
            let k = ws
                .binary_search_by_key(&w.span.start, |v| v.span.start)
                .unwrap_or(0);
            if k > 0 && !after_opening_quote(text, w.span) {
                return true;
            }
            // A sentence's first word is a name the document writes capitalised elsewhere, or
            // a word general English doesn't know, but only as what it names a thing of
            // ("Norcross shares rose", "Tamaro state accounted for 92"): the sentence's
            // subject ("Veltrix will pay $68") is who acts, not what the figure is about.
            if k == 0
                && may_be_name(w)
                && ws.get(1).is_some_and(|next| {
                    !next.term.is_empty() && next.span.slice(text).starts_with(char::is_lowercase)
                })
            {
                return true;
            }
            // Or the first word of a name the document writes elsewhere inside a sentence,
            // whose next word is capitalised too: "Bristol-Myers shares fell 16%".
            if k == 0
                && names.known.contains(&w.lower)
                && ws.get(1).is_some_and(|next| {
                    next.span.slice(text).starts_with(char::is_uppercase)
                        && text
                            .get(w.span.end..next.span.start)
                            .is_some_and(|t| t == "-" || t == " ")
                })
            {
                return true;
            }
            // A list item's label opens its line: "Puebla: 230 dead", "New Mexico: 12 dead"
            // (its first word too, though any sentence's first word is capitalised).
            // Only the next 40 bytes are looked at: the rest of the article is not the label.
            text.get(w.span.end..).is_some_and(|t| {
                t.bytes()
                    .take(41)
                    .position(|b| b == b':')
                    .is_some_and(|colon| {
                        t[..colon]
                            .split_whitespace()
                            .all(|x| x.starts_with(char::is_uppercase))
                    })
            })
        };
        // "33,000 of Clinton's emails", "12 hostages in the town": the first run of common
        // words, after at most two function words, in the same phrase.
        // Words, not figures: in a table row the neighbours of a number are other numbers.
        // Not months either: "Jan 39.9 Feb 34.8" counts neither Januaries nor Februaries.
        let lettered = |w: &&words::Word| {
            w.lower.chars().any(char::is_alphabetic) && !crate::english::is_month_or_day(&w.lower)
        };
        // What a number counts follows it directly or through "a", "per", "of", "the" ("$68
        // a share", "5% of the stock", "12 of the hostages"), "more" ("hundreds more are
        // missing") or a form of "be" or "have" ("15 were wounded", "94 people had died", "30
        // have been killed"); after any other word the words
        // say how or when, not what ("$4.5 billion in cash", "rose 28 per cent on the news",
        // "rose to 225 as rescuers searched").
        let sum_or_share = matches!(m.kind, MeasureKind::Money | MeasureKind::Percent);
        let mut counted_after: Vec<&words::Word> = Vec::new();
        let mut end = m.span.end;
        // A hedge was passed ("feared", "known", "believed"): "to have" or "to be" after it
        // lead on to what happened ("127 people were known to have survived").
        let mut hedged = false;
        // "seven of the nine members": the part counts what its whole does.
        let mut scan_from = after;
        if lower_at(Some(after)) == Some("of")
            && matches!(lower_at(Some(after + 1)), Some("the" | "its" | "their"))
        {
            let whole = ws.get(after + 2).and_then(|w| {
                found
                    .iter()
                    .find(|x| x.span.start <= w.span.start && w.span.start < x.span.end)
            });
            if let Some(whole) = whole.filter(|x| x.kind == m.kind) {
                scan_from = ws
                    .iter()
                    .position(|w| w.span.start >= whole.span.end)
                    .unwrap_or(ws.len());
                end = whole.span.end;
            }
        }
        for (k, w) in ws[scan_from..].iter().enumerate().take(7) {
            if phrase_ends(end, w.span.start)
                || is_name(w)
                || !lettered(&w)
                || in_a_measure(w)
                || quantities::is_preposition(&w.lower) && !(hedged && &*w.lower == "to")
            {
                break;
            }
            end = w.span.end;
            let linking = matches!(
                &*w.lower,
                "a" | "an"
                    | "per"
                    | "of"
                    | "the"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "been"
                    | "had"
                    | "have"
                    | "has"
                    | "more"
                    // "27 people are still missing": where the count stands now, not what it
                    // counts.
                    | "still"
            ) || hedged && matches!(&*w.lower, "to" | "have" | "be")
                // "15 remain missing" counts the missing; "25,000 remained in shelters" those
                // who stayed.
                || matches!(&*w.lower, "remain" | "remains" | "remained")
                    && ws
                        .get(scan_from + k + 1)
                        .is_some_and(|next| !next.term.is_empty() && lettered(&next));
            // Nothing counted yet but count nouns ("people").
            let counts_so_far = counted_after
                .iter()
                .all(|c| quantities::is_count_noun(&c.term));
            // "15 people are feared dead", "40 confirmed dead": what is said of the count is
            // what it counts, not that it is feared or confirmed.
            if counts_so_far && quantities::is_hedge(&w.lower) {
                hedged = true;
                continue;
            }
            // "600 people were injured" counts the injured: past a count noun, a form of "be"
            // (or "have") leads on to what happened to them.
            let only_counts = !counted_after.is_empty() && counts_so_far;
            // "four people were critically injured": an adverb of how badly counts with the
            // injury it says the degree of, not instead of it.
            let degree_of_harm = w.lower.ends_with("ly")
                && ws.get(scan_from + k + 1).is_some_and(|next| {
                    matches!(&*next.term, words::CASUALTIES | words::INJURED)
                        && !phrase_ends(w.span.end, next.span.start)
                });
            if !w.term.is_empty() && !linking {
                counted_after.push(w);
                if counted_after.len() >= 2 && !degree_of_harm {
                    break;
                }
            } else if !linking || !counted_after.is_empty() && !only_counts {
                break;
            }
        }
        // "$250 million a year" is a rate: the time it is per says what it is of no more than
        // "each" would ("$68 a share" counts shares, "$250 million a year" counts savings).
        let per_time = ws
            .get(after)
            .is_some_and(|w| matches!(&*w.lower, "a" | "an" | "per"))
            && matches!(&counted_after[..], [w] if quantities::is_time_unit(&w.lower));
        if per_time {
            counted_after.clear();
        }
        // Else the words right before it, past a verb that moves the figure and the names:
        // "the death toll rose to 230" counts dead, "shares of Acme jumped 29%" shares.
        let mut counted_before: Vec<&words::Word> = Vec::new();
        let mut from_subject = false;
        // The verb that moved the figure has only a name for its subject: "while Celgene
        // jumped 31%".
        let mut moved_by_name = false;
        let mut start = m.span.start;
        let window = first.saturating_sub(6);
        for (k, w) in ws[window..first].iter().enumerate().rev() {
            if phrase_ends(w.span.end, start) || !lettered(&w) || in_a_measure(w) {
                break;
            }
            // What stands before "and" is the other conjunct's: in "73 dead, several hundred
            // injured and thousands in need of housing" the thousands are not the injured.
            if matches!(&*w.lower, "and" | "or") {
                break;
            }
            start = w.span.start;
            // A function word or a name ends a run of counted words, or is passed on the way
            // to one.
            let function_or_name = w.term.is_empty() || is_name(w);
            if function_or_name && !counted_before.is_empty() {
                break;
            }
            let moves_the_figure = !function_or_name && quantities::is_change_verb(&w.lower);
            if moves_the_figure {
                // What rose or fell is the verb's subject, however far back it starts: "the
                // death toll from Tuesday's quake in central Mexico rose to 225".
                counted_before = subject_of(text, ws, window + k, &is_name, &in_a_measure);
                // Backwards, as this loop collects words.
                counted_before.reverse();
                if !counted_before.is_empty() {
                    from_subject = true;
                    break;
                }
                moved_by_name = subject_is_a_name(text, ws, window + k, &is_name);
            }
            if function_or_name || moves_the_figure {
                continue;
            }
            counted_before.push(w);
            // "Chemical plant kills two": a verb of death or injury right before the figure
            // says what it counts; the words before it are its subject ("plant"), not more of
            // the thing counted.
            let casualty_verb = harms_whom(&w.lower) && ws[first - 1].span == w.span;
            if counted_before.len() == 2 || casualty_verb {
                break;
            }
        }
        counted_before.reverse();
        let counts_its_own_before = counted_before
            .last()
            .is_some_and(|v| first > 0 && ws[first - 1].span == v.span);
        // "valuing Tamco at $28.2bn", "priced its shares at $72", "put the toll at 38": a figure
        // given "at" is the value of what its verb or object names, not more of a list.
        let valued_at = lower_at(first.checked_sub(1)) == Some("at") && !counted_before.is_empty();
        // "revenue of $1.2 billion", "a premium of 32%": a sum or share names its thing first.
        let of_before = first
            .checked_sub(1)
            .and_then(|k| ws.get(k))
            .is_some_and(|w| &*w.lower == "of" && !phrase_ends(w.span.end, m.span.start));
        // "the company's injury toll of 100 was higher", "a death toll of 39 was confirmed":
        // a toll names what it counts before "of", and what is said of it past a verb ("was
        // higher") is not what it counts; "a toll of 12 dead" still counts the dead.
        let toll_first = counted_before.last().is_some_and(|w| &*w.term == "toll")
            && counted_after
                .first()
                .is_none_or(|c| ws.get(after).is_none_or(|w| w.span != c.span));
        let names_its_own = (sum_or_share || toll_first) && of_before && !counted_before.is_empty();
        let counted_follows = !(counted_after.is_empty() || names_its_own);
        // "killing more than 200 people" counts the dead, not people: a figure that counts only
        // "people" (a count noun) counts what the verb right before it does to them.
        // Or a word of death or injury that "to" or "of" leads from to the figure: "caused
        // injuries to approximately 18 people" counts the injured, "the deaths of 12 people"
        // the dead.
        let casualty_before = counted_before.last().filter(|v| {
            first >= 2
                && ws[first - 2].span == v.span
                && matches!(&*ws[first - 1].lower, "to" | "of")
                && matches!(&*v.term, words::CASUALTIES | words::INJURED)
        });
        let verb_before = counted_before
            .last()
            .filter(|v| first > 0 && ws[first - 1].span == v.span)
            .or(casualty_before);
        // So does a verb of death or injury whatever it does it to: "killed at least one
        // worker" counts the dead (workers among them), as "killed two people" does.
        let harms = verb_before.is_some_and(|v| harms_whom(&v.lower));
        let by_verb = counted_follows
            && (harms
                || counted_after
                    .iter()
                    .all(|w| quantities::is_count_noun(&w.term)))
            && verb_before.is_some();
        // "employs 6,000 people" counts employees, as "6,200 employees" does.
        let people_named = verb_before
            .filter(|_| by_verb)
            .and_then(|v| quantities::people_the_verb_names(&v.lower));
        // "profits of seven cts a share": a sum that names its thing first and is then given
        // per something is a rate of that thing, and both say what it counts (not a total:
        // "profit of 16.2 mln dlrs"). Per a time, it counts only its thing ("$250mn a year").
        let per_unit = names_its_own
            && !counted_after.is_empty()
            && ws
                .get(after)
                .is_some_and(|w| matches!(&*w.lower, "a" | "an" | "per"));
        let mut counted_words = if by_verb {
            verb_before
                .into_iter()
                .copied()
                .chain(counted_after)
                .collect()
        } else if counted_follows {
            counted_after
        } else if per_unit {
            counted_before.into_iter().chain(counted_after).collect()
        } else {
            counted_before
        };
        // Words common in any news story say little about what a sum or share is of: "made
        // sales of $1.25bn" counts sales, as "revenue of $1.2 billion" does.
        if sum_or_share && counted_words.iter().any(|w| !words::is_common(&w.term)) {
            counted_words.retain(|w| !words::is_common(&w.term));
        }
        let mut head: Vec<Rc<str>> =
            quantities::what_is_counted(counted_words.iter().map(|w| w.term.clone()).collect());
        // A toll that says no more counts the dead ("the toll in Morelos stood at 71"): news
        // names any other toll ("the injury toll"), and then that word is what it counts.
        if head.len() == 1 && &*head[0] == "toll" {
            head[0] = Rc::from(words::CASUALTIES);
        }
        // "A fourth man was killed": the words counted stop at "was", but the count is a toll.
        if ordinal_dead && !head.iter().any(|h| &**h == words::CASUALTIES) {
            head.push(Rc::from(words::CASUALTIES));
        }
        if let Some(group) = people_named {
            head = vec![Rc::from(group)];
        }
        let mut counted = counted_words
            .iter()
            .map(|w| w.span.slice(text))
            .collect::<Vec<_>>()
            .join(" ");
        // A company that rose or fell by a share or a sum rose or fell on the market: "Celgene
        // jumped 31%" is "Celgene shares surged 33%" told short.
        let mut implied_shares = false;
        if sum_or_share && moved_by_name && head.is_empty() {
            head = vec![Rc::from(SHARES)];
            counted = "shares".to_string();
            implied_shares = true;
        }
        // A list of counts shares the first one's counted thing: "55 dead in Puebla and 71 in
        // Morelos". Only when nothing follows this one and the previous count is a few words
        // back, in the same sentence.
        // A figure the verb moved "to" or "from" is the same thing's: "revenue rose 8% to $1.9
        // billion" counts revenue twice, "shares jumped 27% to $51.10" shares.
        let mut moved_too = false;
        // Not a sum or share that names its own thing: in "earned $41 million on revenues of
        // $694 million" the second counts revenues.
        // Nor a figure that names its thing before "of", even a word that says little ("up to
        // $40 a share, or a total of $680 million": the total is not a price a share).
        // Nor a rate ("an output of 6,770 barrels a day" after "250 km south-east"): what
        // follows it is its time, and what it counts stands before it.
        // Nor a figure with its own counted word right before it: in "killed 2,012 people and
        // injured 2,059", the 2,059 are the injured.
        // Nor a part of a set told before ("77 people were treated and 51 of those had been
        // released"): the 51 are not more of the treated, but some of them.
        let part_of_a_set = lower_at(Some(after)) == Some("of")
            && matches!(
                lower_at(Some(after + 1)),
                Some("those" | "them" | "these" | "whom" | "which")
            );
        if !counted_follows
            && !names_its_own
            && !of_before
            && !per_time
            && !counts_its_own_before
            && !implied_shares
            && !part_of_a_set
            && !valued_at
        {
            // The words between the previous figure and this one (`ws` is in text order).
            let between = |p: &numbers::Located| {
                let from = ws[..first].partition_point(|w| w.span.start < p.measure.span.end);
                &ws[from..first]
            };
            // "73 dead, several hundred injured and thousands in need of housing": a word for
            // another kind of casualty between the two figures ends the list of the first.
            let casualty_switch = |p: &numbers::Located| {
                between(p).iter().any(|w| {
                    matches!(&*w.term, words::CASUALTIES | words::INJURED)
                        && !p.head.iter().any(|h| **h == *w.term)
                })
            };
            // "12 killed and 40 in hospital", "thousands in need of housing": a preposition
            // and a common word after the figure say what state its own are in; the list of
            // the figure before ends. Not a place ("71 in Morelos", "71 in the state of ...").
            let own_state = m.kind == MeasureKind::Cardinal
                && lower_at(Some(after)).is_some_and(|w| {
                    matches!(w, "in" | "on" | "under" | "without") || quantities::is_preposition(w)
                })
                && ws.get(after + 1).is_some_and(|w| {
                    w.span.slice(text).starts_with(char::is_lowercase)
                        && !quantities::is_determiner(&w.lower)
                        && !phrase_ends(ws[after].span.end, w.span.start)
                });
            if let Some(previous) = out.last().filter(|p: &&numbers::Located| {
                let between = between(p);
                !p.head.is_empty()
                    && (p.measure.kind == m.kind
                        && between.len() <= 8
                        && !casualty_switch(p)
                        && !own_state
                        || p.names_a_thing
                            && !p.counted_after
                            && matches!(between, [w] if matches!(&*w.lower, "to" | "from")))
            }) {
                moved_too = previous.measure.kind != m.kind;
                head = previous.head.clone();
                counted = previous.counted.clone();
            }
        }
        // "the 33,000 emails", "Acme's 12,000 employees": a figure after a determiner or a
        // possessive refers to a set the reader knows; it states no claim of its own. Not
        // "that" before a count of more than one, which a demonstrative can't take ("those 39
        // people"): it opens a clause ("told reporters that 39 people had died").
        let opens_a_clause = |w: &Word| {
            &*w.lower == "that"
                && m.kind == MeasureKind::Cardinal
                && m.range
                    .as_ref()
                    .and_then(|r| r.exact_value())
                    .is_none_or(|v| v != 1.0)
        };
        let reference = first
            .checked_sub(1)
            .and_then(|k| ws.get(k))
            .is_some_and(|w| {
                !phrase_ends(w.span.end, m.span.start)
                    && (quantities::is_determiner(&w.lower) && !opens_a_clause(w)
                        || possessive(text, w.span))
            });
        let (about_words, near_words) =
            about_and_near((text, ws), &m, (first, after), &is_name, &in_a_measure);
        // A subject that has the figure is whose it is: "Marlow has about 6,200 employees".
        // Only as what the figure is about, when nothing nearer says: not as a name near it,
        // which would let it meet a figure about another ("Dart has 5 pct of SGL" is not
        // "Dart's 5 pct of Dayton Hudson").
        let about_words = if about_words.is_empty() && first == 2 {
            ws.get(1)
                .filter(|has| matches!(&*has.lower, "has" | "had" | "have"))
                .and(ws.first())
                .filter(|w| w.span.slice(text).starts_with(char::is_uppercase) && may_be_name(w))
                .map_or(about_words, |w| vec![w])
        } else {
            about_words
        };
        let near: Vec<Rc<str>> = near_words.iter().map(|w| w.term.clone()).collect();
        let about: Vec<Rc<str>> = about_words.iter().map(|w| w.term.clone()).collect();
        // A name's words as written ("Kestrel-Marlow"); names apart in the text are apart in
        // the reason ("Ardan, Tesk").
        let mut about_text = String::new();
        for (k, w) in about_words.iter().enumerate() {
            if k > 0 {
                let gap = text
                    .get(about_words[k - 1].span.end..w.span.start)
                    .unwrap_or(", ");
                about_text.push_str(if gap.chars().all(char::is_whitespace) {
                    " "
                } else if gap.len() <= 2 && !gap.contains([',', ' ']) {
                    gap
                } else {
                    ", "
                });
            }
            about_text.push_str(w.span.slice(text));
        }
        // Three words either side: wider windows reach into the neighbouring clause.
        let context: Vec<Rc<str>> = ws[first.saturating_sub(3)..first]
            .iter()
            .chain(ws[after..].iter().take(3))
            .filter(|w| !w.term.is_empty() && !head.iter().any(|h| **h == *w.term))
            .filter(|w| lettered(w))
            .map(|w| w.term.clone())
            .collect();
        let next_word = ws.get(after).map(|w| &*w.lower);
        let one_of = m.kind == MeasureKind::Cardinal
            && m.range.as_ref().and_then(|r| r.exact_value()) == Some(1.0)
            && next_word == Some("of");
        // "before the 2016 election", "prior to November last year", "since 2015", "until at
        // least July"
        let before: Vec<&str> = ws[first.saturating_sub(5)..first]
            .iter()
            .map(|w| &*w.lower)
            .collect();
        let preposition = governing_preposition(&before);
        let modifies_noun = next_word.is_some_and(|w| w.chars().all(char::is_lowercase))
            && before.last() == Some(&"the");
        let mut range = m.range.clone();
        let mut phrase = m.span.slice(text).to_string();
        let mut event_bound = None;
        let mut since_years = None;
        let mut since = false;
        if let (Some((word, bound, hedged)), Some(r)) = (preposition, range.as_mut()) {
            if r.unit.as_deref() == Some("date") {
                if word == "since" && !hedged && !modifies_noun {
                    since = true;
                    since_years = years_to(r, published);
                }
                *r = bounded(r, bound, modifies_noun, hedged);
                event_bound = (modifies_noun && !hedged).then_some(word);
                if modifies_noun {
                    // "before the 2016 election", not "before 2016": the bound is the event's.
                    let noun = ws.get(after).map_or("", |w| w.span.slice(text));
                    phrase = format!("the {phrase} {noun}");
                }
                phrase = if hedged {
                    format!("{word} at least {phrase}")
                } else {
                    format!("{word} {phrase}")
                };
            }
        }
        // "eight more died": the figure adds to a count told before. Not "27 per cent more
        // than the close", which compares.
        // "two crew members did not board": the figure counts those who did not, a set the
        // other report's "16 crew members" aboard is not.
        let negated = ws
            .iter()
            .skip(after)
            .take(6)
            .take_while(|w| !phrase_ends(m.span.end, w.span.start))
            .any(|w| {
                matches!(&*w.lower, "not" | "never")
                    || w.lower.ends_with("n't")
                    || w.lower.ends_with("n’t")
            });
        // "seven of the nine members", "seven voted, out of nine": the figure after "out of",
        // or after "of the" that follows another figure, is the whole the part is taken from.
        let back = |n: usize| lower_at(first.checked_sub(n));
        let whole = match (back(2), back(1)) {
            (Some("out"), Some("of")) => true,
            (Some("of"), Some("the" | "its" | "their")) => first
                .checked_sub(3)
                .and_then(|k| ws.get(k))
                .is_some_and(&in_a_measure),
            _ => false,
        };
        let more = ws
            .get(after)
            .is_some_and(|w| &*w.lower == "more" && !phrase_ends(m.span.end, w.span.start))
            && ws.get(after + 1).is_none_or(|w| &*w.lower != "than");
        // "the death toll rose to 41", "raising the death toll to 50": a count's value after a
        // rise, in the same phrase; "lowered the number of confirmed dead to 38": after a fall.
        let moved = if m.kind == MeasureKind::Cardinal && back(1) == Some("to") {
            let verbs = || {
                ws[first.saturating_sub(8)..first - 1]
                    .iter()
                    .rev()
                    .take_while(|w| !phrase_ends(w.span.end, m.span.start))
            };
            if verbs().any(|w| quantities::is_rise_verb(&w.lower)) {
                Some(numbers::Move::Up)
            } else if verbs().any(|w| quantities::is_fall_verb(&w.lower)) {
                Some(numbers::Move::Down)
            } else {
                None
            }
        } else {
            None
        };
        out.push(numbers::Located {
            measure: m,
            range,
            phrase,
            head,
            counted,
            counted_after: counted_follows,
            names_a_thing: counted_follows && !by_verb
                || from_subject
                || of_before
                || moved_too
                || implied_shares,
            reference,
            about,
            about_text,
            near,
            context,
            one_of,
            when: None,
            event_bound,
            told_from_previous: false,
            past: false,
            more,
            negated,
            whole,
            opening: false,
            since,
            since_years,
            moved,
        });
    }
    // A count's own date: the nearest date a few words from it, in the same phrase ("revenue
    // of $1.2 billion last year", "in 2023 sales reached $1.5bn", "killed 40 people in Rivena
    // on Sunday", "rose 2.3 pct in the four weeks ended March 13"). It only keeps two counts
    // of different times from conflicting, so a wider window can only drop conflicts: on
    // Reuters stories of different days (two days' bill sales, two quarters' surpluses) five
    // words dropped five false ones and no true one.
    let now = published
        .and_then(crate::measure::parse_iso)
        .map(|day| day as f64);
    let dates: Vec<(Span, Option<Range>)> = out
        .iter()
        .filter(|m| matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time))
        .filter(|m| {
            m.range
                .as_ref()
                .is_some_and(|r| r.unit.as_deref() == Some("date"))
        })
        .map(|m| (m.measure.span, m.range.clone()))
        .collect();
    for m in &mut out {
        if matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time) {
            continue;
        }
        let at = m.measure.span;
        let gap = |d: Span| {
            let (from, to) = if d.start >= at.end {
                (at.end, d.start)
            } else {
                (d.end, at.start)
            };
            // "the 1985 Mexico City earthquake, which killed around 10,000 people": the
            // clause the count is in describes the dated thing.
            if from > to || phrase_ends(from, to) && !opens_relative_clause(text, from, to) {
                return None;
            }
            let words = ws
                .iter()
                .filter(|w| w.span.start >= from && w.span.end <= to)
                .count();
            (words <= DATE_REACH).then_some(words)
        };
        // A date after the count first: in "$1.5bn in 2024 from $1.2bn in 2023" each sum's
        // year follows it.
        m.when = dates
            .iter()
            .filter_map(|(d, r)| gap(*d).map(|g| ((d.start < at.start, g), r)))
            .min_by_key(|(key, _)| *key)
            .and_then(|(_, r)| r.clone());
        // "the worst fire since 87 people were killed at a social club fire in the Bronx in
        // 1990": a year long past later in the count's phrase dates it, however far
        // behind the count it comes. Only such a year: a recent date that far away may be
        // another event's.
        if m.when.is_none() {
            m.when = dates
                .iter()
                .filter(|(d, _)| d.start >= at.end && !phrase_ends(at.end, d.start))
                .find(|(_, r)| {
                    let end = r.as_ref().and_then(|r| r.high);
                    now.zip(end).is_some_and(|(now, end)| end < now - PAST_DAYS)
                })
                .and_then(|(_, r)| r.clone());
        }
    }
    out
}

/// How many words a date may stand from the count it dates, in the count's phrase (a year
/// long past behind it dates it anywhere in the phrase).
const DATE_REACH: usize = 5;

/// The only break in `text[from..to]` is a comma right before "which" or "who": what follows
/// describes what comes before it.
fn opens_relative_clause(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else {
        return false;
    };
    let Some((_, after)) = between.split_once(',') else {
        return false;
    };
    let after = after.trim_start();
    (after.starts_with("which ") || after.starts_with("who "))
        && !phrase_ends(after, 0, after.len())
}

/// "and", "or", "but", "while": a word that joins two phrases, each with its own figure.
fn is_coordinator(w: &words::Word) -> bool {
    matches!(&*w.lower, "and" | "or" | "but" | "while")
}

/// What the list under a heading line counts ("Deaths by province, according to the
/// ministry:" counts the dead): the heading's first run of common words, up to a preposition.
pub(super) fn list_header_counts(text: &str, ws: &[words::Word]) -> Option<(Vec<Rc<str>>, String)> {
    let run: Vec<&words::Word> = ws
        .iter()
        .skip_while(|w| w.term.is_empty())
        .take_while(|w| {
            !w.term.is_empty()
                && !quantities::is_preposition(&w.lower)
                && w.lower.chars().all(char::is_alphabetic)
        })
        .take(2)
        .collect();
    let head = quantities::what_is_counted(run.iter().map(|w| w.term.clone()).collect());
    if head.is_empty() {
        return None;
    }
    let counted = run
        .iter()
        .map(|w| w.span.slice(text))
        .collect::<Vec<_>>()
        .join(" ");
    Some((head, counted))
}

/// A line of a list of figures: a short capitalised label, a colon, then the figure ("Alden:
/// 1,293", "New Tesk: 452").
pub(super) fn is_list_item(line: &str) -> bool {
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    let mut words = label.split_whitespace();
    (1..=4).contains(&words.clone().count())
        && words.all(|w| w.starts_with(char::is_uppercase))
        && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Whom or where the measure `m` (its words are `ws[first..after]`) is about, and every name
/// near it. About: "94 people died in Mexico City, 71 in Morelos state": a place that follows a
/// count ("in", "at", "near", "from" and names) is the one it is about, not the names of its
/// neighbours in the list; else the names right before it in its phrase; otherwise any name a
/// few words either side.
fn about_and_near<'w>(
    (text, ws): (&str, &'w [words::Word]),
    m: &measure::Measure,
    (first, after): (usize, usize),
    is_name: &dyn Fn(&words::Word) -> bool,
    in_a_measure: &dyn Fn(&words::Word) -> bool,
) -> (Vec<&'w words::Word>, Vec<&'w words::Word>) {
    let phrase_ends = |from: usize, to: usize| phrase_ends(text, from, to);
    let place_after: Vec<&words::Word> = ws[after..]
        .iter()
        .take(6)
        .position(|w| {
            matches!(&*w.lower, "in" | "at" | "near" | "from")
                // "51 pct of USAir": a share is of the company named after it.
                || m.kind == MeasureKind::Percent && &*w.lower == "of"
        })
        .map(|k| {
            // "in the state of Tamaro": a few common words may come before the place, in
            // the same phrase.
            let from = after + k + 1;
            let mut end = ws.get(after + k).map_or(m.span.end, |w| w.span.end);
            // Not past a coordinating word: in "62.8% of the vote and Ardan 34.5%", the
            // name is the next figure's.
            let starts = ws[from..].iter().take(4).position(|w| {
                let ends = phrase_ends(end, w.span.start) || in_a_measure(w) || is_coordinator(w);
                end = w.span.end;
                ends || is_name(w)
            });
            starts
                .filter(|&s| ws.get(from + s).is_some_and(&is_name))
                .map(|s| {
                    ws[from + s..]
                        .iter()
                        .take_while(|w| is_name(w))
                        .filter(|w| !w.term.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        })
        .unwrap_or_default();
    // Else the names that end right before it, in its phrase: each count of a list is about
    // its own place ("Lisca for 34 and the capital San Marcos for 23").
    let name_before: Vec<&words::Word> = {
        let mut start = m.span.start;
        let mut run: Vec<&words::Word> = Vec::new();
        // At most four words back to the names, which may be three words long.
        for k in (first.saturating_sub(7)..first).rev() {
            let w = &ws[k];
            // Names before "said" are who says it, not what it is about: "the Veloria Red
            // Cross said 134 survived".
            if phrase_ends(w.span.end, start)
                || in_a_measure(w)
                || is_coordinator(w)
                || is_attribution(&w.lower)
            {
                break;
            }
            start = w.span.start;
            if is_name(w) && !w.term.is_empty() && (first - k <= 4 || !run.is_empty()) {
                run.push(w);
            } else if !run.is_empty() || first - k >= 4 {
                break;
            }
        }
        run.reverse();
        run
    };
    // Not past a coordinating word either side: in "13 deaths and Alabama four", Alabama is
    // the next count's; in "35 mln dlrs for Tamco's unit and 200 mln dlrs", Tamco is the first
    // sum's. Another figure is no limit: "Norvel stock climbed 26% to $51.05" is Norvel's.
    let before = ws[first.saturating_sub(5)..first]
        .iter()
        .rposition(is_coordinator)
        .map_or(first.saturating_sub(5), |k| first.saturating_sub(5) + k + 1);
    // Nor past the start of its sentence.
    let before = (before..first)
        .rev()
        .find(|&k| lost_sentence_break(text, ws[k].span.end, ws[k + 1].span.start))
        .map_or(before, |k| k + 1);
    // After it, not past the end of its phrase either: in "Tamaro has been worst hit, with 347
    // deaths, followed by Lisca with 264", Lisca is the next count's.
    let mut end = m.span.end;
    // A name right before "said" is who says it ("the Red Cross said 134 survived"); so is
    // one that puts a figure "at" this one ("Gordon put the toll at 38 dead", "analysts
    // estimated the damage at $2bn"): it gives the figure, which is about something else.
    let puts_it_at = first > 0 && &*ws[first - 1].lower == "at";
    // And a name told it is who hears it ("told Reuters", "Haq told TVOne, adding that
    // several hundred people were moved").
    let told = |k: usize| {
        ws[..k]
            .iter()
            .rfind(|w| !is_name(w))
            .is_some_and(|w| matches!(&*w.lower, "told" | "tells" | "telling"))
    };
    let says = |k: usize| {
        told(k)
            || ws[k..].iter().find(|w| !is_name(w)).is_some_and(|w| {
                is_attribution(&w.lower) || puts_it_at && is_estimate_verb(&w.lower)
            })
    };
    let near_words: Vec<&words::Word> = (before..first)
        .filter(|&k| !says(k))
        .map(|k| &ws[k])
        .chain(ws[after..].iter().take(5).take_while(|w| {
            let goes_on = !is_coordinator(w) && !phrase_ends(end, w.span.start);
            end = w.span.end;
            goes_on
        }))
        .filter(|w| !w.term.is_empty() && is_name(w) && !m.span.contains(w.span))
        .collect();
    // A place set before the whole clause ("In neighbouring Morelos, the toll stood at 71")
    // is where its counts are, when nothing nearer says.
    let fronted_place = || -> Vec<&'w words::Word> {
        fronted_place(text, ws, 0, first, is_name).map_or_else(Vec::new, |(from, to)| {
            ws[from..to].iter().filter(|w| !w.term.is_empty()).collect()
        })
    };
    let mut about_words: Vec<&words::Word> = if !place_after.is_empty() {
        place_after
    } else if !name_before.is_empty() {
        name_before
    } else if let Some(subject) = subject_past_apposition(text, ws, first, is_name) {
        subject
    } else if !near_words.is_empty() {
        near_words.clone()
    } else {
        fronted_place()
    };
    // "except for Tesk region, where Marek has 62.8% of the vote": a clause "where" opens is
    // about the place it follows too, whoever else it names.
    if let Some(place) = where_clause_place(text, ws, first, is_name) {
        about_words.extend(place);
    }
    // Each name once: "Veloria … southern Veloria" is about Veloria.
    let mut seen: Vec<&str> = Vec::new();
    about_words.retain(|w| {
        let new = !seen.contains(&&*w.term);
        seen.push(&w.term);
        new
    });
    (about_words, near_words)
}

/// How many words back from a figure the "where" that opens its clause may be: "where Marek has
/// received 62.8% of the vote and Ardan has 34.5%" scopes both figures.
const WHERE_REACH: usize = 15;

/// The place a clause opened by "where" follows, when the figure at `ws[first]` is in that
/// clause: the names ending at most three words before "where" ("Tesk region, where", "the
/// city of Lisca, where"), in the same phrase. Not across a sentence's end.
fn where_clause_place<'w>(
    text: &str,
    ws: &'w [words::Word],
    first: usize,
    is_name: &dyn Fn(&words::Word) -> bool,
) -> Option<Vec<&'w words::Word>> {
    let figure_at = ws.get(first)?.span.start;
    let k = (first.saturating_sub(WHERE_REACH)..first)
        .rev()
        .find(|&k| &*ws[k].lower == "where")?;
    let between = text.get(ws[k].span.end..figure_at)?;
    if between.contains(". ") || between.contains(['?', '!', ';']) {
        return None;
    }
    let last = (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| is_name(&ws[j]) && !ws[j].term.is_empty())?;
    if phrase_ends(text, ws[last].span.end, ws[k - 1].span.end) {
        return None;
    }
    let from = (0..=last).rev().take_while(|&j| is_name(&ws[j])).last()?;
    Some(
        ws[from..=last]
            .iter()
            .filter(|w| !w.term.is_empty())
            .collect(),
    )
}

/// A verb of death or injury, which counts whom it acts on ("killed at least one worker",
/// "injures 49"). Only a verb: in "two dead -- one confirmed dead", the "dead" before "one"
/// ends the count before it.
fn harms_whom(lower: &str) -> bool {
    ["kill", "injure", "wound", "hurt"]
        .iter()
        .any(|verb| lower.starts_with(verb))
}

/// A verb that gives a figure as its object's size: "put the toll at 38", "estimated the
/// damage at $2bn", "placed the number of missing at 26".
fn is_estimate_verb(lower: &str) -> bool {
    matches!(
        lower,
        "put" | "puts" | "putting" | "placed" | "places" | "estimated" | "estimates" | "pegged"
    )
}

/// Whether `lower` (a lower-cased word) attributes what follows or precedes it to a source:
/// "said", "told", "reported".
fn is_attribution(lower: &str) -> bool {
    super::sentences::SPEECH_VERBS.contains(&lower) || matches!(lower, "reported" | "reports")
}

/// The names a sentence opens with, when the clause of the figure at `ws[first]` follows an
/// apposition to them: in "Marlow, based in Leeds, England, employs about 6,000 people" the
/// people are Marlow's, not Leeds's. The sentence opens with names and a comma, the figure's
/// clause has no name before the figure, and a comma ends the apposition right before it.
fn subject_past_apposition<'w>(
    text: &str,
    ws: &'w [words::Word],
    first: usize,
    is_name: &dyn Fn(&words::Word) -> bool,
) -> Option<Vec<&'w words::Word>> {
    let opens = (1..=first)
        .rev()
        .find(|&k| phrase_ends(text, ws[k - 1].span.end, ws[k].span.start))?;
    if ws[opens..first].iter().any(is_name) {
        return None;
    }
    let n = ws.iter().take_while(|w| is_name(w)).count();
    // The apposition has words between its commas, and a comma (not a colon: "Puebla: 230
    // dead" is a list's label) closes the names and the apposition.
    let comma_after = |k: usize| {
        text.get(ws[k - 1].span.end..ws[k].span.start)
            .is_some_and(|t| t.trim() == ",")
    };
    if n == 0 || n + 1 >= opens || !comma_after(n) || !comma_after(opens) {
        return None;
    }
    // Only where the apposition itself names something, which would otherwise be taken for
    // whose figure this is.
    if !ws[n..opens].iter().any(is_name) {
        return None;
    }
    Some(ws[..n].iter().filter(|w| !w.term.is_empty()).collect())
}

/// The word at `span` is a possessive: "Acme's" (a word's span leaves out its "'s").
fn possessive(text: &str, span: Span) -> bool {
    text.get(span.end..)
        .is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"))
}

/// An ordinal of at least "second" that a death follows in its phrase, within three words:
/// "A second worker died", "2nd victim dies", "a third death", "a fourth man was killed".
/// Not "the second explosion killed five" (the explosion killed; no one is the second dead).
fn ordinal_toll(
    m: &measure::Measure,
    after: &[words::Word],
    phrase_ends: &dyn Fn(usize, usize) -> bool,
) -> bool {
    let second_or_later = m
        .range
        .as_ref()
        .and_then(|r| r.exact_value())
        .is_some_and(|n| (2.0..=1000.0).contains(&n));
    let mut end = m.span.end;
    second_or_later
        && after
            .iter()
            .take(4)
            .take_while(|w| {
                let same_phrase = !phrase_ends(end, w.span.start);
                end = w.span.end;
                same_phrase
            })
            .enumerate()
            .any(|(k, w)| match &*w.lower {
                "death" | "fatality" => true,
                "dies" | "died" | "die" => k > 0,
                "killed" => k > 1 && matches!(&*after[k - 1].lower, "was" | "were" | "been"),
                _ => false,
            })
}

/// A comma, semicolon, colon, bracket or dash in `text[from..to]` (between two words) ends the
/// phrase a number is in: in "Norcross, which has 3,000 employees, reported sales of $1.2bn"
/// the sales are counted in dollars, the employees are not.
/// So does a sentence break that lost its space ("Haq.Several", which `words::words` splits).
fn phrase_ends(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|t| t.contains([',', ';', ':', '(', ')', '[', ']', '—', '–']))
        || lost_sentence_break(text, from, to)
}

/// A full stop alone between two words that [`words::glued_full_stop`] reads as a sentence
/// break that lost its space.
fn lost_sentence_break(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to) == Some(".") && words::glued_full_stop(&text[..from], &text[to..])
}

/// How many words back from its verb a clause may open: far enough for a subject with long
/// modifiers ("the death toll following the eruption of the highest volcano on the most
/// densely populated island of ... has risen"); at 15, such a subject was cut in the middle.
const SUBJECT_REACH: usize = 40;

/// The subject of the verb at `ws[verb]`: the last two words of the first run of common words
/// after the clause opens (after a comma or bracket, "said", "while"...), names and function
/// words passed on the way; a preposition ends the run ("the death toll following the
/// eruption"). The clause may open up to [`SUBJECT_REACH`] words back: a subject's modifiers
/// can be long. A capitalised first word of the two names whose thing it is ("Norcross shares"
/// at a sentence's start), unless the second only says it is a count ("Death Toll"). Empty
/// when no such run comes before the verb.
fn subject_of<'w>(
    text: &str,
    ws: &'w [words::Word],
    verb: usize,
    is_name: &dyn Fn(&words::Word) -> bool,
    in_a_measure: &dyn Fn(&words::Word) -> bool,
) -> Vec<&'w words::Word> {
    let mut opens = verb;
    while opens > 0 && verb - opens < SUBJECT_REACH {
        let w = &ws[opens - 1];
        if phrase_ends(text, w.span.end, ws[opens].span.start)
            || quantities::opens_a_clause(&w.lower)
        {
            break;
        }
        opens -= 1;
    }
    // A place set before the clause is not its subject: "In neighbouring Morelos the toll
    // stood at 71".
    if let Some((_, place_ends)) = fronted_place(text, ws, opens, verb, is_name) {
        opens = place_ends;
    }
    let content = |w: &words::Word| {
        !w.term.is_empty()
            && !is_name(w)
            && !in_a_measure(w)
            && w.lower.chars().any(char::is_alphabetic)
            && !quantities::is_change_verb(&w.lower)
            && !quantities::is_preposition(&w.lower)
    };
    let Some(run_start) = (opens..verb).find(|&k| content(&ws[k])) else {
        return Vec::new();
    };
    let run_end = (run_start..verb)
        .find(|&k| !content(&ws[k]))
        .unwrap_or(verb);
    // "the number of injured climbed to 140": a count noun's "of" says what it counts.
    let only_counts = ws[run_start..run_end]
        .iter()
        .all(|w| quantities::is_count_noun(&w.term));
    if only_counts && ws.get(run_end).is_some_and(|w| &*w.lower == "of") {
        let of_run: Vec<&words::Word> = ws[run_end + 1..verb]
            .iter()
            .take_while(|w| content(w))
            .take(2)
            .collect();
        if !of_run.is_empty() {
            return of_run;
        }
    }
    let mut run: Vec<&words::Word> = ws[run_start.max(run_end.saturating_sub(2))..run_end]
        .iter()
        .collect();
    if run.len() == 2
        && run[0].span.slice(text).starts_with(char::is_uppercase)
        && !quantities::is_count_noun(&run[1].term)
    {
        run.remove(0);
    }
    run
}

/// What a company's move on the market counts (the stem of "shares").
const SHARES: &str = "share";

/// The subject of the verb at `ws[verb]` is a run of names right before it, which opens its
/// clause (the passage's start, a comma, or a word such as "while"): "while Celgene jumped
/// 31%", not "the offer for Celgene rose to $50".
fn subject_is_a_name(
    text: &str,
    ws: &[words::Word],
    verb: usize,
    is_name: &dyn Fn(&words::Word) -> bool,
) -> bool {
    let run = ws[..verb].iter().rev().take_while(|w| is_name(w)).count();
    if run == 0 {
        return false;
    }
    let opens = verb - run;
    opens == 0
        || phrase_ends(text, ws[opens - 1].span.end, ws[opens].span.start)
        || quantities::opens_a_clause(&ws[opens - 1].lower)
}

/// The names of a place set before a clause that opens at `ws[opens]` ("In neighbouring
/// Morelos the toll stood at 71"), as a range of `ws` ending before `ws[limit]`: "in" or "at",
/// then within three words, in the same phrase, a run of names. "In addition, Homestake has"
/// sets no place (the name is past the phrase); "At least 40 …" none either, when "at" is
/// part of the figure at `limit`.
fn fronted_place(
    text: &str,
    ws: &[words::Word],
    opens: usize,
    limit: usize,
    is_name: &dyn Fn(&words::Word) -> bool,
) -> Option<(usize, usize)> {
    let opening = ws.get(opens).filter(|w| matches!(&*w.lower, "in" | "at"))?;
    let from = (opens + 1..limit.min(opens + 4)).find(|&k| is_name(&ws[k]))?;
    if phrase_ends(text, opening.span.end, ws[from].span.start) {
        return None;
    }
    let to = (from..limit).find(|&k| !is_name(&ws[k])).unwrap_or(limit);
    Some((from, to))
}

#[derive(Clone, Copy, PartialEq)]
enum Bound {
    /// "before X", "prior to X": ends where X starts.
    Before,
    /// "until X": goes on into X, so ends where X ends ("until July" includes July).
    Until,
    /// "after X", "since X".
    After,
}

/// The preposition that bounds a date ("before", "until", "since"...), and whether "at least"
/// hedges it ("until at least July 2017": July, or later).
fn governing_preposition(before: &[&str]) -> Option<(&'static str, Bound, bool)> {
    let hedged = before.ends_with(&["at", "least"]);
    let before = if hedged {
        &before[..before.len() - 2]
    } else {
        before
    };
    let n = before.len();
    let last = |k: usize| {
        if k <= n && k > 0 {
            before.get(n - k).copied()
        } else {
            None
        }
    };
    let (w1, w2) = match last(1) {
        Some("the") => (last(2), last(3)),
        _ => (last(1), last(2)),
    };
    let (word, bound) = match (w2, w1) {
        (Some("prior"), Some("to")) => ("prior to", Bound::Before),
        (_, Some("before")) => ("before", Bound::Before),
        // "through to the end of 2021" is until it. Not "through" alone, which is often a
        // verb's ("the deal fell through earlier this month").
        (Some("through"), Some("to")) => ("through to", Bound::Until),
        (_, Some("until" | "till")) => ("until", Bound::Until),
        (_, Some("after")) => ("after", Bound::After),
        (_, Some("since")) => ("since", Bound::After),
        _ => return None,
    };
    Some((word, bound, hedged))
}

/// The years from the date range `r` to the day `published` ("since 2007" in November 2017:
/// from 9.8 to 10.8), when the date is before it.
fn years_to(r: &Range, published: Option<&str>) -> Option<Range> {
    const DAYS_A_YEAR: f64 = 365.25;
    let day = published.and_then(crate::measure::parse_iso)? as f64;
    let (low, high) = (r.low?, r.high?);
    (high <= day).then(|| Range {
        low: Some((day - high) / DAYS_A_YEAR),
        high: Some((day - low) / DAYS_A_YEAR),
        unit: Some("year".to_string()),
        low_open: false,
        high_open: false,
        approximate: false,
        year_implied: false,
    })
}

/// "before X" ends where X starts; but "before the 2016 election" ends with 2016 at the latest
/// (the year only dates the noun that follows). "until X" ends where X ends. Hedged by "at
/// least", the bound's own side is open: "until at least July" may go on past July.
fn bounded(r: &Range, bound: Bound, modifies_noun: bool, hedged: bool) -> Range {
    match bound {
        Bound::Before | Bound::Until => {
            let high = if hedged {
                None
            } else if modifies_noun || bound == Bound::Until {
                r.high
            } else {
                r.low
            };
            Range {
                low: None,
                high,
                high_open: true,
                approximate: false,
                ..r.clone()
            }
        }
        Bound::After => {
            let low = if hedged {
                None
            } else if modifies_noun {
                r.low
            } else {
                r.high
            };
            Range {
                low,
                high: None,
                low_open: !modifies_noun && !hedged,
                ..r.clone()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::words::WordCache;

    /// What each count of `sentence` counts and whom or where it is about, as
    /// "figure: counted (about)". Dates count nothing and are left out.
    #[track_caller]
    fn check_claims(sentence: &str, expected: &[&str]) {
        let span = Span::new(0, sentence.len());
        let mut cache = WordCache::default();
        let ws = words::words(sentence, span, &words::english_stemmer(), &mut cache);
        let names = Names::read(sentence, std::iter::once((span, &ws[..])), |_| false);
        let got: Vec<String> =
            locate_measures(sentence, span, Some("2024-03-04"), &ws, (&names, false))
                .iter()
                .filter(|m| !matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time))
                .map(|m| {
                    let figure = m.measure.span.slice(sentence);
                    if m.about_text.is_empty() {
                        format!("{figure}: {}", m.counted)
                    } else {
                        format!("{figure}: {} ({})", m.counted, m.about_text)
                    }
                })
                .collect();
        assert_eq!(got, expected, "{sentence}");
    }

    /// A preposition after a figure ends what it counts: "21 percent above the offer price"
    /// once counted "above".
    #[test]
    fn a_figure_above_or_below_another_counts_no_preposition() {
        check_claims(
            "Shares of Tamco rose 21 percent above the offer price.",
            &["21 percent: Shares (Tamco)"],
        );
        check_claims("Output was 4% below the forecast.", &["4%: Output"]);
    }

    #[test]
    fn a_figure_counts_the_words_that_follow_it() {
        check_claims("Rebels freed 12 hostages in the town.", &["12: hostages"]);
        check_claims(
            "Rescuers found 21 children and four adults.",
            &["21: children", "four: adults"],
        );
        check_claims("The buyer will pay $68 a share.", &["$68: share"]);
        check_claims("It sold 5% of the stock.", &["5%: stock"]);
    }

    /// A later figure of a list counts what the first does, unless a word for another kind
    /// of casualty stands between them.
    #[test]
    fn a_list_ends_where_another_casualty_is_named() {
        check_claims(
            "The toll was 73 dead, several hundred injured and thousands in need of housing.",
            &["73: dead", "several hundred: injured", "thousands: "],
        );
        // A figure whose own state follows it ends the list.
        check_claims(
            "The blast killed 12 workers, with 40 in hospital.",
            &["12: killed workers", "40: "],
        );
        check_claims(
            "The quake killed 55 people in Puebla and 71 in Morelos.",
            &["55: killed people (Puebla)", "71: killed people (Morelos)"],
        );
        // A part of the set just counted is not more of it: the 51 are not the treated, so
        // they never meet another report's count of the treated ("100 were treated").
        check_claims(
            "Officials said 77 people were treated at hospitals and 51 of those had been released.",
            &["77: people treated", "51: "],
        );
        // Nor is a figure that names its thing before "of", however little the word says: the
        // total is not a price a share. Regression: "a total of 680 mln dlrs" counted shares,
        // and conflicted with another report's "40 dlrs a share".
        check_claims(
            "Calder would pay up to $40 a share for Brisk, or a total of $680 million.",
            &["up to $40: share (Brisk)", "$680 million: "],
        );
    }

    /// "A second worker died" gives the toll as an ordinal; an ordinal that no death follows
    /// counts nothing.
    #[test]
    fn an_ordinal_death_is_a_toll() {
        check_claims("A second worker died on Friday.", &["second: worker died"]);
        check_claims("2nd victim dies after blast", &["2nd: victim dies"]);
        check_claims("A fourth man was killed in the clashes.", &["fourth: man"]);
        check_claims(
            "The second explosion killed five people.",
            &["five: killed people"],
        );
        check_claims("He finished second in the race.", &[]);
    }

    #[test]
    fn a_figure_the_verb_moves_to_counts_what_moved() {
        // The level a change reaches counts the same thing as the change.
        check_claims(
            "Its revenue rose 8 percent to $1.9 billion.",
            &["8 percent: revenue", "$1.9 billion: revenue"],
        );
        check_claims(
            "The shares jumped 27% to $51.10 in early trading.",
            &["27%: shares", "$51.10: shares"],
        );
        // "More" is passed on the way to what is counted.
        check_claims(
            "Twelve died and hundreds more are missing.",
            &["Twelve: died", "hundreds: missing"],
        );
        // A sum that names its own thing keeps it in a list of sums.
        check_claims(
            "The firm earned $41 million on revenues of $694 million.",
            &["$41 million: firm earned", "$694 million: revenues"],
        );
        // A preposition ends what is counted.
        check_claims("Floods left 42 dead across the valley.", &["42: dead"]);
        check_claims(
            "Kestrel agreed to pay $7.1 billion including debt.",
            &["$7.1 billion: pay"],
        );
        // A rate's time is not what it counts, nor does the rate take the count before it.
        check_claims(
            "The merger would save about $250mn a year.",
            &["about $250mn: save"],
        );
        check_claims(
            "The well lies 250 km south-east of Lisca and has an output of 6,770 barrels a day.",
            &["250 km: south east (Lisca)", "6,770 barrels: output"],
        );
    }

    #[test]
    fn each_count_of_a_list_is_about_its_own_place() {
        check_claims(
            "Officials said 86 people died in the state of Tamaro, 29 in Lisca and 15 in the \
             capital, San Marcos.",
            &[
                "86: people died (Tamaro)",
                "29: people died (Lisca)",
                "15: people died (San Marcos)",
            ],
        );
        // The places before their counts: the first word is a name general English doesn't
        // know; each later count is its nearest names'.
        check_claims(
            "Tamaro state accounted for 92 of the dead, Lisca for 34 and the capital San Marcos \
             for 23.",
            &[
                "92: dead (Tamaro)",
                "34: dead (Lisca)",
                "23: dead (San Marcos)",
            ],
        );
        // A name after a comma is the next count's.
        check_claims(
            "Tamaro has been worst hit, with 347 deaths, followed by Lisca with 264.",
            &["347: deaths", "264: deaths (Lisca)"],
        );
        // A name after "and" is the next count's.
        check_claims(
            "Officials counted 13 deaths and Alabama four.",
            &["13: deaths", "four: deaths (Alabama)"],
        );
        // A name before "and" is the count's before it: the buyer pays for Tamco's unit, and
        // the second sum is nobody's in particular.
        check_claims(
            "Veltrona will be paid 35 mln dlrs in cash for Tamco's finance unit and 200 mln dlrs \
             in notes.",
            &["35 mln dlrs: paid (Tamco)", "200 mln dlrs: paid"],
        );
        // A common word opening the sentence is no place.
        check_claims("Rescuers found 21 survivors.", &["21: survivors"]);
        // "were" leads from a count noun to what happened to the people.
        check_claims(
            "More than 600 people were injured.",
            &["More than 600: people injured"],
        );
        // "others" only says the figure counts people.
        check_claims(
            "More than 2,000 others were injured.",
            &["More than 2,000: others injured"],
        );
        // A count with its own verb right before it doesn't take the count's before it.
        check_claims(
            "The quake killed at least 2,012 people and injured 2,059.",
            &["at least 2,012: killed people", "2,059: injured"],
        );
    }

    #[test]
    fn a_figure_after_a_determiner_refers_to_a_known_set() {
        let references = |sentence: &str| -> Vec<bool> {
            let span = Span::new(0, sentence.len());
            let ws = words::words(
                sentence,
                span,
                &words::english_stemmer(),
                &mut WordCache::default(),
            );
            let names = Names::read(sentence, std::iter::once((span, &ws[..])), |_| false);
            locate_measures(sentence, span, None, &ws, (&names, false))
                .iter()
                .map(|m| m.reference)
                .collect()
        };
        assert_eq!(
            references("Nobody has found the 900 missing files."),
            [true]
        );
        assert_eq!(references("Those 900 files were never found."), [true]);
        assert_eq!(references("He sought Acme's 900 files."), [true]);
        assert_eq!(references("Hackers stole 900 files."), [false]);
        assert_eq!(
            references("The mayor told reporters that 39 people had died."),
            [false]
        );
        assert_eq!(references("The firm lost more than 900 files."), [false]);
    }

    #[test]
    fn a_figure_counts_no_date_and_no_later_clause() {
        // "last year" is a date, not what the sum counts; "as" opens another clause.
        check_claims(
            "Its revenue of $1.2 billion last year beat forecasts.",
            &["$1.2 billion: revenue"],
        );
        check_claims(
            "The death toll rose to 225 as rescuers searched the rubble.",
            &["225: death toll"],
        );
    }

    #[test]
    fn a_sum_or_share_counts_what_it_is_of() {
        check_claims(
            "The bid is a premium of 32% to the closing price.",
            &["32%: premium"],
        );
        // "in cash" says how the sum is paid, not what it is.
        check_claims(
            "Marlow agreed to buy the mill for $4.5 billion in cash.",
            &["$4.5 billion: mill"],
        );
    }

    #[test]
    fn how_sure_a_count_is_is_not_what_it_counts() {
        check_claims(
            "By Thursday 127 people were known to have survived.",
            &["127: people survived"],
        );
        check_claims(
            "Rescuers said 15 people are feared dead.",
            &["15: people dead"],
        );
        check_claims("At least 40 were confirmed dead.", &["At least 40: dead"]);
    }

    #[test]
    fn a_sum_given_per_something_counts_both() {
        check_claims(
            "It reported profits of seven cts a share.",
            &["seven cts: profits share"],
        );
        check_claims(
            "It had profit of 16.2 mln dlrs.",
            &["16.2 mln dlrs: profit"],
        );
    }

    #[test]
    fn who_says_a_figure_is_not_what_it_is_about() {
        check_claims(
            "By late Thursday, the Veloria Red Cross said 134 survived.",
            &["134: survived"],
        );
        // A place that follows the count still is.
        check_claims(
            "The Red Cross said 45 people died in Tesk.",
            &["45: people died (Tesk)"],
        );
        // Nor is one who puts a figure "at" it: the toll is not Garvena's.
        check_claims(
            "Red Cross chief Lucio Garvena put the toll at 38 dead and 33 missing.",
            &["38: dead", "33: missing"],
        );
        check_claims(
            "Officials placed the death toll at 45 in Tesk.",
            &["45: death toll (Tesk)"],
        );
        // Nor a name that ends the sentence before, whose break lost its space.
        check_claims(
            "Rescuers were praised by district head Marek Haq.Several hundred people were moved.",
            &["Several hundred: people moved"],
        );
        // Nor whom it is told to.
        check_claims(
            "Marek told Radio Tesk, adding that several hundred people were moved to shelters.",
            &["several hundred: people moved"],
        );
    }

    /// A toll names what it counts before "of": what is said of it past a verb is not what it
    /// counts.
    #[test]
    fn a_toll_of_a_figure_counts_what_the_toll_names() {
        check_claims(
            "The injury toll of 100 was higher than first reported.",
            &["100: injury toll"],
        );
        check_claims(
            "A death toll of 39 was confirmed by the prefect.",
            &["39: death toll"],
        );
        check_claims("The storm left a toll of 12 dead.", &["12: dead"]);
    }

    /// Only a verb of death before a figure counts what it does to whom follows: the
    /// adjective that ends the count before it does not ("two dead -- one confirmed dead").
    #[test]
    fn whom_a_verb_of_death_acts_on_is_counted_by_it() {
        check_claims(
            "The explosion killed at least one worker.",
            &["at least one: killed worker"],
        );
        check_claims(
            "Rescuers found two dead -- one confirmed dead by the coroner.",
            &["two: dead", "one: dead"],
        );
    }

    /// "Critically injured" counts those injured so badly, not the "critically": the adverb
    /// of degree counts with its injury (and so no longer reads as the whole injured toll).
    #[test]
    fn how_badly_is_part_of_what_is_counted() {
        check_claims(
            "Four people were critically injured.",
            &["Four: people critically injured"],
        );
        check_claims(
            "Two people were seriously hurt.",
            &["Two: people seriously hurt"],
        );
        check_claims("Six were slightly injured.", &["Six: slightly injured"]);
    }

    #[test]
    fn where_a_count_still_stands_is_not_what_it_counts() {
        check_claims("Fifteen remain missing.", &["Fifteen: missing"]);
        check_claims(
            "Around 27 people are still missing.",
            &["Around 27: people missing"],
        );
        check_claims(
            "More than 25,000 people remained in shelters.",
            &["More than 25,000: people remained"],
        );
    }

    #[test]
    fn up_and_down_move_a_figure_as_verbs_do() {
        check_claims(
            "Shares of Dorvex are down 0.5% in early trading.",
            &["0.5%: Shares (Dorvex)"],
        );
    }

    #[test]
    fn a_company_that_moves_moves_on_the_market() {
        // Its shares, told short; not a figure whose subject says what it is.
        check_claims(
            "Dorvex fell 13%, while Kestrel jumped 31% to $87.10 a share.",
            &[
                "13%: shares (Dorvex)",
                "31%: shares (Kestrel)",
                "$87.10: share (Kestrel)",
            ],
        );
        check_claims(
            "The offer for Marlow rose to $52.",
            &["$52: offer (Marlow)"],
        );
    }

    #[test]
    fn a_verb_that_moves_a_figure_is_not_what_it_counts() {
        check_claims(
            "Shares of Marlow jumped 29% in early trading.",
            &["29%: Shares (Marlow)"],
        );
        check_claims(
            "The death toll climbed to 230, officials said.",
            &["230: death toll"],
        );
    }

    /// What rises or falls is the verb's subject, however many words of place and time come
    /// between them, and a name before it says whose it is.
    #[test]
    fn a_figure_that_moves_counts_the_subject_of_its_verb() {
        check_claims(
            "The death toll from Sunday's storm in northern Rivena rose to 31.",
            &["31: death toll (Rivena)"],
        );
        check_claims(
            "Marlow shares rose 28 per cent on the news.",
            &["28 per cent: shares"],
        );
        check_claims(
            "Officials said the number of injured climbed to 140.",
            &["140: injured"],
        );
    }

    /// A share "of" something names whom it is of only within its phrase: past "and", the
    /// name is the next figure's (once, "62.8% of the vote and Ardan 34.5%" was Ardan's).
    #[test]
    fn a_share_is_not_of_a_name_past_a_coordinator() {
        check_claims(
            "In the west, Sobel has received 62.8% of the vote and Ardan has 34.5%.",
            &["62.8%: vote (Sobel)", "34.5%: vote (Ardan)"],
        );
    }

    /// A clause "where" opens is about the place it follows (once, Ardan's share in one region
    /// read as his share of the whole vote, and conflicted with it).
    #[test]
    fn a_where_clause_is_about_its_place() {
        check_claims(
            "Ardan leads everywhere except Tesk region, where Sobel has received 62.8% of the vote \
             and Ardan has 34.5%.",
            &["62.8%: vote (Sobel, Tesk)", "34.5%: vote (Ardan, Tesk)"],
        );
        check_claims(
            "Rescuers reached the city of Lisca, where 40 people died.",
            &["40: people died (Lisca)"],
        );
        // Not a place: no name before "where".
        check_claims("It was a year where 30 people died.", &["30: people died"]);
    }

    /// A figure given "at" is the value of what its verb or object names, not one more of the
    /// list before it (once, "$28.2bn" counted the "starting price" of the two prices before).
    #[test]
    fn a_figure_given_at_counts_its_own_verb_or_object() {
        check_claims(
            "The stock rose from a starting price of $72 each to $87.24, valuing Tamco at \
             $28.2bn.",
            &[
                "$72: starting price",
                "$87.24: starting price",
                "$28.2bn: valuing (Tamco)",
            ],
        );
    }

    /// The subject is the noun phrase's head however long what follows it: a preposition
    /// ("following", "across") ends the head, and a subject more than fifteen words before
    /// its verb is still found (once, the fifteenth word back was taken for the start of the
    /// clause, and "eruption" for what the toll counted).
    #[test]
    fn a_long_subject_still_counts_its_head() {
        check_claims(
            "The death toll following the eruption of the highest volcano on the most \
             densely populated island of the Rivena archipelago has risen to 14.",
            &["14: death toll (Rivena)"],
        );
        check_claims(
            "The death toll across the region rose to 50.",
            &["50: death toll"],
        );
    }

    /// "People" only says a figure counts persons; the verb before it says what happened to
    /// them, and that is the claim ("killing 40 people" counts the dead).
    #[test]
    fn people_are_counted_by_what_happened_to_them() {
        check_claims(
            "The storm swept the valley, killing more than 40 people.",
            &["more than 40: killing people"],
        );
        check_claims("The plant employs 300 people.", &["300: employs people"]);
        // "Including" ends what is counted: the 40 were killed, not "including".
        check_claims(
            "The storm killed 40 people including 12 children.",
            &["40: killed people", "12: children"],
        );
        // Whose people: the subject that has them, or the subject past an apposition between
        // commas.
        check_claims(
            "Veltrona has about 6,200 employees.",
            &["about 6,200: employees (Veltrona)"],
        );
        check_claims(
            "Veltrona, based in Leeds, England, employs about 6,000 people.",
            &["about 6,000: employs people (Veltrona)"],
        );
        check_claims("Police evacuated 300 homes.", &["300: homes"]);
        // A word of death or injury "to" or "of" them says so too (once, these counted only
        // "people", and the injured of one report met the dead of another).
        check_claims(
            "The blast caused injuries to approximately 18 people.",
            &["approximately 18: injuries people"],
        );
        check_claims(
            "Police confirmed the deaths of 12 people.",
            &["12: deaths people"],
        );
    }

    /// A share is about what it is a share of, not the buyer named before it.
    #[test]
    fn a_share_is_about_what_it_is_of() {
        check_claims(
            "The board backed Ostin's offer for 50.1 pct of Marlow on Friday.",
            &["50.1 pct: offer (Marlow)"],
        );
    }

    #[test]
    fn a_comma_ends_the_phrase_a_figure_is_in() {
        // The employees are a count of their own; the sales are what the sum counts.
        check_claims(
            "Marlow, which has about 3,000 employees, reported sales of $1.2bn.",
            &["about 3,000: employees", "$1.2bn: sales"],
        );
    }
}
