//! The selected passage pair of a comparison, in full: what kind of pair it is, who is quoted,
//! both passages with their word-level differences marked, and the numbers reconciled in it.

use std::rc::Rc;

use parallax::compare::{Comparison, DiffTag, PairKind};
use parallax::highlight;
use parallax::present::{numbers_in_pair, relation_name};
use parallax::Span;
use yew::prelude::*;

#[derive(Properties)]
pub struct PairDetailProps {
    /// Indices of the two documents in the bundle.
    pub a: usize,
    pub b: usize,
    pub comparison: Rc<Comparison>,
    pub selected: Option<usize>,
}

/// The comparison is the same when it is the same `Rc` (the page keeps it for as long as the
/// pair is shown): comparing two by value would walk every pair at every render.
impl PartialEq for PairDetailProps {
    fn eq(&self, other: &Self) -> bool {
        (self.a, self.b, self.selected) == (other.a, other.b, other.selected)
            && Rc::ptr_eq(&self.comparison, &other.comparison)
    }
}

#[component]
pub fn PairDetail(props: &PairDetailProps) -> Html {
    let bundle = crate::data::use_bundle();
    let c = &props.comparison;
    let Some((k, pair)) = props.selected.and_then(|k| c.pairs.get(k).map(|p| (k, p))) else {
        return html! {
            <aside class="pair-detail" aria-live="polite" data-testid="pair-detail">
                <p class="muted">{ "Select a coloured passage, or step through the pairs, to see both versions here." }</p>
            </aside>
        };
    };
    let text_a = &bundle.corpus.documents[props.a].text;
    let text_b = &bundle.corpus.documents[props.b].text;
    let diff = pair.diff.as_deref().unwrap_or_default();
    let removed: Vec<Span> = diff
        .iter()
        .filter(|d| d.tag == DiffTag::Delete)
        .map(|d| d.a)
        .collect();
    let added: Vec<Span> = diff
        .iter()
        .filter(|d| d.tag == DiffTag::Insert)
        .map(|d| d.b)
        .collect();
    let kind = match (pair.kind, &pair.speaker) {
        (PairKind::Quote, Some(who)) => format!("Same quote, {who}"),
        (PairKind::Quote, None) => "Same quote".to_string(),
        (PairKind::Fact, _) => "Same fact in other words".to_string(),
    };
    let numbers: Vec<Html> = numbers_in_pair(c, k)
        .into_iter()
        .map(|i| {
            let n = &c.numbers[i];
            let rel = relation_name(n.relation);
            html! {
                <li class={format!("row-{rel}")}>
                    <span class={classes!("badge", format!("badge-{rel}"))}>{ rel }</span>
                    { format!(" {} / {}: {}", n.a.slice(text_a), n.b.slice(text_b), n.why) }
                </li>
            }
        })
        .collect();
    html! {
        <aside class="pair-detail" aria-live="polite" data-testid="pair-detail">
            <p class="pair-kind">
                <strong>{ format!("Pair {} of {}", k + 1, c.pairs.len()) }</strong>
                if pair.joined() {
                    { format!(" · {kind} · paired by a claim both state, or through related pairs") }
                } else {
                    { format!(" · {kind} · similarity {}%", (pair.score * 100.0).round() as u32) }
                }
            </p>
            <div class="pair-texts">
                <blockquote dir="auto">{ diffed(text_a, pair.a, &removed, "diff-del") }</blockquote>
                <blockquote dir="auto">{ diffed(text_b, pair.b, &added, "diff-ins") }</blockquote>
            </div>
            if !numbers.is_empty() {
                <ul class="pair-numbers">{ for numbers }</ul>
            }
        </aside>
    }
}

/// `passage` with the words in `changed` wrapped in `<mark class={class}>`.
fn diffed(text: &str, passage: Span, changed: &[Span], class: &'static str) -> Html {
    let label = if class == "diff-del" {
        "only on this side: "
    } else {
        "added on this side: "
    };
    html! {
        { for highlight::segments(text, passage, changed).iter().map(|s| {
            let piece = s.span.slice(text).to_string();
            if s.marks.is_empty() {
                html! { { piece } }
            } else {
                html! { <mark class={class}><span class="visually-hidden">{ label }</span>{ piece }</mark> }
            }
        }) }
    }
}
