//! The line under an article's title: outlet, date, authors, dateline, length.

use parallax::english::plural;
use parallax::present::format_date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocMetaProps {
    /// Index of the document in the bundle.
    pub doc: usize,
}

#[component]
pub fn DocMeta(props: &DocMetaProps) -> Html {
    let bundle = crate::data::use_bundle();
    let doc = &bundle.corpus.documents[props.doc];
    let m = &doc.meta;
    let field = |label: &'static str, value: Option<String>| match value {
        Some(v) if !v.is_empty() => {
            html! { <div class="meta-field"><dt>{ label }</dt><dd>{ v }</dd></div> }
        }
        _ => html! {},
    };
    html! {
        <dl class="doc-meta" data-testid="doc-meta">
            { field("Outlet", m.outlet.clone()) }
            { field("Published", m.published.as_deref().map(format_date)) }
            { field(if m.authors.len() > 1 { "Authors" } else { "Author" }, (!m.authors.is_empty()).then(|| m.authors.join(", "))) }
            { field("Dateline", m.dateline.clone()) }
            { field("Length", Some(plural(doc.word_count, "word"))) }
            if let Some(url) = m.url.as_deref().and_then(parallax::render::safe_link) {
                <div class="meta-field"><dt>{ "Original" }</dt><dd><a href={url} rel="noopener noreferrer nofollow" target="_blank">{ "publisher's page" }</a></dd></div>
            }
        </dl>
    }
}
