//! Comparisons the build did not precompute (or whose file can't be fetched), asked of the
//! comparison worker (`src/bin/compare_worker.rs`), started on first use and kept for the
//! page's life.
//!
//! Why a worker: the comparison code is a large part of the engine, and most visits never
//! compare a pair the build didn't (a small corpus has every pair precomputed). In its own wasm
//! module it costs nothing until asked for, and it never blocks the page while it runs.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use parallax::compare::Comparison;
use parallax::compare_job;
use parallax::document::Document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use super::js_error::describe;

/// Where Trunk writes the worker's loader, relative to the page (so it works under a sub-path).
const WORKER_URL: &str = "./compare_worker_loader.js";

/// A comparison and how long the worker took to make it (ms).
pub type WorkerResult = Result<(Rc<Comparison>, f64), String>;

struct Worker {
    worker: web_sys::Worker,
    /// Requests made before the worker said it listens (`None` once it has).
    queue: Rc<RefCell<Option<Vec<js_sys::Uint8Array>>>>,
    pending: Rc<RefCell<HashMap<u32, Callback<WorkerResult>>>>,
    next_id: u32,
    _onmessage: Closure<dyn Fn(web_sys::MessageEvent)>,
    _onerror: Closure<dyn Fn(web_sys::ErrorEvent)>,
}

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Asks the worker to compare `a` with `b`; `done` is called once, with the comparison or a
/// message saying why there is none.
pub fn request(a: &Document, b: &Document, done: Callback<WorkerResult>) {
    WORKER.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            match start() {
                Ok(worker) => *slot = Some(worker),
                Err(message) => return done.emit(Err(message)),
            }
        }
        let Some(worker) = slot.as_mut() else { return };
        let id = worker.next_id;
        worker.next_id = worker.next_id.wrapping_add(1);
        let bytes = compare_job::encode_request(id, a, b);
        worker.pending.borrow_mut().insert(id, done.clone());
        let message = js_sys::Uint8Array::from(bytes.as_slice());
        if let Some(queue) = worker.queue.borrow_mut().as_mut() {
            queue.push(message);
            return;
        }
        if let Err(e) = worker.worker.post_message(&message) {
            worker.pending.borrow_mut().remove(&id);
            done.emit(Err(format!(
                "the comparison worker can't be reached: {}",
                describe(&e)
            )));
        }
    });
}

fn start() -> Result<Worker, String> {
    let worker = web_sys::Worker::new(WORKER_URL)
        .map_err(|e| format!("the comparison worker can't start: {}", describe(&e)))?;
    let pending: Rc<RefCell<HashMap<u32, Callback<WorkerResult>>>> = Rc::default();
    let queue: Rc<RefCell<Option<Vec<js_sys::Uint8Array>>>> =
        Rc::new(RefCell::new(Some(Vec::new())));
    let onmessage = {
        let pending = pending.clone();
        let queue = queue.clone();
        let worker = worker.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if data.as_string().as_deref() == Some(compare_job::READY) {
                let waiting = queue.borrow_mut().take().unwrap_or_default();
                for message in waiting {
                    if worker.post_message(&message).is_err() {
                        fail_all(&pending, "the comparison worker can't be reached");
                    }
                }
                return;
            }
            if let Some(message) = data.as_string() {
                fail_all(&pending, &message);
                return;
            }
            let bytes = js_sys::Uint8Array::new(&data).to_vec();
            match compare_job::decode_reply(&bytes) {
                Ok(reply) => {
                    let done = pending.borrow_mut().remove(&reply.id);
                    if let Some(done) = done {
                        done.emit(Ok((Rc::new(reply.comparison), reply.took_ms)));
                    }
                }
                Err(message) => fail_all(&pending, &message),
            }
        })
    };
    let onerror = {
        let pending = pending.clone();
        Closure::<dyn Fn(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            e.prevent_default();
            let message = e.message();
            let message = if message.is_empty() {
                "it failed to load".to_string()
            } else {
                message
            };
            fail_all(
                &pending,
                &format!("the comparison worker stopped: {message}"),
            );
        })
    };
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    Ok(Worker {
        worker,
        queue,
        pending,
        next_id: 0,
        _onmessage: onmessage,
        _onerror: onerror,
    })
}

/// Every waiting request gets `message`: the worker can't answer them any more.
fn fail_all(pending: &RefCell<HashMap<u32, Callback<WorkerResult>>>, message: &str) {
    let waiting: Vec<Callback<WorkerResult>> =
        pending.borrow_mut().drain().map(|(_, done)| done).collect();
    for done in waiting {
        done.emit(Err(message.to_string()));
    }
}

/// A comparison for the view: precomputed (`None` time) or from the worker (its time, ms).
pub type Computed = (Rc<Comparison>, Option<f64>);

/// The comparisons of `pairs` (`(a, b)` document indices, a compared with b): those the build
/// precomputed from their file (`super::precomputed`), the others asked of the worker. `None`
/// while some are still on their way.
#[yew::hook]
pub fn use_comparisons(
    bundle: Rc<parallax::bundle::Bundle>,
    pairs: Vec<(usize, usize)>,
) -> Option<Result<Vec<Computed>, String>> {
    use yew::prelude::*;
    let answers = use_reducer(Answers::default);
    let asked = use_mut_ref(std::collections::HashSet::<(usize, usize)>::new);
    let update = use_force_update();
    let file = super::precomputed::get(bundle.precomputed_file.as_deref());
    let ready = file.is_some();
    // The build's comparisons, copied out of the file once per set of pairs, not per render.
    let precomputed = use_memo((pairs.clone(), ready), move |(pairs, _)| {
        let file = file.flatten();
        pairs
            .iter()
            .map(|&(a, b)| {
                let c = file.as_ref()?.get(a, b)?;
                Some(Rc::new(c.clone()))
            })
            .collect::<Vec<_>>()
    });
    {
        let answers = answers.clone();
        let precomputed = precomputed.clone();
        use_effect_with((pairs.clone(), ready), move |(pairs, ready)| {
            if !ready {
                if let Some(name) = &bundle.precomputed_file {
                    super::precomputed::load(name, Callback::from(move |()| update.force_update()));
                }
                return;
            }
            for (&(a, b), built) in pairs.iter().zip(precomputed.iter()) {
                if built.is_some() || !asked.borrow_mut().insert((a, b)) {
                    continue;
                }
                let docs = &bundle.corpus.documents;
                let (Some(doc_a), Some(doc_b)) = (docs.get(a), docs.get(b)) else {
                    continue;
                };
                let dispatch = answers.dispatcher();
                request(
                    doc_a,
                    doc_b,
                    Callback::from(move |r| dispatch.dispatch(((a, b), r))),
                );
            }
        });
    }
    if !ready {
        return None;
    }
    let mut out = Vec::with_capacity(pairs.len());
    for (pair, built) in pairs.iter().zip(precomputed.iter()) {
        if let Some(c) = built {
            out.push((c.clone(), None));
            continue;
        }
        match answers.0.get(pair)? {
            Ok((c, ms)) => out.push((c.clone(), Some(*ms))),
            Err(message) => return Some(Err(message.clone())),
        }
    }
    Some(Ok(out))
}

/// The worker's answers so far, by pair.
#[derive(Default)]
struct Answers(HashMap<(usize, usize), WorkerResult>);

impl yew::Reducible for Answers {
    type Action = ((usize, usize), WorkerResult);

    fn reduce(self: Rc<Self>, (pair, result): Self::Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.insert(pair, result);
        Rc::new(Answers(next))
    }
}
