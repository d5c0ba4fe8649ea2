//! The reader: one article, its metadata header, then its body with entity highlights,
//! boilerplate folded away, the linked passage (if the address names one) and a panel of the
//! article's entities. Its state lives in the address (`parallax::address::DocQuery`):
//! `?e=<entity id>&m=K` focuses an entity at its mention K, `?s=<query>&hit=K` marks a search's
//! hits at hit K, `?p=…&q=…` names a passage (see `parallax::anchor`).

use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;

use parallax::address::{Address, DocQuery};
use parallax::anchor::{self, Resolution, Selector, Status};
use parallax::entities::Label;
use parallax::present::{cursor, ReaderMarks};
use parallax::Span;
use yew::prelude::*;

use crate::app::not_found::NotFound;
use crate::components::copy_link::CopyLink;
use crate::components::doc_body::DocBody;
use crate::components::doc_meta::DocMeta;
use crate::components::entity_legend::EntityLegend;
use crate::components::entity_panel::EntityPanel;
use crate::hooks::corrections::{use_corrected_entities, use_corrected_mentions, use_corrections};
use crate::hooks::route;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub slug: String,
    pub query: DocQuery,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let bundle = crate::data::use_bundle();
    let query = &props.query;
    let (corrections, _) = use_corrections();
    let hidden_types = use_state(BTreeSet::<Label>::new);
    let index = bundle.corpus.index_of(&props.slug);

    let passage = use_memo((index, query.passage.clone()), {
        let bundle = bundle.clone();
        move |(index, passage)| {
            let text = &bundle.corpus.documents[(*index)?].text;
            passage.as_ref().map(|p| resolve_passage(text, p))
        }
    });
    let hits = use_memo((index, query.search.clone()), {
        let bundle = bundle.clone();
        move |(index, q)| match (index, q) {
            (Some(i), Some(q)) => bundle.search.hit_spans(&bundle.corpus.documents[*i], q),
            _ => Vec::new(),
        }
    });
    let current_hit = cursor(query.hit, hits.len());
    // The n / N keys are registered once, so they read the address and the hit count as they
    // are when pressed.
    let n_hits = use_mut_ref(|| Rc::new(Cell::new(0)));
    n_hits.borrow().set(hits.len());
    {
        let next = n_hits.borrow().clone();
        let prev = next.clone();
        crate::hooks::keys::use_global_key('n', move || step_hit(next.get(), 1));
        crate::hooks::keys::use_global_key('N', move || step_hit(prev.get(), -1));
    }
    {
        // Scroll to the current hit once the user steps (a link that names a hit opens there).
        let stepped = use_mut_ref(|| query.hit != 0);
        use_effect_with(current_hit, move |current| {
            if current.is_some() && *stepped.borrow() {
                crate::hooks::dom::reveal("hit-current");
            }
            *stepped.borrow_mut() = true;
        });
    }
    let mentions = use_corrected_mentions(&corrections, index);
    let entities = use_corrected_entities(&corrections);
    // Reveal the passage once it is on the page, and again when the link changes.
    let passage_span = passage
        .as_ref()
        .as_ref()
        .and_then(|p| p.as_ref().ok())
        .and_then(|r| r.span);
    use_effect_with(passage_span, |target| {
        if target.is_some() {
            crate::hooks::dom::reveal("passage");
        }
    });

    let focused: Vec<Span> = query
        .entity
        .as_deref()
        .and_then(|id| entities.get(id))
        .zip(index)
        .and_then(|(e, index)| e.mentions_per_doc.iter().find(|(d, _)| *d == index))
        .map(|(_, spans)| spans.clone())
        .unwrap_or_default();
    let current = cursor(query.mention, focused.len());
    {
        let target = current.map(|c| focused[c]);
        use_effect_with(target, |target| {
            if target.is_some() {
                crate::hooks::dom::reveal("mention-current");
            }
        });
    }

    let Some(index) = index else {
        return html! { <NotFound /> };
    };
    let doc = &bundle.corpus.documents[index];
    let marks = ReaderMarks {
        mentions: &mentions,
        hidden: Some(&hidden_types),
        focused: &focused,
        current_mention: current,
        hits: &hits,
        current_hit,
        passage: passage_span,
    }
    .marks();

    let hit_bar = query.search.as_ref().map(|q| {
        let n = hits.len();
        let prev = Callback::from(move |_| step_hit(n, -1));
        let next = Callback::from(move |_| step_hit(n, 1));
        let where_ = current_hit.map(|c| format!("{} of {}", c + 1, hits.len())).unwrap_or_else(|| "no hits".into());
        html! {
            <div class="hit-bar" data-testid="hit-bar">
                <span aria-live="polite">{ format!("“{q}”: {where_}") }</span>
                <button type="button" class="chip" onclick={prev} disabled={hits.is_empty()} aria-label="Previous hit (N)">{ "↑ N" }</button>
                <button type="button" class="chip" onclick={next} disabled={hits.is_empty()} aria-label="Next hit (n)">{ "↓ n" }</button>
            </div>
        }
    });
    let notice = match passage.as_ref() {
        Some(Ok(r)) => passage_notice(r),
        Some(Err(message)) => Some(html! {
            <p class="notice notice-error" role="alert" data-testid="passage-notice">
                { format!("This link's passage can't be read ({message}). Here is the whole article.") }
            </p>
        }),
        None => None,
    };

    let toggle_type = {
        let hidden_types = hidden_types.clone();
        Callback::from(move |label: Label| {
            let mut next = (*hidden_types).clone();
            if !next.remove(&label) {
                next.insert(label);
            }
            hidden_types.set(next);
        })
    };
    let on_step = {
        let (slug, query) = (props.slug.clone(), query.clone());
        let n = focused.len().max(1);
        let at = current.unwrap_or(0);
        Callback::from(move |delta: isize| {
            route::replace(&Address::Doc {
                slug: slug.clone(),
                query: DocQuery {
                    mention: (at as isize + delta).rem_euclid(n as isize) as usize,
                    ..query.clone()
                },
            })
        })
    };
    let present: BTreeSet<Label> = mentions.iter().map(|m| m.label).collect();
    let link_fallback = current_hit
        .map(|i| (hits[i], "hit"))
        .or_else(|| current.map(|c| (focused[c], "mention")));

    html! {
        <div class="reader-layout">
            <article class="page reader" lang="en">
                <header class="doc-header">
                    if let Some(section) = &doc.meta.section {
                        <p class="section-label">{ section.clone() }</p>
                    }
                    <h1 data-testid="doc-title">{ doc.meta.title.clone() }</h1>
                    <DocMeta doc={index} />
                    <div class="reader-tools">
                        <EntityLegend present={present} hidden={(*hidden_types).clone()} on_toggle={toggle_type} />
                        <CopyLink doc={index} fallback={link_fallback} />
                    </div>
                </header>
                { hit_bar.unwrap_or_default() }
                { notice.unwrap_or_default() }
                <div id="doc-text">
                    <DocBody doc={index} marks={Rc::new(marks)} />
                </div>
            </article>
            <EntityPanel doc={index} slug={props.slug.clone()} entities={entities.clone()} focus={query.entity.clone()}
                current={current.unwrap_or(0)} total={focused.len()} on_step={on_step} />
        </div>
    }
}

