//! Mounts the app; everything else is in the library (`src/lib.rs`).

fn main() {
    parallax_web::run();
}
