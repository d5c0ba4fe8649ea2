//! One article as every part of the engine sees it: its raw text, its [`Metadata`], and the
//! ranges of its title, body and boilerplate. Only the shape and its pure accessors live
//! here; reading and parsing articles is `corpus`'s (`Document::parse`, `Corpus::load`). The
//! split keeps the modules that take a document (entities, search, compare) from depending
//! on the corpus reader, which itself reads bylines through the entity finder.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What an article says about itself, after front matter, sidecar and extraction are merged.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: String,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    pub dateline: Option<String>,
    pub section: Option<String>,
    /// The publisher's URL for the article, where known (front matter or sidecar only).
    pub url: Option<String>,
    /// Fields whose value was inferred rather than read ("published" for a date written
    /// without a year), so the library can say so. A value set by the user is never guessed.
    #[serde(default)]
    pub guessed: Vec<String>,
}

impl Metadata {
    /// Whether `field` ("published", …) holds an inferred value.
    pub fn is_guessed(&self, field: &str) -> bool {
        self.guessed.iter().any(|g| g == field)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// Plain text: paragraphs separated by blank lines, nothing interpreted.
    Text,
    /// CommonMark (with optional front matter).
    Markdown,
}

/// One article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// File name (`000_x.txt`) or, for a `.jsonl` corpus, the record's `id`.
    pub doc: String,
    /// URL-safe, unique in the corpus.
    pub slug: String,
    /// The raw text exactly as on disk. Every span of this document points into it.
    pub text: String,
    pub format: Format,
    pub meta: Metadata,
    /// Where the title stands in `text`, when it is part of the text at all.
    pub title_span: Option<Span>,
    /// The article after its header (front matter, title, byline lines) up to the end of text.
    pub body: Span,
    /// Ranges after the title that are not the article: ads, image labels, chrome, subscription
    /// offers. Sorted, disjoint, each covering whole lines.
    pub boilerplate: Vec<Span>,
    /// Words of article text (body without boilerplate), counted once when parsed so that the
    /// browser needs no word-segmentation tables to show it.
    pub word_count: usize,
    /// A publication month and day the text gives without a year, when nothing in the text
    /// settled the year: the corpus may (`corpus::Corpus::date_from_other_articles`). Build-time
    /// only: never in the bundle.
    #[serde(skip)]
    pub yearless_published: Option<(u32, u32)>,
}

impl Document {
    /// The body's text ranges that are article, not boilerplate, in order.
    pub fn content_spans(&self) -> Vec<Span> {
        let mut spans = Vec::new();
        let mut at = self.body.start;
        for b in &self.boilerplate {
            if b.start > at {
                spans.push(Span::new(at, b.start));
            }
            at = at.max(b.end);
        }
        if at < self.body.end {
            spans.push(Span::new(at, self.body.end));
        }
        spans
    }

    /// Counts the words of article text (body without boilerplate).
    pub(crate) fn count_words(&self) -> usize {
        use unicode_segmentation::UnicodeSegmentation;
        self.content_spans()
            .iter()
            .map(|s| s.slice(&self.text).unicode_words().count())
            .sum()
    }

    /// Whether `span` lies at least half inside boilerplate.
    pub fn is_boilerplate(&self, span: Span) -> bool {
        let covered: usize = self
            .boilerplate
            .iter()
            .map(|b| b.end.min(span.end).saturating_sub(b.start.max(span.start)))
            .sum();
        !span.is_empty() && covered * 2 >= span.len()
    }
}

/// Lowercase ASCII letters and digits, other runs folded to one `-`. Non-ASCII letters are
/// kept as they are: they are valid in a URL fragment once percent-encoded by the browser.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("article");
    }
    slug
}
