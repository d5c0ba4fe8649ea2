//! Two articles side by side (`#/compare/<a>/<b>`): aligned passage pairs in shared colours,
//! passages only one side has, numbers and dates reconciled, names only one side mentions.
//!
//! The comparison comes from the file of those `build.rs` precomputed
//! (`hooks/precomputed.rs`), else from the comparison worker (`hooks/compare_worker.rs`), once
//! per pair of articles; this page never compares. `?pair=K` selects pair K: both sides mark
//! it, the detail panel shows its word diff and numbers, and a click on one side scrolls the
//! other side to the partner. What is marked comes from the engine (`parallax::present`); the
//! page maps it to elements.

use std::cell::Cell;
use std::rc::Rc;

use parallax::address::{Address, CompareQuery, DocQuery};
use parallax::bundle::Bundle;
use parallax::compare::{Comparison, PairKind, Relation};
use parallax::english::plural;
use parallax::present::{
    format_date, number_rows, pair_of_number, pane_marks, relation_name, source_labels,
    title_marks, Mark, Side,
};
use yew::prelude::*;

use crate::components::address_link::AddressLink;
use crate::components::doc_body::DocBody;
use crate::components::mark::{pair_id, style, wrap_in_mark, Pane};
use crate::components::pair_detail::PairDetail;
use crate::hooks::compare_worker::use_comparisons;
use crate::hooks::corrections::{use_corrected_entities, use_corrections};
use crate::hooks::panes::{bring_partner, pair_of_event, use_level_panes};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub a: String,
    pub b: String,
    pub query: CompareQuery,
}

