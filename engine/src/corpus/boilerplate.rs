//! Boilerplate: the lines of a pasted web page that are not the article — ad placeholders,
//! image labels and photo captions, "View the post here.", disclaimers, subscription offers,
//! "More From This Section" / "Next Story" navigation and footer timestamps.
//!
//! Each line gets a verdict from its own shape (keywords, prices, placeholders); then runs are
//! grown: a subscription offer or footer is a block of short, sentence-less lines, so once a
//! strong chrome line is seen, the short lines around it go with it until real prose resumes.
//! The spans are hidden in the reader behind "show removed text", never dropped.

use super::Format;
use crate::span::{trim_span, Span};

/// Boilerplate spans in `text[region]` (everything after the title), merged into runs of
/// whole lines. `body_start` separates the header (where only labels and placeholders can be
/// boilerplate: a "Last Updated" line there is metadata) from the body.
pub(crate) fn find(text: &str, region: Span, body_start: usize, _format: Format) -> Vec<Span> {
    let lines = lines(text, region);
    let mut verdicts: Vec<Verdict> = lines
        .iter()
        .map(|l| verdict(l.slice(text), l.start >= body_start))
        .collect();

    // Photo captions: the line just above a credit line.
    for i in 1..verdicts.len() {
        if verdicts[i] == Verdict::Credit
            && verdicts[i - 1] == Verdict::Keep
            && lines[i - 1].start >= body_start
        {
            let words = lines[i - 1].slice(text).split_whitespace().count();
            if words <= 80 {
                verdicts[i - 1] = Verdict::Chrome;
            }
        }
    }
    // Grow chrome blocks over the sentence-less lines next to them, both ways.
    for i in 0..verdicts.len() {
        if verdicts[i] == Verdict::Block {
            grow(&lines, text, &mut verdicts, i, true);
            grow(&lines, text, &mut verdicts, i, false);
        }
    }
    // After an agency sign-off ("--IANS"), a desk tag ("ksk", "ab/cd") is the editor's initials.
    for i in 1..verdicts.len() {
        if is_desk_tag(lines[i].slice(text)) && is_signoff(lines[i - 1].slice(text)) {
            verdicts[i] = Verdict::Chrome;
        }
    }

    let mut spans: Vec<Span> = Vec::new();
    for (line, v) in lines.iter().zip(&verdicts) {
        if *v == Verdict::Keep {
            continue;
        }
        match spans.last_mut() {
            // Merge with the previous span when only white space stands between them.
            Some(last) if text[last.end..line.start].trim().is_empty() => last.end = line.end,
            _ => spans.push(*line),
        }
    }
    spans
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Keep,
    /// Chrome on its own line: placeholder, label, navigation.
    Chrome,
    /// Chrome that opens or sits in a block (subscription offer, disclaimer, footer).
    Block,
    /// "Credit Name/Agency": chrome, and the line above it is a caption.
    Credit,
}

fn lines(text: &str, region: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = region.start;
    for raw in region.slice(text).split_inclusive('\n') {
        let span = trim_span(text, Span::new(at, at + raw.len()));
        at += raw.len();
        if !span.is_empty() {
            out.push(span);
        }
    }
    out
}

const NAVIGATION: &[&str] = &[
    "more from this section",
    "next story",
    "previous story",
    "next article",
    "previous article",
    "related",
    "related stories",
    "related articles",
    "related news",
    "read more",
    "also read",
    "see also",
    "trending",
    "trending now",
    "most popular",
    "most read",
    "top stories",
    "recommended",
    "recommended for you",
    "latest news",
    "share",
    "share this",
    "share this article",
    "share this story",
    "comments",
    "leave a comment",
    "advertisement",
    "sponsored",
    "sponsored content",
    "skip to content",
    "back to top",
    "print",
    "email",
    "subscribe",
    "sign up",
    "log in",
    "sign in",
    "follow us",
];
const LABELS: &[&str] = &[
    "image", "images", "photo", "photos", "video", "picture", "gallery", "graphic", "audio",
    "listen",
];
const REPOST: &[&str] = &[
    "view the post here",
    "view the original post",
    "read the original",
    "read the full story",
    "read the full article",
    "click here",
    "continue reading",
    "read the rest",
    "view the original article",
];
const BLOCK_WORDS: &[&str] = &[
    "subscribe",
    "subscription",
    "newsletter",
    "sign up for",
    "cancel anytime",
    "renews automatically",
    "free trial",
    "complimentary access",
    "premium stories",
    "ad-free",
    "all rights reserved",
    "disclaimer:",
    "first published",
    "last updated",
    "published on:",
    "terms of use",
    "privacy policy",
    "cookie",
];

