//! Hooks: the only code that touches the DOM, history, storage or the clipboard.

pub mod dom;
pub mod theme;
