//! An article's body: the engine's render tree mapped to elements, text cut into highlight
//! segments by `parallax::highlight`, consecutive boilerplate blocks folded together.
//!
//! Every piece of text is rendered in a `<span data-at=START>` holding its byte offset, so a
//! browser selection can be mapped back to a byte range of the raw text (see
//! `hooks::selection`).

use std::rc::Rc;

use parallax::bundle::Bundle;
use parallax::highlight;
use parallax::render::{Block, BlockKind, Inline};
use parallax::Span;
use yew::prelude::*;

use crate::components::fold::Fold;

/// One highlight to draw: a byte range, its CSS classes, and a label shown on hover and focus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mark {
    pub span: Span,
    pub class: &'static str,
    /// Extra class (entity type, focus state).
    pub variant: Option<String>,
    pub label: Option<String>,
    /// Element id, for marks the page scrolls to and focuses.
    pub id: Option<String>,
    /// A passage pair this mark belongs to (compare view): written on every piece as
    /// `data-pair`, so a click anywhere in the passage finds its pair, and the mark can be
    /// reached with Tab where it starts.
    pub pair: Option<usize>,
}

#[derive(Properties, PartialEq)]
pub struct DocBodyProps {
    /// Index of the document in the bundle.
    pub doc: usize,
    #[prop_or_default]
    pub marks: Rc<Vec<Mark>>,
}

#[component]
pub fn DocBody(props: &DocBodyProps) -> Html {
    let bundle = use_context::<Rc<Bundle>>().expect("the app provides the bundle");
    let text = &bundle.corpus.documents[props.doc].text;
    let blocks = &bundle.blocks[props.doc];
    let spans: Vec<Span> = props.marks.iter().map(|m| m.span).collect();
    let render = Render {
        text,
        marks: &props.marks,
        spans: &spans,
    };

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
                    { for run.iter().map(|b| render.block(b)) }
                </Fold>
            });
            i = run_end;
        } else {
            out.push(render.block(&blocks[i]));
            i += 1;
        }
    }
    html! { <div class="doc-body" data-testid="doc-body">{ for out }</div> }
}

struct Render<'a> {
    text: &'a str,
    marks: &'a [Mark],
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
            let mark = &self.marks[m];
            let starts_here = mark.span.clamp_to(self.text).start == s.span.start;
            node = wrap_in_mark(node, mark, starts_here);
        }
        node
    }
}

/// `node` inside `mark`'s element. Its label and id go only where the mark starts
/// (`starts_here`), so each mark is announced and targeted once; a passage pair's mark is a Tab
/// stop there.
pub fn wrap_in_mark(node: Html, mark: &Mark, starts_here: bool) -> Html {
    let class = classes!(mark.class, mark.variant.clone());
    let id = if starts_here { mark.id.clone() } else { None };
    let label = if starts_here {
        mark.label.clone()
    } else {
        None
    };
    let tabindex = match (mark.pair, starts_here) {
        (Some(_), true) => Some("0"),
        _ => id.as_ref().map(|_| "-1"),
    };
    let pair = mark.pair.map(|k| k.to_string());
    html! { <mark {class} {id} data-label={label} data-pair={pair} {tabindex}>{ node }</mark> }
}
