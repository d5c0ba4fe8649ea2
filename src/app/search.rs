//! Search results: `#/search?q=…&outlet=…&author=…&from=…&to=…&entity=…`. The engine ranks and cuts
//! snippets; this page lists them, offers filters and a did-you-mean, and lets the keyboard
//! walk the results (↓ / ↑).

use parallax::address::{Address, DocQuery, SearchQuery};
use parallax::english::plural;
use parallax::present::format_date;
use parallax::search::SearchOptions;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::address_link::AddressLink;
use crate::components::snippet::Snippet;

const LIMIT: usize = 20;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub query: SearchQuery,
}

#[component]
pub fn Search(props: &SearchProps) -> Html {
    let bundle = crate::data::use_bundle();
    let query = &props.query;
    let q = query.q.clone();
    let entity_docs = query
        .entity
        .as_deref()
        .and_then(|id| bundle.entities.get(id));
    let options = SearchOptions {
        limit: LIMIT,
        outlet: query.outlet.clone(),
        // No control of its own (first-visit size): reached by address, `&author=…`.
        author: query.author.clone(),
        from: query.from.clone(),
        to: query.to.clone(),
        only_docs: entity_docs.map(|e| e.mentions_per_doc.iter().map(|(d, _)| *d).collect()),
    };
    let results = use_memo((q.clone(), options), {
        let bundle = bundle.clone();
        move |(q, options)| bundle.search.search(&bundle.corpus.documents, q, options)
    });

    // Filters rewrite the address, keeping the other parameters.
    let set_param = |set: fn(&mut SearchQuery, Option<String>)| {
        let query = query.clone();
        Callback::from(move |value: String| {
            let mut next = query.clone();
            set(&mut next, Some(value).filter(|v| !v.is_empty()));
            crate::hooks::route::replace(&Address::Search(next));
        })
    };
    let on_change = |set: fn(&mut SearchQuery, Option<String>)| {
        let set = set_param(set);
        Callback::from(move |e: Event| {
            let value = e.target().and_then(|t| {
                t.dyn_ref::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .or_else(|| t.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value()))
            });
            set.emit(value.unwrap_or_default());
        })
    };
    // Once, not on every keystroke: a big corpus has tens of thousands of documents to scan.
    let outlets = use_memo((), {
        let bundle = bundle.clone();
        move |_| {
            let mut outlets: Vec<String> = bundle
                .corpus
                .documents
                .iter()
                .filter_map(|d| d.meta.outlet.clone())
                .collect();
            parallax::sort::sort(&mut outlets);
            outlets.dedup();
            outlets
        }
    });

    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let step = match e.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            _ => return,
        };
        e.prevent_default();
        crate::hooks::dom::focus_sibling_link("result-link", step);
    });

    let summary = if q.trim().is_empty() {
        "Type to search every article.".to_string()
    } else if results.total == 0 {
        format!("No results for “{q}”.")
    } else {
        // "1 article matches", "2 articles match".
        let verb = if results.total == 1 {
            "matches"
        } else {
            "match"
        };
        format!("{} {verb} “{q}”.", plural(results.total, "article"))
    };
    let did_you_mean = results.did_you_mean.clone().map(|suggestion| {
        let to = Address::Search(SearchQuery {
            q: suggestion.clone(),
            ..query.clone()
        });
        html! {
            <p class="did-you-mean" data-testid="did-you-mean">
                { "Did you mean " }
                <AddressLink {to}>{ suggestion }</AddressLink>
                { "?" }
            </p>
        }
    });
    let outlet = query.outlet.clone();

    html! {
        <section class="page search-page" data-testid="search-page">
            <h1>{ "Search" }</h1>
            <div class="filters" role="group" aria-label="Filters">
                <label>{ "Outlet " }
                    <select onchange={on_change(|q, v| q.outlet = v)}>
                        <option value="" selected={outlet.is_none()}>{ "Any" }</option>
                        { for outlets.iter().map(|o| html! { <option value={o.clone()} selected={outlet.as_deref() == Some(o.as_str())}>{ o.clone() }</option> }) }
                    </select>
                </label>
                <label>{ "From " }<input type="date" value={query.from.clone().unwrap_or_default()} onchange={on_change(|q, v| q.from = v)} /></label>
                <label>{ "To " }<input type="date" value={query.to.clone().unwrap_or_default()} onchange={on_change(|q, v| q.to = v)} /></label>
                if let Some(e) = entity_docs {
                    <span class="chip chip-on">{ format!("Mentions {}", e.name) }
                        <button type="button" class="chip-x" aria-label="Remove the entity filter" onclick={set_param(|q, v| q.entity = v).reform(|_: MouseEvent| String::new())}>{ "×" }</button>
                    </span>
                }
            </div>
            <p class="muted" role="status" aria-live="polite" data-testid="search-summary">{ summary }</p>
            { did_you_mean.unwrap_or_default() }
            <ol class="results" data-testid="results" {onkeydown}>
                { for results.hits.iter().map(|hit| {
                    let doc = &bundle.corpus.documents[hit.doc];
                    html! {
                        <li class="result" key={doc.slug.clone()} data-testid="result">
                            <AddressLink to={Address::Doc { slug: doc.slug.clone(), query: DocQuery { search: Some(q.clone()), ..DocQuery::default() } }} classes="result-link">
                                { doc.meta.title.clone() }
                            </AddressLink>
                            <p class="doc-card-meta">
                                <span class="outlet">{ doc.meta.outlet.clone().unwrap_or_else(|| "Unknown outlet".into()) }</span>
                                { " · " }{ doc.meta.published.as_deref().map(format_date).unwrap_or_else(|| "undated".into()) }
                                <span class="score">{ format!(" · score {}", two_decimals(hit.score)) }</span>
                            </p>
                            { for hit.snippets.iter().map(|s| html! { <Snippet doc={hit.doc} snippet={s.clone()} /> }) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// `12.345` → `"12.35"`, without pulling float formatting (several KB of wasm) into the app.
fn two_decimals(x: f32) -> String {
    let hundredths = (x.max(0.0) * 100.0).round() as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}
