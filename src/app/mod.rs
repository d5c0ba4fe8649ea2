//! The app shell: the hash router, the page header and the routes. Pages live one per file.

pub mod compare;
pub mod entities;
pub mod grid;
pub mod library;
pub mod not_found;
pub mod reader;
pub mod search;

use std::rc::Rc;

use parallax::bundle::Bundle;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::search_box::SearchBox;
use crate::components::theme_toggle::ThemeToggle;

/// Every view's address. Hash routing (`#/…`) so deep links work on any static host and
/// under any sub-path.
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Library,
    #[at("/doc/:slug")]
    Doc { slug: String },
    #[at("/search")]
    Search,
    #[at("/entities")]
    Entities,
    #[at("/entity/:id")]
    Entity { id: String },
    #[at("/compare/:a/:b")]
    Compare { a: String, b: String },
    #[at("/compare")]
    Grid,
    #[not_found]
    #[at("/404")]
    NotFound,
}

#[component]
pub fn App() -> Html {
    let bundle = use_memo((), |_| crate::data::load());
    // The bundle's provider sits above the router, so an address change (every keystroke in the
    // search box) never makes it compare the old bundle with the new one: `Rc<Bundle>` compares
    // by value, and a large corpus took ~25 ms per keystroke to find itself equal.
    let content = match &*bundle {
        Ok(_) => html! { <Switch<Route> render={switch} /> },
        Err(message) => {
            html! { <p class="notice notice-error" role="alert">{ message.clone() }</p> }
        }
    };
    let shell = html! {
        <HashRouter>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <header class="site-header">
                <Link<Route> to={Route::Library} classes="brand">{ "Parallax" }</Link<Route>>
                <nav aria-label="Main">
                    <Link<Route> to={Route::Library}>{ "Library" }</Link<Route>>
                    <Link<Route> to={Route::Entities}>{ "Entities" }</Link<Route>>
                    <Link<Route> to={Route::Grid}>{ "Compare" }</Link<Route>>
                </nav>
                <SearchBox />
                <ThemeToggle />
            </header>
            <main id="main" tabindex="-1">{ content }</main>
        </HashRouter>
    };
    match &*bundle {
        Ok(bundle) => html! {
            <ContextProvider<Rc<Bundle>> context={bundle.clone()}>{ shell }</ContextProvider<Rc<Bundle>>>
        },
        Err(_) => shell,
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Library => html! { <library::Library /> },
        Route::Doc { slug } => html! { <reader::Reader {slug} /> },
        Route::Search => html! { <search::Search /> },
        Route::Entities => html! { <entities::Entities /> },
        Route::Entity { id } => html! { <entities::Entity {id} /> },
        Route::Compare { a, b } => html! { <compare::Compare {a} {b} /> },
        Route::Grid => html! { <grid::Grid /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}

/// The skip link can't use `href="#main"` for navigation: the hash is the router's. Focus the
/// main region instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::hooks::dom::focus_by_id("main");
    })
}
