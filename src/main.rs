//! Mounts the app. Everything else lives in `app/` (routes and pages), `components/` (one
//! component per file) and `hooks/` (the only code that touches history, storage or the DOM).

mod app;
mod components;
mod data;
mod hooks;

fn main() {
    components::panic_banner::install();
    yew::Renderer::<app::App>::new().render();
}
