//! An article's body: the engine's render tree mapped to elements, text cut into highlight
//! segments by `parallax::highlight`, the runs of boilerplate the engine groups
//! (`parallax::present::fold_boilerplate`) behind folds.
//!
//! Every piece of text is rendered in a `<span data-at=START>` holding its byte offset, so a
//! browser selection can be mapped back to a byte range of the raw text (see
//! `hooks::selection`).

use std::rc::Rc;

use parallax::highlight;
use parallax::present::{fold_boilerplate, Mark, Piece};
use parallax::render::{Block, BlockKind, Inline};
use parallax::Span;
use yew::prelude::*;

use crate::components::fold::Fold;
use crate::components::mark::{style, wrap_in_mark, MarkStyle, Pane};

#[derive(Properties, PartialEq)]
pub struct DocBodyProps {
    /// Index of the document in the bundle.
    pub doc: usize,
    #[prop_or_default]
    pub marks: Rc<Vec<Mark>>,
    /// The compare pane the body is drawn in, if any (its marks' ids and labels name it).
    #[prop_or_default]
    pub pane: Pane,
}

#[component]
pub fn DocBody(props: &DocBodyProps) -> Html {
    let bundle = crate::data::use_bundle();
    let text = &bundle.corpus.documents[props.doc].text;
    let blocks = &bundle.blocks[props.doc];
    let spans: Vec<Span> = props.marks.iter().map(|m| m.span).collect();
    let styles: Vec<MarkStyle> = props.marks.iter().map(|m| style(m, &props.pane)).collect();
    let render = Render {
        text,
        marks: &props.marks,
        styles: &styles,
        spans: &spans,
    };
    let pieces = fold_boilerplate(text, blocks);
    html! {
        <div class="doc-body" data-testid="doc-body">
            { for pieces.into_iter().map(|piece| match piece {
                Piece::Block(i) => render.block(&blocks[i]),
                Piece::Fold { blocks: run, lines } => {
                    let key = format!("fold-{}", blocks[run.start].span.start);
                    html! {
                        <Fold {key} {lines}>
                            { for blocks[run].iter().map(|b| render.block(b)) }
                        </Fold>
                    }
                }
            }) }
        </div>
    }
}

struct Render<'a> {
    text: &'a str,
    marks: &'a [Mark],
    styles: &'a [MarkStyle],
    spans: &'a [Span],
}

impl Render<'_> {
    fn block(&self, b: &Block) -> Html {
        let key = b.span.start.to_string();
        let inner = html! { <>{ for b.inlines.iter().map(|i| self.inline(i)) }</> };
        let class = classes!(b.header.then_some("header-line"));
        match b.kind {
            // dir="auto": a Hebrew or Arabic paragraph reads right to left, whatever the page's.
            BlockKind::Paragraph => html! { <p {key} {class} dir="auto">{ inner }</p> },
            BlockKind::Heading(level) => {
                // The article's own headings sit below the page's h1.
                let tag = format!("h{}", (level + 1).min(6));
                html! { <@{tag} {key} dir="auto">{ inner }</@> }
            }
            BlockKind::Item { .. } => html! { <p {key} class="list-item" dir="auto">{ inner }</p> },
            BlockKind::Quote => html! { <blockquote {key} dir="auto">{ inner }</blockquote> },
            BlockKind::Code => html! { <pre {key}><code>{ inner }</code></pre> },
            BlockKind::Rule => html! { <hr {key} /> },
        }
    }

    fn inline(&self, i: &Inline) -> Html {
        let mut node = match &i.replacement {
            Some(shown) => {
                html! { <span data-at={i.span.start.to_string()}>{ shown.clone() }</span> }
            }
            None => {
                let segments = highlight::segments(self.text, i.span, self.spans);
                html! { { for segments.iter().map(|s| self.segment(s)) } }
            }
        };
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

    /// A piece of text wrapped in every mark that covers it, outermost first. A mark's label
    /// and id go on the piece where the mark starts, so each mark is announced and targeted once.
    fn segment(&self, s: &highlight::Segment) -> Html {
        let mut node = html! { <span data-at={s.span.start.to_string()}>{ s.span.slice(self.text).to_string() }</span> };
        for &m in s.marks.iter().rev() {
            let starts_here = self.marks[m].span.clamp_to(self.text).start == s.span.start;
            node = wrap_in_mark(node, &self.styles[m], starts_here);
        }
        node
    }
}
