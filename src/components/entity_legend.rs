//! The legend: one chip per entity type present in the article, each toggling that type's
//! highlights.

use std::collections::BTreeSet;

use parallax::entities::Label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityLegendProps {
    pub present: BTreeSet<Label>,
    pub hidden: BTreeSet<Label>,
    pub on_toggle: Callback<Label>,
}

#[component]
pub fn EntityLegend(props: &EntityLegendProps) -> Html {
    html! {
        <div class="legend" role="group" aria-label="Highlight entity types" data-testid="entity-legend">
            { for props.present.iter().map(|&label| {
                let on = !props.hidden.contains(&label);
                let on_toggle = props.on_toggle.clone();
                let onclick = Callback::from(move |_| on_toggle.emit(label));
                let class = classes!("chip", "legend-chip", format!("ent-{}", label.as_str().to_lowercase()), on.then_some("legend-on"));
                html! {
                    <button type="button" {class} aria-pressed={on.to_string()} {onclick}>
                        { label.as_str() }
                    </button>
                }
            }) }
        </div>
    }
}
