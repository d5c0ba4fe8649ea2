//! Metadata from messy text (being written).
use super::{Format, Metadata};
use crate::span::Span;

pub(crate) struct Extracted {
    pub meta: Metadata,
    pub title_span: Option<Span>,
    pub body_start: usize,
}

pub(crate) fn extract(text: &str, content_start: usize, _format: Format) -> Extracted {
    let rest = &text[content_start..];
    let lead = rest.len() - rest.trim_start().len();
    let line = rest.trim_start().lines().next().unwrap_or("").trim_end();
    let start = content_start + lead;
    Extracted {
        meta: Metadata { title: line.to_string(), ..Metadata::default() },
        title_span: Some(Span::new(start, start + line.len())),
        body_start: start + line.len(),
    }
}

pub(crate) fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    MONTHS.iter().position(|m| n.starts_with(m)).map(|i| i as u32 + 1)
}
