//! The reader's text selection as a byte range of the raw article: the browser reports a
//! selection as (text node, UTF-16 offset) pairs; every rendered piece of text sits in a
//! `<span data-at=START>`, which gives the byte offset of the node's first character.

use parallax::span::byte_offset_of_utf16;
use parallax::Span;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

/// The current selection inside the element with id `container_id`, as a byte range of `text`,
/// or `None` when nothing (or nothing mappable) is selected there.
#[hook]
pub fn use_selection_span(container_id: &'static str, text: String) -> Option<Span> {
    let span = use_state(|| None::<Span>);
    {
        let span = span.clone();
        use_effect_with(text, move |text| {
            let text = text.clone();
            let document = web_sys::window().and_then(|w| w.document());
            let listener = document.map(|d| {
                gloo::events::EventListener::new(&d, "selectionchange", move |_| {
                    let next = current(container_id, &text);
                    if *span != next {
                        span.set(next);
                    }
                })
            });
            move || drop(listener)
        });
    }
    *span
}

fn current(container_id: &str, text: &str) -> Option<Span> {
    let window = web_sys::window()?;
    let selection = window.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let container = window.document()?.get_element_by_id(container_id)?;
    let start = offset_of(
        &range.start_container().ok()?,
        range.start_offset().ok()? as usize,
        text,
        &container,
    )?;
    let end = offset_of(
        &range.end_container().ok()?,
        range.end_offset().ok()? as usize,
        text,
        &container,
    )?;
    let span = parallax::span::trim_span(text, Span::new(start.min(end), start.max(end)));
    (!span.is_empty()).then_some(span)
}

/// Byte offset of a DOM position (node, offset) inside `container`.
fn offset_of(node: &Node, offset: usize, text: &str, container: &Element) -> Option<usize> {
    if !container.contains(Some(node)) {
        return None;
    }
    if node.node_type() == Node::TEXT_NODE {
        let piece = node.parent_element()?.closest("[data-at]").ok()??;
        let at: usize = piece.get_attribute("data-at")?.parse().ok()?;
        let tail = text.get(at..)?;
        return Some(at + byte_offset_of_utf16(tail, offset));
    }
    // An element position: the boundary before its `offset`-th child.
    let element: &Element = node.dyn_ref()?;
    let children = element.child_nodes();
    let child = children
        .item(offset as u32)
        .or_else(|| element.last_child())?;
    let child_el: Element = match child.dyn_into::<Element>() {
        Ok(e) => e,
        Err(n) => n.parent_element()?,
    };
    let piece = if child_el.has_attribute("data-at") {
        Some(child_el)
    } else {
        child_el.query_selector("[data-at]").ok()?
    }?;
    piece.get_attribute("data-at")?.parse().ok()
}
