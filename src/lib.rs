//! Parallax's web app: routes and pages (`app/`), components, one per file (`components/`), and
//! the hooks that alone touch the DOM, history, storage and clipboard (`hooks/`). It decides
//! nothing about text: every range it draws comes from the engine (`parallax`).
//!
//! A library so that the browser tests in `tests/` can mount real components.

pub mod app;
pub mod components;
pub mod data;
pub mod hooks;

/// Installs the panic banner and renders the app into `<body>`.
pub fn run() {
    hooks::panic_banner::install();
    yew::Renderer::<app::App>::new().render();
}
