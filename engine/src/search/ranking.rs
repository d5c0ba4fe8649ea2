//! Ranking: BM25F over title and body, coordination (documents matching more groups first),
//! and a proximity bonus for query terms that stand close together.
//!
//! One pass per query group over its terms' postings accumulates, per document, the group's
//! best weighted BM25F contribution; groups add up. A second pass reads positions only for the
//! best candidates, to add the proximity bonus and re-sort them.

use std::collections::HashMap;

use crate::search::index::SearchIndex;
use crate::search::postings::Entry;
use crate::search::prepared::{PreparedAlternative, PreparedGroup, PreparedQuery};

/// BM25 term-frequency saturation.
pub const K1: f32 = 1.2;
/// Length normalisation of the title and of the body.
pub const B_TITLE: f32 = 0.5;
pub const B_BODY: f32 = 0.75;
/// How much one occurrence in the title outweighs one in the body.
pub const TITLE_WEIGHT: f32 = 3.0;
/// How much a word of the credits (an author's name, the outlet) outweighs one in the body:
/// a search for a reporter's name finds what they wrote before what mentions them.
pub const CREDIT_WEIGHT: f32 = 2.0;
/// Scale of the proximity bonus: two adjacent terms add this much of the rarer one's idf.
pub const PROXIMITY_WEIGHT: f32 = 0.6;
/// And this much more when they stand together in the title.
pub const TITLE_PROXIMITY_WEIGHT: f32 = 1.2;
/// Candidates re-ranked with proximity, at least (more when the caller asks for more hits).
pub const MIN_PROXIMITY_CANDIDATES: usize = 64;
/// Groups weighing less than this share of the heaviest group take no part in proximity:
/// their bonus would be negligible (it scales with the lighter group of a pair), and reading
/// the positions of `the` or `said` would cost more than the rest of the query.
pub const PROXIMITY_MIN_SHARE: f32 = 0.2;

/// A ranked document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked {
    pub doc: usize,
    pub score: f32,
}

/// The documents matching `query` that `allowed` lets through, best first, cut to `limit`,
/// and how many matched in all.
///
/// A document matches when it matches every required group, none of the excluded ones, and
/// at least half (rounded up) of the others; it ranks by the number of groups it matches,
/// then by score.
pub fn rank(
    index: &SearchIndex,
    query: &PreparedQuery,
    allowed: &dyn Fn(usize) -> bool,
    limit: usize,
) -> (Vec<Ranked>, usize) {
    let n_docs = index.n_docs();
    let positive: Vec<&PreparedGroup> = query.groups.iter().filter(|g| !g.negated).collect();
    if positive.is_empty() || n_docs == 0 {
        return (Vec::new(), 0);
    }
    let excluded = excluded_docs(index, query);
    let mut acc = Accumulator::new(n_docs);
    let mut phrase_starts: Vec<HashMap<u32, Vec<u32>>> = vec![HashMap::new(); positive.len()];
    for (group_idx, group) in positive.iter().enumerate() {
        for alternative in &group.alternatives {
            match alternative {
                PreparedAlternative::Word(word) => {
                    for expansion in &word.expansions {
                        let idf = index.idf(index.doc_freq(expansion.term));
                        let counts = !expansion.fuzzy || !word.direct;
                        let mut reader = index.postings(expansion.term);
                        while let Some(entry) = reader.next_entry() {
                            let credit_tf = index.credit_tf(entry.doc, expansion.term);
                            let score = expansion.weight * bm25f(index, entry, credit_tf, idf);
                            acc.offer(entry.doc as usize, score, counts);
                        }
                    }
                }
                PreparedAlternative::Phrase(terms) => {
                    let hits = phrase_hits(index, terms);
                    let idf = index.idf(hits.len() as u32);
                    for (doc, starts) in hits {
                        let title_len = index.title_lens.get(doc as usize).copied().unwrap_or(0);
                        let title_tf = starts.iter().filter(|&&p| p < title_len).count() as u32;
                        let credit_tf = starts
                            .iter()
                            .filter(|&&p| index.is_credit_position(doc, p))
                            .count() as u32;
                        let entry = Entry {
                            doc,
                            title_tf,
                            body_tf: starts.len() as u32 - title_tf,
                        };
                        acc.offer(doc as usize, bm25f(index, entry, credit_tf, idf), true);
                        phrase_starts[group_idx].insert(doc, starts);
                    }
                }
            }
        }
        acc.close_group(group.required);
    }
    let n_required = positive.iter().filter(|g| g.required).count();
    let min_matched = positive.len().div_ceil(2);
    let mut ranked: Vec<(u8, Ranked)> = acc
        .seen
        .iter()
        .map(|&doc| doc as usize)
        .filter(|&doc| {
            acc.required[doc] as usize == n_required
                && acc.matched[doc] as usize >= min_matched
                && !excluded.get(doc).copied().unwrap_or(false)
                && allowed(doc)
        })
        .map(|doc| {
            (
                acc.matched[doc],
                Ranked {
                    doc,
                    score: acc.score[doc],
                },
            )
        })
        .collect();
    let total = ranked.len();
    // Only the candidates that can make the cut are sorted.
    let n_candidates = ranked
        .len()
        .min(MIN_PROXIMITY_CANDIDATES.max(limit.saturating_mul(2)));
    if n_candidates < ranked.len() {
        ranked.select_nth_unstable_by(n_candidates, by_rank);
        ranked.truncate(n_candidates);
    }
    sort(&mut ranked);
    if positive.len() > 1 {
        add_proximity(
            index,
            &positive,
            &phrase_starts,
            &mut ranked[..n_candidates],
        );
        sort(&mut ranked[..n_candidates]);
    }
    ranked.truncate(limit);
    (ranked.into_iter().map(|(_, r)| r).collect(), total)
}

