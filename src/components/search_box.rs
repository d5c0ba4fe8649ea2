//! The search box, always in the header. Typing updates `#/search?q=…` on every keystroke
//! (replacing the history entry, so Back leaves the search rather than undoing letters);
//! `/` anywhere focuses it.

use parallax::address::{Address, SearchQuery};
use yew::prelude::*;

use crate::hooks::keys::use_global_key;
use crate::hooks::route::{push, replace, use_address};

#[component]
pub fn SearchBox() -> Html {
    let address = use_address();
    // On the results page the box shows its query, and typing keeps the filters chosen there.
    let on_search_page = match &address {
        Address::Search(query) => Some(query.clone()),
        _ => None,
    };
    let current = on_search_page
        .as_ref()
        .map(|q| q.q.clone())
        .unwrap_or_default();
    let input_ref = use_node_ref();
    {
        let input_ref = input_ref.clone();
        use_global_key('/', move || {
            if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let oninput = Callback::from(move |e: InputEvent| {
        let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        match &on_search_page {
            Some(query) => replace(&Address::Search(SearchQuery {
                q: input.value(),
                ..query.clone()
            })),
            None => push(&Address::Search(SearchQuery::new(&input.value()))),
        }
    });
    // ArrowDown (or Enter) from the box walks into the results, as in any search page.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "ArrowDown" || e.key() == "Enter" {
            e.prevent_default();
            crate::hooks::dom::focus_sibling_link("result-link", 1);
        }
    });
    html! {
        <form class="search-box" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <label for="search-input" class="visually-hidden">{ "Search the articles" }</label>
            <input id="search-input" ref={input_ref} type="search" placeholder="Search  ( / )" autocomplete="off"
                spellcheck="false" value={current} {oninput} {onkeydown} data-testid="search-input" />
        </form>
    }
}
