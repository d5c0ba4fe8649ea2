//! The reader's render tree: an article as a list of [`Block`]s whose inline pieces are byte
//! ranges of the raw text, built from pulldown-cmark events (Markdown) or from blank-line
//! paragraphs (plain text). The app maps it to Yew nodes one-to-one; it never sees HTML.
//!
//! Why a tree of ranges rather than rendered HTML: every highlight (entity, search hit,
//! passage) is a byte range of the raw text, so the renderer must know, for every piece of
//! text it shows, where that text came from. Raw HTML in an article becomes a text inline, and
//! only `http`, `https` and `mailto` links survive as links.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use crate::corpus::{Document, Format};
use crate::span::{trim_span, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Paragraph,
    Heading(u8),
    /// A list item; `ordered` lists number their items.
    Item {
        ordered: bool,
    },
    Quote,
    Code,
    Rule,
}

/// One block of the article. `header` blocks stand between the title and the body (byline,
/// dateline); `boilerplate` blocks are folded away by default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
    pub inlines: Vec<Inline>,
    pub header: bool,
    pub boilerplate: bool,
}

/// A run of text with one style. When `replacement` is set, the text shown is not the raw
/// slice (a Markdown entity or escape: `&amp;` shows `&`), and highlights treat it as a unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inline {
    pub span: Span,
    pub style: Style,
    pub link: Option<String>,
    pub replacement: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Style {
    pub emphasis: bool,
    pub strong: bool,
    pub code: bool,
    pub strike: bool,
}

impl Inline {
    /// The text to show.
    pub fn text<'t>(&'t self, text: &'t str) -> &'t str {
        self.replacement
            .as_deref()
            .unwrap_or_else(|| self.span.slice(text))
    }
}

/// The blocks of `doc` after its title (the title is shown in the header).
pub fn blocks(doc: &Document) -> Vec<Block> {
    let start = doc.title_span.map_or(doc.body.start, |t| t.end);
    let region = Span::new(start.min(doc.text.len()), doc.text.len());
    let mut blocks = match doc.format {
        Format::Text => text_blocks(&doc.text, region, &doc.boilerplate),
        Format::Markdown => markdown_blocks(&doc.text, region),
    };
    for b in &mut blocks {
        b.header = b.span.end <= doc.body.start;
        b.boilerplate = doc.is_boilerplate(b.span);
    }
    blocks
}

/// Only these schemes become links; anything else (`javascript:`, `data:`, relative) is text.
pub fn safe_link(url: &str) -> Option<String> {
    let url = url.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let lower = url.to_ascii_lowercase();
    let ok = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s));
    (ok && !url.chars().any(|c| c.is_control() || c.is_whitespace())).then(|| url.to_string())
}

/// Plain text: a block is a run of non-blank lines, cut where boilerplate starts or stops.
fn text_blocks(text: &str, region: Span, boilerplate: &[Span]) -> Vec<Block> {
    let in_boilerplate = |at: usize| boilerplate.iter().any(|b| b.start <= at && at < b.end);
    let mut blocks = Vec::new();
    let mut current: Option<(Span, bool)> = None;
    let mut at = region.start;
    for raw in region.slice(text).split_inclusive('\n') {
        let line = trim_span(text, Span::new(at, at + raw.len()));
        at += raw.len();
        if line.is_empty() {
            if let Some((span, _)) = current.take() {
                blocks.push(paragraph(span));
            }
            continue;
        }
        let bp = in_boilerplate(line.start);
        match &mut current {
            Some((span, was_bp)) if *was_bp == bp => span.end = line.end,
            _ => {
                if let Some((span, _)) = current.take() {
                    blocks.push(paragraph(span));
                }
                current = Some((line, bp));
            }
        }
    }
    if let Some((span, _)) = current {
        blocks.push(paragraph(span));
    }
    blocks
}

fn paragraph(span: Span) -> Block {
    Block {
        kind: BlockKind::Paragraph,
        span,
        inlines: vec![Inline {
            span,
            style: Style::default(),
            link: None,
            replacement: None,
        }],
        header: false,
        boilerplate: false,
    }
}