#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let bundle = crate::data::use_bundle();
    let (corrections, _) = use_corrections();
    // Once per change of the user's corrections, not on every pair selected.
    let entities = use_corrected_entities(&corrections);
    let (ia, ib) = (
        bundle.corpus.index_of(&props.a),
        bundle.corpus.index_of(&props.b),
    );

    let pairs = match (ia, ib) {
        (Some(a), Some(b)) if a != b => vec![(a, b)],
        _ => Vec::new(),
    };
    let result = use_comparisons(bundle.clone(), pairs);
    // The panes exist only once the comparison is here (the worker may take a moment).
    let ready = matches!(result, Some(Ok(_)));
    let selected = props.query.pair;
    // Which side the user clicked, so only the other side scrolls to the partner.
    let clicked_side = use_mut_ref(|| None::<Side>);
    let selected_cell = use_mut_ref(|| Rc::new(Cell::new(None)));
    selected_cell.borrow().set(selected);
    let level = use_state(|| true);
    let left = use_node_ref();
    let right = use_node_ref();
    use_level_panes(
        left.clone(),
        right.clone(),
        *level && ready,
        selected_cell.borrow().clone(),
    );
    {
        let clicked_side = clicked_side.clone();
        let (left, right) = (left.clone(), right.clone());
        use_effect_with((selected, ready), move |(selected, _)| {
            let Some(k) = *selected else { return };
            let reveal = |side| crate::hooks::dom::reveal(&pair_id(side, k));
            // The side clicked stays put; the other brings the partner level with it.
            match clicked_side.borrow_mut().take() {
                Some(Side::A) => {
                    if !bring_partner(&left, &right, k) {
                        reveal(Side::B);
                    }
                }
                Some(Side::B) => {
                    if !bring_partner(&right, &left, k) {
                        reveal(Side::A);
                    }
                }
                None => {
                    reveal(Side::B);
                    reveal(Side::A);
                }
            }
        });
    }

    let (Some(ia), Some(ib)) = (ia, ib) else {
        let missing = if ia.is_none() { &props.a } else { &props.b };
        return message(&format!(
            "There is no article “{missing}” in this collection."
        ));
    };
    if ia == ib {
        return message("Pick two different articles to compare.");
    }
    let result = match result {
        None => return waiting("Comparing the two articles in your browser…"),
        Some(Err(e)) => return message(&format!("These articles can't be compared here: {e}.")),
        Some(Ok(mut found)) => match found.pop() {
            Some(one) => one,
            None => return message("Pick two different articles to compare."),
        },
    };
    let (c, computed_ms) = (&*result.0, result.1);
    let docs = &bundle.corpus.documents;
    let (doc_a, doc_b) = (&docs[ia], &docs[ib]);
    let mut labels = source_labels(&[doc_a, doc_b]).into_iter();
    let (outlet_a, outlet_b) = (
        labels.next().unwrap_or_default(),
        labels.next().unwrap_or_default(),
    );
    let selected = selected.filter(|&k| k < c.pairs.len());

    let select = {
        let (a, b) = (props.a.clone(), props.b.clone());
        Callback::from(move |k: usize| {
            crate::hooks::route::replace(&Address::Compare {
                a: a.clone(),
                b: b.clone(),
                query: CompareQuery { pair: Some(k) },
            })
        })
    };
    let on_pane = |side: Side| {
        let select = select.clone();
        let clicked_side = clicked_side.clone();
        move |e: &Event| {
            if let Some(k) = pair_of_event(e) {
                *clicked_side.borrow_mut() = Some(side);
                select.emit(k);
            }
        }
    };
    let pane_events = |side: Side| {
        let click = on_pane(side);
        let key = on_pane(side);
        (
            Callback::from(move |e: MouseEvent| click(&e)),
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    key(&e);
                }
            }),
        )
    };
    let (click_a, key_a) = pane_events(Side::A);
    let (click_b, key_b) = pane_events(Side::B);
    let step = |delta: isize| {
        let select = select.clone();
        let n = c.pairs.len() as isize;
        let from = selected
            .map(|k| k as isize)
            .unwrap_or(if delta > 0 { -1 } else { 0 });
        Callback::from(move |_| {
            if n > 0 {
                select.emit((from + delta).rem_euclid(n) as usize)
            }
        })
    };
    let toggle_level = {
        let level = level.clone();
        Callback::from(move |_| level.set(!*level))
    };

    let names_only = |x: usize, y: usize| -> Html {
        let only = entities.only_in(x, docs[x].body, y);
        if only.is_empty() {
            return html! { <p class="muted">{ "None." }</p> };
        }
        html! {
            <ul class="name-list">
                { for only.iter().map(|e| html! {
                    <li key={e.id.clone()}>
                        <AddressLink to={Address::Entity { id: e.id.clone() }} classes={classes!("name-chip", format!("ent-{}", e.label.as_str().to_lowercase()))}>
                            { e.name.clone() }
                        </AddressLink>
                    </li>
                }) }
            </ul>
        }
    };

    let quotes = c.pairs.iter().filter(|p| p.kind == PairKind::Quote).count();
    // One row per claim as read: a headline's figure and its lead's are one check.
    let rows = number_rows(c, &doc_a.text, &doc_b.text);
    let conflicts = rows
        .iter()
        .filter(|row| c.numbers[row[0]].relation == Relation::Conflict)
        .count();
    let swap = Address::compare(&props.b, &props.a);

    html! {
        <section class="compare" aria-labelledby="compare-title">
            <header class="compare-head">
                <h1 id="compare-title">{ "Compare" }</h1>
                <p class="compare-summary" data-testid="compare-summary">
                    { plural(c.pairs.len(), "aligned passage") }
                    { format!(" ({}) · ", plural(quotes, "quote")) }
                    { plural(rows.len(), "number check") }
                    if conflicts > 0 {
                        { " · " }<strong class="conflict-count">{ plural(conflicts, "conflict") }</strong>
                    }
                    { format!(" · {} only in {outlet_a} · {} only in {outlet_b}", c.only_a.len(), c.only_b.len()) }
                    <span class="muted">{ match computed_ms {
                        Some(ms) => format!(" · compared in your browser in {} ms", ms.round() as u64),
                        None => " · compared at build time".to_string(),
                    } }</span>
                </p>
                <div class="toolbar" role="group" aria-label="Passage pairs">
                    <button type="button" class="chip" onclick={step(-1)} disabled={c.pairs.is_empty()} aria-label="Previous pair">{ "↑ Previous pair" }</button>
                    <button type="button" class="chip" onclick={step(1)} disabled={c.pairs.is_empty()} aria-label="Next pair">{ "↓ Next pair" }</button>
                    <label class="check">
                        <input type="checkbox" checked={*level} onchange={toggle_level} />
                        { "Keep pairs level while scrolling" }
                    </label>
                    <AddressLink to={swap} classes="chip">{ "⇄ Swap sides" }</AddressLink>
                </div>
                <p class="legend-line muted">
                    <span class="key key-pair">{ "same fact or quote" }</span>
                    <span class="key key-only">{ "only one side" }</span>
                    <span class="key key-num-same">{ "number agrees" }</span>
                    <span class="key key-num-compatible">{ "number fits (both can be true)" }</span>
                    <span class="key key-num-conflict">{ "number conflicts" }</span>
                    { " Click or press Enter on a passage to bring its partner into view." }
                </p>
            </header>
            <PairDetail a={ia} b={ib} comparison={result.0.clone()} selected={selected} />
            <div class="panes">
                { pane(&bundle, Side::A, ia, c, selected, &outlet_a, left.clone(), click_a, key_a) }
                { pane(&bundle, Side::B, ib, c, selected, &outlet_b, right.clone(), click_b, key_b) }
            </div>
            <section class="compare-extra" aria-labelledby="numbers-title">
                <h2 id="numbers-title">{ "Numbers and dates" }</h2>
                if c.numbers.is_empty() {
                    <p class="muted">{ "The two articles give no numbers or dates about the same thing." }</p>
                } else {
                    <table class="numbers" data-testid="numbers">
                        <thead><tr><th scope="col">{ outlet_a.clone() }</th><th scope="col">{ "Relation" }</th><th scope="col">{ outlet_b.clone() }</th><th scope="col">{ "Why" }</th></tr></thead>
                        <tbody>
                            { for rows.iter().map(|row| {
                                let i = row[0];
                                let n = &c.numbers[i];
                                let go = pair_of_number(c, i).map(|k| { let select = select.clone(); Callback::from(move |_| select.emit(k)) });
                                html! {
                                    <tr class={classes!(format!("row-{}", relation_name(n.relation)))} key={i}>
                                        <td>{ number_link(doc_a, n.a) }</td>
                                        <td><span class={classes!("badge", format!("badge-{}", relation_name(n.relation)))}>{ relation_name(n.relation) }</span></td>
                                        <td>{ number_link(doc_b, n.b) }</td>
                                        <td>
                                            { n.why.clone() }
                                            if row.len() > 1 {
                                                <span class="muted">{ format!(" · {} places", row.len()) }</span>
                                            }
                                            if let Some(go) = go {
                                                { " " }<button type="button" class="link-button" onclick={go}>{ "show" }</button>
                                            }
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
                <div class="names-only">
                    <div>
                        <h2>{ format!("Named only in {outlet_a}") }</h2>
                        { names_only(ia, ib) }
                    </div>
                    <div>
                        <h2>{ format!("Named only in {outlet_b}") }</h2>
                        { names_only(ib, ia) }
                    </div>
                </div>
            </section>
        </section>
    }
}

/// One side: its header and its text with every pair, lone passage and number marked.
#[allow(clippy::too_many_arguments)]
fn pane(
    bundle: &Bundle,
    side: Side,
    doc: usize,
    c: &Comparison,
    selected: Option<usize>,
    outlet: &str,
    node: NodeRef,
    onclick: Callback<MouseEvent>,
    onkeydown: Callback<KeyboardEvent>,
) -> Html {
    let d = &bundle.corpus.documents[doc];
    let marks = pane_marks(c, side, selected);
    let pane = Pane {
        side: Some(side),
        outlet: outlet.to_string(),
    };
    let title = title_with_marks(d, &marks, &pane);
    let label = if side == Side::A {
        "Left article"
    } else {
        "Right article"
    };
    html! {
        <article class="pane" aria-label={format!("{label}: {}", d.meta.title)} data-testid={if side == Side::A { "pane-a" } else { "pane-b" }}>
            <header class="pane-head">
                <p class="pane-outlet">
                    { outlet.to_string() }{ d.meta.published.as_deref().map(|p| format!(" · {}", format_date(p))).unwrap_or_default() }
                    { " · " }<AddressLink to={Address::doc(&d.slug)}>{ "open in reader" }</AddressLink>
                </p>
            </header>
            <div class="pane-text" ref={node} {onclick} {onkeydown}>
                <h2 class="pane-title" dir="auto">{ title }</h2>
                <DocBody {doc} marks={Rc::new(marks)} {pane} />
            </div>
        </article>
    }
}

/// The article's title inside the marks that cover it (the engine's `title_marks`): the title
/// is compared like any passage, but the reader's body starts after it, so the pane draws it.
fn title_with_marks(d: &parallax::document::Document, marks: &[Mark], pane: &Pane) -> Html {
    let Some((span, covering)) = title_marks(d, marks) else {
        return html! { { d.meta.title.clone() } };
    };
    let mut node = html! { { span.slice(&d.text).to_string() } };
    for &i in covering.iter().rev() {
        let m = &marks[i];
        node = wrap_in_mark(node, &style(m, pane), m.span.start == span.start);
    }
    node
}

/// A number as written, linked to where it stands in the reader (a passage link), so every
/// row reaches both passages, paired or not.
fn number_link(doc: &parallax::document::Document, span: parallax::span::Span) -> Html {
    let text = span.slice(&doc.text).to_string();
    match parallax::anchor::create(&doc.text, span).ok() {
        Some(selector) => {
            let to = Address::Doc {
                slug: doc.slug.clone(),
                query: DocQuery::passage(selector),
            };
            html! { <AddressLink {to} classes="number-link">{ text }</AddressLink> }
        }
        None => html! { { text } },
    }
}

/// The page while the comparison worker is busy.
pub fn waiting(text: &str) -> Html {
    html! {
        <section class="page" aria-busy="true">
            <h1>{ "Compare" }</h1>
            <p class="notice" role="status" data-testid="compare-waiting">{ text.to_string() }</p>
        </section>
    }
}

/// A page that only says `text` (why there is nothing to compare), with a way back.
pub fn message(text: &str) -> Html {
    html! {
        <section class="page">
            <h1>{ "Compare" }</h1>
            <p class="notice notice-error" role="alert">{ text.to_string() }</p>
            <p><AddressLink to={Address::library()}>{ "Choose articles in the library" }</AddressLink></p>
        </section>
    }
}
