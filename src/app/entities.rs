//! The entity pages: `#/entities` lists every entity across the corpus; `#/entity/<id>` shows
//! one, the articles that mention it (the library filtered by it), and the user's corrections
//! (rename, retype, merge, hide), which are stored in localStorage and can be exported and
//! imported as JSON.

use std::rc::Rc;

use parallax::bundle::Bundle;
use parallax::english::plural;
use parallax::entities::{apply_corrections, Corrections, Label};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::Route;
use crate::hooks::corrections::use_corrections;

#[component]
pub fn Entities() -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let (corrections, set_corrections) = use_corrections();
    let index = use_memo(corrections.clone(), {
        let bundle = bundle.clone();
        move |c| apply_corrections(&bundle.entities, c)
    });
    let type_filter = use_state(|| None::<Label>);
    let labels: std::collections::BTreeSet<Label> =
        index.entities.iter().map(|e| e.label).collect();
    let chip = |label: Option<Label>| {
        let type_filter = type_filter.clone();
        let on = *type_filter == label;
        let onclick = Callback::from(move |_| type_filter.set(label));
        html! {
            <button type="button" class={classes!("chip", on.then_some("chip-on"))} aria-pressed={on.to_string()} {onclick}>
                { label.map_or("All", |l| l.as_str()) }
            </button>
        }
    };
    html! {
        <section class="page library">
            <h1>{ "Entities" }</h1>
            <div class="toolbar" role="group" aria-label="Filter by type">
                { chip(None) }
                { for labels.iter().map(|&l| chip(Some(l))) }
            </div>
            <ul class="entity-list" data-testid="entity-list">
                { for index.entities.iter().filter(|e| type_filter.is_none_or(|t| e.label == t)).map(|e| html! {
                    <li key={e.id.clone()}>
                        <Link<Route> to={Route::Entity { id: e.id.clone() }}>
                            <span class={classes!("dot", format!("ent-{}", e.label.as_str().to_lowercase()))} aria-hidden="true"></span>
                            { e.name.clone() }
                        </Link<Route>>
                        <span class="muted">{ format!(" {} · {} in {}", e.label.as_str(), plural(e.n_mentions(), "mention"),
                            plural(e.mentions_per_doc.len(), "article")) }</span>
                    </li>
                }) }
            </ul>
            <CorrectionsFile corrections={corrections} on_change={set_corrections} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct EntityProps {
    pub id: String,
}

#[component]
pub fn Entity(props: &EntityProps) -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let (corrections, set_corrections) = use_corrections();
    let index = use_memo(corrections.clone(), {
        let bundle = bundle.clone();
        move |c| apply_corrections(&bundle.entities, c)
    });
    let id = corrections.merged_id(&props.id).to_string();
    let Some(entity) = index.get(&id) else {
        return html! {
            <section class="page">
                <h1>{ "Unknown entity" }</h1>
                <p>{ "No entity has this name in this corpus, or it was hidden." }</p>
                <p><Link<Route> to={Route::Entities}>{ "All entities" }</Link<Route>></p>
            </section>
        };
    };
    let rename = {
        let id = id.clone();
        edit(
            &corrections,
            &set_corrections,
            move |c: &mut Corrections, v: String| {
                c.renames.insert(id.clone(), v);
            },
        )
    };
    let retype = {
        let id = id.clone();
        edit(
            &corrections,
            &set_corrections,
            move |c: &mut Corrections, v: String| {
                if let Some(l) = Label::parse(&v) {
                    c.retypes.insert(id.clone(), l);
                }
            },
        )
    };
    let merge = {
        let id = id.clone();
        edit(
            &corrections,
            &set_corrections,
            move |c: &mut Corrections, v: String| {
                if !v.is_empty() && v != id {
                    c.merges.push((id.clone(), v));
                }
            },
        )
    };
    let hide = {
        let id = id.clone();
        edit(
            &corrections,
            &set_corrections,
            move |c: &mut Corrections, _| {
                c.hidden.insert(id.clone());
            },
        )
    };
    let on_rename = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            .and_then(|f| f.elements().named_item("name"))
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            rename.emit(input.value());
        }
    });
    let on_retype = Callback::from(move |e: Event| {
        if let Some(s) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            retype.emit(s.value());
        }
    });
    let on_merge = Callback::from(move |e: Event| {
        if let Some(s) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            merge.emit(s.value());
        }
    });
    let on_hide = Callback::from(move |_: MouseEvent| hide.emit(String::new()));

    html! {
        <section class="page" data-testid="entity-page">
            <p class="section-label">{ entity.label.as_str() }</p>
            <h1>{ entity.name.clone() }</h1>
            <p class="muted">{ format!("{} in {}", plural(entity.n_mentions(), "mention"),
                plural(entity.mentions_per_doc.len(), "article")) }</p>
            <h2>{ "Articles that mention it" }</h2>
            <p>
                <Link<Route, Vec<(&'static str, String)>> to={Route::Search} query={Some(vec![("entity", id.clone())])}>
                    { format!("Search only the articles that mention {}", entity.name) }
                </Link<Route, Vec<(&'static str, String)>>>
            </p>
            <ol class="doc-list" data-testid="doc-list">
                { for entity.mentions_per_doc.iter().map(|(d, spans)| {
                    let doc = &bundle.corpus.documents[*d];
                    html! {
                        <li class="doc-card" key={doc.slug.clone()}>
                            <Link<Route, Vec<(&'static str, String)>> to={Route::Doc { slug: doc.slug.clone() }} query={Some(vec![("e", id.clone())])} classes="doc-link">
                                <span data-testid="doc-link" class="doc-card-title">{ doc.meta.title.clone() }</span>
                            </Link<Route, Vec<(&'static str, String)>>>
                            <p class="doc-card-meta">{ format!("{} · {}", doc.meta.outlet.clone().unwrap_or_else(|| "Unknown outlet".into()),
                                plural(spans.len(), "mention")) }</p>
                        </li>
                    }
                }) }
            </ol>
            <h2>{ "Correct the machine" }</h2>
            <div class="corrections">
                <form onsubmit={on_rename} class="field">
                    <label for="rename">{ "Name" }</label>
                    <input id="rename" name="name" type="text" value={entity.name.clone()} />
                    <button type="submit" class="chip">{ "Rename" }</button>
                </form>
                <div class="field">
                    <label for="retype">{ "Type" }</label>
                    <select id="retype" onchange={on_retype}>
                        { for Label::ALL.iter().map(|l| html! { <option value={l.as_str()} selected={*l == entity.label}>{ l.as_str() }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for="merge">{ "Same as" }</label>
                    <select id="merge" onchange={on_merge}>
                        <option value="" selected=true>{ "(choose an entity to merge into)" }</option>
                        { for index.entities.iter().filter(|e| e.id != id && e.label == entity.label).map(|e| html! {
                            <option value={e.id.clone()}>{ e.name.clone() }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="chip" onclick={on_hide}>{ "Hide: not an entity" }</button>
            </div>
        </section>
    }
}

/// A callback that applies `f` (with the event's value) to a copy of the corrections and stores it.
fn edit(
    corrections: &Rc<Corrections>,
    set: &Callback<Corrections>,
    f: impl Fn(&mut Corrections, String) + 'static,
) -> Callback<String> {
    let corrections = corrections.clone();
    let set = set.clone();
    Callback::from(move |value: String| {
        let mut next = (*corrections).clone();
        f(&mut next, value);
        set.emit(next);
    })
}

#[derive(Properties, PartialEq)]
struct CorrectionsFileProps {
    corrections: Rc<Corrections>,
    on_change: Callback<Corrections>,
}

/// Export and import of corrections as JSON text, and undoing them all.
#[component]
fn CorrectionsFile(props: &CorrectionsFileProps) -> Html {
    let json = crate::hooks::corrections::to_json(&props.corrections);
    let error = use_state(|| None::<String>);
    let on_import = {
        let on_change = props.on_change.clone();
        let error = error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
                .and_then(|f| f.elements().named_item("json"))
                .and_then(|i| i.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|t| t.value())
                .unwrap_or_default();
            match crate::hooks::corrections::from_json(&value) {
                Ok(c) => {
                    error.set(None);
                    on_change.emit(c);
                }
                Err(e) => error.set(Some(format!("These corrections can't be read: {e}."))),
            }
        })
    };
    let reset = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(Corrections::default()))
    };
    html! {
        <details class="corrections-file">
            <summary>{ "Your corrections (export, import, undo)" }</summary>
            <form onsubmit={on_import}>
                <label for="corrections-json">{ "Corrections as JSON: copy to export, paste and import to restore" }</label>
                <textarea id="corrections-json" name="json" rows="8" value={json} />
                if let Some(e) = &*error { <p class="notice notice-error" role="alert">{ e.clone() }</p> }
                <button type="submit" class="chip">{ "Import" }</button>
                <button type="button" class="chip" onclick={reset}>{ "Undo all corrections" }</button>
            </form>
        </details>
    }
}
