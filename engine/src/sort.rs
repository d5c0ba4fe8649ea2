//! Sorting that compiles the sort algorithm once.
//!
//! Why: every `slice::sort_by` call with its own closure is a separate copy of Rust's
//! driftsort (or ipnsort), 3–5 KB of wasm each; the app's code paths had 25 of them, about
//! 85 KB of the size budget. Here the comparison is passed as `dyn FnMut` and only a
//! permutation of `u32` indices is sorted, so one copy serves every caller. Stable, like
//! `sort_by`; the extra indirection is negligible at the sizes the app sorts.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_indices(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &mut order);
}

/// Sorts `v` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// The one place the standard sort is instantiated.
fn sort_indices(order: &mut [u32], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
}

/// Rearranges `v` so that `v[i]` becomes the old `v[order[i]]`, following each cycle once.
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let cases: Vec<Vec<(u8, char)>> = vec![
            vec![],
            vec![(1, 'a')],
            vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (0, 'ü')],
            (0..50)
                .map(|i| ((i * 7 % 11) as u8, char::from(b'a' + (i % 26) as u8)))
                .collect(),
        ];
        for case in cases {
            let mut ours = case.clone();
            let mut std = case.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "stable order of equal keys too");
        }
    }

    proptest::proptest! {
        #[test]
        fn matches_std_sort(v: Vec<(u8, u16)>) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            proptest::prop_assert_eq!(ours, std);
        }
    }
}
