//! A comparison read for its pages: the relation's name, which passage pair a number stands in,
//! the numbers a pair holds, and the order and rows of the numbers table.

use crate::compare::{Comparison, Relation};
use crate::document::Document;

/// The word the pages show for a relation, and the suffix of its classes (`num-conflict`).
pub fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::Same => "same",
        Relation::Compatible => "compatible",
        Relation::Conflict => "conflict",
    }
}

/// The first passage pair whose two passages hold number check `n`'s two numbers.
pub fn pair_of_number(c: &Comparison, n: usize) -> Option<usize> {
    let n = c.numbers.get(n)?;
    c.pairs
        .iter()
        .position(|p| p.a.contains(n.a) && p.b.contains(n.b))
}

/// The number checks inside passage pair `k`, in the comparison's order.
pub fn numbers_in_pair(c: &Comparison, k: usize) -> Vec<usize> {
    let Some(pair) = c.pairs.get(k) else {
        return Vec::new();
    };
    (0..c.numbers.len())
        .filter(|&i| pair.a.contains(c.numbers[i].a) && pair.b.contains(c.numbers[i].b))
        .collect()
}

/// The numbers table's rows: conflicts first, then compatible, then same; in the left
/// article's text order within each.
pub fn numbers_in_order(c: &Comparison) -> Vec<usize> {
    let rank = |r: Relation| match r {
        Relation::Conflict => 0,
        Relation::Compatible => 1,
        Relation::Same => 2,
    };
    let mut order: Vec<usize> = (0..c.numbers.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        (rank(c.numbers[i].relation), c.numbers[i].a.start)
    });
    order
}

/// The numbers table's rows, in [`numbers_in_order`]: checks that read alike (the same two
/// figures as written, with the same relation) share one row, led by the first. A story gives
/// its main figure in its headline and again in its lead, so two stories that agree on it would
/// otherwise show it four times. `a_text`/`b_text`: the two articles' texts.
pub fn number_rows(c: &Comparison, a_text: &str, b_text: &str) -> Vec<Vec<usize>> {
    let alike = |i: usize, j: usize| {
        let (x, y) = (&c.numbers[i], &c.numbers[j]);
        x.relation == y.relation
            && figure(x.a, a_text) == figure(y.a, a_text)
            && figure(x.b, b_text) == figure(y.b, b_text)
    };
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for i in numbers_in_order(c) {
        match rows.iter_mut().find(|row| alike(row[0], i)) {
            Some(row) => row.push(i),
            None => rows.push(vec![i]),
        }
    }
    rows
}

/// What the compare and grid pages call each of the articles they show ("only in …", column
/// heads): its outlet; without one, its byline's first author, who names a source as well;
/// without either, its slug, the file name as the user named it and as the address shows it
/// (a number would say nothing). Two articles of one source are told apart by their slugs too.
pub fn source_labels(docs: &[&Document]) -> Vec<String> {
    let source = |d: &&Document| {
        d.meta
            .outlet
            .clone()
            .or_else(|| d.meta.authors.first().cloned())
    };
    docs.iter()
        .map(|d| match source(d) {
            Some(name)
                if docs
                    .iter()
                    .filter(|o| source(o).as_ref() == Some(&name))
                    .count()
                    > 1 =>
            {
                format!("{name} ({})", d.slug)
            }
            Some(name) => name,
            None => d.slug.clone(),
        })
        .collect()
}