/// Markdown: leaf blocks from pulldown-cmark's events, with offsets shifted to the whole text.
fn markdown_blocks(text: &str, region: Span) -> Vec<Block> {
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    let mut reader = MarkdownReader::new(text);
    for (event, range) in Parser::new_ext(region.slice(text), options).into_offset_iter() {
        let span = Span::new(region.start + range.start, region.start + range.end);
        match event {
            Event::Start(tag) => reader.start(tag, span),
            Event::End(tag) => reader.end(tag, span),
            Event::Text(t)
            | Event::Code(t)
            | Event::Html(t)
            | Event::InlineHtml(t)
            | Event::FootnoteReference(t) => reader.text(&t, span),
            Event::SoftBreak | Event::HardBreak => reader.mark(span, "\n"),
            Event::TaskListMarker(done) => reader.mark(span, if done { "☑ " } else { "☐ " }),
            Event::Rule => {
                reader.flush();
                reader.blocks.push(new_block(BlockKind::Rule, span));
            }
            _ => {}
        }
    }
    reader.flush();
    let mut blocks = reader.blocks;
    cut_overlapping_blocks(text, &mut blocks);
    blocks
}

fn new_block(kind: BlockKind, span: Span) -> Block {
    Block {
        kind,
        span,
        inlines: Vec::new(),
        header: false,
        boilerplate: false,
    }
}

/// The state of a walk over pulldown-cmark's events: the blocks so far, the open one, and the
/// inline style, links and containers the walk is inside.
struct MarkdownReader<'t> {
    text: &'t str,
    blocks: Vec<Block>,
    open: Option<Block>,
    style: Style,
    /// The safe destination of each link the walk is inside (`None`: shown as text).
    link: Vec<Option<String>>,
    /// Block quotes and lists the walk is inside: the kind their paragraphs take.
    container: Vec<BlockKind>,
    skip_image_depth: usize,
    /// Destinations not shown as links (unsafe schemes, images, which are never loaded): they
    /// are written out as text after the link or image, so nothing in the article is lost.
    shown_dest: Vec<Option<String>>,
}

impl<'t> MarkdownReader<'t> {
    fn new(text: &'t str) -> Self {
        MarkdownReader {
            text,
            blocks: Vec::new(),
            open: None,
            style: Style::default(),
            link: Vec::new(),
            container: Vec::new(),
            skip_image_depth: 0,
            shown_dest: Vec::new(),
        }
    }

    fn flush(&mut self) {
        flush(&mut self.blocks, &mut self.open);
    }

    fn open_block(&mut self, kind: BlockKind, span: Span) {
        self.flush();
        self.open = Some(new_block(kind, span));
    }

    fn start(&mut self, tag: Tag<'_>, span: Span) {
        match tag {
            Tag::Paragraph | Tag::TableCell => {
                let kind = self
                    .container
                    .last()
                    .copied()
                    .unwrap_or(BlockKind::Paragraph);
                self.open_block(kind, span);
            }
            Tag::Heading { level, .. } => {
                self.open_block(BlockKind::Heading(heading_level(level)), span)
            }
            Tag::CodeBlock(_) => self.open_block(BlockKind::Code, span),
            Tag::BlockQuote(_) => self.container.push(BlockKind::Quote),
            Tag::List(first) => self.container.push(BlockKind::Item {
                ordered: first.is_some(),
            }),
            Tag::Item => {
                // A tight list item has no paragraph: it is its own block.
                let kind = self
                    .container
                    .last()
                    .copied()
                    .unwrap_or(BlockKind::Item { ordered: false });
                self.open_block(kind, span);
            }
            Tag::Emphasis => self.style.emphasis = true,
            Tag::Strong => self.style.strong = true,
            Tag::Strikethrough => self.style.strike = true,
            Tag::Link { dest_url, .. } => {
                let safe = safe_link(&dest_url);
                self.shown_dest.push(
                    safe.is_none()
                        .then(|| dest_url.to_string())
                        .filter(|d| !d.trim().is_empty()),
                );
                self.link.push(safe);
            }
            Tag::Image { dest_url, .. } => {
                self.shown_dest
                    .push(Some(dest_url.to_string()).filter(|d| !d.trim().is_empty()));
                self.skip_image_depth += 1
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, span: Span) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::Item
            | TagEnd::TableCell => self.flush(),
            TagEnd::BlockQuote(_) | TagEnd::List(_) => {
                self.container.pop();
            }
            TagEnd::Emphasis => self.style.emphasis = false,
            TagEnd::Strong => self.style.strong = false,
            TagEnd::Strikethrough => self.style.strike = false,
            TagEnd::Link => {
                self.link.pop();
                push_dest(
                    &mut self.open,
                    self.shown_dest.pop().flatten(),
                    span,
                    self.style,
                );
            }
            TagEnd::Image => {
                self.skip_image_depth = self.skip_image_depth.saturating_sub(1);
                push_dest(
                    &mut self.open,
                    self.shown_dest.pop().flatten(),
                    span,
                    self.style,
                );
            }
            _ => {}
        }
    }

