//! The library: every article with its title, outlet, date, authors and length, sortable.

use std::rc::Rc;

use parallax::bundle::Bundle;
use parallax::corpus::SortKey;
use yew::prelude::*;
use yew_router::prelude::*;

use super::Route;
use crate::components::doc_meta::format_date;

#[component]
pub fn Library() -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let sort = use_state(|| (SortKey::Date, true));
    let (key, descending) = *sort;
    let order = use_memo((key, descending), |&(key, descending)| {
        bundle.corpus.order_by(key, descending)
    });

    let sort_button = |label: &'static str, this: SortKey| {
        let sort = sort.clone();
        let active = key == this;
        let onclick = Callback::from(move |_| {
            let (key, descending) = *sort;
            sort.set((
                this,
                if key == this {
                    !descending
                } else {
                    this == SortKey::Date
                },
            ));
        });
        let arrow = match (active, descending) {
            (false, _) => "",
            (true, true) => " ↓",
            (true, false) => " ↑",
        };
        html! {
            <button type="button" class={classes!("chip", active.then_some("chip-on"))} aria-pressed={active.to_string()} {onclick}>
                { label }{ arrow }
            </button>
        }
    };

    let n = bundle.corpus.documents.len();
    html! {
        <section class="page library">
            <h1>{ "Library" }</h1>
            <div class="toolbar" role="group" aria-label="Sort articles">
                <span class="muted">{ format!("{n} article{} · sort by", if n == 1 { "" } else { "s" }) }</span>
                { sort_button("Date", SortKey::Date) }
                { sort_button("Outlet", SortKey::Outlet) }
                { sort_button("Title", SortKey::Title) }
            </div>
            <ol class="doc-list" data-testid="doc-list">
                { for order.iter().map(|&i| {
                    let doc = &bundle.corpus.documents[i];
                    let m = &doc.meta;
                    html! {
                        <li class="doc-card" key={doc.slug.clone()}>
                            <Link<Route> to={Route::Doc { slug: doc.slug.clone() }} classes="doc-link">
                                <span data-testid="doc-link" class="doc-card-title">{ m.title.clone() }</span>
                            </Link<Route>>
                            <p class="doc-card-meta">
                                <span class="outlet">{ m.outlet.clone().unwrap_or_else(|| "Unknown outlet".into()) }</span>
                                { " · " }
                                { m.published.as_deref().map(format_date).unwrap_or_else(|| "undated".into()) }
                                { if m.authors.is_empty() { html! {} } else { html! { <>{ " · " }{ m.authors.join(", ") }</> } } }
                                { format!(" · {} words", doc.word_count) }
                            </p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
