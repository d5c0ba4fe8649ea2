//! Every view's address (`#/<path>?<query>`), typed: one [`Address`] variant per view and one
//! query struct per view, written and read with the anchor module's one percent-codec.
//!
//! **Deep-link URLs never change shape**: keys are only ever added, never renamed, and reading
//! ignores keys it doesn't know, so links people shared keep opening. Every value is
//! percent-encoded (space as `+`), values that are lists are comma-separated, and the query's
//! last char is never punctuation (a linkifier would drop it). A value that doesn't decode is
//! read as absent: a damaged address still opens its view. The passage keys of the reader
//! (`p`, `q`, `qe`, `n`, `h`, `pre`, `suf`, `v`) belong to [`Selector`] and keep its errors, so the
//! reader can say why a passage link can't be read.
//!
//! Cursors are 0-based, as `pair=K` always was: `#/doc/x?e=ID&m=2` is the focused entity's third
//! mention.

use crate::anchor::{decode, encode_into, protect_last_char, Selector};
use crate::document::SortKey;
use crate::entities::Label;

/// A view and its state: what the address bar says, typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// `#/`
    Library(LibraryQuery),
    /// `#/doc/<slug>`
    Doc { slug: String, query: DocQuery },
    /// `#/search`
    Search(SearchQuery),
    /// `#/entities`
    Entities(EntitiesQuery),
    /// `#/entity/<id>`
    Entity { id: String },
    /// `#/compare/<a>/<b>`
    Compare {
        a: String,
        b: String,
        query: CompareQuery,
    },
    /// `#/compare`
    Grid(GridQuery),
    /// Any other path (written as `#/404`).
    NotFound,
}

/// The library's state: its order, and the articles ticked for comparison, in the order they
/// were ticked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryQuery {
    /// `sort=date|outlet|title`, newest first by default.
    pub sort: SortKey,
    /// `order=asc|desc`; left out when it is the key's own default (dates newest first, outlets
    /// and titles A to Z).
    pub descending: bool,
    /// `pick=<slug>,<slug>`
    pub picked: Vec<String>,
}

impl Default for LibraryQuery {
    fn default() -> LibraryQuery {
        LibraryQuery {
            sort: SortKey::Date,
            descending: true,
            picked: Vec::new(),
        }
    }
}

impl LibraryQuery {
    /// Whether `key` reads descending unless asked otherwise: dates do, names don't.
    pub fn descending_by_default(key: SortKey) -> bool {
        key == SortKey::Date
    }

    fn write(&self, q: &mut Query) {
        let key = match self.sort {
            SortKey::Date => None,
            SortKey::Outlet => Some("outlet"),
            SortKey::Title => Some("title"),
        };
        q.opt("sort", key);
        let order = (self.descending != Self::descending_by_default(self.sort))
            .then_some(if self.descending { "desc" } else { "asc" });
        q.opt("order", order);
        q.list("pick", &self.picked);
    }

    fn read(fields: &Fields) -> LibraryQuery {
        let sort = match fields.get("sort") {
            Some("outlet") => SortKey::Outlet,
            Some("title") => SortKey::Title,
            _ => SortKey::Date,
        };
        let descending = match fields.get("order") {
            Some("asc") => false,
            Some("desc") => true,
            _ => Self::descending_by_default(sort),
        };
        LibraryQuery {
            sort,
            descending,
            picked: fields.list("pick").unwrap_or_default(),
        }
    }
}

/// The reader's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocQuery {
    /// `e=<entity id>`: the focused entity.
    pub entity: Option<String>,
    /// `m=<k>`: which of its mentions is current.
    pub mention: usize,
    /// `s=<query>`: the search whose hits are marked.
    pub search: Option<String>,
    /// `hit=<k>`: which hit is current.
    pub hit: usize,
    /// `p=..&q=..`: the linked passage, or why its keys can't be read. Present when `q` is.
    pub passage: Option<Result<Selector, String>>,
}

/// The search page's query and filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// `q=`, always first so the address reads as the search.
    pub q: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    /// ISO dates, `from=` and `to=`.
    pub from: Option<String>,
    pub to: Option<String>,
    /// `entity=<id>`: only the articles that mention it.
    pub entity: Option<String>,
}

/// The entities page's filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntitiesQuery {
    /// `type=PERSON`: only entities of this type.
    pub label: Option<Label>,
}

/// The two-pane comparison's selection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareQuery {
    /// `pair=K`: the selected passage pair.
    pub pair: Option<usize>,
}

