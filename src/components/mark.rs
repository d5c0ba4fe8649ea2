//! The engine's typed marks (`parallax::present::Mark`) mapped to `<mark>` elements: classes,
//! a label shown on hover and focus, an id for the marks a page scrolls to, and `data-pair`
//! for passage pairs. Only a map: which text is marked, and in what state, the engine decided.

use parallax::present::{relation_name, Mark, MarkKind, Side};
use yew::prelude::*;

/// Pair colours cycle through this many CSS classes (`pair-c0` …).
const PAIR_COLOURS: usize = 6;

/// Where marks are drawn when it changes their labels and ids: a compare pane's side (pair ids
/// are `a-pair-K` / `b-pair-K`) and outlet ("only in Reuters").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pane {
    pub side: Option<Side>,
    pub outlet: String,
}

/// A mark as an element's attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkStyle {
    pub class: Classes,
    pub label: Option<String>,
    pub id: Option<String>,
    /// Written on every piece as `data-pair`, so a click anywhere in the passage finds its
    /// pair; the piece where the mark starts is a Tab stop.
    pub pair: Option<usize>,
}

/// The element id of pair `k`'s mark on `side`.
pub fn pair_id(side: Side, k: usize) -> String {
    match side {
        Side::A => format!("a-pair-{k}"),
        Side::B => format!("b-pair-{k}"),
    }
}

/// How `mark` is drawn in `pane`.
pub fn style(mark: &Mark, pane: &Pane) -> MarkStyle {
    let plain = |class: Classes| MarkStyle {
        class,
        label: None,
        id: None,
        pair: None,
    };
    match &mark.kind {
        MarkKind::Entity {
            label,
            focused,
            current,
        } => MarkStyle {
            label: Some(label.as_str().to_string()),
            id: current.then(|| "mention-current".to_string()),
            ..plain(classes!(
                "ent",
                format!("ent-{}", label.as_str().to_lowercase()),
                focused.then_some("ent-focus")
            ))
        },
        MarkKind::Hit { current } => MarkStyle {
            id: current.then(|| "hit-current".to_string()),
            ..plain(classes!("hit", current.then_some("hit-current")))
        },
        MarkKind::Passage => MarkStyle {
            label: Some("linked passage".into()),
            id: Some("passage".into()),
            ..plain(classes!("passage"))
        },
        MarkKind::Pair {
            pair,
            quote,
            selected,
        } => MarkStyle {
            id: pane.side.map(|side| pair_id(side, *pair)),
            pair: Some(*pair),
            ..plain(classes!(
                "pair",
                format!("pair-c{}", pair % PAIR_COLOURS),
                quote.then_some("pair-quote"),
                selected.then_some("pair-on")
            ))
        },
        MarkKind::Only => MarkStyle {
            label: Some(format!("only in {}", pane.outlet)),
            ..plain(classes!("only"))
        },
        MarkKind::Number { relation, why } => MarkStyle {
            label: Some(why.clone()),
            ..plain(classes!("num", format!("num-{}", relation_name(*relation))))
        },
    }
}

/// `node` inside the mark's element. Its label and id go only where the mark starts
/// (`starts_here`), so each mark is announced and targeted once; a passage pair's mark is a Tab
/// stop there.
pub fn wrap_in_mark(node: Html, style: &MarkStyle, starts_here: bool) -> Html {
    let id = if starts_here { style.id.clone() } else { None };
    let label = if starts_here {
        style.label.clone()
    } else {
        None
    };
    let tabindex = match (style.pair, starts_here) {
        (Some(_), true) => Some("0"),
        _ => id.as_ref().map(|_| "-1"),
    };
    let pair = style.pair.map(|k| k.to_string());
    html! { <mark class={style.class.clone()} {id} data-label={label} data-pair={pair} {tabindex}>{ node }</mark> }
}
