//! The reader's render tree: an article as a list of [`Block`]s whose inline pieces are byte
//! ranges of the raw text, built from pulldown-cmark events (Markdown) or from blank-line
//! paragraphs (plain text). The app maps it to Yew nodes one-to-one; it never sees HTML.
//!
//! Why a tree of ranges rather than rendered HTML: every highlight (entity, search hit,
//! passage) is a byte range of the raw text, so the renderer must know, for every piece of
//! text it shows, where that text came from. Raw HTML in an article becomes a text inline, and
//! only `http`, `https` and `mailto` links survive as links.

use serde::{Deserialize, Serialize};

use crate::span::Span;

// Building the tree (pulldown-cmark) runs only at build time: behind the `build` feature, so the
// app's wasm carries the tree's types, not the Markdown parser.
#[cfg(feature = "build")]
mod build;
#[cfg(feature = "build")]
pub use build::blocks;

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

/// Only these schemes become links; anything else (`javascript:`, `data:`, relative) is text.
pub fn safe_link(url: &str) -> Option<String> {
    let url = url.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let lower = url.to_ascii_lowercase();
    let ok = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s));
    (ok && !url.chars().any(|c| c.is_control() || c.is_whitespace())).then(|| url.to_string())
}