fn sort(ranked: &mut [(u8, Ranked)]) {
    crate::sort::sort_by(ranked, by_rank);
}

/// Groups matched first, then score, then document order (so results are deterministic).
fn by_rank(a: &(u8, Ranked), b: &(u8, Ranked)) -> std::cmp::Ordering {
    b.0.cmp(&a.0)
        .then(b.1.score.total_cmp(&a.1.score))
        .then(a.1.doc.cmp(&b.1.doc))
}

/// BM25F: field frequencies normalised by field length and weighted, then saturated once.
///
/// `credit_tf` of the entry's body count are credits (see `index`): short, so not normalised,
/// and counted once (an outlet named twice is no more telling).
fn bm25f(index: &SearchIndex, entry: Entry, credit_tf: u32, idf: f32) -> f32 {
    let doc = entry.doc as usize;
    let title_len = index.title_lens.get(doc).copied().unwrap_or(0) as f32;
    let body_len = index.body_lens.get(doc).copied().unwrap_or(0) as f32;
    let title = entry.title_tf as f32 / (1.0 - B_TITLE + B_TITLE * title_len / index.avg_title_len);
    let body_tf = entry.body_tf.saturating_sub(credit_tf);
    let body = body_tf as f32 / (1.0 - B_BODY + B_BODY * body_len / index.avg_body_len);
    let credits = CREDIT_WEIGHT * credit_tf.min(1) as f32;
    let tf = TITLE_WEIGHT * title + credits + body;
    idf * tf * (K1 + 1.0) / (K1 + tf)
}

/// Per-document sums for one query, plus the scratch space of the group being scored.
struct Accumulator {
    score: Vec<f32>,
    matched: Vec<u8>,
    required: Vec<u8>,
    /// Documents any group touched, in first-touch order.
    seen: Vec<u32>,
    is_seen: Vec<bool>,
    group_best: Vec<f32>,
    group_counts: Vec<bool>,
    group_touched: Vec<u32>,
}

impl Accumulator {
    fn new(n_docs: usize) -> Accumulator {
        Accumulator {
            score: vec![0.0; n_docs],
            matched: vec![0; n_docs],
            required: vec![0; n_docs],
            seen: Vec::new(),
            is_seen: vec![false; n_docs],
            group_best: vec![0.0; n_docs],
            group_counts: vec![false; n_docs],
            group_touched: Vec::new(),
        }
    }

    /// A group's alternative matched `doc` with `score`; `counts` if it is a match of the
    /// group (not merely a typo bonus).
    fn offer(&mut self, doc: usize, score: f32, counts: bool) {
        let (Some(best), Some(counted)) =
            (self.group_best.get_mut(doc), self.group_counts.get_mut(doc))
        else {
            return;
        };
        if *best == 0.0 && !*counted {
            self.group_touched.push(doc as u32);
        }
        *best = best.max(score);
        *counted |= counts;
    }

