//! Front matter (`+++` TOML or `---` YAML at the top of a Markdown file) and `.toml` sidecars:
//! both give the same fields, and both win over what extraction finds in the text.

use serde::Deserialize;

use super::Metadata;

/// The metadata fields a user may state. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub authors: Option<Vec<String>>,
    /// `YYYY-MM-DD` (a longer RFC 3339 timestamp is cut to its date).
    pub published: Option<String>,
    pub url: Option<String>,
    pub section: Option<String>,
    pub dateline: Option<String>,
    pub slug: Option<String>,
}

/// Where and why front matter failed to parse. `line` is 1-based in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatterError {
    pub line: usize,
    pub problem: String,
}

impl FrontMatter {
    pub fn from_toml(src: &str) -> Result<FrontMatter, FrontMatterError> {
        let mut fm: FrontMatter = toml::from_str(src).map_err(|e| FrontMatterError {
            line: e.span().map(|s| line_of(src, s.start)).unwrap_or(1),
            problem: format!("TOML doesn't parse: {}", e.message()),
        })?;
        fm.normalise()?;
        Ok(fm)
    }

    pub fn from_yaml(src: &str) -> Result<FrontMatter, FrontMatterError> {
        use yaml_rust2::{Yaml, YamlLoader};
        // yaml-rust2's lines are already 1-based; an error at the end of input is put on the
        // line after the last newline at most, never past the file.
        let docs = YamlLoader::load_from_str(src).map_err(|e| FrontMatterError {
            line: e.marker().line().clamp(1, line_of(src, src.len())),
            problem: format!("YAML doesn't parse: {}", e.info()),
        })?;
        let mut fm = FrontMatter::default();
        let Some(doc) = docs.into_iter().next() else {
            return Ok(fm);
        };
        let Yaml::Hash(map) = doc else {
            if doc.is_null() {
                return Ok(fm);
            }
            return Err(FrontMatterError {
                line: 1,
                problem: "YAML front matter must be a map of fields".into(),
            });
        };
        for (key, value) in map {
            let Some(key) = key.as_str() else { continue };
            let scalar = || -> Result<String, FrontMatterError> {
                match &value {
                    Yaml::String(s) | Yaml::Real(s) => Ok(s.clone()),
                    Yaml::Integer(i) => Ok(i.to_string()),
                    Yaml::Boolean(b) => Ok(b.to_string()),
                    _ => Err(FrontMatterError {
                        line: 1,
                        problem: format!("field '{key}' must be a single value"),
                    }),
                }
            };
            match key {
                "title" => fm.title = Some(scalar()?),
                "outlet" => fm.outlet = Some(scalar()?),
                "published" | "date" => fm.published = Some(scalar()?),
                "url" => fm.url = Some(scalar()?),
                "section" => fm.section = Some(scalar()?),
                "dateline" => fm.dateline = Some(scalar()?),
                "slug" => fm.slug = Some(scalar()?),
                "authors" | "author" => {
                    fm.authors = Some(match &value {
                        Yaml::Array(items) => items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect(),
                        _ => vec![scalar()?],
                    })
                }
                other => {
                    return Err(FrontMatterError {
                        line: 1,
                        problem: format!(
                            "unknown field '{other}' (known: title, outlet, authors, published, url, section, dateline, slug)"
                        ),
                    })
                }
            }
        }
        fm.normalise()?;
        Ok(fm)
    }

    /// Copies every field that is set over `meta`.
    pub fn apply_to(&self, meta: &mut Metadata) {
        let set = |target: &mut Option<String>, value: &Option<String>| {
            if let Some(v) = value {
                *target = Some(v.clone());
            }
        };
        if let Some(title) = &self.title {
            meta.title = title.clone();
        }
        set(&mut meta.outlet, &self.outlet);
        if self.published.is_some() {
            meta.guessed.retain(|g| g != "published");
        }
        set(&mut meta.published, &self.published);
        set(&mut meta.url, &self.url);
        set(&mut meta.section, &self.section);
        set(&mut meta.dateline, &self.dateline);
        if let Some(authors) = &self.authors {
            meta.authors = authors.clone();
        }
    }

