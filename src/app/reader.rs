//! The reader: one article, its metadata header, then its body with boilerplate folded away.

use std::rc::Rc;

use parallax::bundle::Bundle;
use yew::prelude::*;

use crate::app::not_found::NotFound;
use crate::components::doc_body::DocBody;
use crate::components::doc_meta::DocMeta;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub slug: String,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let Some(index) = bundle
        .corpus
        .documents
        .iter()
        .position(|d| d.slug == props.slug)
    else {
        return html! { <NotFound /> };
    };
    let doc = &bundle.corpus.documents[index];
    html! {
        <article class="page reader" lang="en">
            <header class="doc-header">
                if let Some(section) = &doc.meta.section {
                    <p class="section-label">{ section.clone() }</p>
                }
                <h1 data-testid="doc-title">{ doc.meta.title.clone() }</h1>
                <DocMeta doc={index} />
            </header>
            <DocBody doc={index} />
        </article>
    }
}
