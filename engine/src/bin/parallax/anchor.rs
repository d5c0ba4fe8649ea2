//! `parallax anchor` (a passage's selector and deep link) and `parallax resolve` (find a deep
//! link's passage again in a possibly edited article).

use parallax::anchor::{self, Selector};
use parallax::Span;
use serde_json::json;

use super::args::{parse, Args};

/// `parallax anchor --json DOC START END`.
pub fn run_anchor(raw: Vec<String>) -> Result<String, String> {
    let args = parse(raw)?;
    let [path, start, end] = args.positional.as_slice() else {
        return Err(
            "usage: parallax anchor --json DOC START END (byte offsets into DOC's text)".into(),
        );
    };
    let span = Span::new(offset("START", start)?, offset("END", end)?);
    let doc = Args::load_doc(path)?;
    let selector = anchor::create(&doc.text, span).map_err(|e| format!("{path}: {e}"))?;
    let text_fragment =
        anchor::text_fragment_for(&doc.text, span).map_err(|e| format!("{path}: {e}"))?;
    let output = json!({
        "doc": doc.doc,
        "slug": doc.slug,
        "start": selector.start,
        "end": selector.end,
        "quote": selector.quote.display(),
        "prefix": selector.prefix,
        "suffix": selector.suffix,
        "query": selector.to_query(),
        "fragment": anchor::fragment(&doc.slug, &selector),
        "text_fragment": text_fragment,
    });
    serde_json::to_string_pretty(&output).map_err(|e| e.to_string())
}

/// `parallax resolve --json DOC FRAGMENT`.
pub fn run_resolve(raw: Vec<String>) -> Result<String, String> {
    let args = parse(raw)?;
    let [path, fragment] = args.positional.as_slice() else {
        return Err(
            "usage: parallax resolve --json DOC FRAGMENT ('#/doc/<slug>?p=..' or just 'p=..&q=..')"
                .into(),
        );
    };
    let selector: Selector = anchor::parse_fragment(fragment)
        .map_err(|e| e.to_string())?
        .selector;
    let doc = Args::load_doc(path)?;
    let resolution = anchor::resolve(&doc.text, &selector);
    let output = json!({
        "status": resolution.status,
        "start": resolution.span.map(|s| s.start),
        "end": resolution.span.map(|s| s.end),
    });
    serde_json::to_string_pretty(&output).map_err(|e| e.to_string())
}

fn offset(name: &str, value: &str) -> Result<usize, String> {
    value
        .parse()
        .map_err(|_| format!("{name} must be a byte offset (a whole number), not '{value}'"))
}
