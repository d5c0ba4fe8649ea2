//! The search box, always in the header. Typing updates `#/search?q=…` on every keystroke
//! (replacing the history entry, so Back leaves the search rather than undoing letters);
//! `/` anywhere focuses it.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::keys::use_global_key;
use crate::hooks::route::query_param;

#[component]
pub fn SearchBox() -> Html {
    let navigator = use_navigator();
    let route = use_route::<Route>();
    let location = use_location();
    let on_search_page = route == Some(Route::Search);
    let current = if on_search_page {
        location
            .as_ref()
            .and_then(|l| query_param(l.query_str().trim_start_matches('?'), "q"))
            .unwrap_or_default()
    } else {
        String::new()
    };
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
    let oninput = {
        let navigator = navigator.clone();
        let location = location.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(nav) = &navigator else { return };
            // Keep the filters already chosen on the results page.
            let mut params: Vec<(String, String)> = location
                .as_ref()
                .filter(|_| on_search_page)
                .map(|l| crate::hooks::route::query_pairs(l.query_str().trim_start_matches('?')))
                .unwrap_or_default();
            params.retain(|(k, _)| k != "q");
            params.insert(0, ("q".into(), input.value()));
            let _ = if on_search_page {
                nav.replace_with_query(&Route::Search, &params)
            } else {
                nav.push_with_query(&Route::Search, &params)
            };
        })
    };
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
