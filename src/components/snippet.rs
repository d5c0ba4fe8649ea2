//! A search snippet: a range of an article with the engine's hit ranges marked.

use parallax::highlight;
use parallax::search::Snippet as SnippetRanges;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SnippetProps {
    /// Index of the document in the bundle.
    pub doc: usize,
    pub snippet: SnippetRanges,
}

#[component]
pub fn Snippet(props: &SnippetProps) -> Html {
    let bundle = crate::data::use_bundle();
    let text = &bundle.corpus.documents[props.doc].text;
    let segments = highlight::segments(text, props.snippet.span, &props.snippet.highlights);
    html! {
        <p class="snippet" data-testid="snippet">
            { "… " }
            { for segments.iter().map(|s| {
                let piece = s.span.slice(text).to_string();
                if s.marks.is_empty() { html! { { piece } } } else { html! { <mark class="hit">{ piece }</mark> } }
            }) }
            { " …" }
        </p>
    }
}
