//! The error banner: a panic in the wasm shows its message and a "Reload" action instead of
//! leaving a blank or frozen page. Built with plain DOM calls, because after a panic Yew can
//! no longer render.

use wasm_bindgen::JsCast;

/// Installs the panic hook. Call once, before rendering.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        let _ = show(&message);
    }));
}

/// Puts the banner on the page (public for the browser tests).
pub fn show(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let banner = document.create_element("div").ok()?;
    banner.set_class_name("panic-banner");
    banner.set_attribute("role", "alert").ok()?;
    banner.set_attribute("data-testid", "panic-banner").ok()?;
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(&format!(
        "Parallax hit an internal error and stopped: {message}"
    )));
    let button = document.create_element("button").ok()?;
    button.set_text_content(Some("Reload"));
    button.set_attribute("type", "button").ok()?;
    let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    button
        .dyn_ref::<web_sys::HtmlElement>()?
        .set_onclick(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    banner.append_child(&text).ok()?;
    banner.append_child(&button).ok()?;
    document.body()?.prepend_with_node_1(&banner).ok()?;
    button.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}