    /// Text (also inline code, HTML shown as text, footnote references) found at `span`.
    fn text(&mut self, shown: &str, span: Span) {
        let block = self
            .open
            .get_or_insert_with(|| new_block(BlockKind::Paragraph, span));
        let mut piece_style = self.style;
        piece_style.code = matches!(block.kind, BlockKind::Code);
        push_text(
            block,
            self.text,
            span,
            shown,
            piece_style,
            self.link.last().cloned().flatten(),
            self.skip_image_depth > 0,
        );
        // A block opened by its first text (an HTML block, one event per line) grows with the
        // text that follows, so it always covers its inlines.
        block.span.end = block.span.end.max(span.end);
    }

    /// An empty-ranged inline shown as `replacement` (a line break, a task box) in the open
    /// block, if any.
    fn mark(&mut self, span: Span, replacement: &str) {
        if let Some(block) = self.open.as_mut() {
            block.inlines.push(Inline {
                span: Span::new(span.start, span.start),
                style: self.style,
                link: None,
                replacement: Some(replacement.into()),
            });
        }
    }
}

/// A list item is flushed where its nested list starts, but its span still runs over that
/// list: cut it back to the end of the line its own text ends on, so blocks never overlap
/// (their spans key the reader's nodes and decide the header and boilerplate flags).
fn cut_overlapping_blocks(text: &str, blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let next_start = blocks[i].span.start;
        let block = &mut blocks[i - 1];
        if block.span.end > next_start {
            let start = block.span.start.min(next_start);
            let own_end = block.inlines.iter().map(|i| i.span.end).max();
            let own_end = own_end.unwrap_or(start).clamp(start, next_start);
            let line_end = Span::new(own_end, next_start)
                .slice(text)
                .find('\n')
                .map_or(next_start, |i| own_end + i);
            block.span = trim_span(text, Span::new(start, line_end));
        }
    }
}

/// Adds text `shown` found at `span`: the raw slice when it matches (so highlights map byte for
/// byte), the inner part of the slice when it contains it (inline code without its backticks),
/// else a replacement.
fn push_text(
    block: &mut Block,
    text: &str,
    span: Span,
    shown: &str,
    style: Style,
    link: Option<String>,
    in_image: bool,
) {
    let raw = span.slice(text);
    let (span, replacement) = if raw == shown {
        (span, None)
    } else if let Some(i) = raw.find(shown).filter(|_| !shown.is_empty()) {
        (
            Span::new(span.start + i, span.start + i + shown.len()),
            None,
        )
    } else {
        (span, Some(shown.to_string()))
    };
    let replacement = if in_image {
        Some(format!(
            "[image: {}]",
            replacement.as_deref().unwrap_or(span.slice(text))
        ))
    } else {
        replacement
    };
    block.inlines.push(Inline {
        span,
        style,
        link,
        replacement,
    });
}

/// Writes a destination that is not a live link out as text: ` (javascript:…)`.
fn push_dest(open: &mut Option<Block>, dest: Option<String>, span: Span, style: Style) {
    if let (Some(block), Some(dest)) = (open.as_mut(), dest) {
        block.inlines.push(Inline {
            span: Span::new(span.end, span.end),
            style: Style {
                code: true,
                ..style
            },
            link: None,
            replacement: Some(format!(" ({dest})")),
        });
    }
}

