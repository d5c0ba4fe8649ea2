//! "Copy link": a deep link to the selected passage (see `parallax::anchor` for its format),
//! copied to the clipboard and put in the address bar.

use std::rc::Rc;

use parallax::anchor;
use parallax::bundle::Bundle;
use yew::prelude::*;

use crate::hooks::clipboard;
use crate::hooks::selection::use_selection_span;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub doc: usize,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let doc = &bundle.corpus.documents[props.doc];
    let selected = use_selection_span("doc-text", doc.text.clone());
    let status = use_state(|| None::<String>);
    let link = selected
        .and_then(|span| anchor::create(&doc.text, span).ok())
        .map(|s| anchor::fragment(&doc.slug, &s));
    {
        // A new selection gets a fresh label.
        let status = status.clone();
        use_effect_with(link.clone(), move |_| status.set(None));
    }

    let onclick = {
        let link = link.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let Some(fragment) = link.clone() else { return };
            let url = format!("{}{fragment}", clipboard::page_base());
            let status = status.clone();
            // The address bar shows the link too, so it can be copied by hand if the
            // clipboard is refused.
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(fragment.trim_start_matches('#'));
            }
            wasm_bindgen_futures::spawn_local(async move {
                let ok = clipboard::copy(&url).await;
                status.set(Some(if ok {
                    "Link copied".into()
                } else {
                    "Link in the address bar".into()
                }));
            });
        })
    };
    let label = match (&*status, link.is_some()) {
        (Some(s), _) => s.clone(),
        (None, true) => "Copy link to selection".into(),
        (None, false) => "Select text to link to it".into(),
    };
    html! {
        <button type="button" class="chip copy-link" data-testid="copy-link" disabled={link.is_none()} {onclick}>
            { label }
        </button>
    }
}
