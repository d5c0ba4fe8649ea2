//! Typo matching: every word of a sorted vocabulary within a few edits of a query word.
//!
//! The sorted word list is walked as if it were a trie. Consecutive words share prefixes, so
//! the edit-distance rows of the shared prefix are reused, and as soon as no cell of a row is
//! within the bound, every word under that prefix is skipped with one binary search. This is a
//! Levenshtein automaton evaluated lazily over the dictionary: on 40,000 words a query word
//! visits a few hundred prefixes, not 40,000 words.
//!
//! The distance is optimal string alignment (Levenshtein plus adjacent transpositions, each
//! one edit), counted in chars, so `Cambrige` ~ `Cambridge` and `Asnage` ~ `Asange` are one edit.

/// How many edits a word of `n_chars` letters may carry and still match: none under 4
/// letters (too many short words are one edit apart), 1 for 4 to 7, 2 for 8 and more.
pub fn max_edits(n_chars: usize) -> u8 {
    match n_chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Indices into `words` (sorted ascending, as by `str::cmp`) of every word within `max_dist`
/// edits of `query`, with its distance, in dictionary order. `query` and the words are folded
/// words; words longer than `MAX_CHARS` never match.
pub fn within(words: &[String], query: &str, max_dist: u8) -> Vec<(usize, u8)> {
    walk(words, query, max_dist, false)
}

/// Like [`within`], for a word being typed: every word that *starts* with something within
/// `max_dist` edits of `query` (`asang` ~ `assange`), with the distance of its shortest such
/// start.
pub fn within_prefix(words: &[String], query: &str, max_dist: u8) -> Vec<(usize, u8)> {
    walk(words, query, max_dist, true)
}

fn walk(words: &[String], query: &str, max_dist: u8, prefix: bool) -> Vec<(usize, u8)> {
    let mut found = Vec::new();
    let q: Vec<char> = query.chars().take(MAX_CHARS).collect();
    let width = q.len() + 1;
    let k = max_dist as usize;
    if prefix && q.len() <= k {
        // The empty start is close enough already.
        return (0..words.len()).map(|i| (i, q.len() as u8)).collect();
    }
    // rows[d * width + j]: distance between the word's first d chars and the query's first j,
    // capped at k + 1 (anything over the bound is as good as infinite).
    let mut rows: Vec<u8> = (0..width).map(|j| j.min(k + 1) as u8).collect();
    // The chars whose rows are in `rows` (the current trie path).
    let mut path: Vec<char> = Vec::new();
    let mut idx = 0;
    while idx < words.len() {
        let word = &words[idx];
        let shared = path
            .iter()
            .zip(word.chars())
            .take_while(|(a, b)| *a == b)
            .count();
        path.truncate(shared);
        rows.truncate((shared + 1) * width);
        // Where the walk stops under this word: the subtree is out of reach (`Err`), or, for a
        // prefix, every word under it matches (`Ok`, with the distance).
        let mut stop: Option<(usize, Result<u8, ()>)> = None;
        for c in word.chars().skip(shared) {
            if path.len() >= MAX_CHARS {
                stop = Some((path.len(), Err(())));
                break;
            }
            path.push(c);
            let d = path.len();
            // Once a whole row is over the bound, every longer prefix is too. (A transposition
            // reaches back two rows, but a cell it could lower would already have made this
            // row's minimum at most the bound.)
            if push_row(&mut rows, &q, &path, d, k) > k {
                stop = Some((d, Err(())));
                break;
            }
            let whole_query = usize::from(rows[d * width + q.len()]);
            if prefix && whole_query <= k {
                stop = Some((d, Ok(whole_query as u8)));
                break;
            }
        }
        match stop {
            Some((depth, outcome)) => {
                // Skip (or take) every word that starts with this prefix.
                let prefix_bytes: usize = word.chars().take(depth).map(char::len_utf8).sum();
                let next = skip_prefix(words, idx, &word[..prefix_bytes]);
                if let Ok(dist) = outcome {
                    found.extend((idx..next).map(|i| (i, dist)));
                }
                idx = next;
            }
            None => {
                let d = path.len();
                let dist = usize::from(rows[d * width + q.len()]);
                if dist <= k {
                    found.push((idx, dist as u8));
                }
                idx += 1;
            }
        }
    }
    found
}

/// The first index after `from` whose word doesn't start with `prefix` (the word at `from`
/// does). Gallops first: most pruned subtrees hold a handful of words.
fn skip_prefix(words: &[String], from: usize, prefix: &str) -> usize {
    // Invariant: words[known] starts with the prefix; words[probe] (when in range) doesn't.
    let mut known = from;
    let mut step = 1;
    let probe = loop {
        let probe = from + step;
        if probe >= words.len() || !words[probe].starts_with(prefix) {
            break probe.min(words.len());
        }
        known = probe;
        step *= 2;
    };
    known + 1 + words[known + 1..probe].partition_point(|w| w.starts_with(prefix))
}

/// Longest word, in chars, the matcher considers (folded words are capped shorter anyway).
const MAX_CHARS: usize = 64;

/// Appends row `d` (for `path[..d]`, against the query `q`) and returns its minimum. Only the
/// band of cells within `k` of the diagonal can be within the bound; the others stay at
/// `k + 1`.
fn push_row(rows: &mut Vec<u8>, q: &[char], path: &[char], d: usize, k: usize) -> usize {
    let width = q.len() + 1;
    let over = (k + 1) as u8;
    let c = path[d - 1];
    let prev = (d - 1) * width;
    let cur = d * width;
    rows.resize(cur + width, over);
    rows[cur] = d.min(k + 1) as u8;
    let mut row_min = usize::from(rows[cur]);
    for j in d.saturating_sub(k).max(1)..=(d + k).min(q.len()) {
        let substitution = rows[prev + j - 1] + u8::from(q[j - 1] != c);
        let deletion = rows[prev + j] + 1;
        let insertion = rows[cur + j - 1] + 1;
        let mut best = substitution.min(deletion).min(insertion);
        if d >= 2 && j >= 2 && q[j - 1] == path[d - 2] && q[j - 2] == c {
            best = best.min(rows[(d - 2) * width + j - 2] + 1);
        }
        let best = best.min(over);
        rows[cur + j] = best;
        row_min = row_min.min(usize::from(best));
    }
    row_min
}

/// Optimal string alignment distance between two strings, in chars: the brute-force reference
/// the walk is tested against.
#[cfg(test)]
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // A bound no test string reaches: the band is then the whole row.
    let k = 200;
    let mut rows: Vec<u8> = (0..=b.len()).map(|j| j.min(k + 1) as u8).collect();
    for d in 1..=a.len() {
        push_row(&mut rows, &b, &a, d, k);
    }
    usize::from(rows[a.len() * (b.len() + 1) + b.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vec<String> {
        let mut words: Vec<String> = [
            "assange",
            "assagne",
            "analytica",
            "analyst",
            "cambridge",
            "cambodia",
            "camber",
            "email",
            "emails",
            "mail",
            "zurich",
            "zürich",
            "東京",
            "東",
            "a",
            "ab",
            "ba",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        words.sort();
        words
    }

    /// The vocabulary words within `k` edits of `query`, as `word:distance`, joined by `|`.
    #[track_caller]
    fn check(query: &str, k: u8, expect: &str) {
        let words = vocabulary();
        let got: Vec<String> = within(&words, query, k)
            .iter()
            .map(|&(i, d)| format!("{}:{d}", words[i]))
            .collect();
        assert_eq!(got.join("|"), expect, "{query:?} k={k}");
        // The walk must agree with brute force.
        let brute: Vec<String> = words
            .iter()
            .filter(|w| distance(w, query) <= k as usize)
            .map(|w| format!("{w}:{}", distance(w, query)))
            .collect();
        assert_eq!(got, brute, "{query:?} k={k} against brute force");
    }

    #[test]
    fn finds_words_within_the_bound() {
        check("asange", 1, "assange:1");
        check("asange", 2, "assagne:2|assange:1");
        check("cambrige", 2, "cambridge:1");
        check("cambrdige", 1, "cambridge:1");
        check("emial", 1, "email:1");
        check("email", 0, "email:0");
        check("email", 1, "email:0|emails:1|mail:1");
        check("zurich", 1, "zurich:0|zürich:1");
        check("東京", 1, "東:1|東京:0");
        check("ba", 1, "a:1|ab:1|ba:0");
        check("", 1, ":0|a:1|東:1");
    }

    /// The vocabulary words that start within `k` edits of `query`.
    #[track_caller]
    fn check_prefix(query: &str, k: u8, expect: &str) {
        let words = vocabulary();
        let got: Vec<String> = within_prefix(&words, query, k)
            .iter()
            .map(|&(i, d)| format!("{}:{d}", words[i]))
            .collect();
        assert_eq!(got.join("|"), expect, "{query:?} k={k}");
        // Brute force: the distance of the word's shortest start within the bound.
        let brute: Vec<String> = words
            .iter()
            .filter_map(|w| {
                let mut cuts = w.char_indices().map(|(i, _)| i).chain([w.len()]);
                let first = cuts.find_map(|cut| {
                    Some(distance(&w[..cut], query)).filter(|&d| d <= k as usize)
                })?;
                Some(format!("{w}:{first}"))
            })
            .collect();
        assert_eq!(got, brute, "{query:?} k={k} against brute force");
    }

    #[test]
    fn finds_words_starting_within_the_bound() {
        check_prefix("asang", 1, "assange:1");
        check_prefix("cambri", 0, "cambridge:0");
        check_prefix("cambir", 1, "camber:1|cambridge:1");
        check_prefix("emial", 1, "email:1|emails:1");
        check_prefix("東京", 0, "東京:0");
    }

    #[test]
    fn transposition_is_one_edit() {
        assert_eq!(distance("ab", "ba"), 1);
        assert_eq!(distance("analytcia", "analytica"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("ça", "ca"), 1);
    }

    #[test]
    fn edit_budget() {
        let got: Vec<u8> = [0, 3, 4, 7, 8, 20].iter().map(|&n| max_edits(n)).collect();
        assert_eq!(got, [0, 0, 1, 1, 2, 2]);
    }
}
