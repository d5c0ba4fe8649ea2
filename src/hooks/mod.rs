//! Hooks: the only code that touches the DOM, history, storage, the clipboard or the network.

pub mod clipboard;
pub mod compare_worker;
pub mod corrections;
pub mod dom;
pub mod js_error;
pub mod keys;
pub mod panes;
pub mod panic_banner;
pub mod precomputed;
pub mod route;
pub mod selection;
pub mod storage;
pub mod theme;
