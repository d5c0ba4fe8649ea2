//! Parallax's engine: every piece of text work the app does, with no web dependency.
//!
//! The same crate runs in three places: in `build.rs` (the seeds are parsed, annotated and
//! indexed once, at build time), in the browser as part of the wasm app (queries, on-demand
//! comparison, anchors), and natively as the `parallax` CLI (tests, benchmarks, judging).
//!
//! **Every range this crate returns is a byte range into the raw article text, on char
//! boundaries.** See `ARCHITECTURE.md` for the bird's-eye view.

pub mod address;
pub mod anchor;
pub mod bundle;
pub mod compare;
pub mod compare_job;
/// Reading articles from files (build time and the CLI only: the `build` feature).
#[cfg(feature = "build")]
pub mod corpus;
pub mod document;
pub mod english;
pub mod entities;
pub mod highlight;
pub mod invariants;
pub mod measure;
pub mod present;
pub mod render;
pub mod search;
pub mod sort;
pub mod span;

pub use document::{Corpus, Document, Metadata};
pub use span::Span;
