//! The compare view's two panes: which passage pair an event landed on, and scrolling that
//! keeps the two sides' pairs level.
//!
//! Passages carry their pair index as `data-pair` (see `components::doc_body::Mark`). When
//! one pane scrolls, the other is scrolled so that the partner of the scrolled pane's anchor
//! passage sits at the same height: the anchor is the selected pair when it is in view, else
//! the first pair whose top is in view. On a phone the panes are not scroll containers (they
//! stack and the page scrolls), so there is nothing to keep level and the hook does nothing.

use std::cell::Cell;
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
            // A pane we scrolled ourselves fires one scroll event, which must not scroll back.
            let ours = [Rc::new(Cell::new(false)), Rc::new(Cell::new(false))];
            for (from, to, k) in [(&left, &right, 0), (&right, &left, 1)] {
                let Some(pane) = from.cast::<web_sys::Element>() else {
                    continue;
                };
                let (from, to) = (from.clone(), to.clone());
                let (mine, theirs) = (ours[k].clone(), ours[1 - k].clone());
                let selected = selected.clone();
                listeners.push(EventListener::new(&pane, "scroll", move |_| {
                    if mine.replace(false) {
                        return;
                    }
                    if let (Some(from), Some(to)) = (
                        from.cast::<web_sys::Element>(),
                        to.cast::<web_sys::Element>(),
                    ) {
                        if level(&from, &to, selected.get()) {
                            theirs.set(true);
                        }
                    }
                }));
            }
        }
        move || drop(listeners)
    });
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
    let target_top = to.get_bounding_client_rect().top();
    let delta = other.get_bounding_client_rect().top() - target_top - offset;
    let before = to.scroll_top();
    to.set_scroll_top(before + delta.round() as i32);
    to.scroll_top() != before
}
