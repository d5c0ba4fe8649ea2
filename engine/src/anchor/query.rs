//! The deep link's query string (`p=..&q=..&pre=..&suf=..`) and its percent-encoding.
//!
//! The shape is a promise: links people pasted years ago must still parse. So keys are only ever
//! added, never renamed; decoding ignores keys it doesn't know; and a breaking change would have
//! to add `v=2` (version 1 is the absence of `v`, so today's links never carry it).
//!
//! Encoding keeps RFC 3986's unreserved chars (ASCII letters, digits, `-._~`) as they are and
//! percent-encodes every other byte (UTF-8, upper-case hex), with space written as `+`. So `&=#?%+`
//! and every char a chat app or mail client might eat or break a line at are escaped, and the
//! link stays one unbroken token. The very last char of the query is never punctuation (it is
//! escaped too): linkifiers drop trailing punctuation from a URL.

use crate::span::Span;

use super::{AnchorError, Quote, Selector, MAX_FRAGMENT_BYTES};

/// Keys, in the order [`Selector::to_query`] writes them.
const KEY_POSITION: &str = "p";
const KEY_QUOTE: &str = "q";
const KEY_QUOTE_END: &str = "qe";
const KEY_QUOTE_LEN: &str = "n";
const KEY_QUOTE_HASH: &str = "h";
const KEY_PREFIX: &str = "pre";
const KEY_SUFFIX: &str = "suf";
const KEY_VERSION: &str = "v";

/// Where a parsed fragment points: the article's slug (when the fragment named one) and the passage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub slug: Option<String>,
    pub selector: Selector,
}

impl Selector {
    /// The query part of the deep link: `p=START-END&q=QUOTE&pre=PREFIX&suf=SUFFIX`, or for a
    /// long quote `p=..&q=HEAD&qe=TAIL&n=LEN&h=HASH&pre=..&suf=..`. Empty `pre`/`suf` are left out.
    pub fn to_query(&self) -> String {
        let mut out = format!("{KEY_POSITION}={}-{}", self.start, self.end);
        let mut push = |key: &str, value: &str| {
            out.push('&');
            out.push_str(key);
            out.push('=');
            encode_into(value, &mut out);
        };
        match self.quote.abbreviated() {
            Quote::Whole(quote) => push(KEY_QUOTE, &quote),
            Quote::Abbreviated {
                head,
                tail,
                len,
                hash,
            } => {
                push(KEY_QUOTE, &head);
                push(KEY_QUOTE_END, &tail);
                push(KEY_QUOTE_LEN, &len.to_string());
                push(KEY_QUOTE_HASH, &format!("{hash:08x}"));
            }
        }
        if !self.prefix.is_empty() {
            push(KEY_PREFIX, &self.prefix);
        }
        if !self.suffix.is_empty() {
            push(KEY_SUFFIX, &self.suffix);
        }
        protect_last_char(&mut out);
        out
    }

