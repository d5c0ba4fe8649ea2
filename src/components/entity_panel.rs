//! The article's entities with their mention counts. Choosing one highlights its mentions and
//! steps through them; its page lists every article that mentions it.

use std::rc::Rc;

use parallax::address::{Address, DocQuery};
use parallax::entities::EntityIndex;
use yew::prelude::*;

use crate::components::address_link::AddressLink;

#[derive(Properties, PartialEq)]
pub struct EntityPanelProps {
    pub doc: usize,
    /// The article's slug, for the addresses that focus an entity in it.
    pub slug: String,
    pub entities: Rc<EntityIndex>,
    /// The focused entity's id.
    pub focus: Option<String>,
    /// Which of the focused entity's mentions is current, and how many there are.
    pub current: usize,
    pub total: usize,
    pub on_step: Callback<isize>,
}

#[component]
pub fn EntityPanel(props: &EntityPanelProps) -> Html {
    let in_doc = props.entities.in_document(props.doc);
    // Focusing an entity is a new view of the article (Back returns to the one before).
    let focus_on = |id: Option<String>| {
        let address = Address::Doc {
            slug: props.slug.clone(),
            query: DocQuery {
                entity: id,
                ..DocQuery::default()
            },
        };
        Callback::from(move |_: MouseEvent| crate::hooks::route::push(&address))
    };
    let stepper = props.focus.as_ref().filter(|_| props.total > 0).map(|id| {
        let prev = { let s = props.on_step.clone(); Callback::from(move |_| s.emit(-1)) };
        let next = { let s = props.on_step.clone(); Callback::from(move |_| s.emit(1)) };
        let name = props.entities.get(id).map(|e| e.name.clone()).unwrap_or_default();
        html! {
            <div class="stepper" data-testid="mention-stepper">
                <span aria-live="polite">{ format!("{name}: {} of {}", props.current + 1, props.total) }</span>
                <button type="button" class="chip" onclick={prev} aria-label="Previous mention">{ "↑" }</button>
                <button type="button" class="chip" onclick={next} aria-label="Next mention">{ "↓" }</button>
                <button type="button" class="chip" onclick={focus_on(None)}>{ "Clear" }</button>
            </div>
        }
    });
    html! {
        <aside class="entity-panel" aria-label="Entities in this article" data-testid="entity-panel">
            <h2>{ "Entities" }</h2>
            { stepper.unwrap_or_default() }
            <ul>
                { for in_doc.iter().map(|(e, n)| {
                    let active = props.focus.as_deref() == Some(e.id.as_str());
                    html! {
                        <li key={e.id.clone()}>
                            <button type="button" class={classes!("entity-item", active.then_some("active"))}
                                aria-pressed={active.to_string()} onclick={focus_on(Some(e.id.clone()))} data-testid="entity-item">
                                <span class={classes!("dot", format!("ent-{}", e.label.as_str().to_lowercase()))} aria-hidden="true"></span>
                                <span class="entity-name">{ e.name.clone() }</span>
                                <span class="muted entity-type">{ e.label.as_str() }</span>
                                <span class="count">{ *n }</span>
                            </button>
                            <AddressLink to={Address::Entity { id: e.id.clone() }} classes="entity-more">
                                <span class="visually-hidden">{ format!("All articles mentioning {}", e.name) }</span>
                                <span aria-hidden="true">{ "→" }</span>
                            </AddressLink>
                        </li>
                    }
                }) }
            </ul>
        </aside>
    }
}
