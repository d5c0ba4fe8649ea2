//! A link to a view: `<a href="#/…">` written by the engine's address, opened through the
//! history hook (so the router hears of it) unless a modifier asks the browser for a new tab.

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
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            crate::hooks::route::push(&to);
        })
    };
    html! {
        <a href={props.to.href()} class={props.classes.clone()} {onclick}>{ props.children.clone() }</a>
    }
}
