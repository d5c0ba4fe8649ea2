//! The user's entity corrections: kept in localStorage as JSON, exported and imported as JSON,
//! applied on top of extraction by the engine (`parallax::entities::apply_corrections`).
//!
//! The JSON goes through the browser's own `JSON` object rather than serde_json, which would
//! add about 10 KB gzip to the wasm for this one small document.

use std::rc::Rc;

use js_sys::{Array, Object, Reflect, JSON};
use parallax::entities::{
    apply_corrections, apply_corrections_to_mentions, Corrections, EntityIndex, Label, Mention,
};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::storage;

const KEY: &str = "parallax-entity-corrections";

/// The stored corrections and a callback that replaces (and stores) them.
#[hook]
pub fn use_corrections() -> (Rc<Corrections>, Callback<Corrections>) {
    let state = use_state(|| {
        Rc::new(
            storage::get(KEY)
                .and_then(|s| from_json(&s).ok())
                .unwrap_or_default(),
        )
    });
    let set = {
        let state = state.clone();
        Callback::from(move |c: Corrections| {
            storage::set(KEY, &to_json(&c));
            state.set(Rc::new(c));
        })
    };
    ((*state).clone(), set)
}

/// The bundle's entity index with `corrections` applied, recomputed only when they change (not
/// on every address change: a large corpus has thousands of entities).
#[hook]
pub fn use_corrected_entities(corrections: &Rc<Corrections>) -> Rc<EntityIndex> {
    let bundle = crate::data::use_bundle();
    use_memo(corrections.clone(), move |c| {
        apply_corrections(&bundle.entities, c)
    })
}

/// Document `doc`'s mentions with `corrections` applied (empty when there is no document).
#[hook]
pub fn use_corrected_mentions(
    corrections: &Rc<Corrections>,
    doc: Option<usize>,
) -> Rc<Vec<Mention>> {
    let bundle = crate::data::use_bundle();
    use_memo((doc, corrections.clone()), move |(doc, c)| {
        doc.map(|i| apply_corrections_to_mentions(&bundle.entities, &bundle.mentions[i], c))
            .unwrap_or_default()
    })
}

/// `{"merges": [[from, into]], "renames": {id: name}, "retypes": {id: "ORG"}, "hidden": [id]}`.
pub fn to_json(c: &Corrections) -> String {
    let root = Object::new();
    let merges: Array = c
        .merges
        .iter()
        .map(|(a, b)| Array::of2(&a.into(), &b.into()))
        .collect();
    let renames = Object::new();
    for (id, name) in &c.renames {
        let _ = Reflect::set(&renames, &id.into(), &name.into());
    }
    let retypes = Object::new();
    for (id, label) in &c.retypes {
        let _ = Reflect::set(&retypes, &id.into(), &label.as_str().into());
    }
    let hidden: Array = c.hidden.iter().map(JsValue::from).collect();
    for (key, value) in [
        ("merges", JsValue::from(merges)),
        ("renames", renames.into()),
        ("retypes", retypes.into()),
        ("hidden", hidden.into()),
    ] {
        let _ = Reflect::set(&root, &key.into(), &value);
    }
    JSON::stringify_with_replacer_and_space(&root, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "{}".into())
}

/// Reads corrections written by [`to_json`]; missing fields are empty, wrong ones an error.
pub fn from_json(text: &str) -> Result<Corrections, String> {
    let root = JSON::parse(text).map_err(|e| {
        let message = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()));
        format!(
            "not JSON ({})",
            message.unwrap_or_else(|| "syntax error".into())
        )
    })?;
    if !root.is_object() || Array::is_array(&root) {
        return Err("expected an object with merges, renames, retypes and hidden".into());
    }
    let field = |name: &str| {
        Reflect::get(&root, &name.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let string = |v: JsValue, what: &str| {
        v.as_string()
            .ok_or_else(|| format!("{what} must be a string"))
    };
    let mut c = Corrections::default();
    if let Some(merges) = field("merges") {
        for pair in array(merges, "merges")? {
            let pair = array(pair, "each merge")?;
            if pair.len() != 2 {
                return Err("each merge must be [from, into]".into());
            }
            c.merges.push((
                string(pair[0].clone(), "a merge's id")?,
                string(pair[1].clone(), "a merge's id")?,
            ));
        }
    }
    for (name, target) in [("renames", false), ("retypes", true)] {
        let Some(map) = field(name) else { continue };
        let map: Object = map
            .dyn_into()
            .map_err(|_| format!("{name} must be an object"))?;
        for entry in Object::entries(&map).iter() {
            let entry: Array = entry.unchecked_into();
            let id = string(entry.get(0), "an id")?;
            let value = string(entry.get(1), name)?;
            if target {
                let label = Label::parse(&value)
                    .ok_or_else(|| format!("'{value}' is not an entity type"))?;
                c.retypes.insert(id, label);
            } else {
                c.renames.insert(id, value);
            }
        }
    }
    if let Some(hidden) = field("hidden") {
        for id in array(hidden, "hidden")? {
            c.hidden.insert(string(id, "a hidden id")?);
        }
    }
    Ok(c)
}

fn array(v: JsValue, what: &str) -> Result<Vec<JsValue>, String> {
    if Array::is_array(&v) {
        Ok(Array::from(&v).iter().collect())
    } else {
        Err(format!("{what} must be a list"))
    }
}
