//! Small DOM effects the components ask for.

use wasm_bindgen::JsCast;

/// Moves focus to the element with `id`, if there is one.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(el) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Scrolls the element with `id` into the middle of the view and focuses it, so a screen
/// reader announces it. Returns whether the element exists.
pub fn reveal(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    let Some(el) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = el.focus_with_options(&focus);
    true
}

/// Moves focus from the focused element with class `class` to the next (`step` 1) or previous
/// (`step` -1) one, for walking a list with the arrow keys.
pub fn focus_sibling_link(class: &str, step: i32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = document.query_selector_all(&format!(".{class}")) else {
        return;
    };
    let active = document.active_element();
    let n = list.length() as i32;
    let current = (0..n).find(|&i| {
        list.item(i as u32)
            .map(|e| Some(e) == active.clone().map(Into::into))
            .unwrap_or(false)
    });
    let next = match current {
        Some(i) => (i + step).clamp(0, n - 1),
        None => 0,
    };
    if let Some(el) = list
        .item(next as u32)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
