//! One entity (`#/entity/<id>`): the articles that mention it (the library filtered by it), and
//! the user's corrections (rename, retype, merge, hide), which are stored in localStorage.

use std::rc::Rc;

use parallax::address::{Address, DocQuery, EntitiesQuery, SearchQuery};
use parallax::english::plural;
use parallax::entities::{Corrections, Label};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::address_link::AddressLink;
use crate::hooks::corrections::{use_corrected_entities, use_corrections};

#[derive(Properties, PartialEq)]
pub struct EntityProps {
    pub id: String,
}

#[component]
pub fn Entity(props: &EntityProps) -> Html {
    let bundle = crate::data::use_bundle();
    let (corrections, set_corrections) = use_corrections();
    let index = use_corrected_entities(&corrections);
    let id = corrections.merged_id(&props.id).to_string();
    let Some(entity) = index.get(&id) else {
        return html! {
            <section class="page">
                <h1>{ "Unknown entity" }</h1>
                <p>{ "No entity has this name in this corpus, or it was hidden." }</p>
                <p><AddressLink to={Address::Entities(EntitiesQuery::default())}>{ "All entities" }</AddressLink></p>
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
                <AddressLink to={Address::Search(SearchQuery { entity: Some(id.clone()), ..SearchQuery::default() })}>
                    { format!("Search only the articles that mention {}", entity.name) }
                </AddressLink>
            </p>
            <ol class="doc-list" data-testid="doc-list">
                { for entity.mentions_per_doc.iter().map(|(d, spans)| {
                    let doc = &bundle.corpus.documents[*d];
                    html! {
                        <li class="doc-card" key={doc.slug.clone()}>
                            <AddressLink to={Address::Doc { slug: doc.slug.clone(), query: DocQuery { entity: Some(id.clone()), ..DocQuery::default() } }} classes="doc-link">
                                <span data-testid="doc-link" class="doc-card-title">{ doc.meta.title.clone() }</span>
                            </AddressLink>
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
