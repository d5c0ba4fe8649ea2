//! The documents every part of the engine works on: an article's raw text, its metadata, the
//! ranges of its title, body and boilerplate, and the corpus they form. Plain data with the
//! few questions every reader asks of it; reading them from files is `corpus` (build time).
//!
//! Why a module of its own: the name finder and the search index read documents, and
//! `corpus` reads bylines with the name finder. With the types here, below all three, no
//! module imports one that imports it back.

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
    /// settled the year: the corpus may ([`Corpus::date_from_other_articles`]). Build-time
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

/// A set of articles with unique slugs, in a stable order (file name, or line order for `.jsonl`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub documents: Vec<Document>,
}

impl Corpus {
    pub fn get(&self, slug: &str) -> Option<&Document> {
        self.index_of(slug).map(|i| &self.documents[i])
    }

    /// The index of the document with this slug: how pages name a document (the bundle's
    /// per-document tables are indexed alike).
    pub fn index_of(&self, slug: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.slug == slug)
    }

    /// Document indices in the library's order: by date (undated last), by outlet (unknown
    /// last) or by title, ties broken by title then file name so the order is stable.
    pub fn order_by(&self, key: SortKey, descending: bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.documents.len()).collect();
        let title = |i: usize| self.documents[i].meta.title.to_lowercase();
        crate::sort::sort_by(&mut order, |&a, &b| {
            let (da, db) = (&self.documents[a].meta, &self.documents[b].meta);
            let primary = match key {
                SortKey::Date => cmp_known(&da.published, &db.published, descending),
                SortKey::Outlet => cmp_known(
                    &da.outlet.as_deref().map(str::to_lowercase),
                    &db.outlet.as_deref().map(str::to_lowercase),
                    descending,
                ),
                SortKey::Title => {
                    let o = title(a).cmp(&title(b));
                    if descending {
                        o.reverse()
                    } else {
                        o
                    }
                }
            };
            primary
                .then_with(|| title(a).cmp(&title(b)))
                .then_with(|| a.cmp(&b))
        });
        order
    }
}

/// How the library can be sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Date,
    Outlet,
    Title,
}

/// Compares two optional values with missing ones last whatever the direction.
fn cmp_known<T: Ord>(a: &Option<T>, b: &Option<T>, descending: bool) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a, b) {
        (Some(a), Some(b)) => {
            let o = a.cmp(b);
            if descending {
                o.reverse()
            } else {
                o
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
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
