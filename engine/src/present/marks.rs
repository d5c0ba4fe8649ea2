//! Typed marks: every highlight a page draws over an article's text, with what it is (an entity
//! mention, a search hit, the linked passage, a passage pair, a passage only one side has, a
//! number check) and its state (focused, current, selected). Pages map the kind to classes.

use std::collections::BTreeSet;

use crate::compare::{Comparison, PairKind, Relation};
use crate::entities::{Label, Mention};
use crate::{Document, Span};

/// One highlight: a byte range of the raw text and what it marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub span: Span,
    pub kind: MarkKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MarkKind {
    /// An entity mention; `focused` when its entity is the one stepped through, `current` for
    /// the mention the stepper is at.
    Entity {
        label: Label,
        focused: bool,
        current: bool,
    },
    /// A search hit; `current` for the one `n` / `N` reached.
    Hit { current: bool },
    /// The passage a deep link names.
    Passage,
    /// Passage pair `pair` of a comparison, a shared quote or fact; `selected` when chosen.
    Pair {
        pair: usize,
        quote: bool,
        selected: bool,
    },
    /// A passage only this side has.
    Only,
    /// A number or date checked against the other side, and why they relate so.
    Number { relation: Relation, why: String },
}

/// Which side of a two-article comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// What the reader marks: the article's mentions (minus hidden types), the focused entity's
/// mentions with a cursor, the search hits with a cursor, and the linked passage.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReaderMarks<'a> {
    pub mentions: &'a [Mention],
    pub hidden: Option<&'a BTreeSet<Label>>,
    /// The focused entity's mentions in this article, sorted.
    pub focused: &'a [Span],
    pub current_mention: Option<usize>,
    pub hits: &'a [Span],
    pub current_hit: Option<usize>,
    pub passage: Option<Span>,
}

impl ReaderMarks<'_> {
    /// Mentions first, then hits, then the passage: later marks sit inside earlier ones where
    /// they cover the same text.
    pub fn marks(&self) -> Vec<Mark> {
        let mut marks: Vec<Mark> = self
            .mentions
            .iter()
            .filter(|m| self.hidden.is_none_or(|h| !h.contains(&m.label)))
            .map(|m| {
                let at = self.focused.binary_search(&m.span).ok();
                Mark {
                    span: m.span,
                    kind: MarkKind::Entity {
                        label: m.label,
                        focused: at.is_some(),
                        current: at.is_some() && at == self.current_mention,
                    },
                }
            })
            .collect();
        marks.extend(self.hits.iter().enumerate().map(|(i, &span)| Mark {
            span,
            kind: MarkKind::Hit {
                current: Some(i) == self.current_hit,
            },
        }));
        marks.extend(self.passage.map(|span| Mark {
            span,
            kind: MarkKind::Passage,
        }));
        marks
    }
}

/// A cursor of `step` over `n` things, wrapped (stepping back from the first reaches the last);
/// `None` when there are none.
pub fn cursor(step: usize, n: usize) -> Option<usize> {
    (n > 0).then(|| step % n)
}

/// One side of a comparison's marks: every passage pair, the passages only this side has, and
/// every number check.
pub fn pane_marks(c: &Comparison, side: Side, selected: Option<usize>) -> Vec<Mark> {
    let pick = |a: Span, b: Span| if side == Side::A { a } else { b };
    let mut marks: Vec<Mark> = c
        .pairs
        .iter()
        .enumerate()
        .map(|(k, p)| Mark {
            span: pick(p.a, p.b),
            kind: MarkKind::Pair {
                pair: k,
                quote: p.kind == PairKind::Quote,
                selected: selected == Some(k),
            },
        })
        .collect();
    let only = if side == Side::A {
        &c.only_a
    } else {
        &c.only_b
    };
    marks.extend(only.iter().map(|&span| Mark {
        span,
        kind: MarkKind::Only,
    }));
    marks.extend(c.numbers.iter().map(|n| Mark {
        span: pick(n.a, n.b),
        kind: MarkKind::Number {
            relation: n.relation,
            why: n.why.clone(),
        },
    }));
    marks
}

