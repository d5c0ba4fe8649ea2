//! Hooks: the only code that touches the DOM, history, storage or the clipboard.

pub mod clipboard;
pub mod compare_worker;
pub mod corrections;
pub mod dom;
pub mod keys;
pub mod panes;
pub mod panic_banner;
pub mod route;
pub mod selection;
pub mod storage;
pub mod theme;
