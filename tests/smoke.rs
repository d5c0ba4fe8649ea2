//! Smoke test of the browser test harness: proves that `scripts/test.sh wasm` builds the app's
//! tests for wasm32 and runs them in headless Chromium with a real DOM. Browser-only test files
//! start with `#![cfg(target_arch = "wasm32")]`, so the native `cargo test --workspace` skips them
//! (web-sys calls panic outside a browser).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn text_round_trips_through_the_dom() {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document");
    let paragraph = document.create_element("p").expect("create <p>");
    for text in ["plain", "Grüße, 世界", "עברית", "🙂 emoji"] {
        paragraph.set_text_content(Some(text));
        assert_eq!(paragraph.text_content().as_deref(), Some(text));
    }
}
