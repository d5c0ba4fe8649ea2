//! Approximate matching for passages whose words were edited: where to look, and how well a
//! place matches.
//!
//! The work is bounded so that a 2 MB article stays fast: one Aho-Corasick pass finds the
//! quote's character 6-grams in the text; the rarest of them vote for where the quote would
//! start; only a handful of windows around the best-supported votes (plus the old position and
//! the places where the old prefix or suffix still appear verbatim) get an edit-distance pass.
//! Grams, not words, so that CJK text without spaces seeds as well as English does. The edit
//! distance is the classic semi-global dynamic programme (Sellers) over chars, on patterns of at
//! most [`super::MAX_WHOLE_QUOTE_CHARS`] chars (a longer quote is matched by its first and last
//! words) and windows a little wider than the pattern, so at most about 20 windows of
//! 150 x 250 cells whatever the article's size.
//!
//! Edit distance alone can't place the edges of a passage whose first or last words changed;
//! where the old prefix or suffix still stands verbatim next to a match, [`snap_to_context`]
//! moves the edges there and the caller weighs both versions.

use std::collections::{BTreeMap, HashMap};

use crate::span::{ceil_char_boundary, floor_char_boundary, Span};

/// Chars per seed gram: long enough to be selective in English, short enough that a typo
/// spoils only the grams that touch it.
const GRAM_CHARS: usize = 6;
/// Chars between the starts of consecutive grams.
const GRAM_STRIDE: usize = 3;
/// A gram seen more often than this is too common to say where the quote is.
const MAX_GRAM_HITS: usize = 64;
/// How many of the rarest grams vote.
const VOTING_GRAMS: usize = 12;
/// How many vote clusters get an edit-distance pass.
const SEED_WINDOWS: usize = 8;
/// How many verbatim prefix or suffix occurrences (nearest the old position) become windows.
const CONTEXT_WINDOWS: usize = 3;
/// Chars of the old prefix's end (and the suffix's start) looked for verbatim.
const CONTEXT_PROBE_CHARS: usize = 16;
/// At most this many occurrences of the prefix's end or the suffix's start are recorded.
const MAX_CONTEXT_HITS: usize = 10_000;

/// A part of the quote known verbatim, and where it starts inside the (collapsed) quote.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece<'q> {
    pub offset: usize,
    pub text: &'q str,
}

/// The best approximate occurrence of a pattern: a byte span of the haystack and its edit count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub span: Span,
    pub errors: usize,
}

/// Where to run the edit distance: estimated quote starts, best first, and stretches between
/// surviving context.
#[derive(Debug, Default)]
pub(crate) struct Seeds {
    /// Estimated start offsets of the quote in `hay`: the best supported gram votes, the old
    /// position, then where the old prefix ends or the old suffix starts.
    pub starts: Vec<usize>,
    /// Stretches between a place where the end of the old prefix still stands verbatim and a
    /// place where the start of the old suffix does, about as long as the quote: where a
    /// rewritten passage most likely is.
    pub gaps: Vec<Span>,
}

