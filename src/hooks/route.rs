//! The address bar: the current view's typed [`Address`] and the only code that changes it.
//! Addresses are written and read by the engine (`parallax::address`); this module only moves
//! them in and out of the browser's history, through the router's own history so that the
//! router (and every `use_address`) hears of each change.

use parallax::address::Address;
use yew::prelude::*;
use yew_router::history::{HashHistory, History};
use yew_router::query::Raw;

/// The current view and its state; the component re-renders when the address changes.
#[hook]
pub fn use_address() -> Address {
    let location = yew_router::hooks::use_location();
    match location {
        Some(l) => Address::parse(l.path(), l.query_str()),
        None => Address::library(),
    }
}

/// The address as it is now, for handlers registered once (global keys) that must not act on
/// the address of the render that registered them.
pub fn current() -> Address {
    let location = HashHistory::new().location();
    Address::parse(location.path(), location.query_str())
}

/// Opens `address` as a new history entry (Back returns to the current one).
pub fn push(address: &Address) {
    go(address, false)
}

/// Changes the current history entry to `address`: for state that changes often (each
/// keystroke, each step of a cursor), so that Back leaves the view rather than undoing steps.
pub fn replace(address: &Address) {
    go(address, true)
}

fn go(address: &Address, replace: bool) {
    let history = HashHistory::new();
    let (path, query) = (address.path(), address.query());
    match (query.is_empty(), replace) {
        (true, false) => history.push(path),
        (true, true) => history.replace(path),
        // `Raw`: the engine already encoded the query.
        (false, false) => {
            let _ = history.push_with_query(path, Raw(query));
        }
        (false, true) => {
            let _ = history.replace_with_query(path, Raw(query));
        }
    }
}
