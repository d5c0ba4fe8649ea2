//! Quotations inside a passage, their local alignment across two passages (Smith-Waterman over
//! lower-cased words), the word-level diff of two renderings of one quote, and the speaker.

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::sentences::SPEECH_VERBS;
use crate::span::Span;

/// One word-level edit between two renderings of a quotation. `a` and `b` are byte spans in
/// the two documents; the side a word is missing from gets an empty span where it would be.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    pub tag: DiffTag,
    pub a: Span,
    pub b: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    Equal,
    /// In `a` only.
    Delete,
    /// In `b` only.
    Insert,
}

/// The quoted words of a passage, in order, as (lower-cased word, byte span).
pub fn quoted_words(text: &str, passage: Span) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for q in quote_spans(text, passage) {
        for (at, w) in q.slice(text).unicode_word_indices() {
            out.push((
                w.to_lowercase(),
                Span::new(q.start + at, q.start + at + w.len()),
            ));
        }
    }
    out
}

/// The inside of each quotation in the passage: “curly”, "straight" and «guillemets». Single
/// quotes are left out: ’ is an apostrophe far more often than a quotation mark.
pub fn quote_spans(text: &str, passage: Span) -> Vec<Span> {
    let slice = passage.slice(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (at, c) in slice.char_indices() {
        match (open, c) {
            (None, '“' | '«' | '„') => open = Some((at + c.len_utf8(), c)),
            (None, '"') => open = Some((at + 1, '"')),
            (Some((start, '“' | '„')), '”' | '“')
            | (Some((start, '«')), '»')
            | (Some((start, '"')), '"') => {
                if at > start {
                    out.push(Span::new(passage.start + start, passage.start + at));
                }
                open = None;
            }
            _ => {}
        }
    }
    // A quotation left open runs to the passage's end (multi-paragraph quotes open each
    // paragraph without closing the previous one).
    if let Some((start, _)) = open {
        if slice.len() > start {
            out.push(Span::new(
                passage.start + start,
                passage.start + slice.len(),
            ));
        }
    }
    out
}

/// Local alignment of two word sequences: (number of matching words in the best local
/// alignment, the aligned index range in `a`, the aligned index range in `b`).
pub fn align(a: &[&str], b: &[&str]) -> (usize, std::ops::Range<usize>, std::ops::Range<usize>) {
    const MATCH: i32 = 2;
    const MISMATCH: i32 = -1;
    const GAP: i32 = -1;
    if a.is_empty() || b.is_empty() || a.len().saturating_mul(b.len()) > 4_000_000 {
        return (0, 0..0, 0..0);
    }
    let width = b.len() + 1;
    let mut score = vec![0i32; (a.len() + 1) * width];
    let mut best = (0, 0, 0);
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let diag = score[(i - 1) * width + j - 1]
                + if a[i - 1] == b[j - 1] {
                    MATCH
                } else {
                    MISMATCH
                };
            let up = score[(i - 1) * width + j] + GAP;
            let left = score[i * width + j - 1] + GAP;
            let s = diag.max(up).max(left).max(0);
            score[i * width + j] = s;
            if s > best.0 {
                best = (s, i, j);
            }
        }
    }
    // Trace back to count the matches and find where the alignment starts.
    let (_, mut i, mut j) = best;
    let (end_a, end_b) = (i, j);
    let mut matches = 0;
    while i > 0 && j > 0 && score[i * width + j] > 0 {
        let s = score[i * width + j];
        let is_match = a[i - 1] == b[j - 1];
        if s == score[(i - 1) * width + j - 1] + if is_match { MATCH } else { MISMATCH } {
            matches += usize::from(is_match);
            i -= 1;
            j -= 1;
        } else if s == score[(i - 1) * width + j] + GAP {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    (matches, i..end_a, j..end_b)
}

/// Word-level diff between two word lists (with their spans), as spans in each document.
pub fn diff(a: &[(String, Span)], b: &[(String, Span)]) -> Vec<DiffOp> {
    let a_words: Vec<&str> = a.iter().map(|(w, _)| w.as_str()).collect();
    let b_words: Vec<&str> = b.iter().map(|(w, _)| w.as_str()).collect();
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a_words, &b_words);
    let cover = |words: &[(String, Span)], range: std::ops::Range<usize>| -> Span {
        match (
            words.get(range.start),
            range.end.checked_sub(1).and_then(|e| words.get(e)),
        ) {
            (Some(first), Some(last)) if range.end > range.start => {
                Span::new(first.1.start, last.1.end)
            }
            _ => {
                let at = words
                    .get(range.start)
                    .map_or_else(|| words.last().map_or(0, |w| w.1.end), |w| w.1.start);
                Span::new(at, at)
            }
        }
    };
    let mut out = Vec::new();
    for op in ops {
        let (tag, old, new) = op.as_tag_tuple();
        let mut push = |tag: DiffTag, old: std::ops::Range<usize>, new: std::ops::Range<usize>| {
            out.push(DiffOp {
                tag,
                a: cover(a, old),
                b: cover(b, new),
            });
        };
        match tag {
            similar::DiffTag::Equal => push(DiffTag::Equal, old, new),
            similar::DiffTag::Delete => push(DiffTag::Delete, old, new.start..new.start),
            similar::DiffTag::Insert => push(DiffTag::Insert, old.start..old.start, new),
            similar::DiffTag::Replace => {
                push(DiffTag::Delete, old.clone(), new.start..new.start);
                push(DiffTag::Insert, old.end..old.end, new);
            }
        }
    }
    out
}