    /// Parses what [`Selector::to_query`] wrote (a leading `?` is allowed). Only `q` is required:
    /// without `p`, the passage is searched for from the start of the article.
    pub fn from_query(query: &str) -> Result<Selector, AnchorError> {
        if query.len() > MAX_FRAGMENT_BYTES {
            return Err(AnchorError::FragmentTooLong {
                len: query.len(),
                max: MAX_FRAGMENT_BYTES,
            });
        }
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut fields: Vec<(&str, String)> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if fields.iter().any(|(k, _)| *k == key) {
                return Err(AnchorError::BadFragment(format!(
                    "the key '{}' appears twice",
                    shorten(key)
                )));
            }
            fields.push((key, decode(key, value)?));
        }
        let take = |key: &str| {
            fields
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.as_str())
        };
        if let Some(version) = take(KEY_VERSION) {
            if version != "1" {
                return Err(AnchorError::BadFragment(format!(
                    "link format version '{}' is newer than this app understands (1)",
                    shorten(version)
                )));
            }
        }
        let span = match take(KEY_POSITION) {
            Some(p) => parse_position(p)?,
            None => Span::new(0, 0),
        };
        let quote = take(KEY_QUOTE)
            .filter(|q| !q.trim().is_empty())
            .ok_or_else(|| {
                AnchorError::BadFragment(format!(
                    "'{}' has no quote: a passage link reads '#/doc/<slug>?p=START-END&q=<the passage's words>'",
                    shorten(query)
                ))
            })?;
        let quote = super::collapse::collapse(quote);
        let quote = match (
            take(KEY_QUOTE_END),
            take(KEY_QUOTE_LEN),
            take(KEY_QUOTE_HASH),
        ) {
            (None, None, None) => Quote::Whole(quote),
            (Some(tail), Some(len), Some(hash)) => {
                let tail = super::collapse::collapse(tail);
                let len = parse_number(KEY_QUOTE_LEN, len)?;
                let hash = parse_hash(hash)?;
                if len < quote.len().max(tail.len()) {
                    return Err(AnchorError::BadFragment(format!(
                        "n={len} is shorter than the quote's own head or end: the link is damaged"
                    )));
                }
                Quote::Abbreviated {
                    head: quote,
                    tail,
                    len,
                    hash,
                }
            }
            _ => {
                return Err(AnchorError::BadFragment(
                    "a shortened quote needs all of 'qe', 'n' and 'h': the link was cut off".into(),
                ))
            }
        };
        Ok(Selector {
            start: span.start,
            end: span.end,
            quote,
            prefix: take(KEY_PREFIX)
                .map(super::collapse::collapse)
                .unwrap_or_default(),
            suffix: take(KEY_SUFFIX)
                .map(super::collapse::collapse)
                .unwrap_or_default(),
        })
    }
}

/// The app's deep link to a passage: `#/doc/<slug>?<query>`.
pub fn fragment(slug: &str, selector: &Selector) -> String {
    let mut out = String::from("#/doc/");
    encode_into(slug, &mut out);
    out.push('?');
    out.push_str(&selector.to_query());
    out
}

/// Parses a deep link: a whole URL, a `#/doc/<slug>?<query>` fragment, or just the query.
pub fn parse_fragment(link: &str) -> Result<Link, AnchorError> {
    if link.len() > MAX_FRAGMENT_BYTES {
        return Err(AnchorError::FragmentTooLong {
            len: link.len(),
            max: MAX_FRAGMENT_BYTES,
        });
    }
    let link = link.trim();
    let after_hash = link.split_once('#').map_or(link, |(_, f)| f);
    let (path, query) = match after_hash.split_once('?') {
        Some((path, query)) => (Some(path), query),
        None if after_hash.starts_with('/') => (Some(after_hash), ""),
        None => (None, after_hash),
    };
    let slug = match path {
        None | Some("") => None,
        Some(path) => {
            let slug = path
                .strip_prefix("/doc/")
                .filter(|s| !s.is_empty() && !s.contains('/'))
                .ok_or_else(|| {
                    AnchorError::BadFragment(format!(
                        "'{}' is not an article path: expected '#/doc/<slug>?p=..'",
                        shorten(path)
                    ))
                })?;
            Some(decode("slug", slug)?)
        }
    };
    Ok(Link {
        slug,
        selector: Selector::from_query(query)?,
    })
}

/// Appends `value` percent-encoded: ASCII letters, digits and `-._~` kept, space as `+`, every
/// other byte as `%XX`.
pub(crate) fn encode_into(value: &str, out: &mut String) {
    for &b in value.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => push_escape(b, out),
        }
    }
}

fn push_escape(b: u8, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(HEX[usize::from(b >> 4)] as char);
    out.push(HEX[usize::from(b & 15)] as char);
}

/// Escapes a trailing `.`, `-`, `_`, `~` or `+` so that a linkifier trimming trailing
/// punctuation off a pasted URL can't cut the passage short.
pub(crate) fn protect_last_char(out: &mut String) {
    let escaped = match out.as_bytes().last() {
        Some(b'.') => "%2E",
        Some(b'-') => "%2D",
        Some(b'_') => "%5F",
        Some(b'~') => "%7E",
        Some(b'+') => "%20",
        _ => return,
    };
    out.pop();
    out.push_str(escaped);
}