/// Finds [`Seeds`] for a quote `quote_len` bytes long made of `pieces`, in one pass over `hay`.
pub(crate) fn find_seeds(
    hay: &str,
    pieces: &[Piece<'_>],
    quote_len: usize,
    old_start: usize,
    prefix: &str,
    suffix: &str,
) -> Seeds {
    // Patterns: the quote's grams, then the end of the prefix and the start of the suffix.
    let mut patterns: Vec<&str> = Vec::new();
    let mut gram_offsets: Vec<usize> = Vec::new();
    for piece in pieces {
        for (gram, offset) in grams_of(piece.text) {
            if !patterns.contains(&gram) && !gram.trim().is_empty() {
                patterns.push(gram);
                gram_offsets.push(piece.offset + offset);
            }
        }
    }
    let n_grams = patterns.len();
    let prefix_tail = Some(last_chars(prefix, CONTEXT_PROBE_CHARS)).filter(|s| usable(s));
    let suffix_head = Some(first_chars(suffix, CONTEXT_PROBE_CHARS)).filter(|s| usable(s));
    patterns.extend(prefix_tail);
    patterns.extend(suffix_head);
    let hits = find_all(hay, &patterns, n_grams);

    let mut starts = gram_votes(&hits[..n_grams], &gram_offsets, quote_len, old_start);
    starts.push(old_start);
    let prefix_ends: Vec<usize> = match prefix_tail {
        Some(tail) => nearest(&hits[n_grams], old_start)
            .into_iter()
            .map(|at| at + tail.len())
            .collect(),
        None => Vec::new(),
    };
    let suffix_starts = match suffix_head {
        Some(_) => nearest(
            &hits[n_grams + usize::from(prefix_tail.is_some())],
            old_start.saturating_add(quote_len),
        ),
        None => Vec::new(),
    };
    starts.extend(&prefix_ends);
    starts.extend(suffix_starts.iter().map(|at| at.saturating_sub(quote_len)));
    starts
        .iter_mut()
        .for_each(|s| *s = floor_char_boundary(hay, *s));
    let mut seen = Vec::new();
    starts.retain(|s| {
        let new = !seen.contains(s);
        seen.push(*s);
        new
    });

    let mut gaps = Vec::new();
    for &end in &prefix_ends {
        for &start in &suffix_starts {
            if end < start && start - end <= 2 * quote_len + 64 {
                gaps.push(Span::new(end, start));
            }
        }
    }
    Seeds { starts, gaps }
}

/// `span` with its start moved to where the end of the old `prefix` stands verbatim nearby,
/// and its end to where the start of the old `suffix` does (each only when found within `slack`
/// bytes). The edit distance alone can't tell where a passage whose first or last words changed
/// begins or ends; the surroundings can.
pub(crate) fn snap_to_context(
    hay: &str,
    span: Span,
    prefix: &str,
    suffix: &str,
    slack: usize,
) -> Span {
    let mut out = span;
    let prefix_tail = last_chars(prefix, CONTEXT_PROBE_CHARS);
    let new_start = if prefix.chars().count() < super::CONTEXT_CHARS && hay.starts_with(prefix) {
        // A short prefix means the passage began that close to the start of the article.
        Some(prefix.len()).filter(|&start| start.abs_diff(span.start) <= slack)
    } else if usable(prefix_tail) {
        let from = floor_char_boundary(hay, span.start.saturating_sub(slack));
        let to = ceil_char_boundary(hay, span.start.saturating_add(slack + prefix_tail.len()));
        let ends = hay
            .get(from..to)
            .into_iter()
            .flat_map(|w| w.match_indices(prefix_tail));
        ends.map(|(at, _)| from + at + prefix_tail.len())
            .min_by_key(|end| end.abs_diff(span.start))
    } else {
        None
    };
    if let Some(start) = new_start.filter(|&start| start < out.end) {
        out.start = start;
    }
    let suffix_head = first_chars(suffix, CONTEXT_PROBE_CHARS);
    let new_end = if suffix.chars().count() < super::CONTEXT_CHARS && hay.ends_with(suffix) {
        Some(hay.len() - suffix.len()).filter(|&end| end.abs_diff(span.end) <= slack)
    } else if usable(suffix_head) {
        let from = floor_char_boundary(hay, span.end.saturating_sub(slack + suffix_head.len()));
        let to = ceil_char_boundary(hay, span.end.saturating_add(slack));
        let starts = hay
            .get(from..to)
            .into_iter()
            .flat_map(|w| w.match_indices(suffix_head));
        starts
            .map(|(at, _)| from + at)
            .min_by_key(|start| start.abs_diff(span.end))
    } else {
        None
    };
    if let Some(end) = new_end.filter(|&end| end > out.start) {
        out.end = end;
    }
    out
}

/// Whether a piece of context is long and solid enough to look for verbatim.
fn usable(context: &str) -> bool {
    context.chars().count() >= GRAM_CHARS && !context.trim().is_empty()
}

/// The best approximate occurrence of `pattern` inside `hay[window]` (the window is widened to
/// char boundaries), or `None` for an empty pattern or window.
pub(crate) fn best_match(hay: &str, window: Span, pattern: &str) -> Option<Hit> {
    let start = floor_char_boundary(hay, window.start.min(hay.len()));
    let end = ceil_char_boundary(hay, window.end.min(hay.len()));
    let chars: Vec<(usize, char)> = hay
        .get(start..end)?
        .char_indices()
        .map(|(i, c)| (start + i, c))
        .collect();
    let pattern: Vec<char> = pattern.chars().collect();
    let m = pattern.len();
    if m == 0 || chars.is_empty() {
        return None;
    }
    // cost[i]: edits to match pattern[..i] ending at the current text position; from[i]: the
    // text char index where that match begins. Row 0 is free at every position (semi-global).
    let mut cost: Vec<usize> = (0..=m).collect();
    let mut from: Vec<usize> = vec![0; m + 1];
    let mut best: Option<(usize, usize, usize)> = None;
    for (col, &(_, t)) in chars.iter().enumerate() {
        let consumed = col + 1;
        let mut diag = cost[0];
        let mut diag_from = from[0];
        cost[0] = 0;
        from[0] = consumed;
        for i in 1..=m {
            let substitute = diag + usize::from(pattern[i - 1] != t);
            let skip_pattern = cost[i - 1] + 1;
            let skip_text = cost[i] + 1;
            // Among equally good alignments, the one starting earliest: it keeps the words an
            // insertion pushed apart instead of swapping them for the inserted ones.
            let (value, value_from) = [
                (substitute, diag_from),
                (skip_pattern, from[i - 1]),
                (skip_text, from[i]),
            ]
            .into_iter()
            .min()
            .unwrap_or((substitute, diag_from));
            diag = cost[i];
            diag_from = from[i];
            cost[i] = value;
            from[i] = value_from;
        }
        if from[m] < consumed && best.is_none_or(|(errors, _, _)| cost[m] < errors) {
            best = Some((cost[m], from[m], consumed));
        }
    }
    let (errors, first, consumed) = best?;
    let (last_at, last_char) = chars[consumed - 1];
    Some(Hit {
        span: Span::new(chars[first].0, last_at + last_char.len_utf8()),
        errors,
    })
}

/// How alike two short strings are: 1 minus their edit distance over the longer length.
/// Two empty strings are alike.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    let longest = a.chars().count().max(b.chars().count());
    if longest == 0 {
        return 1.0;
    }
    1.0 - distance(a, b) as f64 / longest as f64
}

