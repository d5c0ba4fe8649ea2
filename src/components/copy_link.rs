//! "Copy link": a deep link to the selected passage (see `parallax::anchor` for its format),
//! copied to the clipboard and put in the address bar.

use parallax::address::{Address, DocQuery};
use parallax::anchor;
use parallax::Span;
use yew::prelude::*;

use crate::hooks::clipboard;
use crate::hooks::selection::use_selection_span;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub doc: usize,
    /// What to link to when nothing is selected: the current search hit or entity mention.
    #[prop_or_default]
    pub fallback: Option<(Span, &'static str)>,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let bundle = crate::data::use_bundle();
    let doc = &bundle.corpus.documents[props.doc];
    let selected = use_selection_span("doc-text", doc.text.clone());
    let status = use_state(|| None::<String>);
    let (target, what) = match (selected, props.fallback) {
        (Some(span), _) => (Some(span), "selection"),
        (None, Some((span, what))) => (Some(span), what),
        (None, None) => (None, ""),
    };
    let selector = target.and_then(|span| anchor::create(&doc.text, span).ok());
    let address = selector.map(|s| Address::Doc {
        slug: doc.slug.clone(),
        query: DocQuery::passage(s),
    });
    let link = address.as_ref().map(Address::href);
    // Where the publisher's URL is known, the same passage on their page, as a Text Fragment.
    let publisher = doc
        .meta
        .url
        .as_deref()
        .and_then(parallax::render::safe_link)
        .zip(target.and_then(|span| anchor::text_fragment_for(&doc.text, span).ok()))
        .map(|(url, fragment)| format!("{}{fragment}", url.split('#').next().unwrap_or(&url)));
    {
        // A new selection gets a fresh label.
        let status = status.clone();
        use_effect_with(link.clone(), move |_| status.set(None));
    }

    let onclick = {
        let address = address.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let Some(address) = &address else { return };
            let url = format!("{}{}", clipboard::page_base(), address.href());
            let status = status.clone();
            // The address bar shows the link too, so it can be copied by hand if the
            // clipboard is refused.
            crate::hooks::route::push(address);
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
        (None, true) => format!("Copy link to this {what}"),
        (None, false) => "Select text to link to it".into(),
    };
    html! {
        <span class="copy-link-group">
            <button type="button" class="chip copy-link" data-testid="copy-link" disabled={link.is_none()} {onclick}>
                { label }
            </button>
            if let Some(href) = publisher {
                <a class="chip" href={href} rel="noopener noreferrer nofollow" target="_blank" data-testid="publisher-link">
                    { "On the publisher's page" }
                </a>
            }
        </span>
    }
}
