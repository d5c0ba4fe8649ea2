//! localStorage as plain strings. (gloo's typed storage would bring serde_json into the wasm
//! for two small values: too much of the size budget.)

/// The stored string under `key`, if any and if storage is available.
pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; silently does nothing where storage is refused (private modes).
pub fn set(key: &str, value: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(key, value);
    }
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
