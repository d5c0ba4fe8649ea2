//! The messages between the app and its comparison worker. The app ships comparison in a
//! separate wasm module, run in a Web Worker and loaded only when a pair that `build.rs` did not
//! precompute is asked for, so a first visit doesn't download the comparison code. Both ends
//! speak these postcard-encoded messages, defined here once so they can't disagree.

use serde::{Deserialize, Serialize};

use crate::compare::{self, Comparison, Readings};
use crate::document::Document;

/// What the worker says once it listens: a worker's messages that arrive before its wasm has
/// loaded and set its handler are lost, so the app holds its requests until it hears this.
pub const READY: &str = "ready";

/// What the worker answers: the comparison of the request's `a` with its `b`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// The request's id, so the app can match answers to questions.
    pub id: u32,
    /// How long the comparison itself took in the worker, in milliseconds.
    pub took_ms: f64,
    pub comparison: Comparison,
}

/// The request the app sends: compare `a` with `b`.
#[derive(Serialize)]
struct RequestRef<'a> {
    id: u32,
    a: &'a Document,
    b: &'a Document,
}

/// The same request, as the worker decodes it (same layout as [`RequestRef`]).
#[derive(Deserialize)]
struct Request {
    id: u32,
    a: Document,
    b: Document,
}

/// Encodes the request to compare `a` with `b`.
pub fn encode_request(id: u32, a: &Document, b: &Document) -> Vec<u8> {
    postcard::to_allocvec(&RequestRef { id, a, b }).expect("a request always serialises")
}

/// The worker's side: decodes a request, compares, encodes the reply. `now` reads a clock in
/// milliseconds (the worker's `performance.now()`; the engine has no clock of its own in wasm).
/// `readings` is the worker's memory of the documents it has read: comparing one again (the
/// other way round, or with another) skips reading it.
pub fn answer(
    readings: &mut Readings,
    request: &[u8],
    now: impl Fn() -> f64,
) -> Result<Vec<u8>, String> {
    let request: Request = postcard::from_bytes(request)
        .map_err(|e| format!("the comparison request can't be read: {e}"))?;
    let start = now();
    let comparison = compare::compare_with(readings, &request.a, &request.b);
    let reply = Reply {
        id: request.id,
        took_ms: now() - start,
        comparison,
    };
    Ok(postcard::to_allocvec(&reply).expect("a reply always serialises"))
}

/// The app's side: decodes the worker's reply.
pub fn decode_reply(bytes: &[u8]) -> Result<Reply, String> {
    postcard::from_bytes(bytes)
        .map_err(|e| format!("the comparison worker's answer can't be read: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_answered_is_the_comparison_itself() {
        let corpus = crate::Corpus::load(std::path::Path::new("../seeds")).unwrap();
        let (a, b) = (&corpus.documents[0], &corpus.documents[1]);
        let reply = decode_reply(
            &answer(&mut Readings::default(), &encode_request(7, a, b), || 0.0).unwrap(),
        )
        .unwrap();
        assert_eq!(reply.id, 7);
        assert_eq!(reply.comparison, compare::compare(a, b));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for bytes in [&b""[..], b"\xff\xff\xff", b"not postcard at all"] {
            assert!(answer(&mut Readings::default(), bytes, || 0.0).is_err());
            assert!(decode_reply(bytes).is_err());
        }
    }
}
