//! Keyboard shortcuts for the whole page (`/` to search, `n` / `N` to step through hits).
//! They are ignored while the user types in a field, and with a modifier held.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Runs `action` when `key` is pressed outside text fields.
#[hook]
pub fn use_global_key<F: Fn() + 'static>(key: char, action: F) {
    let action = std::rc::Rc::new(action);
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|d| {
            // Not passive: the shortcut keeps its key from also scrolling or typing.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            gloo::events::EventListener::new_with_options(&d, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if e.ctrl_key() || e.meta_key() || e.alt_key() || typing(e) {
                    return;
                }
                if e.key() == key.to_string() {
                    e.prevent_default();
                    action();
                }
            })
        });
        move || drop(listener)
    });
}

fn typing(e: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.has_attribute("contenteditable")
}
