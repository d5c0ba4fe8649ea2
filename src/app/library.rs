//! The library: every article with its title, outlet, date, authors and length, sortable. Its
//! order and the articles ticked for comparison are in the address
//! (`#/?sort=title&pick=<slug>,<slug>`), so a half-made choice survives Back and can be shared.

use parallax::address::{Address, GridQuery, LibraryQuery};
use parallax::document::SortKey;
use parallax::english::plural;
use parallax::present::format_date;
use yew::prelude::*;

use super::grid::MAX_GRID_DOCS;
use crate::components::address_link::AddressLink;
use crate::hooks::{precomputed, route};

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub query: LibraryQuery,
}

#[component]
pub fn Library(props: &LibraryProps) -> Html {
    let bundle = crate::data::use_bundle();
    let (key, descending) = (props.query.sort, props.query.descending);
    let order = use_memo((key, descending), |&(key, descending)| {
        bundle.corpus.order_by(key, descending)
    });

    // Articles ticked for comparison, in the order they were ticked (slugs no article has are
    // left out).
    let picked: Vec<usize> = props
        .query
        .picked
        .iter()
        .filter_map(|slug| bundle.corpus.index_of(slug))
        .collect();
    let slugs = |picked: &[usize]| -> Vec<String> {
        picked
            .iter()
            .map(|&i| bundle.corpus.documents[i].slug.clone())
            .collect()
    };
    let toggle = |i: usize| {
        let mut next = picked.clone();
        match next.iter().position(|&j| j == i) {
            Some(at) => {
                next.remove(at);
            }
            None => next.push(i),
        }
        let to = Address::Library(LibraryQuery {
            picked: slugs(&next),
            ..props.query.clone()
        });
        // Ticking an article says a comparison is coming: its precomputed file is fetched
        // now, so the comparison opens without waiting for it (never on a first visit).
        let file = bundle.precomputed_file.clone();
        Callback::from(move |_| {
            precomputed::prefetch(file.as_deref());
            route::replace(&to)
        })
    };
    let compare = {
        let to = match slugs(&picked).as_slice() {
            [a, b] => Address::compare(a, b),
            more => Address::Grid(GridQuery {
                docs: Some(more.to_vec()),
            }),
        };
        Callback::from(move |_| route::push(&to))
    };
    let n_picked = picked.len();
    let can_compare = (2..=MAX_GRID_DOCS).contains(&n_picked);
    let compare_hint = match n_picked {
        0 => "Tick two articles to compare them side by side, or more for a grid.".to_string(),
        1 => "Tick one more article.".to_string(),
        n if n > MAX_GRID_DOCS => format!("At most {MAX_GRID_DOCS} articles fit one grid."),
        n => format!("{} ticked.", plural(n, "article")),
    };

    let sort_button = |label: &'static str, this: SortKey| {
        let active = key == this;
        let to = Address::Library(LibraryQuery {
            sort: this,
            descending: if active {
                !descending
            } else {
                LibraryQuery::descending_by_default(this)
            },
            ..props.query.clone()
        });
        let onclick = Callback::from(move |_| route::replace(&to));
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
                <span class="muted">{ format!("{} · sort by", plural(n, "article")) }</span>
                { sort_button("Date", SortKey::Date) }
                { sort_button("Outlet", SortKey::Outlet) }
                { sort_button("Title", SortKey::Title) }
            </div>
            <div class="toolbar compare-bar" role="group" aria-label="Compare articles">
                <button type="button" class="chip chip-primary" data-testid="compare-picked" disabled={!can_compare} onclick={compare}>
                    { if n_picked > 2 { "Compare in a grid" } else { "Compare side by side" } }
                </button>
                <span class="muted" aria-live="polite">{ compare_hint }</span>
            </div>
            <ol class="doc-list" data-testid="doc-list">
                { for order.iter().map(|&i| {
                    let doc = &bundle.corpus.documents[i];
                    let m = &doc.meta;
                    html! {
                        <li class="doc-card" key={doc.slug.clone()}>
                            <label class="pick">
                                <input type="checkbox" data-testid="pick" checked={picked.contains(&i)} onchange={toggle(i)} />
                                <span class="visually-hidden">{ format!("Compare “{}”", m.title) }</span>
                            </label>
                            <AddressLink to={Address::doc(&doc.slug)} classes="doc-link">
                                <span data-testid="doc-link" class="doc-card-title">{ m.title.clone() }</span>
                            </AddressLink>
                            <p class="doc-card-meta">
                                <span class="outlet">{ m.outlet.clone().unwrap_or_else(|| "Unknown outlet".into()) }</span>
                                { " · " }
                                { m.published.as_deref().map(format_date).unwrap_or_else(|| "undated".into()) }
                                // A year the text didn't give (taken from its other dates or the other articles).
                                { if m.is_guessed("published") { " (year guessed)" } else { "" } }
                                { if m.authors.is_empty() { html! {} } else { html! { <>{ " · " }{ m.authors.join(", ") }</> } } }
                                { format!(" · {}", plural(doc.word_count, "word")) }
                            </p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