/// Steps the current hit of the reader's address by `delta` over `n_hits`, wrapping. Replaces
/// the history entry: Back leaves the article rather than stepping back through hits.
fn step_hit(n_hits: usize, delta: isize) {
    if n_hits == 0 {
        return;
    }
    if let Address::Doc { slug, mut query } = route::current() {
        query.hit = (query.hit as isize + delta).rem_euclid(n_hits as isize) as usize;
        route::replace(&Address::Doc { slug, query });
    }
}

/// The passage a link names, found again in `text`, or why the link can't be read.
fn resolve_passage(text: &str, selector: &Result<Selector, String>) -> Result<Resolution, String> {
    selector
        .as_ref()
        .map(|s| anchor::resolve(text, s))
        .map_err(Clone::clone)
}

fn passage_notice(r: &Resolution) -> Option<Html> {
    let (class, text) = match r.status {
        Status::Exact => return None,
        Status::Moved => ("notice", "The article changed since this link was made; the passage was found at a new place."),
        Status::Fuzzy => ("notice", "The article changed since this link was made; the closest matching passage is highlighted and may differ."),
        Status::Orphaned => ("notice notice-error", "This passage is no longer in the article. Here is the whole article."),
    };
    Some(html! { <p class={class} role="status" data-testid="passage-notice">{ text }</p> })
}
