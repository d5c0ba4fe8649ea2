//! The corpus `build.rs` embedded: decoded once, shared by every page through a context.

use std::rc::Rc;

use parallax::bundle::Bundle;

static BUNDLE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The embedded bundle, or a message saying why it can't be read.
pub fn load() -> Result<Rc<Bundle>, String> {
    Bundle::decode(BUNDLE_BYTES).map(Rc::new)
}

/// The bundle as the app's context: equal only to itself. `Rc<Bundle>` would compare two
/// bundles by value (a `Bundle` isn't `Eq`, so `Rc` can't stop at the pointer): a large corpus
/// took ~25 ms to find itself equal, and that comparison's code was part of every first visit.
#[derive(Clone)]
pub struct BundleContext(pub Rc<Bundle>);

impl PartialEq for BundleContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The bundle the app provides to every page.
#[yew::hook]
pub fn use_bundle() -> Rc<Bundle> {
    yew::use_context::<BundleContext>()
        .expect("the app provides the bundle")
        .0
}
