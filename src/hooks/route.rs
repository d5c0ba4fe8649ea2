//! The address bar: the current view's typed [`Address`] and the only code that changes it.
//! Addresses are written and read by the engine (`parallax::address`); this module only moves
//! them in and out of `location.hash`.
//!
//! Why not a router crate: every address is one engine type read from the hash, so all a router
//! would add is a second parser and its history wrapper (about 12 KB of gzip in a first visit).
//! Both ways of changing the address (`push`: `location.hash = …`; `replace`:
//! `location.replace("#…")`) fire `hashchange`, as Back and Forward do, so one listener keeps
//! every [`use_address`] current.

use gloo::events::EventListener;
use parallax::address::Address;
use yew::prelude::*;

/// The current view and its state; the component re-renders when the address changes.
#[hook]
pub fn use_address() -> Address {
    let address = use_state(current);
    {
        let address = address.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| address.set(current()))
            });
            move || drop(listener)
        });
    }
    (*address).clone()
}

/// The address as it is now, for handlers registered once (global keys) that must not act on
/// the address of the render that registered them.
pub fn current() -> Address {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Address::from_href(&hash)
}

/// Opens `address` as a new history entry (Back returns to the current one).
pub fn push(address: &Address) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&address.href());
    }
}

/// Changes the current history entry to `address`: for state that changes often (each
/// keystroke, each step of a cursor), so that Back leaves the view rather than undoing steps.
pub fn replace(address: &Address) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(&address.href());
    }
}