/// The edit (Levenshtein) distance between two short strings, in chars.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let value = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = value;
        }
    }
    row[b.len()]
}

/// The last `n` chars of `s`.
pub(crate) fn last_chars(s: &str, n: usize) -> &str {
    match n.checked_sub(1).and_then(|k| s.char_indices().rev().nth(k)) {
        Some((at, _)) => &s[at..],
        None if n == 0 => "",
        None => s,
    }
}

/// The first `n` chars of `s`.
pub(crate) fn first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// Vote clusters of the rarest grams, best supported first (ties: nearest the old position).
/// `hits[g]` are the occurrences of the gram found at `offsets[g]` in the quote.
fn gram_votes(
    hits: &[Vec<usize>],
    offsets: &[usize],
    quote_len: usize,
    old_start: usize,
) -> Vec<usize> {
    let mut rare: Vec<usize> = (0..hits.len())
        .filter(|&g| !hits[g].is_empty() && hits[g].len() <= MAX_GRAM_HITS)
        .collect();
    crate::sort::sort_by_key(&mut rare, |&g| hits[g].len());
    rare.truncate(VOTING_GRAMS);
    // (estimated quote start, voter index in `rare`)
    let mut votes: Vec<(usize, usize)> = rare
        .iter()
        .enumerate()
        .flat_map(|(voter, &g)| {
            hits[g]
                .iter()
                .map(move |&at| (at.saturating_sub(offsets[g]), voter))
        })
        .collect();
    crate::sort::sort(&mut votes);
    let tolerance = quote_len / 4 + 8;
    let mut clusters: Vec<(u32, usize)> = Vec::new(); // (distinct voters, median start)
    let mut i = 0;
    while i < votes.len() {
        let mut j = i;
        let mut voters: u32 = 0;
        while j < votes.len() && votes[j].0 - votes[i].0 <= tolerance {
            voters |= 1 << votes[j].1;
            j += 1;
        }
        clusters.push((voters.count_ones(), votes[(i + j) / 2].0));
        i = j;
    }
    crate::sort::sort_by_key(&mut clusters, |&(voters, start)| {
        (std::cmp::Reverse(voters), start.abs_diff(old_start))
    });
    clusters
        .into_iter()
        .take(SEED_WINDOWS)
        .map(|(_, start)| start)
        .collect()
}

/// Each pattern's occurrences in `hay` (ASCII case ignored). The first `n_grams` patterns stop
/// being recorded one past [`MAX_GRAM_HITS`]; the rest at [`MAX_CONTEXT_HITS`].
///
/// Why not a multi-pattern automaton: this runs in the browser, and an Aho-Corasick DFA costs
/// about 100 KB of wasm. The patterns come in a few lengths only, so one hash lookup per
/// position and length is as fast for article-sized text and costs almost no code.
fn find_all(hay: &str, patterns: &[&str], n_grams: usize) -> Vec<Vec<usize>> {
    let mut hits: Vec<Vec<usize>> = vec![Vec::new(); patterns.len()];
    let mut by_len: BTreeMap<usize, HashMap<Vec<u8>, Vec<usize>>> = BTreeMap::new();
    for (i, p) in patterns.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
        by_len
            .entry(p.len())
            .or_default()
            .entry(p.as_bytes().to_ascii_lowercase())
            .or_default()
            .push(i);
    }
    let bytes = hay.as_bytes();
    let mut window: Vec<u8> = Vec::new();
    for (&len, table) in &by_len {
        for start in 0..=bytes.len().saturating_sub(len) {
            if start + len > bytes.len() || !hay.is_char_boundary(start) {
                continue;
            }
            window.clear();
            window.extend(bytes[start..start + len].iter().map(u8::to_ascii_lowercase));
            let Some(ids) = table.get(window.as_slice()) else {
                continue;
            };
            for &pattern in ids {
                let cap = if pattern < n_grams {
                    MAX_GRAM_HITS + 1
                } else {
                    MAX_CONTEXT_HITS
                };
                if hits[pattern].len() < cap {
                    hits[pattern].push(start);
                }
            }
        }
    }
    hits
}