fn verdict(line: &str, in_body: bool) -> Verdict {
    let lower = line.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if is_placeholder(line) {
        return Verdict::Chrome;
    }
    if LABELS.contains(&bare) {
        return Verdict::Chrome;
    }
    if !in_body {
        return Verdict::Keep;
    }
    if NAVIGATION.contains(&bare)
        || REPOST
            .iter()
            .any(|r| bare.starts_with(r) && lower.split_whitespace().count() <= 8)
    {
        return Verdict::Chrome;
    }
    if is_credit(line) {
        return Verdict::Credit;
    }
    // A caption with its credit run in at the end: "A protester in Lima. Credit Ana Roe/AFP".
    if line.rfind(". ").is_some_and(|i| is_credit(&line[i + 2..])) {
        return Verdict::Chrome;
    }
    let words = line.split_whitespace().count();
    // Chrome reads like a label, not a sentence: a keyword inside real prose doesn't count.
    let sentence = line.trim_end().ends_with(['.', '!', '?', '"', '”']) && words > 6;
    if BLOCK_WORDS.iter().any(|w| lower.contains(w))
        && (!sentence && words <= 30 || lower.starts_with("disclaimer"))
    {
        return Verdict::Block;
    }
    if is_price_or_plan(line) {
        return Verdict::Block;
    }
    Verdict::Keep
}

/// `{mosads}`, `[ad]`, `<<ad>>`: a template placeholder the page never filled.
fn is_placeholder(line: &str) -> bool {
    let inner = line
        .strip_prefix('{')
        .and_then(|l| l.strip_suffix('}'))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))
        .or_else(|| line.strip_prefix("<<").and_then(|l| l.strip_suffix(">>")));
    inner.is_some_and(|i| {
        !i.is_empty()
            && i.len() <= 40
            && i.chars().all(|c| c.is_alphanumeric() || "_-: ".contains(c))
    })
}

/// "Credit Peter Nicholls/Reuters", "Photo: AP", "Photograph: Jane Roe/Getty Images".
fn is_credit(line: &str) -> bool {
    let rest = [
        "Credit ",
        "Credit: ",
        "Photo: ",
        "Photograph: ",
        "Image: ",
        "Photo credit: ",
        "Picture: ",
    ]
    .iter()
    .find_map(|p| line.strip_prefix(p));
    rest.is_some_and(|r| {
        r.split_whitespace().count() <= 10
            && !r.ends_with('.')
            && r.chars().next().is_some_and(char::is_uppercase)
    })
}

/// "₹900", "$4.99/month", "3 Months", "1 Year", "SAVE 25%": the lines of a pricing table.
fn is_price_or_plan(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words = line.split_whitespace().count();
    if words > 4 {
        return false;
    }
    let has_currency = line.chars().any(|c| "$€£¥₹₩₽".contains(c));
    let has_digit = line.chars().any(|c| c.is_ascii_digit());
    let per_period = ["/month", "/year", "/week", "per month", "a month"]
        .iter()
        .any(|p| lower.contains(p));
    let plan = has_digit
        && ["month", "months", "year", "years", "week", "weeks"]
            .iter()
            .any(|p| lower.ends_with(p));
    let save = lower.starts_with("save ") && lower.ends_with('%');
    (has_currency && has_digit) || per_period || plan || save
}

