//! The app shell: the page header and the view the address names (`parallax::address`, read
//! and changed only through `hooks::route`). Pages live one per file.

pub mod compare;
pub mod entities;
pub mod entity;
pub mod grid;
pub mod library;
pub mod not_found;
pub mod reader;
pub mod search;

use parallax::address::{Address, EntitiesQuery, GridQuery};
use yew::prelude::*;

use crate::components::address_link::AddressLink;
use crate::components::search_box::SearchBox;
use crate::components::theme_toggle::ThemeToggle;
use crate::data::BundleContext;
use crate::hooks::route::use_address;

#[component]
pub fn App() -> Html {
    let bundle = use_memo((), |_| crate::data::load());
    // The bundle's provider sits above everything that reads the address (`use_address`), so an
    // address change (every keystroke in the search box) never re-renders it (and the bundle
    // compares by pointer: `BundleContext`).
    let content = match &*bundle {
        Ok(_) => html! { <View /> },
        Err(message) => {
            html! { <p class="notice notice-error" role="alert">{ message.clone() }</p> }
        }
    };
    let shell = html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <header class="site-header">
                <AddressLink to={Address::library()} classes="brand">{ "Parallax" }</AddressLink>
                <nav aria-label="Main">
                    <AddressLink to={Address::library()}>{ "Library" }</AddressLink>
                    <AddressLink to={Address::Entities(EntitiesQuery::default())}>{ "Entities" }</AddressLink>
                    <AddressLink to={Address::Grid(GridQuery::default())}>{ "Compare" }</AddressLink>
                </nav>
                <SearchBox />
                <ThemeToggle />
            </header>
            <main id="main" tabindex="-1">{ content }</main>
        </>
    };
    match &*bundle {
        Ok(bundle) => html! {
            <ContextProvider<BundleContext> context={BundleContext(bundle.clone())}>{ shell }</ContextProvider<BundleContext>>
        },
        Err(_) => shell,
    }
}

/// The page the address names, given its state.
#[component]
fn View() -> Html {
    match use_address() {
        Address::Library(query) => html! { <library::Library {query} /> },
        Address::Doc { slug, query } => html! { <reader::Reader {slug} {query} /> },
        Address::Search(query) => html! { <search::Search {query} /> },
        Address::Entities(query) => html! { <entities::Entities {query} /> },
        Address::Entity { id } => html! { <entity::Entity {id} /> },
        Address::Compare { a, b, query } => html! { <compare::Compare {a} {b} {query} /> },
        Address::Grid(query) => html! { <grid::Grid {query} /> },
        Address::NotFound => html! { <not_found::NotFound /> },
    }
}

/// The skip link can't use `href="#main"` for navigation: the hash is the address. Focus the
/// main region instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::hooks::dom::focus_by_id("main");
    })
}