/// The grid's articles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GridQuery {
    /// `docs=<slug>,<slug>`; every article when absent.
    pub docs: Option<Vec<String>>,
}

impl Address {
    /// The library with nothing ticked.
    pub fn library() -> Address {
        Address::Library(LibraryQuery::default())
    }

    /// An article with no state.
    pub fn doc(slug: &str) -> Address {
        Address::Doc {
            slug: slug.to_string(),
            query: DocQuery::default(),
        }
    }

    /// Two articles side by side, nothing selected.
    pub fn compare(a: &str, b: &str) -> Address {
        Address::Compare {
            a: a.to_string(),
            b: b.to_string(),
            query: CompareQuery::default(),
        }
    }

    /// The path, each segment encoded: `/doc/my-slug`.
    pub fn path(&self) -> String {
        let mut out = String::new();
        let mut segment = |s: &str| {
            out.push('/');
            encode_into(s, &mut out);
        };
        match self {
            Address::Library(_) => return "/".into(),
            Address::Doc { slug, .. } => {
                segment("doc");
                segment(slug);
            }
            Address::Search(_) => segment("search"),
            Address::Entities(_) => segment("entities"),
            Address::Entity { id } => {
                segment("entity");
                segment(id);
            }
            Address::Compare { a, b, .. } => {
                segment("compare");
                segment(a);
                segment(b);
            }
            Address::Grid(_) => segment("compare"),
            Address::NotFound => segment("404"),
        }
        out
    }

    /// The query string, without its `?` (empty when the view is in its first state).
    pub fn query(&self) -> String {
        let mut q = Query::default();
        match self {
            Address::Library(l) => l.write(&mut q),
            Address::Doc { query, .. } => query.write(&mut q),
            Address::Search(s) => s.write(&mut q),
            Address::Entities(e) => q.opt("type", e.label.map(Label::as_str)),
            Address::Compare { query, .. } => q.opt("pair", query.pair.map(|k| k.to_string())),
            Address::Grid(g) => {
                if let Some(docs) = &g.docs {
                    q.list("docs", docs)
                }
            }
            Address::Entity { .. } | Address::NotFound => {}
        }
        q.finish()
    }

    /// What goes after the page's URL: `#/path?query`.
    pub fn href(&self) -> String {
        let query = self.query();
        if query.is_empty() {
            format!("#{}", self.path())
        } else {
            format!("#{}?{query}", self.path())
        }
    }

    /// Reads a path (as in the address bar, still encoded) and its query (without `?`).
    /// A trailing `/` is ignored; a path no view has is [`Address::NotFound`].
    pub fn parse(path: &str, query: &str) -> Address {
        let query = query.strip_prefix('?').unwrap_or(query);
        let trimmed = path.strip_suffix('/').unwrap_or(path);
        let segments: Option<Vec<String>> = trimmed
            .split('/')
            .skip(1)
            .map(|s| decode("path", s).ok().filter(|s| !s.is_empty()))
            .collect();
        let fields = Fields::read(query);
        let Some(segments) = segments else {
            return Address::NotFound;
        };
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segments.as_slice() {
            [] => Address::Library(LibraryQuery::read(&fields)),
            ["doc", slug] => Address::Doc {
                slug: slug.to_string(),
                query: DocQuery::read(&fields, query),
            },
            ["search"] => Address::Search(SearchQuery::read(&fields)),
            ["entities"] => Address::Entities(EntitiesQuery {
                label: fields.get("type").and_then(Label::parse),
            }),
            ["entity", id] => Address::Entity { id: id.to_string() },
            ["compare", a, b] => Address::Compare {
                a: a.to_string(),
                b: b.to_string(),
                query: CompareQuery {
                    pair: fields.number("pair"),
                },
            },
            ["compare"] => Address::Grid(GridQuery {
                docs: fields.list("docs"),
            }),
            _ => Address::NotFound,
        }
    }

    /// Reads an `href`, a fragment (`#/…`) or a whole URL.
    pub fn from_href(href: &str) -> Address {
        let after_hash = href.split_once('#').map_or(href, |(_, f)| f);
        let (path, query) = after_hash.split_once('?').unwrap_or((after_hash, ""));
        Address::parse(path, query)
    }
}

impl DocQuery {
    /// The reader at a linked passage.
    pub fn passage(selector: Selector) -> DocQuery {
        DocQuery {
            passage: Some(Ok(selector)),
            ..DocQuery::default()
        }
    }