fn flush(blocks: &mut Vec<Block>, open: &mut Option<Block>) {
    if let Some(block) = open.take() {
        if !block.inlines.is_empty() || block.kind == BlockKind::Rule {
            blocks.push(block);
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;

    /// Renders `input` (Markdown) to a compact string: one line per block, `kind: text`, links as
    /// `[text](url)`, replacements as `{shown}`.
    #[track_caller]
    fn check(input: &str, expect: &str) {
        let doc = Document::parse(
            "t.md",
            format!("# Title\n\n{input}"),
            Format::Markdown,
            None,
        )
        .unwrap();
        let got: Vec<String> = blocks(&doc)
            .iter()
            .map(|b| {
                let body: String = b
                    .inlines
                    .iter()
                    .map(|i| {
                        let t = i.text(&doc.text);
                        let t = if i.replacement.is_some() {
                            format!("{{{t}}}")
                        } else {
                            t.to_string()
                        };
                        match &i.link {
                            Some(url) => format!("[{t}]({url})"),
                            None => t,
                        }
                    })
                    .collect();
                format!("{:?}: {body}", b.kind)
            })
            .collect();
        assert_eq!(got.join("\n"), expect);
    }

    #[test]
    fn markdown_blocks_and_inlines() {
        check("Hello *Zürich*.", "Paragraph: Hello Zürich.");
        check("## Sub\n\ntext", "Heading(2): Sub\nParagraph: text");
        check(
            "- a\n- b",
            "Item { ordered: false }: a\nItem { ordered: false }: b",
        );
        check("> quoted", "Quote: quoted");
        check(
            "[ok](https://example.com) and [bad](javascript:alert(1))",
            "Paragraph: [ok](https://example.com) and bad{ (javascript:alert(1))}",
        );
        check(
            "[mail](mailto:a@b.c) [data](data:text/html,x) [vb](VBScript:x)",
            "Paragraph: [mail](mailto:a@b.c) data{ (data:text/html,x)} vb{ (VBScript:x)}",
        );
        check("AT&amp;T", "Paragraph: AT&T");
        check("&#x1F600;", "Paragraph: {😀}");
        check("`code`", "Paragraph: code");
        check(
            "<script>alert(1)</script>",
            "Paragraph: <script>alert(1)</script>",
        );
        check(
            "a <b onclick=x>bold</b> c",
            "Paragraph: a <b onclick=x>bold</b> c",
        );
        check(
            "![alt text](http://x/y.png)",
            "Paragraph: {[image: alt text]}{ (http://x/y.png)}",
        );
        // Unsafe destinations are never links, and are written out: nothing is lost.
        check(
            "![x](javascript:alert(1))",
            "Paragraph: {[image: x]}{ (javascript:alert(1))}",
        );
        check("漢字 and emoji 👩‍👩‍👧", "Paragraph: 漢字 and emoji 👩‍👩‍👧");
    }

    #[test]
    fn every_inline_span_is_valid() {
        for input in [
            "*a*\u{200b}b",
            "x\r\ny",
            "&#x1F600; &nbsp;",
            "[x](<a b>)",
            "| a | b |\n|---|---|\n| c | d |",
        ] {
            let doc =
                Document::parse("t.md", format!("# T\n\n{input}"), Format::Markdown, None).unwrap();
            for b in blocks(&doc) {
                assert!(b.span.is_valid_in(&doc.text));
                for i in b.inlines {
                    assert!(i.span.is_valid_in(&doc.text), "{input:?}");
                }
            }
        }
    }

    /// An outer list item's block ran over its nested list, overlapping the nested items' blocks.
    #[test]
    fn nested_list_item_blocks_do_not_overlap() {
        for (input, first) in [
            ("- outer *Zürich*\n  1. inner", "- outer *Zürich*"),
            (
                "> - *a [c](mailto:x@y) e*\n>   1. \u{200b}\n",
                "- *a [c](mailto:x@y) e*",
            ),
            ("1. 北京\n   - 東京\n     - 大阪\n2. two", "1. 北京"),
        ] {
            let doc =
                Document::parse("t.md", format!("# T\n\n{input}"), Format::Markdown, None).unwrap();
            let blocks = blocks(&doc);
            assert_eq!(blocks[0].span.slice(&doc.text), first, "{input:?}");
            for pair in blocks.windows(2) {
                assert!(
                    pair[0].span.end <= pair[1].span.start,
                    "{input:?}: {pair:?}"
                );
                for inline in &pair[0].inlines {
                    assert!(pair[0].span.contains(inline.span), "{input:?}: {inline:?}");
                }
            }
        }
    }

    /// A multi-line HTML block's block covered only its first line, not the inlines after it.
    #[test]
    fn html_block_covers_all_its_lines() {
        let doc = Document::parse(
            "t.md",
            "# T\n\n<div>\n\u{a0}*北京*\n</div>\n".into(),
            Format::Markdown,
            None,
        )
        .unwrap();
        let blocks = blocks(&doc);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        assert_eq!(
            blocks[0].span.slice(&doc.text),
            "<div>\n\u{a0}*北京*\n</div>\n"
        );
        assert!(blocks[0]
            .inlines
            .iter()
            .all(|i| blocks[0].span.contains(i.span)));
    }

    #[test]
    fn plain_text_paragraphs_split_at_boilerplate() {
        let text = "A title for this\n\nFirst paragraph here.\n{mosads}\nSecond.".to_string();
        let doc = Document::parse("t.txt", text, Format::Text, None).unwrap();
        let got: Vec<(String, bool)> = blocks(&doc)
            .iter()
            .map(|b| (b.span.slice(&doc.text).to_string(), b.boilerplate))
            .collect();
        assert_eq!(
            got,
            vec![
                ("First paragraph here.".into(), false),
                ("{mosads}".into(), true),
                ("Second.".into(), false)
            ]
        );
    }
}
