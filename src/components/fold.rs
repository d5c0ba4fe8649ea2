//! A fold: removed text (boilerplate) hidden behind a button, never dropped.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    /// How many lines the fold hides, for its label.
    pub lines: usize,
    pub children: Html,
}

#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let id = use_memo((), |_| format!("fold-{}", next_id()));
    let lines = parallax::english::plural(props.lines, "line");
    let label = if *open {
        format!("Hide removed text ({lines})")
    } else {
        format!("Show removed text ({lines})")
    };
    html! {
        <div class="fold">
            <button type="button" class="fold-toggle" data-testid="boilerplate-toggle"
                aria-expanded={open.to_string()} aria-controls={(*id).clone()} onclick={toggle}>
                { label }
            </button>
            <div id={(*id).clone()} class="boilerplate" data-testid="boilerplate" hidden={!*open}>
                { props.children.clone() }
            </div>
        </div>
    }
}

fn next_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
