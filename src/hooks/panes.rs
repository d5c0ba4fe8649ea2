//! The compare view's two panes: which passage pair an event landed on, and scrolling that
//! keeps the two sides' pairs level.
//!
//! Passages carry their pair index as `data-pair` (see `components::doc_body::Mark`). When
//! one pane scrolls, the other is scrolled so that the partner of the scrolled pane's anchor
//! passage sits at the same height: the anchor is the selected pair when it is in view, else
//! the first pair whose top is in view. On a phone the panes are not scroll containers (they
//! stack and the page scrolls), so there is nothing to keep level and the hook does nothing.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The pair index of the passage an event happened in, if any.
pub fn pair_of_event(e: &Event) -> Option<usize> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let mark = target.closest("[data-pair]").ok()??;
    mark.get_attribute("data-pair")?.parse().ok()
}

/// Keeps the panes `left` and `right` level while `enabled`. `selected` is read at scroll time,
/// so the caller updates it on every render.
#[hook]
pub fn use_level_panes(
    left: NodeRef,
    right: NodeRef,
    enabled: bool,
    selected: Rc<Cell<Option<usize>>>,
) {
    use_effect_with(enabled, move |&enabled| {
        let mut listeners = Vec::new();
        if enabled {
            for (from, to) in [(&left, &right), (&right, &left)] {
                let Some(pane) = from.cast::<web_sys::Element>() else {
                    continue;
                };
                let (from, to) = (from.clone(), to.clone());
                let selected = selected.clone();
                listeners.push(EventListener::new(&pane, "scroll", move |_| {
                    let (Some(from), Some(to)) = (
                        from.cast::<web_sys::Element>(),
                        to.cast::<web_sys::Element>(),
                    ) else {
                        return;
                    };
                    // A pane we scrolled ourselves fires a scroll event too, which must not scroll back.
                    if was_ours(&from) {
                        return;
                    }
                    level(&from, &to, selected.get());
                }));
            }
        }
        move || drop(listeners)
    });
}

/// After pair `k` was picked in pane `from`: scrolls pane `to` so `k`'s partner is level with it
/// and focuses the partner. Returns false (and does nothing) when the panes don't scroll on
/// their own (a phone) or the picked passage isn't in view; the caller then reveals it.
pub fn bring_partner(from: &NodeRef, to: &NodeRef, k: usize) -> bool {
    let (Some(from), Some(to)) = (
        from.cast::<web_sys::Element>(),
        to.cast::<web_sys::Element>(),
    ) else {
        return false;
    };
    if to.scroll_height() <= to.client_height() {
        return false;
    }
    let selector = format!("[data-pair=\"{k}\"]");
    let (Ok(Some(mine)), Ok(Some(partner))) =
        (from.query_selector(&selector), to.query_selector(&selector))
    else {
        return false;
    };
    let (top, bottom) = (
        from.get_bounding_client_rect().top(),
        from.get_bounding_client_rect().bottom(),
    );
    let at = mine.get_bounding_client_rect().top();
    if at < top || at >= bottom {
        return false;
    }
    scroll_to(&to, &partner, at - top);
    if let Ok(partner) = partner.dyn_into::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = partner.focus_with_options(&focus);
    }
    true
}

thread_local! {
    /// Panes whose next scroll event is our own doing.
    static OURS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Whether `pane` was scrolled by [`scroll_to`] (consuming that mark).
fn was_ours(pane: &web_sys::Element) -> bool {
    OURS.with(|ours| {
        let mut ours = ours.borrow_mut();
        match ours.iter().position(|p| p == pane) {
            Some(i) => {
                ours.remove(i);
                true
            }
            None => false,
        }
    })
}

/// Scrolls `pane` so `el` sits `offset` pixels below its top, marking the scroll as ours.
fn scroll_to(pane: &web_sys::Element, el: &web_sys::Element, offset: f64) -> bool {
    let delta =
        el.get_bounding_client_rect().top() - pane.get_bounding_client_rect().top() - offset;
    let before = pane.scroll_top();
    pane.set_scroll_top(before + delta.round() as i32);
    let moved = pane.scroll_top() != before;
    if moved {
        OURS.with(|ours| ours.borrow_mut().push(pane.clone()));
    }
    moved
}

/// Scrolls `to` so the partner of `from`'s anchor passage is level with it. Returns whether it
/// scrolled.
fn level(from: &web_sys::Element, to: &web_sys::Element, selected: Option<usize>) -> bool {
    if to.scroll_height() <= to.client_height() {
        return false;
    }
    let top = from.get_bounding_client_rect().top();
    let bottom = from.get_bounding_client_rect().bottom();
    let in_view = |m: &web_sys::Element| {
        let r = m.get_bounding_client_rect();
        r.top() >= top && r.top() < bottom
    };
    let partner = |m: &web_sys::Element| {
        let k = m.get_attribute("data-pair")?;
        let other = to.query_selector(&format!("[data-pair=\"{k}\"]")).ok()??;
        Some((m.get_bounding_client_rect().top() - top, other))
    };
    let selected_mark = selected
        .and_then(|k| {
            from.query_selector(&format!("[data-pair=\"{k}\"]"))
                .ok()
                .flatten()
        })
        .filter(in_view);
    let anchor = selected_mark.and_then(|m| partner(&m)).or_else(|| {
        let marks = from.query_selector_all("mark[data-pair]").ok()?;
        (0..marks.length())
            .filter_map(|i| marks.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter(in_view)
            .find_map(|m| partner(&m))
    });
    let Some((offset, other)) = anchor else {
        return false;
    };
    scroll_to(to, &other, offset)
}