/// A line with no sentence in it: a heading, a label, a bullet fragment.
fn is_sentenceless(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let bullet = line.starts_with(['•', '*', '-', '·', '–', '—']);
    let ends_sentence = line.trim_end().ends_with(['.', '!', '?', '"', '”']);
    (words <= 8 && !ends_sentence)
        || (bullet && words <= 30)
        || (words <= 20 && !ends_sentence && !line.contains(", "))
}

/// Marks sentence-less lines next to the block line `at` as block too, stopping at prose.
fn grow(lines: &[Span], text: &str, verdicts: &mut [Verdict], at: usize, forward: bool) {
    let mut i = at;
    loop {
        let next = if forward {
            i.checked_add(1).filter(|&n| n < lines.len())
        } else {
            i.checked_sub(1)
        };
        let Some(n) = next else { break };
        let line = lines[n].slice(text);
        match verdicts[n] {
            Verdict::Keep if is_sentenceless(line) && !is_signoff(line) => {
                verdicts[n] = Verdict::Block
            }
            Verdict::Keep => break,
            _ => {}
        }
        i = n;
    }
}

fn is_signoff(line: &str) -> bool {
    let tag = line.trim_start_matches(['-', '—', '–']);
    tag.len() < line.len()
        && (2..=8).contains(&tag.trim().len())
        && tag.trim().chars().all(|c| c.is_ascii_alphabetic())
}

fn is_desk_tag(line: &str) -> bool {
    (2..=9).contains(&line.len())
        && line
            .split('/')
            .all(|p| (2..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `input` marks the expected boilerplate lines with a leading `~`.
    #[track_caller]
    fn check(input: &str) {
        let text: String = input
            .lines()
            .map(|l| l.strip_prefix('~').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n");
        let expected: Vec<&str> = input
            .lines()
            .filter_map(|l| l.strip_prefix('~'))
            .filter(|l| !l.trim().is_empty())
            .collect();
        let spans = find(&text, Span::new(0, text.len()), 0, Format::Text);
        let got: Vec<&str> = spans
            .iter()
            .flat_map(|s| s.slice(&text).lines())
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn placeholders_labels_and_links() {
        check("First paragraph of the story.\n\n~{mosads}\n\nSecond paragraph.");
        check("~Image\nA paragraph about Zürich.\n\n~View the post here.");
        check("~[advertisement]\nText.\n~ADVERTISEMENT\nMore text.");
        check("Text about the image format used by the paper.");
    }

    #[test]
    fn captions_before_credits() {
        check("~Julian Doe in May at the embassy in London.\n~Credit Jane Roe/Reuters\n\nThe story starts here.");
        check("~A protester in São Paulo.\n~Photograph: Ana Lima/AFP\nText.");
        check("~A protester in São Paulo. Mr. Lima spoke. Credit Ana Lima/AFP\nText.");
        // A credit to someone inside prose is not a photo credit.
        check("Credit Suisse shares fell sharply on Monday after the report was published.");
    }

    #[test]
    fn subscription_blocks_and_footers() {
        check("The last paragraph of the story.\n\n--AGENCY\n\n~abc\n\n~Disclaimer: No Daily Paper Journalist was involved in creation of this content\n\n~*Subscribe to Daily Paper digital\n\n~Smart Plan\n\n~₹900\n\n~3 Months\n\n~SAVE 25%\n\n~Renews automatically, cancel anytime\n\n~Archives\n\n~  • Repository of articles dating back to 1997\n\n~More From This Section\n\n~First Published: Oct 26 2017 | 10:46 AM IST\n\n~Next Story");
        // Ordinary prose after a footer-like word stays.
        check("He said the newsletter was full of lies about him and his family.\n\nThe end of it all came soon after.");
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "",
            "\n\n",
            "{",
            "~",
            "₹",
            "•",
            "Credit ",
            "—",
            "{}",
            "\u{feff}Image",
        ] {
            let _ = find(text, Span::new(0, text.len()), 0, Format::Text);
        }
    }
}