/// `text[s]`, or nothing where the span doesn't fit the text.
fn figure(s: crate::Span, text: &str) -> &str {
    text.get(s.start..s.end).unwrap_or("")
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::compare::{NumberPair, PairKind, PassagePair};
    use crate::Span;

    /// Two spans, `((a_start, a_end), (b_start, b_end))`.
    type Spans = ((usize, usize), (usize, usize));

    /// A comparison from `a-b` span pairs: passage pairs, then number checks with relations.
    pub(in crate::present) fn comparison(
        pairs: &[Spans],
        numbers: &[(Spans, Relation)],
    ) -> Comparison {
        Comparison {
            pairs: pairs
                .iter()
                .map(|&((a0, a1), (b0, b1))| PassagePair {
                    a: Span::new(a0, a1),
                    b: Span::new(b0, b1),
                    kind: PairKind::Fact,
                    score: 1.0,
                    diff: None,
                    speaker: None,
                })
                .collect(),
            numbers: numbers
                .iter()
                .map(|&(((a0, a1), (b0, b1)), relation)| NumberPair {
                    a: Span::new(a0, a1),
                    b: Span::new(b0, b1),
                    relation,
                    why: String::new(),
                })
                .collect(),
            ..Comparison::default()
        }
    }

    #[track_caller]
    fn check(c: &Comparison, expected_pair_of_each_number: &[Option<usize>]) {
        let found: Vec<Option<usize>> =
            (0..c.numbers.len()).map(|n| pair_of_number(c, n)).collect();
        assert_eq!(found, expected_pair_of_each_number);
        for (k, _) in c.pairs.iter().enumerate() {
            for n in numbers_in_pair(c, k) {
                assert!(pair_of_number(c, n).is_some(), "number {n} is in pair {k}");
            }
        }
    }

    #[test]
    fn sources_are_named_by_outlet_else_byline_else_file() {
        let doc = |file: &str, outlet: Option<&str>| {
            let text = "A headline\n\nSome text.\n".to_string();
            let mut d = Document::parse(file, text, crate::document::Format::Text, None)
                .expect("a valid test article");
            d.meta.outlet = outlet.map(str::to_string);
            d.meta.authors.clear();
            d
        };
        let bylined = |file: &str, authors: &[&str]| {
            let mut d = doc(file, None);
            d.meta.authors = authors.iter().map(|a| a.to_string()).collect();
            d
        };
        let (ruiz, trio) = (
            bylined("ruiz.txt", &["Ana Ruiz"]),
            bylined("trio.txt", &["Ana Ruiz", "Bo Lin", "Cy Dorn"]),
        );
        assert_eq!(
            source_labels(&[&ruiz, &trio]),
            ["Ana Ruiz (ruiz)", "Ana Ruiz (trio)"]
        );
        let lin = bylined("lin.txt", &["Bo Lin", "Ana Ruiz"]);
        assert_eq!(source_labels(&[&ruiz, &lin]), ["Ana Ruiz", "Bo Lin"]);
        let ruiz_again = bylined("ruiz-2.txt", &["Ana Ruiz"]);
        assert_eq!(
            source_labels(&[&ruiz, &ruiz_again]),
            ["Ana Ruiz (ruiz)", "Ana Ruiz (ruiz-2)"]
        );
        let (reuters_a, reuters_b) = (
            doc("ferry-1.txt", Some("Reuters")),
            doc("ferry-2.txt", Some("Reuters")),
        );
        let (guardian, untitled) = (doc("g.md", Some("The Guardian")), doc("notes.txt", None));
        assert_eq!(
            source_labels(&[&guardian, &untitled]),
            ["The Guardian", "notes"]
        );
        assert_eq!(
            source_labels(&[&reuters_a, &reuters_b, &guardian]),
            ["Reuters (ferry-1)", "Reuters (ferry-2)", "The Guardian"]
        );
    }

    #[test]
    fn numbers_find_their_pair() {
        use Relation::*;
        let c = comparison(
            &[((0, 10), (0, 12)), ((20, 30), (40, 50))],
            &[
                (((2, 4), (3, 5)), Same),
                (((22, 24), (41, 43)), Conflict),
                (((22, 24), (3, 5)), Compatible),
                (((50, 52), (60, 62)), Same),
            ],
        );
        check(&c, &[Some(0), Some(1), None, None]);
        assert_eq!(numbers_in_pair(&c, 1), vec![1]);
        assert_eq!(numbers_in_pair(&c, 9), Vec::<usize>::new());
        assert_eq!(pair_of_number(&c, 9), None);
    }

    #[test]
    fn conflicts_lead_the_numbers_table() {
        use Relation::*;
        let c = comparison(
            &[],
            &[
                (((30, 31), (0, 1)), Same),
                (((20, 21), (0, 1)), Conflict),
                (((10, 11), (0, 1)), Same),
                (((40, 41), (0, 1)), Compatible),
                (((5, 6), (0, 1)), Conflict),
            ],
        );
        assert_eq!(numbers_in_order(&c), vec![4, 1, 3, 2, 0]);
        assert_eq!(relation_name(Conflict), "conflict");
    }

    #[test]
    fn checks_that_read_alike_share_a_row() {
        use Relation::*;
        // A headline and a lead each give "200" on the left and "225" on the right: four checks,
        // one row. "200" against "225" as a conflict, or "43" against "43", are rows of their own.
        let a = "Quake kills 200\n\nThe quake killed 200 people; 43 in Puebla.";
        let b = "Toll rises to 225\n\nThe toll rose to 225, 43 in Puebla.";
        let (a200, a200_lead, a43) = ((12, 15), (34, 37), (46, 48));
        let (b225, b225_lead, b43) = ((14, 17), (36, 39), (41, 43));
        assert_eq!(&a[a200.0..a200.1], "200");
        assert_eq!(&a[a200_lead.0..a200_lead.1], "200");
        assert_eq!(&a[a43.0..a43.1], "43");
        assert_eq!(&b[b225.0..b225.1], "225");
        assert_eq!(&b[b225_lead.0..b225_lead.1], "225");
        assert_eq!(&b[b43.0..b43.1], "43");
        let c = comparison(
            &[],
            &[
                ((a200, b225), Compatible),
                ((a200, b225_lead), Compatible),
                ((a200_lead, b225), Compatible),
                ((a200_lead, b225_lead), Compatible),
                ((a43, b43), Same),
                ((a200_lead, b43), Conflict),
            ],
        );
        assert_eq!(
            number_rows(&c, a, b),
            vec![vec![5], vec![0, 1, 2, 3], vec![4]]
        );
        // Spans past the text read as nothing, never panic.
        assert_eq!(number_rows(&c, "", "").len(), 3);
    }
}