    fn normalise(&mut self) -> Result<(), FrontMatterError> {
        if let Some(date) = &self.published {
            let date = date.trim();
            let day = date.get(..10).unwrap_or(date);
            if !is_iso_date(day) {
                return Err(FrontMatterError {
                    line: 1,
                    problem: format!("published '{date}' is not a date: write it as YYYY-MM-DD"),
                });
            }
            self.published = Some(day.to_string());
        }
        Ok(())
    }
}

/// Splits front matter off a Markdown file: returns it and the byte offset where content starts.
pub fn split(text: &str) -> Result<(FrontMatter, usize), FrontMatterError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    for (fence, toml) in [("+++", true), ("---", false)] {
        let Some(after) = rest.strip_prefix(fence) else {
            continue;
        };
        let Some(after) = after
            .strip_prefix("\r\n")
            .or_else(|| after.strip_prefix('\n'))
        else {
            continue;
        };
        let head = bom + fence.len() + (rest.len() - fence.len() - after.len());
        // The closing fence is a line holding only the fence.
        let mut at = 0;
        for line in after.split_inclusive('\n') {
            if line.trim_end() == fence {
                let src = &after[..at];
                let parsed = if toml {
                    FrontMatter::from_toml(src)
                } else {
                    FrontMatter::from_yaml(src)
                };
                let fm = parsed.map_err(|e| FrontMatterError {
                    line: e.line + 1,
                    ..e
                })?;
                return Ok((fm, head + at + line.len()));
            }
            at += line.len();
        }
        return Err(FrontMatterError {
            line: 1,
            problem: format!(
                "front matter opened with '{fence}' is never closed by a '{fence}' line"
            ),
        });
    }
    Ok((FrontMatter::default(), 0))
}

pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expect: Result<(&str, &str), &str>) {
        match (split(text), expect) {
            (Ok((fm, at)), Ok((title, content))) => {
                assert_eq!(fm.title.as_deref().unwrap_or(""), title);
                assert_eq!(&text[at..], content);
            }
            (Err(e), Err(problem)) => assert!(e.to_string().contains(problem), "{e}"),
            (got, want) => panic!("got {got:?}, want {want:?}"),
        }
    }

    impl std::fmt::Display for FrontMatterError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "line {}: {}", self.line, self.problem)
        }
    }

    #[test]
    fn front_matter_cases() {
        check("+++\ntitle = \"Zürich\"\n+++\nBody", Ok(("Zürich", "Body")));
        check(
            "---\ntitle: Zürich\nauthors: [A, B]\n---\nBody",
            Ok(("Zürich", "Body")),
        );
        check("---\r\ntitle: CRLF\r\n---\r\nBody", Ok(("CRLF", "Body")));
        check("\u{feff}+++\ntitle = \"bom\"\n+++\nx", Ok(("bom", "x")));
        check("No front matter", Ok(("", "No front matter")));
        check("---\ntitle: open\nBody", Err("never closed"));
        check("+++\ntitle = \n+++\nx", Err("line 2: TOML doesn't parse"));
        check("---\ntitle: [unclosed\n---\nx", Err("YAML doesn't parse"));
        check("+++\npublished = \"last week\"\n+++\nx", Err("not a date"));
        check("+++\nwriter = \"x\"\n+++\nx", Err("unknown field"));
        check("---\nfoo: 1\n---\nx", Err("unknown field 'foo'"));
    }

    /// YAML errors were reported one line too far, past the end of the file at the end of input.
    #[test]
    fn yaml_error_lines_point_at_the_line() {
        check(
            "---\na: 1\n\n\nb: c: d\n---\nx",
            Err("line 5: YAML doesn't parse"),
        );
        check(
            "---\ntitle: Zürich\nauthors: [A\n---\nx",
            Err("line 4: YAML doesn't parse"),
        );
        assert_eq!(
            FrontMatter::from_yaml("title: [北京\n\t").unwrap_err().line,
            2
        );
        assert_eq!(FrontMatter::from_yaml("a: [").unwrap_err().line, 1);
    }

    #[test]
    fn published_timestamp_is_cut_to_its_date() {
        let (fm, _) = split("---\npublished: 2017-10-25T10:00:00Z\n---\n").unwrap();
        assert_eq!(fm.published.as_deref(), Some("2017-10-25"));
    }
}
