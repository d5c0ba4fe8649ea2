//! The corpus `build.rs` embedded: decoded once, shared by every page through a context.

use std::rc::Rc;

use parallax::bundle::Bundle;

static BUNDLE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The embedded bundle, or a message saying why it can't be read.
pub fn load() -> Result<Rc<Bundle>, String> {
    Bundle::decode(BUNDLE_BYTES).map(Rc::new)
}
