//! The user's entity corrections as JSON text: export (copy it), import (paste it), and undo
//! them all.

use std::rc::Rc;

use parallax::entities::Corrections;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CorrectionsFileProps {
    pub corrections: Rc<Corrections>,
    pub on_change: Callback<Corrections>,
}

#[component]
pub fn CorrectionsFile(props: &CorrectionsFileProps) -> Html {
    let json = crate::hooks::corrections::to_json(&props.corrections);
    let error = use_state(|| None::<String>);
    let on_import = {
        let on_change = props.on_change.clone();
        let error = error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
                .and_then(|f| f.elements().named_item("json"))
                .and_then(|i| i.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|t| t.value())
                .unwrap_or_default();
            match crate::hooks::corrections::from_json(&value) {
                Ok(c) => {
                    error.set(None);
                    on_change.emit(c);
                }
                Err(e) => error.set(Some(format!("These corrections can't be read: {e}."))),
            }
        })
    };
    let reset = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(Corrections::default()))
    };
    html! {
        <details class="corrections-file">
            <summary>{ "Your corrections (export, import, undo)" }</summary>
            <form onsubmit={on_import}>
                <label for="corrections-json">{ "Corrections as JSON: copy to export, paste and import to restore" }</label>
                <textarea id="corrections-json" name="json" rows="8" value={json} />
                if let Some(e) = &*error { <p class="notice notice-error" role="alert">{ e.clone() }</p> }
                <button type="submit" class="chip">{ "Import" }</button>
                <button type="button" class="chip" onclick={reset}>{ "Undo all corrections" }</button>
            </form>
        </details>
    }
}
