//! A link to a view: `<a href="#/…">` written by the engine's address. The browser follows it
//! (a new history entry, or a new tab with a modifier key) and `hooks::route` hears the
//! `hashchange`, so the link needs no handler of its own.

use parallax::address::Address;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddressLinkProps {
    pub to: Address,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn AddressLink(props: &AddressLinkProps) -> Html {
    html! {
        <a href={props.to.href()} class={props.classes.clone()}>{ props.children.clone() }</a>
    }
}
