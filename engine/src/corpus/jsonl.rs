//! `.jsonl` corpora: one `{id, title, date, source, body}` object a line, as in the Reuters
//! collection. The body is the document's text; title, date and source become its metadata.

use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Deserialize;

use super::{slugify, Corpus, CorpusError, Document, Format, FrontMatter};

#[derive(Deserialize)]
struct Record {
    id: serde_json::Value,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    source: Option<String>,
    body: String,
}

pub fn load(path: &Path) -> Result<Corpus, CorpusError> {
    let file = std::fs::File::open(path).map_err(|e| CorpusError {
        path: path.to_path_buf(),
        line: None,
        problem: format!("can't be read: {e}"),
    })?;
    parse(path, BufReader::new(file).lines())
}

/// Parses `.jsonl` lines; `path` names the corpus in errors.
pub fn parse(
    path: &Path,
    lines: impl Iterator<Item = std::io::Result<String>>,
) -> Result<Corpus, CorpusError> {
    let error = |line: Option<usize>, problem: String| CorpusError {
        path: path.to_path_buf(),
        line,
        problem,
    };
    let mut documents = Vec::new();
    for (i, line) in lines.enumerate() {
        let line_no = i + 1;
        let line =
            line.map_err(|e| error(Some(line_no), format!("can't be read as UTF-8 text: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(&line).map_err(|e| {
            error(
                Some(line_no),
                format!("is not a {{id, title, date, source, body}} object: {e}"),
            )
        })?;
        let id = match &record.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if record.body.trim().is_empty() {
            // A wire service's empty or headline-only story: nothing to read or search.
            // Documented skip, not an error: wire archives carry such records.
            continue;
        }
        let sidecar = FrontMatter {
            title: record.title.filter(|t| !t.trim().is_empty()),
            outlet: record.source,
            published: record.date.as_deref().and_then(parse_record_date),
            slug: Some(slugify(&id)),
            ..FrontMatter::default()
        };
        let doc = Document::parse(&id, record.body, Format::Text, Some(&sidecar))
            .map_err(|e| error(Some(line_no), format!("record '{id}': {}", e.problem)))?;
        documents.push(doc);
    }
    if documents.is_empty() {
        return Err(error(None, "holds no articles with a body".into()));
    }
    Ok(Corpus { documents })
}

/// Dates as wire records give them: ISO `2017-10-25…`, or Reuters' `26-FEB-1987 15:01:01.79`.
pub(crate) fn parse_record_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(day) = s.get(..10).filter(|d| super::front_matter::is_iso_date(d)) {
        return Some(day.to_string());
    }
    let mut parts = s.split(|c: char| c == '-' || c.is_whitespace());
    let day: u32 = parts.next()?.parse().ok()?;
    let month = crate::english::month_number(parts.next()?)?;
    let year: u32 = parts.next()?.parse().ok()?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn record_dates() {
        assert_eq!(
            super::parse_record_date("26-FEB-1987 15:01:01.79").as_deref(),
            Some("1987-02-26")
        );
        assert_eq!(
            super::parse_record_date("2017-10-25T00:00:00Z").as_deref(),
            Some("2017-10-25")
        );
        assert_eq!(super::parse_record_date("yesterday"), None);
    }
}
