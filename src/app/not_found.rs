//! The page for an address that names no view or no article.

use parallax::address::Address;
use yew::prelude::*;

use crate::components::address_link::AddressLink;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="page" data-testid="not-found">
            <h1>{ "Nothing here" }</h1>
            <p>{ "This link doesn't lead to any page of this site. It may be mistyped, or the article may have been removed." }</p>
            <p><AddressLink to={Address::library()}>{ "Back to the library" }</AddressLink></p>
        </section>
    }
}
