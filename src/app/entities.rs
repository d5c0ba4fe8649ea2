//! Every entity across the corpus (`#/entities`, `?type=PERSON` to show one type), with the
//! export, import and undo of the user's corrections. One entity's page is `entity.rs`.

use std::collections::BTreeSet;

use parallax::address::{Address, EntitiesQuery};
use parallax::english::plural;
use parallax::entities::Label;
use yew::prelude::*;

use crate::components::address_link::AddressLink;
use crate::components::corrections_file::CorrectionsFile;
use crate::hooks::corrections::{use_corrected_entities, use_corrections};

#[derive(Properties, PartialEq)]
pub struct EntitiesProps {
    pub query: EntitiesQuery,
}

#[component]
pub fn Entities(props: &EntitiesProps) -> Html {
    let (corrections, set_corrections) = use_corrections();
    let index = use_corrected_entities(&corrections);
    let type_filter = props.query.label;
    let labels: BTreeSet<Label> = index.entities.iter().map(|e| e.label).collect();
    let chip = |label: Option<Label>| {
        let on = type_filter == label;
        let to = Address::Entities(EntitiesQuery { label });
        let onclick = Callback::from(move |_| crate::hooks::route::replace(&to));
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
                        <AddressLink to={Address::Entity { id: e.id.clone() }}>
                            <span class={classes!("dot", format!("ent-{}", e.label.as_str().to_lowercase()))} aria-hidden="true"></span>
                            { e.name.clone() }
                        </AddressLink>
                        <span class="muted">{ format!(" {} · {} in {}", e.label.as_str(), plural(e.n_mentions(), "mention"),
                            plural(e.mentions_per_doc.len(), "article")) }</span>
                    </li>
                }) }
            </ul>
            <CorrectionsFile corrections={corrections} on_change={set_corrections} />
        </section>
    }
}