/// The title as a compare pane draws it (the reader's body starts after it) and the marks that
/// cover all of it, outermost first; `None` when the title is inside the body, which draws and
/// marks it itself.
pub fn title_marks(doc: &Document, marks: &[Mark]) -> Option<(Span, Vec<usize>)> {
    let title = doc
        .title_span
        .filter(|t| t.is_valid_in(&doc.text) && !t.is_empty() && t.end <= doc.body.start)?;
    let covering = (0..marks.len())
        .filter(|&i| marks[i].span.contains(title))
        .collect();
    Some((title, covering))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::compare::tests::comparison;

    /// Marks written one a line: `start..end kind[ state]`.
    fn describe(marks: &[Mark]) -> String {
        marks
            .iter()
            .map(|m| {
                let kind = match &m.kind {
                    MarkKind::Entity {
                        label,
                        focused,
                        current,
                    } => format!(
                        "entity {}{}{}",
                        label.as_str(),
                        if *focused { " focused" } else { "" },
                        if *current { " current" } else { "" }
                    ),
                    MarkKind::Hit { current } => {
                        format!("hit{}", if *current { " current" } else { "" })
                    }
                    MarkKind::Passage => "passage".into(),
                    MarkKind::Pair {
                        pair,
                        quote,
                        selected,
                    } => format!(
                        "pair {pair}{}{}",
                        if *quote { " quote" } else { "" },
                        if *selected { " selected" } else { "" }
                    ),
                    MarkKind::Only => "only".into(),
                    MarkKind::Number { relation, .. } => {
                        format!("number {}", super::super::relation_name(*relation))
                    }
                };
                format!("{}..{} {kind}", m.span.start, m.span.end)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[track_caller]
    fn check(marks: Vec<Mark>, expected: &str) {
        assert_eq!(describe(&marks), expected.trim());
    }

    fn mention(start: usize, end: usize, label: Label) -> Mention {
        Mention {
            span: Span::new(start, end),
            label,
            entity: String::new(),
        }
    }

    #[test]
    fn reader_marks_entities_hits_and_the_passage() {
        let mentions = [
            mention(0, 5, Label::Person),
            mention(10, 16, Label::Gpe),
            mention(20, 25, Label::Person),
        ];
        let focused = [Span::new(0, 5), Span::new(20, 25)];
        let hidden: BTreeSet<Label> = [Label::Gpe].into();
        check(
            ReaderMarks {
                mentions: &mentions,
                hidden: Some(&hidden),
                focused: &focused,
                current_mention: cursor(3, focused.len()),
                hits: &[Span::new(1, 3), Span::new(30, 33)],
                current_hit: cursor(0, 2),
                passage: Some(Span::new(18, 40)),
            }
            .marks(),
            "
0..5 entity PERSON focused
20..25 entity PERSON focused current
1..3 hit current
30..33 hit
18..40 passage",
        );
        check(ReaderMarks::default().marks(), "");
        assert_eq!(cursor(5, 0), None);
    }

    #[test]
    fn each_pane_marks_its_own_side() {
        let mut c = comparison(
            &[((0, 10), (5, 15)), ((20, 30), (40, 50))],
            &[(((2, 4), (6, 8)), Relation::Conflict)],
        );
        c.pairs[1].kind = PairKind::Quote;
        c.only_b = vec![Span::new(60, 70)];
        check(
            pane_marks(&c, Side::A, Some(1)),
            "
0..10 pair 0
20..30 pair 1 quote selected
2..4 number conflict",
        );
        check(
            pane_marks(&c, Side::B, None),
            "
5..15 pair 0
40..50 pair 1 quote
60..70 only
6..8 number conflict",
        );
    }

    #[test]
    fn a_title_before_the_body_takes_the_marks_that_cover_it() {
        let text = "Zürich talks\n\nThe talks in Zürich began.";
        let mut doc = Document::parse("t.txt", text.into(), crate::corpus::Format::Text, None)
            .expect("parses");
        doc.title_span = Some(Span::new(0, 13));
        doc.body = Span::new(15, text.len());
        let marks = vec![
            Mark {
                span: Span::new(0, 13),
                kind: MarkKind::Only,
            },
            Mark {
                span: Span::new(0, 7),
                kind: MarkKind::Passage,
            },
            Mark {
                span: Span::new(0, 40),
                kind: MarkKind::Passage,
            },
        ];
        assert_eq!(
            title_marks(&doc, &marks),
            Some((Span::new(0, 13), vec![0, 2]))
        );
        doc.body = Span::new(0, text.len());
        assert_eq!(title_marks(&doc, &marks), None);
    }
}