    fn close_group(&mut self, required: bool) {
        for doc in self.group_touched.drain(..) {
            let doc = doc as usize;
            if !self.is_seen[doc] {
                self.is_seen[doc] = true;
                self.seen.push(doc as u32);
            }
            self.score[doc] += self.group_best[doc];
            if self.group_counts[doc] {
                self.matched[doc] = self.matched[doc].saturating_add(1);
                if required {
                    self.required[doc] = self.required[doc].saturating_add(1);
                }
            }
            self.group_best[doc] = 0.0;
            self.group_counts[doc] = false;
        }
    }
}

/// Documents matching any excluded group (exact terms, or the phrase).
fn excluded_docs(index: &SearchIndex, query: &PreparedQuery) -> Vec<bool> {
    let mut excluded = Vec::new();
    for group in query.groups.iter().filter(|g| g.negated) {
        if excluded.is_empty() {
            excluded = vec![false; index.n_docs()];
        }
        // The documents the query was pasted from (see `Group::verbatim`).
        let spared = if group.verbatim.is_empty() {
            HashMap::new()
        } else {
            phrase_hits(index, &group.verbatim)
        };
        for alternative in &group.alternatives {
            let docs: Vec<u32> = match alternative {
                PreparedAlternative::Word(word) => {
                    let mut docs = Vec::new();
                    for expansion in &word.expansions {
                        let mut reader = index.postings(expansion.term);
                        while let Some(entry) = reader.next_entry() {
                            docs.push(entry.doc);
                        }
                    }
                    docs
                }
                PreparedAlternative::Phrase(terms) => {
                    phrase_hits(index, terms).into_keys().collect()
                }
            };
            for doc in docs.into_iter().filter(|doc| !spared.contains_key(doc)) {
                if let Some(flag) = excluded.get_mut(doc as usize) {
                    *flag = true;
                }
            }
        }
    }
    excluded
}

/// For each document containing the phrase, the positions where it starts.
///
/// Starts from the rarest term and keeps, term by term, the starts the next term confirms,
/// so a frequent word in a phrase only has its positions read in the few surviving documents.
pub fn phrase_hits(index: &SearchIndex, terms: &[Option<u32>]) -> HashMap<u32, Vec<u32>> {
    let Some(terms) = terms.iter().copied().collect::<Option<Vec<u32>>>() else {
        return HashMap::new();
    };
    let mut order: Vec<(usize, u32)> = terms.iter().copied().enumerate().collect();
    crate::sort::sort_by_key(&mut order, |&(offset, term)| (index.doc_freq(term), offset));
    let mut candidates: Option<HashMap<u32, Vec<u32>>> = None;
    let mut positions = Vec::new();
    for (offset, term) in order {
        let offset = offset as u32;
        let mut next: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut reader = index.postings(term);
        while let Some(entry) = reader.next_entry() {
            let previous = match &candidates {
                Some(c) => match c.get(&entry.doc) {
                    Some(starts) => Some(starts),
                    None => continue,
                },
                None => None,
            };
            positions.clear();
            reader.read_positions(&mut positions);
            let starts: Vec<u32> = positions
                .iter()
                .filter_map(|&p| p.checked_sub(offset))
                .filter(|s| previous.is_none_or(|prev| prev.binary_search(s).is_ok()))
                .collect();
            if !starts.is_empty() {
                next.insert(entry.doc, starts);
            }
        }
        if next.is_empty() {
            return next;
        }
        candidates = Some(next);
    }
    candidates.unwrap_or_default()
}

