//! An article's body: the engine's render tree mapped to elements, text cut into highlight
//! segments, consecutive boilerplate blocks folded together.

use std::rc::Rc;

use parallax::bundle::Bundle;
use parallax::highlight;
use parallax::render::{Block, BlockKind, Inline};
use parallax::Span;
use yew::prelude::*;

use crate::components::fold::Fold;

#[derive(Properties, PartialEq)]
pub struct DocBodyProps {
    /// Index of the document in the bundle.
    pub doc: usize,
}

#[component]
pub fn DocBody(props: &DocBodyProps) -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let text = &bundle.corpus.documents[props.doc].text;
    let blocks = &bundle.blocks[props.doc];

    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].boilerplate {
            let run_end = (i..blocks.len())
                .find(|&j| !blocks[j].boilerplate)
                .unwrap_or(blocks.len());
            let run = &blocks[i..run_end];
            let lines: usize = run
                .iter()
                .map(|b| {
                    b.span
                        .slice(text)
                        .lines()
                        .filter(|l| !l.trim().is_empty())
                        .count()
                })
                .sum();
            out.push(html! {
                <Fold key={format!("fold-{}", run[0].span.start)} {lines}>
                    { for run.iter().map(|b| block(text, b)) }
                </Fold>
            });
            i = run_end;
        } else {
            out.push(block(text, &blocks[i]));
            i += 1;
        }
    }
    html! { <div class="doc-body" data-testid="doc-body">{ for out }</div> }
}

fn block(text: &str, b: &Block) -> Html {
    let key = b.span.start.to_string();
    let inner = html! { <>{ for b.inlines.iter().map(|i| inline(text, i)) }</> };
    let class = classes!(b.header.then_some("header-line"));
    match b.kind {
        BlockKind::Paragraph => html! { <p {key} {class}>{ inner }</p> },
        BlockKind::Heading(level) => {
            // The article's own headings sit below the page's h1.
            let tag = format!("h{}", (level + 1).min(6));
            html! { <@{tag} {key}>{ inner }</@> }
        }
        BlockKind::Item { .. } => html! { <p {key} class="list-item">{ inner }</p> },
        BlockKind::Quote => html! { <blockquote {key}>{ inner }</blockquote> },
        BlockKind::Code => html! { <pre {key}><code>{ inner }</code></pre> },
        BlockKind::Rule => html! { <hr {key} /> },
    }
}

fn inline(text: &str, i: &Inline) -> Html {
    let content = match &i.replacement {
        Some(shown) => html! { { shown.clone() } },
        None => {
            let segments = highlight::segments(text, i.span, &[] as &[Span]);
            html! { { for segments.iter().map(|s| html! { { s.span.slice(text).to_string() } }) } }
        }
    };
    let mut node = content;
    if i.style.code {
        node = html! { <code>{ node }</code> };
    }
    if i.style.emphasis {
        node = html! { <em>{ node }</em> };
    }
    if i.style.strong {
        node = html! { <strong>{ node }</strong> };
    }
    if i.style.strike {
        node = html! { <del>{ node }</del> };
    }
    match &i.link {
        Some(href) => {
            html! { <a href={href.clone()} rel="noopener noreferrer nofollow" target="_blank">{ node }</a> }
        }
        None => node,
    }
}
