//! Facts across N articles: the pairwise comparisons' passage pairs joined into connected
//! groups (union-find over `(document, passage)`), each with the documents that carry it and
//! whether its numbers agree. The grid view draws these; the app joins comparisons
//! precomputed at build time, so nothing here compares text itself except `compare_many`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{compare, Comparison, NumberPair, Relation};
use crate::corpus::Document;
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
    /// Number pairs found inside the cluster: `(doc a, doc b, pair)`.
    pub numbers: Vec<(usize, usize, NumberPair)>,
}

/// Fact clusters over N documents: every pairwise comparison's passage pairs, joined into
/// connected groups. Clusters carried by more documents come first.
pub fn compare_many(docs: &[&Document]) -> Vec<FactCluster> {
    let mut comparisons = Vec::new();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            comparisons.push((i, j, compare(docs[i], docs[j])));
        }
    }
    let refs: Vec<(usize, usize, &Comparison)> =
        comparisons.iter().map(|(i, j, c)| (*i, *j, c)).collect();
    clusters(&refs)
}

/// Fact clusters from comparisons already made (`(doc i, doc j, comparison of i with j)`), so
/// the app can join comparisons precomputed at build time without running them again.
pub fn clusters(comparisons: &[(usize, usize, &Comparison)]) -> Vec<FactCluster> {
    let mut groups = UnionFind::default();
    let mut found_numbers = Vec::new();
    for &(i, j, c) in comparisons {
        for p in &c.pairs {
            groups.union((i, p.a), (j, p.b));
        }
        for n in &c.numbers {
            if let Some(p) = c
                .pairs
                .iter()
                .find(|p| p.a.contains(n.a) && p.b.contains(n.b))
            {
                found_numbers.push(((i, p.a), j, n.clone()));
            }
        }
    }
    let mut clusters: HashMap<usize, FactCluster> = HashMap::new();
    for k in 0..groups.keys.len() {
        let key = groups.keys[k];
        let cluster = clusters
            .entry(groups.root(k))
            .or_insert_with(|| FactCluster {
                passages: Vec::new(),
                docs: Vec::new(),
                numbers_disagree: false,
                numbers: Vec::new(),
            });
        cluster.passages.push(key);
        if !cluster.docs.contains(&key.0) {
            cluster.docs.push(key.0);
        }
    }
    for (key, j, n) in found_numbers {
        let Some(&k) = groups.index.get(&key) else {
            continue;
        };
        if let Some(cluster) = clusters.get_mut(&groups.root(k)) {
            cluster.numbers_disagree |= n.relation == Relation::Conflict;
            cluster.numbers.push((key.0, j, n));
        }
    }
    let mut out: Vec<FactCluster> = clusters.into_values().collect();
    for c in &mut out {
        crate::sort::sort(&mut c.passages);
        crate::sort::sort(&mut c.docs);
    }
    crate::sort::sort_by(&mut out, |x, y| {
        y.docs
            .len()
            .cmp(&x.docs.len())
            .then(x.passages.cmp(&y.passages))
    });
    out
}

/// Connected groups of `(document, passage)` nodes.
#[derive(Default)]
struct UnionFind {
    index: HashMap<(usize, Span), usize>,
    keys: Vec<(usize, Span)>,
    parent: Vec<usize>,
}

impl UnionFind {
    fn node(&mut self, key: (usize, Span)) -> usize {
        if let Some(&k) = self.index.get(&key) {
            return k;
        }
        let k = self.keys.len();
        self.index.insert(key, k);
        self.keys.push(key);
        self.parent.push(k);
        k
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: (usize, Span), b: (usize, Span)) {
        let (x, y) = (self.node(a), self.node(b));
        let (rx, ry) = (self.root(x), self.root(y));
        self.parent[rx] = ry;
    }
}