/// Percent-decodes one value (`+` is a space). Raw non-ASCII is accepted as it is, since browsers
/// and chat apps sometimes hand the fragment back decoded. `key` names the value in errors.
pub(crate) fn decode(key: &str, value: &str) -> Result<String, AnchorError> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                let byte = hex
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| {
                        AnchorError::BadFragment(format!(
                        "'{}' has a broken escape at '{}': '%' must be followed by two hex digits",
                        shorten(key),
                        shorten(value.get(i..).unwrap_or("%"))
                    ))
                    })?;
                out.push(byte);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| {
        AnchorError::BadFragment(format!(
            "'{}' does not decode to UTF-8 text: the link is damaged",
            shorten(key)
        ))
    })
}

fn parse_position(value: &str) -> Result<Span, AnchorError> {
    let (start, end) = value.split_once('-').ok_or_else(|| {
        AnchorError::BadFragment(format!(
            "p='{}' should be two byte offsets, START-END",
            shorten(value)
        ))
    })?;
    let span = Span::new(
        parse_number(KEY_POSITION, start)?,
        parse_number(KEY_POSITION, end)?,
    );
    if span.start > span.end {
        return Err(AnchorError::Reversed {
            start: span.start,
            end: span.end,
        });
    }
    Ok(span)
}

fn parse_number(key: &str, value: &str) -> Result<usize, AnchorError> {
    let digits_only =
        !value.is_empty() && value.len() <= 19 && value.bytes().all(|b| b.is_ascii_digit());
    digits_only
        .then(|| value.parse().ok())
        .flatten()
        .ok_or_else(|| {
            AnchorError::BadFragment(format!(
                "{key}='{}' should be a whole number of bytes",
                shorten(value)
            ))
        })
}

fn parse_hash(value: &str) -> Result<u32, AnchorError> {
    let ok = value.len() == 8 && value.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then(|| u32::from_str_radix(value, 16).ok())
        .flatten()
        .ok_or_else(|| {
            AnchorError::BadFragment(format!("h='{}' should be 8 hex digits", shorten(value)))
        })
}

/// At most 40 chars of untrusted input, for error messages.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_encode(value: &str, expected: &str) {
        let mut out = String::new();
        encode_into(value, &mut out);
        assert_eq!(out, expected);
        assert_eq!(decode("q", &out).unwrap(), value);
    }

    #[test]
    fn encodes_reserved_and_non_ascii() {
        check_encode("plain words", "plain+words");
        check_encode("a&b=c#d?e%f+g", "a%26b%3Dc%23d%3Fe%25f%2Bg");
        check_encode("U.S.-led", "U.S.-led");
        check_encode("snake_case~x", "snake_case~x");
        check_encode("Trump’s “deal”", "Trump%E2%80%99s+%E2%80%9Cdeal%E2%80%9D");
        check_encode("北京", "%E5%8C%97%E4%BA%AC");
        check_encode("a\nb\tc", "a%0Ab%09c");
        check_encode("", "");
    }

    #[track_caller]
    fn check_decode_error(key: &str, value: &str, message_part: &str) {
        let error = decode(key, value).unwrap_err().to_string();
        assert!(error.contains(message_part), "{error}");
    }

    #[test]
    fn decode_rejects_broken_escapes() {
        check_decode_error("q", "abc%", "broken escape");
        check_decode_error("q", "abc%4", "broken escape");
        check_decode_error("q", "abc%zz", "broken escape");
        check_decode_error("q", "%E2%80", "UTF-8");
        check_decode_error("pre", "%FF", "UTF-8");
    }

    #[test]
    fn decode_accepts_raw_unicode_and_lowercase_hex() {
        assert_eq!(decode("q", "Trump’s+北京").unwrap(), "Trump’s 北京");
        assert_eq!(decode("q", "%e2%80%99").unwrap(), "’");
    }

    #[track_caller]
    fn check_last(input: &str, expected: &str) {
        let mut out = input.to_string();
        protect_last_char(&mut out);
        assert_eq!(out, expected);
    }

    #[test]
    fn trailing_punctuation_is_escaped() {
        check_last("suf=end.", "suf=end%2E");
        check_last("suf=well-", "suf=well%2D");
        check_last("suf=word+", "suf=word%20");
        check_last("suf=word", "suf=word");
        check_last("suf=x_", "suf=x%5F");
        check_last("suf=%E2%80%9D", "suf=%E2%80%9D");
    }
}
