//! The corpus: reading articles from a folder of `.txt`/`.md` files (with optional `.toml`
//! sidecars) or from a `.jsonl` file, and turning each into a [`Document`]: raw text, metadata,
//! the body's range and the boilerplate ranges inside it.
//!
//! Everything a user's file can get wrong is reported here as a [`CorpusError`] that names the
//! file (and line, where there is one) and the problem, so the build fails with a message a user
//! can act on instead of an empty page.

mod boilerplate;
mod credits;
mod dates;
mod front_matter;
mod jsonl;
mod lines;
mod metadata;
mod outlet;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::span::Span;

pub use front_matter::FrontMatter;

/// Largest article accepted: far above any news story, low enough that a stray data dump in
/// `seeds/` fails loudly instead of producing a 100 MB wasm bundle.
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

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
    /// Parses one article. `doc` names it in errors; `sidecar` fields win over everything else.
    pub fn parse(
        doc: &str,
        text: String,
        format: Format,
        sidecar: Option<&FrontMatter>,
    ) -> Result<Document, CorpusError> {
        let error = |problem: String, line: Option<usize>| CorpusError {
            path: PathBuf::from(doc),
            line,
            problem,
        };
        if text.trim().is_empty() {
            return Err(error("the file is empty".into(), None));
        }
        if text.len() > MAX_ARTICLE_BYTES {
            return Err(error(
                format!(
                    "the file is {} bytes, over the {} byte limit for one article",
                    text.len(),
                    MAX_ARTICLE_BYTES
                ),
                None,
            ));
        }
        if text.contains('\0') {
            return Err(error(
                "the file contains NUL bytes: it looks binary, not text".into(),
                None,
            ));
        }
        let (front, content_start) = match format {
            Format::Markdown => {
                front_matter::split(&text).map_err(|e| error(e.problem, Some(e.line)))?
            }
            Format::Text => (FrontMatter::default(), 0),
        };
        let extracted = metadata::extract(&text, content_start, format);
        let mut meta = extracted.meta;
        front.apply_to(&mut meta);
        if let Some(sidecar) = sidecar {
            sidecar.apply_to(&mut meta);
        }
        if meta.title.trim().is_empty() {
            meta.title = doc.to_string();
        }
        let body = Span::new(extracted.body_start, text.len());
        let after_title = extracted.title_span.map_or(content_start, |t| t.end);
        let mut boilerplate = boilerplate::find(
            &text,
            Span::new(after_title, text.len()),
            body.start,
            format,
        );
        merge_spans(&mut boilerplate, &extracted.credit_lines);
        let slug = front
            .slug
            .clone()
            .or_else(|| sidecar.and_then(|s| s.slug.clone()));
        let yearless_published = extracted
            .yearless_published
            .filter(|_| meta.published.is_none());
        let mut document = Document {
            doc: doc.to_string(),
            slug: slugify(slug.as_deref().unwrap_or_else(|| file_stem(doc))),
            text,
            format,
            meta,
            title_span: extracted.title_span,
            body,
            boilerplate,
            word_count: 0,
            yearless_published,
        };
        document.word_count = document.count_words();
        Ok(document)
    }

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
    fn count_words(&self) -> usize {
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

/// Adds `extra` to the sorted, disjoint `spans`, keeping them sorted and disjoint.
fn merge_spans(spans: &mut Vec<Span>, extra: &[Span]) {
    if extra.is_empty() {
        return;
    }
    spans.extend_from_slice(extra);
    crate::sort::sort_by_key(spans, |s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans.drain(..) {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    *spans = merged;
}

/// A set of articles with unique slugs, in a stable order (file name, or line order for `.jsonl`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub documents: Vec<Document>,
}

impl Corpus {
    /// Loads a folder of articles or a `.jsonl` file.
    pub fn load(path: &Path) -> Result<Corpus, CorpusError> {
        let corpus = if path.is_dir() {
            load_dir(path)?
        } else if path.extension().is_some_and(|e| e == "jsonl") {
            jsonl::load(path)?
        } else {
            Corpus {
                documents: vec![load_file(path)?],
            }
        };
        corpus.check_slugs()?;
        Ok(corpus)
    }

    /// A `.jsonl` corpus held in memory (where there is no file system: wasm); `name` names it
    /// in errors.
    pub fn from_jsonl_str(name: &str, text: &str) -> Result<Corpus, CorpusError> {
        let corpus = jsonl::parse(Path::new(name), text.lines().map(|l| Ok(l.to_string())))?;
        corpus.check_slugs()?;
        Ok(corpus)
    }

    pub fn get(&self, slug: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.slug == slug)
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

    /// Gives a year to publication dates written without one ("Nov. 14 (Agency) --") whose own
    /// text had no other date to settle it: the year that puts the day nearest the latest
    /// date the other articles were published on (they cover the same story). Marked guessed.
    pub fn date_from_other_articles(&mut self) {
        let known: Vec<String> = self
            .documents
            .iter()
            .filter(|d| !d.meta.is_guessed("published"))
            .filter_map(|d| d.meta.published.clone())
            .collect();
        for document in &mut self.documents {
            let Some((month, day)) = document.yearless_published else {
                continue;
            };
            if document.meta.published.is_some() {
                continue;
            }
            if let Some(date) = dates::with_nearest_year(month, day, &known) {
                document.meta.published = Some(date);
                document.meta.guessed.push("published".to_string());
                document.yearless_published = None;
            }
        }
    }

    fn check_slugs(&self) -> Result<(), CorpusError> {
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for d in &self.documents {
            if let Some(first) = seen.insert(&d.slug, &d.doc) {
                return Err(CorpusError {
                    path: PathBuf::from(&d.doc),
                    line: None,
                    problem: format!(
                        "its slug '{}' is already used by {first}: rename one of them",
                        d.slug
                    ),
                });
            }
        }
        Ok(())
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

/// Loads one `.txt` or `.md` article, with its sidecar `<stem>.toml` if there is one.
pub fn load_file(path: &Path) -> Result<Document, CorpusError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let error = |problem: String| CorpusError {
        path: path.to_path_buf(),
        line: None,
        problem,
    };
    let bytes = std::fs::read(path).map_err(|e| error(format!("can't be read: {e}")))?;
    let text = decode(bytes).map_err(|e| CorpusError {
        path: path.to_path_buf(),
        ..e
    })?;
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some("md" | "markdown") => Format::Markdown,
        _ => Format::Text,
    };
    let sidecar_path = path.with_extension("toml");
    let sidecar = if sidecar_path.is_file() {
        let src = std::fs::read_to_string(&sidecar_path).map_err(|e| CorpusError {
            path: sidecar_path.clone(),
            line: None,
            problem: format!("can't be read as UTF-8 text: {e}"),
        })?;
        Some(FrontMatter::from_toml(&src).map_err(|e| CorpusError {
            path: sidecar_path.clone(),
            line: Some(e.line),
            problem: e.problem,
        })?)
    } else {
        None
    };
    Document::parse(&name, text, format, sidecar.as_ref()).map_err(|e| CorpusError {
        path: path.to_path_buf(),
        ..e
    })
}

fn load_dir(dir: &Path) -> Result<Corpus, CorpusError> {
    let entries = std::fs::read_dir(dir).map_err(|e| CorpusError {
        path: dir.to_path_buf(),
        line: None,
        problem: format!("can't be read: {e}"),
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && is_article_path(p))
        .collect();
    crate::sort::sort(&mut paths);
    if paths.is_empty() {
        return Err(CorpusError {
            path: dir.to_path_buf(),
            line: None,
            problem:
                "holds no articles: add .txt or .md files (or point SEEDS_DIR at a .jsonl corpus)"
                    .into(),
        });
    }
    let documents = paths
        .iter()
        .map(|p| load_file(p))
        .collect::<Result<Vec<_>, _>>()?;
    let mut corpus = Corpus { documents };
    corpus.date_from_other_articles();
    Ok(corpus)
}

/// Whether a file in a corpus folder is an article (sidecars and anything else are not).
pub fn is_article_path(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "markdown")
    )
}

/// UTF-8 text with a leading BOM kept (offsets stay true to the bytes on disk).
fn decode(bytes: Vec<u8>) -> Result<String, CorpusError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        CorpusError {
            path: PathBuf::new(),
            line: Some(line),
            problem: format!("is not UTF-8 text (invalid byte at offset {at}): save it as UTF-8"),
        }
    })
}

fn file_stem(name: &str) -> &str {
    Path::new(name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(name)
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

/// A corpus problem a user can fix: which file, which line, what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub problem: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.problem),
            None => write!(f, "{}: {}", self.path.display(), self.problem),
        }
    }
}

impl std::error::Error for CorpusError {}

#[cfg(test)]
mod tests;
