//! Reading the parameters of a view's address (`#/view?key=value&…`).

/// The decoded value of `key` in a query string (without its `?`), if present and non-empty.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key && !v.is_empty()).then(|| {
            let v = v.replace('+', " ");
            js_sys::decode_uri_component(&v)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or(v)
        })
    })
}

/// Every `key=value` pair of a query string, decoded, in order.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (k, _) = pair.split_once('=').unwrap_or((pair, ""));
            query_param(pair, k).map(|v| (k.to_string(), v))
        })
        .collect()
}

/// The current view's query string, without its `?` (empty when it has none).
#[yew::hook]
pub fn use_query() -> String {
    yew_router::hooks::use_location()
        .map(|l| l.query_str().trim_start_matches('?').to_string())
        .unwrap_or_default()
}
