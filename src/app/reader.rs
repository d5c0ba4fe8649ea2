//! The reader: one article, its metadata header, then its body with entity highlights,
//! boilerplate folded away, the linked passage (if the address names one) and a panel of the
//! article's entities. Its state lives in the address: `?e=<entity id>` focuses an entity,
//! `?p=…&q=…` names a passage (see `parallax::anchor`).

use std::collections::BTreeSet;
use std::rc::Rc;

use parallax::anchor::{self, Resolution, Selector, Status};
use parallax::bundle::Bundle;
use parallax::entities::{apply_corrections, apply_corrections_to_mentions, Label};
use parallax::Span;
use yew::prelude::*;

use crate::app::not_found::NotFound;
use crate::components::copy_link::CopyLink;
use crate::components::doc_body::{DocBody, Mark};
use crate::components::doc_meta::DocMeta;
use crate::components::entity_legend::EntityLegend;
use crate::components::entity_panel::EntityPanel;
use crate::hooks::corrections::use_corrections;
use crate::hooks::route::query_param;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub slug: String,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let query = crate::hooks::route::use_query();
    let (corrections, _) = use_corrections();
    let hidden_types = use_state(BTreeSet::<Label>::new);
    let step = use_state(|| 0usize);
    // The search-hit cursor is a reducer so the global n / N keys always step from the latest.
    let hit_step = use_reducer(|| HitStep(0));
    {
        let next = hit_step.dispatcher();
        let prev = hit_step.dispatcher();
        crate::hooks::keys::use_global_key('n', move || next.dispatch(1));
        crate::hooks::keys::use_global_key('N', move || prev.dispatch(-1));
    }
    let index = bundle
        .corpus
        .documents
        .iter()
        .position(|d| d.slug == props.slug);

    let passage = use_memo((index, query.clone()), {
        let bundle = bundle.clone();
        move |(index, query)| {
            index.and_then(|i| resolve_passage(&bundle.corpus.documents[i].text, query))
        }
    });
    let focus = query_param(&query, "e");
    let search_query = query_param(&query, "s");
    // A new entity or a new query starts its cursor at its first mention or hit again.
    {
        let step = step.clone();
        use_effect_with(focus.clone(), move |_| step.set(0));
        let reset = hit_step.dispatcher();
        let at = hit_step.0;
        use_effect_with(search_query.clone(), move |_| {
            if at != 0 {
                reset.dispatch(-at)
            }
        });
    }
    let hits = use_memo((index, search_query.clone()), {
        let bundle = bundle.clone();
        move |(index, q)| match (index, q) {
            (Some(i), Some(q)) => bundle.search.hit_spans(&bundle.corpus.documents[*i], q),
            _ => Vec::new(),
        }
    });
    let current_hit = if hits.is_empty() {
        None
    } else {
        Some(hit_step.0.rem_euclid(hits.len() as isize) as usize)
    };
    {
        let moved = hit_step.0 != 0;
        use_effect_with(current_hit, move |current| {
            if current.is_some() && moved {
                crate::hooks::dom::reveal("hit-current");
            }
        });
    }
    let mentions = use_memo((index, corrections.clone()), {
        let bundle = bundle.clone();
        move |(index, corrections)| {
            index
                .map(|i| {
                    apply_corrections_to_mentions(
                        &bundle.entities,
                        &bundle.mentions[i],
                        corrections,
                    )
                })
                .unwrap_or_default()
        }
    });
    let entities = use_memo(corrections.clone(), {
        let bundle = bundle.clone();
        move |c| apply_corrections(&bundle.entities, c)
    });
    // Reveal the passage once it is on the page, and again when the link changes.
    {
        let target = passage
            .as_ref()
            .as_ref()
            .and_then(|p| p.as_ref().ok())
            .and_then(|r| r.span);
        use_effect_with(target, |target| {
            if target.is_some() {
                crate::hooks::dom::reveal("passage");
            }
        });
    }

    let Some(index) = index else {
        return html! { <NotFound /> };
    };
    let doc = &bundle.corpus.documents[index];

    let focused: Vec<Span> = focus
        .as_deref()
        .and_then(|id| entities.get(id))
        .and_then(|e| e.mentions_per_doc.iter().find(|(d, _)| *d == index))
        .map(|(_, spans)| spans.clone())
        .unwrap_or_default();
    let current = if focused.is_empty() {
        0
    } else {
        *step % focused.len()
    };
    {
        let target = focused.get(current).copied();
        use_effect_with(target, |target| {
            if target.is_some() {
                crate::hooks::dom::reveal("mention-current");
            }
        });
    }

    let mut marks: Vec<Mark> = mentions
        .iter()
        .filter(|m| !hidden_types.contains(&m.label))
        .map(|m| {
            let is_focused = focused.binary_search(&m.span).ok();
            Mark {
                span: m.span,
                class: "ent",
                variant: Some(format!(
                    "ent-{}{}",
                    m.label.as_str().to_lowercase(),
                    if is_focused.is_some() {
                        " ent-focus"
                    } else {
                        ""
                    }
                )),
                label: Some(m.label.as_str().to_string()),
                id: (is_focused == Some(current)).then(|| "mention-current".to_string()),
                pair: None,
            }
        })
        .collect();
    marks.extend(hits.iter().enumerate().map(|(i, &span)| Mark {
        span,
        class: "hit",
        variant: (Some(i) == current_hit).then(|| "hit-current".to_string()),
        label: None,
        id: (Some(i) == current_hit).then(|| "hit-current".to_string()),
        pair: None,
    }));
    let hit_bar = search_query.as_ref().map(|q| {
        let prev = { let d = hit_step.dispatcher(); Callback::from(move |_| d.dispatch(-1)) };
        let next = { let d = hit_step.dispatcher(); Callback::from(move |_| d.dispatch(1)) };
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
        Some(Ok(r)) => {
            if let Some(span) = r.span {
                marks.push(Mark {
                    span,
                    class: "passage",
                    variant: None,
                    label: Some("linked passage".into()),
                    id: Some("passage".into()),
                    pair: None,
                });
            }
            passage_notice(r)
        }
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
        let step = step.clone();
        let n = focused.len().max(1);
        Callback::from(move |delta: isize| {
            step.set(((*step as isize + delta).rem_euclid(n as isize)) as usize)
        })
    };
    let present: BTreeSet<Label> = mentions.iter().map(|m| m.label).collect();
    let link_fallback = current_hit
        .map(|i| (hits[i], "hit"))
        .or_else(|| focused.get(current).map(|&span| (span, "mention")));

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
            <EntityPanel doc={index} entities={entities.clone()} focus={focus.clone()}
                current={current} total={focused.len()} on_step={on_step} />
        </div>
    }
}

/// How far the user has stepped through the search hits (wrapped onto the hits at render time).
#[derive(PartialEq)]
struct HitStep(isize);

impl Reducible for HitStep {
    type Action = isize;

    fn reduce(self: Rc<Self>, delta: isize) -> Rc<Self> {
        Rc::new(HitStep(self.0 + delta))
    }
}

/// The passage a link's query names, found again in `text`; `None` when the query names none.
fn resolve_passage(text: &str, query: &str) -> Option<Result<Resolution, String>> {
    query_param(query, "q")?;
    Some(
        Selector::from_query(query)
            .map(|s| anchor::resolve(text, &s))
            .map_err(|e| e.to_string()),
    )
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
