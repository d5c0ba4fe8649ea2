//! What a JavaScript error says, for the messages the hooks show or log.

use wasm_bindgen::{JsCast, JsValue};

/// An `Error`'s message, a thrown string, or "unknown error".
pub fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