/// Overlapping `GRAM_CHARS`-char windows of `s` every `GRAM_STRIDE` chars, always including the
/// last one; `s` itself when it is shorter than a gram.
fn grams_of(s: &str) -> Vec<(&str, usize)> {
    let bounds: Vec<usize> = s
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .collect();
    let n_chars = bounds.len() - 1;
    if n_chars <= GRAM_CHARS {
        return if s.is_empty() {
            Vec::new()
        } else {
            vec![(s, 0)]
        };
    }
    let mut starts: Vec<usize> = (0..=n_chars - GRAM_CHARS).step_by(GRAM_STRIDE).collect();
    if starts.last() != Some(&(n_chars - GRAM_CHARS)) {
        starts.push(n_chars - GRAM_CHARS);
    }
    starts
        .into_iter()
        .map(|c| (&s[bounds[c]..bounds[c + GRAM_CHARS]], bounds[c]))
        .collect()
}

/// Up to [`CONTEXT_WINDOWS`] of `occurrences`, nearest to `near` first.
fn nearest(occurrences: &[usize], near: usize) -> Vec<usize> {
    let mut found = occurrences.to_vec();
    crate::sort::sort_by_key(&mut found, |&at| at.abs_diff(near));
    found.truncate(CONTEXT_WINDOWS);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_match(hay: &str, pattern: &str, expected: Option<(&str, usize)>) {
        let hit = best_match(hay, Span::new(0, hay.len()), pattern);
        assert_eq!(hit.map(|h| (h.span.slice(hay), h.errors)), expected);
    }

    #[test]
    fn best_match_finds_the_closest_substring() {
        check_match("the quick brown fox", "quick", Some(("quick", 0)));
        check_match("the quikc brown fox", "quick", Some(("quik", 1)));
        check_match("it was 33,000 emails", "30,000", Some(("33,000", 1)));
        check_match(
            "Trump’s eldest son",
            "Trump's eldest",
            Some(("Trump’s eldest", 1)),
        );
        check_match("在北京举行的会议", "北京会议", Some(("北京", 2)));
        check_match("👩‍👩‍👧 family", "👩‍👧 family", Some(("👩‍👧 family", 0)));
        check_match("", "x", None);
        check_match("abc", "", None);
    }

    #[track_caller]
    fn check_similarity(a: &str, b: &str, expected: f64) {
        assert!(
            (similarity(a, b) - expected).abs() < 1e-9,
            "{a:?} {b:?}: {}",
            similarity(a, b)
        );
    }

    #[test]
    fn similarity_is_one_minus_relative_edits() {
        check_similarity("", "", 1.0);
        check_similarity("abcd", "abcd", 1.0);
        check_similarity("abcd", "abce", 0.75);
        check_similarity("abcd", "", 0.0);
        check_similarity("“quoted”", "\"quoted\"", 0.75);
        check_similarity("東京都", "東京", 2.0 / 3.0);
    }

    #[track_caller]
    fn check_chars(s: &str, n: usize, last: &str, first: &str) {
        assert_eq!(last_chars(s, n), last);
        assert_eq!(first_chars(s, n), first);
    }

    #[test]
    fn first_and_last_chars_count_chars_not_bytes() {
        check_chars("abcdef", 2, "ef", "ab");
        check_chars("abc", 5, "abc", "abc");
        check_chars("abc", 0, "", "");
        check_chars("北京上海", 3, "京上海", "北京上");
        check_chars("e\u{301}x", 2, "\u{301}x", "e\u{301}");
    }

    #[test]
    fn grams_cover_start_and_end() {
        let grams = grams_of("abcdefghij");
        assert_eq!(grams, vec![("abcdef", 0), ("defghi", 3), ("efghij", 4)]);
        assert_eq!(grams_of("北京"), vec![("北京", 0)]);
        assert!(grams_of("").is_empty());
    }

    #[test]
    fn seeds_point_at_the_rare_grams() {
        let hay = format!(
            "{}Zebra crossing near Ürümqi{}",
            "filler text ".repeat(50),
            " more filler".repeat(50)
        );
        let at = hay.find("Zebra").unwrap();
        let quote = "Zebra crosing near Ürümqi";
        let starts = find_seeds(
            &hay,
            &[Piece {
                offset: 0,
                text: quote,
            }],
            quote.len(),
            0,
            "",
            "",
        )
        .starts;
        assert!(
            starts.first().is_some_and(|s| s.abs_diff(at) <= 3),
            "{starts:?} vs {at}"
        );
    }
}
