//! Facts across N articles: the pairwise comparisons' passage pairs joined into groups of
//! `(document, passage)`, each with the documents that carry it and whether its numbers agree.
//! The grid view draws these; the app joins comparisons precomputed at build time, so nothing
//! here compares text itself except `compare_many`.
//!
//! Why not connected components: pairwise pairing errs, and over N articles one wrong pair in
//! each comparison chains unrelated facts into one (on the 15 development articles, one group
//! held all 15 articles and 92% of its passage pairs told different facts). Groups are joined
//! by average linkage instead, strongest pairs first: two groups become one only when at least
//! half of their passages from different articles were paired with each other, so a passage
//! joins a fact only by agreeing with most of it (there, 65% of the passage pairs grouped
//! together tell the same fact).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{compare_with, Comparison, NumberPair, Readings, Relation};
use crate::document::Document;
use crate::span::Span;

/// One fact as told across N articles, for a grid view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactCluster {
    /// `(document index, passage)` for every passage in the cluster, sorted.
    pub passages: Vec<(usize, Span)>,
    /// The documents carrying the fact, sorted.
    pub docs: Vec<usize>,
    /// Whether some numbers or dates in the cluster's pairs conflict.
    pub numbers_disagree: bool,
    /// Number pairs found inside the cluster: `(doc a, doc b, pair)`, each reason once per
    /// pair of documents.
    pub numbers: Vec<(usize, usize, NumberPair)>,
}

/// Fact clusters over N documents: every pairwise comparison's passage pairs, joined into
/// connected groups. Clusters carried by more documents come first.
pub fn compare_many(docs: &[&Document]) -> Vec<FactCluster> {
    let mut comparisons = Vec::new();
    let mut readings = Readings::default();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            comparisons.push((i, j, compare_with(&mut readings, docs[i], docs[j])));
        }
    }
    let refs: Vec<(usize, usize, &Comparison)> =
        comparisons.iter().map(|(i, j, c)| (*i, *j, c)).collect();
    clusters(&refs)
}

/// Fact clusters from comparisons already made (`(doc i, doc j, comparison of i with j)`), so
/// the app can join comparisons precomputed at build time without running them again.
pub fn clusters(comparisons: &[(usize, usize, &Comparison)]) -> Vec<FactCluster> {
    let mut groups = Groups::default();
    let mut found_numbers = Vec::new();
    let mut edges: Vec<(f32, usize, usize)> = Vec::new();
    for &(i, j, c) in comparisons {
        for p in &c.pairs {
            let (x, y) = (groups.node((i, p.a)), groups.node((j, p.b)));
            groups.link(x, y);
            edges.push((p.score, x, y));
        }
        for n in &c.numbers {
            if let Some(p) = c
                .pairs
                .iter()
                .find(|p| p.a.contains(n.a) && p.b.contains(n.b))
            {
                found_numbers.push(((i, p.a), (j, p.b), n.clone()));
            }
        }
    }
    // Strongest pairs first; ties in the order the pairs came, so the groups never depend on
    // a hash order.
    crate::sort::sort_by(&mut edges, |a, b| {
        b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2)))
    });
    for &(_, x, y) in &edges {
        groups.join_if_most_agree(x, y);
    }
    let mut clusters: Vec<FactCluster> = Vec::new();
    let mut cluster_of_group: HashMap<usize, usize> = HashMap::new();
    for k in 0..groups.keys.len() {
        let key = groups.keys[k];
        let at = *cluster_of_group.entry(groups.group[k]).or_insert_with(|| {
            clusters.push(FactCluster {
                passages: Vec::new(),
                docs: Vec::new(),
                numbers_disagree: false,
                numbers: Vec::new(),
            });
            clusters.len() - 1
        });
        let cluster = &mut clusters[at];
        cluster.passages.push(key);
        if !cluster.docs.contains(&key.0) {
            cluster.docs.push(key.0);
        }
    }
    for (key_a, key_b, n) in found_numbers {
        let (Some(&x), Some(&y)) = (groups.index.get(&key_a), groups.index.get(&key_b)) else {
            continue;
        };
        // Both passages of the number's pair must have joined the same fact.
        if groups.group[x] != groups.group[y] {
            continue;
        }
        let Some(&at) = cluster_of_group.get(&groups.group[x]) else {
            continue;
        };
        let cluster = &mut clusters[at];
        cluster.numbers_disagree |= n.relation == Relation::Conflict;
        // Each reason once per pair of documents: one article may give the figure in two of
        // the fact's passages (its standfirst and its body, "Over 30" and "over 30"), one
        // disagreement to read.
        let (x, y) = (key_a.0, key_b.0);
        if !cluster
            .numbers
            .iter()
            .any(|m| (m.0, m.1) == (x, y) && m.2.why.to_lowercase() == n.why.to_lowercase())
        {
            cluster.numbers.push((x, y, n));
        }
    }
    // A passage whose pairs all went to other facts stands alone: not a fact told twice.
    clusters.retain(|c| c.docs.len() > 1);
    for c in &mut clusters {
        crate::sort::sort(&mut c.passages);
        crate::sort::sort(&mut c.docs);
    }
    crate::sort::sort_by(&mut clusters, |x, y| {
        y.docs
            .len()
            .cmp(&x.docs.len())
            .then(x.passages.cmp(&y.passages))
    });
    clusters
}

/// Groups of `(document, passage)` nodes joined by average linkage.
#[derive(Default)]
struct Groups {
    index: HashMap<(usize, Span), usize>,
    keys: Vec<(usize, Span)>,
    /// The group of each node.
    group: Vec<usize>,
    /// The nodes of each group (empty once joined into another).
    members: Vec<Vec<usize>>,
    /// The nodes each node was paired with, sorted.
    linked: Vec<Vec<usize>>,
}

impl Groups {
    fn node(&mut self, key: (usize, Span)) -> usize {
        if let Some(&k) = self.index.get(&key) {
            return k;
        }
        let k = self.keys.len();
        self.index.insert(key, k);
        self.keys.push(key);
        self.group.push(k);
        self.members.push(vec![k]);
        self.linked.push(Vec::new());
        k
    }

    fn link(&mut self, x: usize, y: usize) {
        for (a, b) in [(x, y), (y, x)] {
            if let Err(at) = self.linked[a].binary_search(&b) {
                self.linked[a].insert(at, b);
            }
        }
    }

    /// Joins the groups of `x` and `y` when at least half of their passages from different
    /// documents were paired with each other.
    fn join_if_most_agree(&mut self, x: usize, y: usize) {
        let (gx, gy) = (self.group[x], self.group[y]);
        if gx == gy {
            return;
        }
        let (mut across, mut paired) = (0usize, 0usize);
        for &a in &self.members[gx] {
            for &b in &self.members[gy] {
                if self.keys[a].0 != self.keys[b].0 {
                    across += 1;
                    paired += usize::from(self.linked[a].binary_search(&b).is_ok());
                }
            }
        }
        if across == 0 || paired * 2 < across {
            return;
        }
        let moved = std::mem::take(&mut self.members[gy]);
        for &m in &moved {
            self.group[m] = gx;
        }
        self.members[gx].extend(moved);
    }
}