/// Adds to each candidate's score a bonus for consecutive query groups whose terms stand
/// close: `PROXIMITY_WEIGHT * min(weight) / distance²`, a distance of 1 being adjacent in
/// query order (reverse order counts one more), plus `TITLE_PROXIMITY_WEIGHT` times the same
/// for the two in the title. Groups too light to take part (see `PROXIMITY_MIN_SHARE`) are
/// stepped over: `Gulf And Western` pairs `gulf` with `western`, expected two words apart.
fn add_proximity(
    index: &SearchIndex,
    groups: &[&PreparedGroup],
    phrase_starts: &[HashMap<u32, Vec<u32>>],
    candidates: &mut [(u8, Ranked)],
) {
    if candidates.is_empty() {
        return;
    }
    let mut by_doc: Vec<(u32, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(slot, c)| (c.1.doc as u32, slot))
        .collect();
    crate::sort::sort(&mut by_doc);
    // positions[slot][group]
    let mut positions: Vec<Vec<Vec<u32>>> = vec![vec![Vec::new(); groups.len()]; candidates.len()];
    let heaviest = groups.iter().map(|g| g.weight).fold(0.0, f32::max);
    for (group_idx, group) in groups.iter().enumerate() {
        if group.weight < PROXIMITY_MIN_SHARE * heaviest {
            continue;
        }
        for alternative in &group.alternatives {
            match alternative {
                PreparedAlternative::Word(word) => {
                    for expansion in &word.expansions {
                        let mut reader = index.postings(expansion.term);
                        let mut cursor = 0;
                        while let Some(entry) = reader.next_entry() {
                            while cursor < by_doc.len() && by_doc[cursor].0 < entry.doc {
                                cursor += 1;
                            }
                            let Some(&(doc, slot)) = by_doc.get(cursor) else {
                                break;
                            };
                            if doc == entry.doc {
                                reader.read_positions(&mut positions[slot][group_idx]);
                            }
                        }
                    }
                }
                PreparedAlternative::Phrase(_) => {
                    for &(doc, slot) in &by_doc {
                        if let Some(starts) = phrase_starts[group_idx].get(&doc) {
                            positions[slot][group_idx].extend_from_slice(starts);
                        }
                    }
                }
            }
        }
    }
    // Groups taking part, in query order: a pair is two of them with only skipped (light)
    // groups between, which the text is expected to hold in between too.
    let taking_part: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].weight >= PROXIMITY_MIN_SHARE * heaviest)
        .collect();
    let mut in_title: Vec<u32> = Vec::new();
    let mut in_title_next: Vec<u32> = Vec::new();
    for (slot, candidate) in candidates.iter_mut().enumerate() {
        let doc_positions = &mut positions[slot];
        for list in doc_positions.iter_mut() {
            crate::sort::sort(list);
            list.dedup();
        }
        let title_len = index.title_lens.get(candidate.1.doc).copied().unwrap_or(0);
        let mut bonus = 0.0;
        for pair in taking_part.windows(2) {
            let (first, second) = (pair[0], pair[1]);
            let (a, b) = (&doc_positions[first], &doc_positions[second]);
            let gap = (second - first) as u32;
            let weight = groups[first].weight.min(groups[second].weight);
            if let Some(distance) = min_distance(a, b, gap) {
                bonus += PROXIMITY_WEIGHT * weight / squared(distance);
            }
            // The same pair in the title, where words standing together say far more about
            // what the article is (and where someone who remembers a headline types from).
            in_title.clear();
            in_title.extend(a.iter().take_while(|&&p| p < title_len));
            in_title_next.clear();
            in_title_next.extend(b.iter().take_while(|&&p| p < title_len));
            if let Some(distance) = min_distance(&in_title, &in_title_next, gap) {
                bonus += TITLE_PROXIMITY_WEIGHT * weight / squared(distance);
            }
        }
        candidate.1.score += bonus;
    }
}

/// In floating point: the distance between two words of a long article squared overflows u32.
fn squared(distance: u32) -> f32 {
    let distance = distance as f32;
    distance * distance
}

/// The smallest distance from a position in `a` to one in `b` (both sorted), where `b` is
/// expected `gap` positions after `a` (1: the next word): 1 when it stands exactly there, one
/// more for each position off when it follows, and `a - b + gap` when it comes first.
/// `None` when either is empty.
fn min_distance(a: &[u32], b: &[u32], gap: u32) -> Option<u32> {
    let (mut i, mut j) = (0, 0);
    let mut best: Option<u32> = None;
    while i < a.len() && j < b.len() {
        let (pa, pb) = (a[i], b[j]);
        let d = if pb > pa {
            (pb - pa).abs_diff(gap) + 1
        } else {
            (pa - pb).saturating_add(gap)
        };
        best = Some(best.map_or(d, |x| x.min(d)));
        if pa < pb {
            i += 1;
        } else {
            j += 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        #[track_caller]
        fn check(a: &[u32], b: &[u32], gap: u32, expect: Option<u32>) {
            assert_eq!(min_distance(a, b, gap), expect, "{a:?} {b:?} {gap}");
        }
        check(&[1], &[2], 1, Some(1));
        check(&[2], &[1], 1, Some(2));
        check(&[1, 50], &[10, 52], 1, Some(2));
        check(&[], &[1], 1, None);
        check(&[5], &[5], 1, Some(1));
        // `Gulf And Western` searched with `and` too light to take part: western is expected
        // two positions after gulf.
        check(&[0], &[2], 2, Some(1));
        check(&[0], &[1], 2, Some(2));
        check(&[3], &[1], 2, Some(4));
        check(&[u32::MAX], &[0], u32::MAX, Some(u32::MAX));
    }
}
