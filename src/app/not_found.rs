//! The page for an address that names no view or no article.

use yew::prelude::*;
use yew_router::prelude::*;

use super::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="page" data-testid="not-found">
            <h1>{ "Nothing here" }</h1>
            <p>{ "This link doesn't lead to any page of this site. It may be mistyped, or the article may have been removed." }</p>
            <p><Link<Route> to={Route::Library}>{ "Back to the library" }</Link<Route>></p>
        </section>
    }
}