    fn write(&self, q: &mut Query) {
        // The passage's keys first: a passage link reads `#/doc/<slug>?p=..&q=..`, as always.
        if let Some(Ok(selector)) = &self.passage {
            q.raw(&selector.to_query());
        }
        q.opt("e", self.entity.as_deref());
        q.opt("m", (self.mention > 0).then(|| self.mention.to_string()));
        q.opt("s", self.search.as_deref());
        q.opt("hit", (self.hit > 0).then(|| self.hit.to_string()));
    }

    fn read(fields: &Fields, query: &str) -> DocQuery {
        // Present even when `q` doesn't decode, so the reader can say the link is damaged.
        let passage = fields
            .find("q")
            .filter(|q| !q.written.is_empty())
            .map(|_| Selector::from_query(query).map_err(|e| e.to_string()));
        DocQuery {
            entity: fields.get("e").map(str::to_string),
            mention: fields.number("m").unwrap_or(0),
            search: fields.get("s").map(str::to_string),
            hit: fields.number("hit").unwrap_or(0),
            passage,
        }
    }
}

impl SearchQuery {
    /// A search for `q` with no filters.
    pub fn new(q: &str) -> SearchQuery {
        SearchQuery {
            q: q.to_string(),
            ..SearchQuery::default()
        }
    }

    fn write(&self, q: &mut Query) {
        q.opt("q", Some(self.q.as_str()));
        q.opt("outlet", self.outlet.as_deref());
        q.opt("author", self.author.as_deref());
        q.opt("from", self.from.as_deref());
        q.opt("to", self.to.as_deref());
        q.opt("entity", self.entity.as_deref());
    }

    fn read(fields: &Fields) -> SearchQuery {
        let get = |key| fields.get(key).map(str::to_string);
        SearchQuery {
            q: get("q").unwrap_or_default(),
            outlet: get("outlet"),
            author: get("author"),
            from: get("from"),
            to: get("to"),
            entity: get("entity"),
        }
    }
}

/// A query string being written: `key=value` pairs, empty values left out.
#[derive(Default)]
struct Query(String);

impl Query {
    fn opt(&mut self, key: &str, value: Option<impl AsRef<str>>) {
        let Some(value) = value else { return };
        let value = value.as_ref();
        if value.is_empty() {
            return;
        }
        self.key(key);
        encode_into(value, &mut self.0);
    }

    /// Comma-separated, each item encoded (so a comma inside one is `%2C`).
    fn list(&mut self, key: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.key(key);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            encode_into(item, &mut self.0);
        }
    }

    /// Pairs already encoded.
    fn raw(&mut self, pairs: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(pairs);
    }

    fn key(&mut self, key: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(key);
        self.0.push('=');
    }

    fn finish(mut self) -> String {
        protect_last_char(&mut self.0);
        self.0
    }
}

/// A query string being read: the first value of each key, decoded; broken values dropped.
struct Fields(Vec<(String, Raw)>);

/// A value as written (for lists, whose commas split before decoding) and decoded.
struct Raw {
    written: String,
    decoded: Option<String>,
}

impl Fields {
    fn read(query: &str) -> Fields {
        let mut fields: Vec<(String, Raw)> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if fields.iter().any(|(k, _)| k == key) {
                continue;
            }
            let raw = Raw {
                written: value.to_string(),
                decoded: decode(key, value).ok(),
            };
            fields.push((key.to_string(), raw));
        }
        Fields(fields)
    }

    /// The decoded, non-blank value of `key`.
    fn get(&self, key: &str) -> Option<&str> {
        self.find(key)?
            .decoded
            .as_deref()
            .filter(|v| !v.trim().is_empty())
    }

    fn number(&self, key: &str) -> Option<usize> {
        self.get(key)?.trim().parse().ok()
    }

    /// A comma-separated list. Links written before this module encoded the commas too
    /// (`docs=a%2Cb`), so the value splits after decoding when it has no literal comma.
    fn list(&self, key: &str) -> Option<Vec<String>> {
        let raw = self.find(key)?;
        let items: Vec<String> = if raw.written.contains(',') {
            raw.written
                .split(',')
                .filter_map(|item| decode(key, item).ok())
                .collect()
        } else {
            raw.decoded
                .as_deref()?
                .split(',')
                .map(str::to_string)
                .collect()
        };
        let items: Vec<String> = items
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        (!items.is_empty()).then_some(items)
    }

    fn find(&self, key: &str) -> Option<&Raw> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests;
