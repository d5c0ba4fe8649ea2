//! The comparisons `build.rs` precomputed, fetched from the file beside the page that the bundle
//! names (`Bundle::precomputed_file`) the first time a comparison or the grid is shown, or
//! sooner, when an article is ticked for comparison in the library ([`prefetch`]), and kept
//! for the page's life.
//!
//! Why a file and not the bundle: every byte of the bundle is part of a first visit, most
//! visits never open a comparison, and on a corpus of 16 articles the comparisons are most of
//! it. If the file can't be fetched or read, the pairs are asked of the comparison worker
//! instead: a missing file costs time, never a comparison.

use std::cell::RefCell;
use std::rc::Rc;

use parallax::bundle::Precomputed;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// The file's comparisons: `Some(Some(..))` once read, `Some(None)` when the build precomputed
/// none or they can't be had, `None` while they are on their way.
pub type Loaded = Option<Option<Rc<Precomputed>>>;

enum State {
    /// Fetching; these are told when it ends.
    Loading(Vec<Callback<()>>),
    Done(Option<Rc<Precomputed>>),
}

thread_local! {
    /// One file per page: the bundle names exactly one.
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// What is known of the file named `file` (no file: nothing precomputed) without fetching it.
pub fn get(file: Option<&str>) -> Loaded {
    if file.is_none() {
        return Some(None);
    }
    STATE.with(|state| match &*state.borrow() {
        Some(State::Done(precomputed)) => Some(precomputed.clone()),
        _ => None,
    })
}

/// Starts fetching the file named `file`, if there is one, for a comparison about to be asked
/// for.
pub fn prefetch(file: Option<&str>) {
    if let Some(name) = file {
        load(name, Callback::noop());
    }
}

/// Starts fetching `name` unless it is already fetched or on its way; `done` is called when it
/// has ended either way.
pub fn load(name: &str, done: Callback<()>) {
    // Decided under the borrow, acted on after it: `done` may read the state again.
    let (start, now) = STATE.with(|state| {
        let mut state = state.borrow_mut();
        match &mut *state {
            Some(State::Done(_)) => (false, Some(done)),
            Some(State::Loading(waiting)) => {
                waiting.push(done);
                (false, None)
            }
            None => {
                *state = Some(State::Loading(vec![done]));
                (true, None)
            }
        }
    });
    if let Some(done) = now {
        done.emit(());
    }
    if !start {
        return;
    }
    // Relative to the page, so it works under any sub-path.
    let url = format!("./{name}");
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = fetch(&url).await;
        finish(&url, fetched);
    });
}

/// Reads what was fetched from `url` and tells whoever waits.
fn finish(url: &str, fetched: Result<Vec<u8>, JsValue>) {
    let read = fetched
        .map_err(|e| super::js_error::describe(&e))
        .and_then(|bytes| Precomputed::decode(&bytes));
    let precomputed = match read {
        Ok(precomputed) => Some(Rc::new(precomputed)),
        Err(message) => {
            web_sys::console::error_1(
                &format!("{url}: {message}; comparisons will be made in the page instead").into(),
            );
            None
        }
    };
    let waiting = STATE.with(
        |state| match state.replace(Some(State::Done(precomputed))) {
            Some(State::Loading(waiting)) => waiting,
            _ => Vec::new(),
        },
    );
    for done in waiting {
        done.emit(());
    }
}

async fn fetch(url: &str) -> Result<Vec<u8>, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("there is no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await?
        .unchecked_into();
    if !response.ok() {
        return Err("the server has no such file".into());
    }
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
