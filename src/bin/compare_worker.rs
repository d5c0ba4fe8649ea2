//! The comparison worker: a second, small wasm module that only compares two articles. The app
//! starts it (in a Web Worker) the first time it needs a comparison `build.rs` did not make, so
//! the comparison code is downloaded only by those who use it. Messages: `parallax::compare_job`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    // What the worker has read of each document, kept for its lifetime (`Readings`).
    let readings = std::cell::RefCell::new(parallax::compare::Readings::default());
    let onmessage =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let request = js_sys::Uint8Array::new(&e.data()).to_vec();
            let performance = reply_to.performance();
            let now = || performance.as_ref().map(|p| p.now()).unwrap_or(0.0);
            match parallax::compare_job::answer(&mut readings.borrow_mut(), &request, now) {
                Ok(reply) => {
                    let _ = reply_to.post_message(&js_sys::Uint8Array::from(reply.as_slice()));
                }
                // A request that can't be read has no id to answer to: say so as a string.
                Err(message) => {
                    let _ = reply_to.post_message(&JsValue::from_str(&message));
                }
            }
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Messages sent before this point found no handler and were dropped: the app waits for this
    // word before it sends any.
    let _ = scope.post_message(&JsValue::from_str(parallax::compare_job::READY));
}