/// Who the passage attributes its quotation to: "Mr. Assange wrote", "said Mr. Glassner",
/// "quoted Assange's tweet". Pronouns ("he said") give nothing.
pub fn speaker(text: &str, passage: Span) -> Option<String> {
    let quotes = quote_spans(text, passage);
    let slice = passage.slice(text);
    let words: Vec<(usize, &str)> = slice
        .unicode_word_indices()
        .filter(|(at, _)| {
            !quotes
                .iter()
                .any(|q| q.start <= passage.start + at && passage.start + at < q.end)
        })
        .collect();
    // Consecutive words of one name are separated by spaces only (or the dot of "Mr.").
    let joined = |k: usize| -> bool {
        let gap = slice
            .get(words[k - 1].0 + words[k - 1].1.len()..words[k].0)
            .unwrap_or(",");
        gap.chars().all(|c| c.is_whitespace() || c == '.')
    };
    for (k, (_, w)) in words.iter().enumerate() {
        let verb = w.to_lowercase();
        if !SPEECH_VERBS.contains(&verb.as_str()) {
            continue;
        }
        let mut end = k + 1;
        while end < words.len() && is_name_word(words[end].1) && (end == k + 1 || joined(end)) {
            end += 1;
        }
        let after = (end > k + 1).then(|| join_name(&words[k + 1..end]));
        // "the Guardian quoted Assange's tweet": the one quoted comes after the verb.
        if verb == "quoted" && after.is_some() {
            return after;
        }
        let mut start = k;
        while start > 0 && is_name_word(words[start - 1].1) && (start == k || joined(start)) {
            start -= 1;
        }
        if start < k {
            return Some(join_name(&words[start..k]));
        }
        if after.is_some() {
            return after;
        }
    }
    None
}

fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && !matches!(w, "I" | "He" | "She" | "They" | "It" | "We" | "The")
}

fn join_name(words: &[(usize, &str)]) -> String {
    let names: Vec<&str> = words
        .iter()
        .map(|(_, w)| {
            w.strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w)
        })
        .filter(|w| !crate::english::abbreviations::is_title_abbreviation_word(w))
        .collect();
    names.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_quotes(text: &str, expected: &[&str]) {
        let got: Vec<&str> = quote_spans(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn finds_quotations() {
        check_quotes(
            "“I can confirm,” he wrote, “and reject.”",
            &["I can confirm,", "and reject."],
        );
        check_quotes(
            "\"Nix, who heads it, told a party",
            &["Nix, who heads it, told a party"],
        );
        check_quotes("It’s Clinton’s server", &[]);
        check_quotes("« Non », a dit Élodie", &[" Non "]);
        check_quotes("", &[]);
    }

    #[track_caller]
    fn check_align(a: &str, b: &str, expected_matches: usize) {
        let a: Vec<&str> = a.split(' ').collect();
        let b: Vec<&str> = b.split(' ').collect();
        assert_eq!(align(&a, &b).0, expected_matches, "{a:?} / {b:?}");
    }

    #[test]
    fn aligns_the_shared_run() {
        check_align("i can confirm an approach", "i can confirm an approach", 5);
        check_align(
            "x y i can confirm an approach",
            "i can confirm the approach z",
            4,
        );
        check_align("a b c", "d e f", 0);
        check_align("zürich ist schön", "zürich ist schön", 3);
    }

    #[track_caller]
    fn check_speaker(text: &str, expected: Option<&str>) {
        assert_eq!(
            speaker(text, Span::new(0, text.len())).as_deref(),
            expected,
            "in {text:?}"
        );
    }

    #[test]
    fn finds_the_speaker() {
        check_speaker("“I can confirm,” Mr. Assange wrote.", Some("Assange"));
        check_speaker(
            "“We chose,” said Michael Glassner.",
            Some("Michael Glassner"),
        );
        check_speaker(
            "\"I can confirm,\" the Guardian quoted Assange's tweet.",
            Some("Assange"),
        );
        check_speaker("“No,” he said.", None);
        check_speaker("“Non”, a dit Élodie.", None);
    }

    #[test]
    fn diffs_words_with_spans() {
        let text_a = "I can confirm an approach";
        let text_b = "I can confirm the approach";
        let wa = quoted_words(&format!("\"{text_a}\""), Span::new(0, text_a.len() + 2));
        let wb = quoted_words(&format!("\"{text_b}\""), Span::new(0, text_b.len() + 2));
        let tags: Vec<DiffTag> = diff(&wa, &wb).iter().map(|d| d.tag).collect();
        assert_eq!(
            tags,
            [
                DiffTag::Equal,
                DiffTag::Delete,
                DiffTag::Insert,
                DiffTag::Equal
            ]
        );
    }
}
