//! Anchor behaviour end to end: make a link, edit the text, find the passage again.
//! Tests only (one `check` per concern, then the property tests), so longer than ~700 lines.

use proptest::prelude::*;

use super::*;
use crate::invariants::check_span;

/// Text with the passage marked as `[[...]]`, and the passage's span in the unmarked text.
fn unmark(marked: &str) -> (String, Option<Span>) {
    match (marked.find("[["), marked.find("]]")) {
        (Some(open), Some(close)) if open < close => {
            let text = format!(
                "{}{}{}",
                &marked[..open],
                &marked[open + 2..close],
                &marked[close + 2..]
            );
            (text, Some(Span::new(open, close - 2)))
        }
        _ => (marked.to_string(), None),
    }
}

/// Links the marked passage of `before`, round-trips the link through its URL form, resolves it
/// in `after` and expects `status` at the marked span of `after` (no mark: orphaned).
#[track_caller]
fn check(before: &str, after: &str, status: Status) {
    let (before_text, span) = unmark(before);
    let selector = create(
        &before_text,
        span.expect("the 'before' text needs a [[passage]]"),
    )
    .unwrap();
    let link = parse_fragment(&fragment("a-slug", &selector)).unwrap();
    assert_eq!(link.slug.as_deref(), Some("a-slug"));
    let (after_text, expected_span) = unmark(after);
    let resolution = resolve(&after_text, &link.selector);
    let found = resolution.span.map(|s| s.slice(&after_text).to_string());
    let expected = expected_span.map(|s| s.slice(&after_text).to_string());
    assert_eq!(
        (resolution.status, found),
        (status, expected),
        "{resolution:?}"
    );
}

const STORY: &str =
    "WikiLeaks founder Julian Assange said on Wednesday that he had rebuffed a request \
for help. The data firm worked for the campaign and is now facing congressional scrutiny. \
A spokesman did not respond to requests for comment on Wednesday evening.";

#[test]
fn unchanged_text_resolves_exactly() {
    check(
        "He said [[the request was rejected]] by WikiLeaks.",
        "He said [[the request was rejected]] by WikiLeaks.",
        Status::Exact,
    );
    check("[[Whole text]]", "[[Whole text]]", Status::Exact);
    check("Tail end [[here.]]", "Tail end [[here.]]", Status::Exact);
}

#[test]
fn insertions_before_inside_and_after() {
    let passage = "[[The data firm worked for the campaign]]";
    let before = STORY.replace("The data firm worked for the campaign", passage);
    // Before: everything shifts.
    check(
        &before,
        &format!("BREAKING: new details emerged. {before}"),
        Status::Moved,
    );
    // After: nothing moves.
    check(
        &before,
        &format!("{before} Update: more to come."),
        Status::Exact,
    );
    // Inside: the passage itself changed a little.
    check(
        &before,
        &before.replace(
            "[[The data firm worked for the campaign]]",
            "[[The data firm reportedly worked for the campaign]]",
        ),
        Status::Fuzzy,
    );
    check(
        &before,
        &before.replace(
            "[[The data firm worked for the campaign]]",
            "[[The data firm worked for Trump's campaign]]",
        ),
        Status::Fuzzy,
    );
    // A one-word quote with a typo fixed, found by its unchanged surroundings.
    check(
        "it was [[33,000]] of Clinton’s emails",
        "it was [[30,000]] of Clinton’s emails",
        Status::Fuzzy,
    );
}

#[test]
fn deleted_passages_are_orphaned() {
    let before = STORY.replace(
        "The data firm worked for the campaign and is now facing congressional scrutiny.",
        "[[The data firm worked for the campaign and is now facing congressional scrutiny.]]",
    );
    check(
        &before,
        &STORY.replace(
            "The data firm worked for the campaign and is now facing congressional scrutiny. ",
            "",
        ),
        Status::Orphaned,
    );
    check(
        &before,
        "A completely different article about the weather in Zürich.",
        Status::Orphaned,
    );
    check(&before, "", Status::Orphaned);
    check(
        "short [[quote]] here",
        "nothing like it at all",
        Status::Orphaned,
    );
}

#[test]
fn whitespace_changes_still_resolve() {
    check(
        "one [[two  three\nfour]] five",
        "one [[two three four]] five",
        Status::Moved,
    );
    check(
        "one [[two three four]] five",
        "one\n\n[[two\tthree\n   four]]\nfive",
        Status::Moved,
    );
    check(
        "para one.\n\n[[Para two starts here.]]",
        "para one.\n[[Para two starts here.]]",
        Status::Moved,
    );
    check("a [[b c]] d", "a [[b\u{a0}c]] d", Status::Moved);
    check("a [[b\nc]] d", "a [[b c]] d", Status::Exact);
}

#[test]
fn the_copy_nearest_the_old_position_wins() {
    // Same surroundings for every copy: nearness decides.
    let filler = "and the crowd went on chanting loudly for hours, ";
    let before =
        format!("{filler}The cat sat. {filler}[[The cat sat.]] {filler}The cat sat. {filler}");
    check(&before, &format!("Hello, {before}"), Status::Moved);
    check(&before, &before.replacen("[[", "more [[", 1), Status::Moved);
    check(
        &before,
        &before.replacen(filler, "", 1).replacen(filler, "", 1),
        Status::Moved,
    );
    // Different surroundings: the copy that kept its context wins even if another is nearer.
    check(
        "Alpha says [[the cat sat]] today. Beta says the cat sat yesterday.",
        "A much longer introduction was added here. Alpha says [[the cat sat]] today. Beta says the cat sat yesterday.",
        Status::Moved,
    );
    check(
        "Alpha says the cat sat today. Beta says [[the cat sat]] yesterday.",
        "Beta says [[the cat sat]] yesterday. Alpha says the cat sat today.",
        Status::Moved,
    );
}

#[test]
fn non_ascii_passages() {
    check(
        "He wrote: [[“It is ‘putintrump.’ See ‘About’”]] and left.",
        "Update. He wrote: [[“It is ‘putintrump.’ See ‘About’”]] and left.",
        Status::Moved,
    );
    check(
        "会议在[[北京举行，各方代表]]出席了会议。",
        "昨天，会议在[[北京举行，各方代表]]出席了会议。",
        Status::Moved,
    );
    check(
        "会议在[[北京举行，各方代表出席]]了会议。",
        "会议在[[北京隆重举行，各方代表出席]]了会议。",
        Status::Fuzzy,
    );
    check(
        "family [[👩‍👩‍👧 emoji 👍🏽 here]] end",
        "new family [[👩‍👩‍👧 emoji 👍🏽 here]] end",
        Status::Moved,
    );
    check(
        "Cafe\u{301} [[cre\u{300}me bru\u{302}le\u{301}e]] menu",
        "Le Cafe\u{301} [[cre\u{300}me bru\u{302}le\u{301}e]] menu",
        Status::Moved,
    );
    check(
        "مرحبا [[بالعالم العربي]] اليوم",
        "قال مرحبا [[بالعالم العربي]] اليوم",
        Status::Moved,
    );
}

#[test]
fn long_quotes_are_abbreviated_and_still_exact() {
    let long = "Those sources also relayed that, according to the email, the chief executive was told that \
his help was not wanted, and that the founder preferred to do the work on his own, which would be the \
closest known connection between the campaign and the founder.";
    let before = format!("Intro line.\n\n[[{long}]]\n\nOutro line.");
    let selector = create(&unmark(&before).0, unmark(&before).1.unwrap()).unwrap();
    let query = selector.to_query();
    assert!(
        query.contains("&qe=") && query.contains("&n=") && query.contains("&h="),
        "{query}"
    );
    assert!(query.len() < long.len(), "{query}");
    check(&before, &before, Status::Exact);
    check(&before, &format!("New intro.\n{before}"), Status::Moved);
    // The middle changed: the hash no longer matches, but the ends and the length are close.
    check(
        &before,
        &before.replace("preferred to do", "would rather do"),
        Status::Fuzzy,
    );
    check(
        &before,
        &before.replace(" wanted,", "\n  wanted,"),
        Status::Moved,
    );
    check(
        &before,
        &before.replace(" wanted,", "\nwanted,"),
        Status::Exact,
    );
    check(&before, "Intro line.\n\nOutro line.", Status::Orphaned);
}

#[track_caller]
fn check_create_error(text: &str, start: usize, end: usize, message_part: &str) {
    let error = create(text, Span::new(start, end)).unwrap_err();
    assert!(error.to_string().contains(message_part), "{error}");
}

#[test]
fn bad_ranges_are_clear_errors() {
    check_create_error("Zürich", 0, 99, "past the end of the text (7 bytes)");
    check_create_error("Zürich", 5, 2, "reversed");
    check_create_error(
        "Zürich",
        2,
        4,
        "offset 2 falls inside a multi-byte character",
    );
    check_create_error("北京", 0, 4, "offset 4 falls inside");
    check_create_error("a  b", 1, 3, "holds no text");
    check_create_error("abc", 1, 1, "holds no text");
    check_create_error("", 0, 0, "holds no text");
}

#[track_caller]
fn check_fragment_error(fragment: &str, message_part: &str) {
    let error = parse_fragment(fragment).unwrap_err();
    assert!(
        error.to_string().contains(message_part),
        "{fragment:?}: {error}"
    );
}

#[test]
fn garbage_fragments_are_clear_errors() {
    check_fragment_error("", "no quote");
    check_fragment_error("#/doc/x?p=1-2", "no quote");
    check_fragment_error("#/doc/x?p=1-2&q=", "no quote");
    check_fragment_error("#/doc/x?p=5-2&q=a", "reversed");
    check_fragment_error("#/doc/x?p=12&q=a", "START-END");
    check_fragment_error("#/doc/x?p=-1-2&q=a", "whole number");
    check_fragment_error("#/doc/x?p=1-99999999999999999999999&q=a", "whole number");
    check_fragment_error("#/doc/x?p=1-2&q=a%2", "broken escape");
    check_fragment_error("#/doc/x?p=1-2&q=%C3%28", "UTF-8");
    check_fragment_error("#/doc/x?q=a&q=b", "appears twice");
    check_fragment_error("#/doc/x?q=a&qe=b", "needs all of");
    check_fragment_error("#/doc/x?q=a&qe=b&n=x&h=00000000", "whole number");
    check_fragment_error("#/doc/x?q=a&qe=b&n=9&h=xyz", "8 hex digits");
    check_fragment_error("#/doc/x?q=abcdef&qe=b&n=2&h=00000000", "shorter than");
    check_fragment_error("#/doc/x?q=a&v=2", "version '2'");
    check_fragment_error("#/search?q=a", "not an article path");
    check_fragment_error("#/doc/?q=a", "not an article path");
    check_fragment_error("#/doc/%FF?q=a", "UTF-8");
    check_fragment_error(
        &format!("#/doc/x?q={}", "a".repeat(MAX_FRAGMENT_BYTES)),
        "over the 8192 byte limit",
    );
    check_fragment_error("💥💥💥", "no quote");
}

#[track_caller]
fn check_parse(fragment: &str, slug: Option<&str>, quote: &str, span: Span) {
    let link = parse_fragment(fragment).unwrap();
    assert_eq!(link.slug.as_deref(), slug);
    assert_eq!(link.selector.quote, Quote::Whole(quote.into()));
    assert_eq!(link.selector.span(), span);
}

#[test]
fn fragments_parse_in_every_pasted_form() {
    check_parse(
        "#/doc/a-b?p=3-9&q=hello+world",
        Some("a-b"),
        "hello world",
        Span::new(3, 9),
    );
    check_parse(
        "https://example.org/app/#/doc/a-b?p=3-9&q=hello%20world",
        Some("a-b"),
        "hello world",
        Span::new(3, 9),
    );
    check_parse(
        "?p=3-9&q=hello+world&pre=x&suf=y",
        None,
        "hello world",
        Span::new(3, 9),
    );
    check_parse(
        "p=3-9&q=hello+world&future=ignored",
        None,
        "hello world",
        Span::new(3, 9),
    );
    check_parse("q=hello+world&v=1", None, "hello world", Span::new(0, 0));
    check_parse(
        "#/doc/z%C3%BCrich?q=Trump’s+“deal”",
        Some("zürich"),
        "Trump’s “deal”",
        Span::new(0, 0),
    );
    check_parse("  #/doc/x?q=a%0A%0Ab  ", Some("x"), "a b", Span::new(0, 0));
}

#[track_caller]
fn check_query(text: &str, passage: &str, expected: &str) {
    let start = text.find(passage).unwrap();
    let selector = create(text, Span::new(start, start + passage.len())).unwrap();
    assert_eq!(selector.to_query(), expected);
    assert_eq!(Selector::from_query(expected).unwrap(), selector);
}

#[test]
fn query_shape_is_stable() {
    check_query(
        "Hello wide world.",
        "wide",
        "p=6-10&q=wide&pre=Hello+&suf=+world%2E",
    );
    check_query(
        "It is ‘putintrump.’ See",
        "‘putintrump.’",
        "p=6-23&q=%E2%80%98putintrump.%E2%80%99&pre=It+is+&suf=+See",
    );
    check_query(
        "a&b=c#d?e%f+g",
        "c#d",
        "p=4-7&q=c%23d&pre=a%26b%3D&suf=%3Fe%25f%2Bg",
    );
    check_query("start", "start", "p=0-5&q=start");
    check_query("x\n\ny", "x\n\ny", "p=0-4&q=x+y");
}

/// Sentences of every seed article: ". "-separated pieces, trimmed, non-empty.
fn seed_sentences() -> Vec<(String, Vec<Span>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    assert!(!paths.is_empty(), "no seeds in {}", dir.display());
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            let mut spans = Vec::new();
            let mut at = 0;
            for piece in text.split_inclusive(". ") {
                let span = crate::span::trim_span(&text, Span::new(at, at + piece.len()));
                if !span.is_empty() {
                    spans.push(span);
                }
                at += piece.len();
            }
            (text, spans)
        })
        .collect()
}

#[test]
fn every_seed_sentence_round_trips() {
    let mut n_sentences = 0;
    for (text, spans) in seed_sentences() {
        for span in spans {
            let selector = create(&text, span).unwrap();
            let link = parse_fragment(&fragment("seed", &selector)).unwrap();
            assert_eq!(
                resolve(&text, &link.selector).span,
                Some(span),
                "{:?}",
                span.slice(&text)
            );
            assert_eq!(resolve(&text, &link.selector).status, Status::Exact);
            n_sentences += 1;
        }
    }
    assert!(n_sentences > 50, "only {n_sentences} sentences");
}

#[test]
fn every_seed_sentence_survives_an_insertion_at_the_top() {
    let inserted = "Editor’s note: this story was updated.\n\n";
    for (text, spans) in seed_sentences() {
        let edited = format!("{inserted}{text}");
        for span in spans {
            let link = parse_fragment(&fragment("seed", &create(&text, span).unwrap())).unwrap();
            let resolution = resolve(&edited, &link.selector);
            let moved = Span::new(span.start + inserted.len(), span.end + inserted.len());
            assert_eq!(
                (resolution.status, resolution.span),
                (Status::Moved, Some(moved)),
                "{:?}",
                span.slice(&text)
            );
        }
    }
}

#[test]
fn every_seed_sentence_survives_a_changed_word_and_an_insertion_at_the_top() {
    let inserted = "Update: a paragraph was added.\n\n";
    for (text, spans) in seed_sentences() {
        for span in spans {
            let sentence = span.slice(&text);
            let mut words: Vec<&str> = sentence.split(' ').collect();
            if words.len() < 4 {
                continue;
            }
            let middle = words.len() / 2;
            words[middle] = "REPLACED";
            let changed = words.join(" ");
            let edited = format!(
                "{inserted}{}{changed}{}",
                &text[..span.start],
                &text[span.end..]
            );
            let resolution = resolve(&edited, &create(&text, span).unwrap());
            let start = span.start + inserted.len();
            let expected = Span::new(start, start + changed.len());
            assert_eq!(
                (resolution.status, resolution.span),
                (Status::Fuzzy, Some(expected)),
                "{sentence:?}"
            );
        }
    }
}

#[test]
fn every_deleted_seed_sentence_is_orphaned() {
    for (text, spans) in seed_sentences() {
        for span in spans {
            let edited = format!("{}{}", &text[..span.start], &text[span.end..]);
            let resolution = resolve(&edited, &create(&text, span).unwrap());
            if text.matches(span.slice(&text)).count() == 1 {
                assert_eq!(
                    resolution.status,
                    Status::Orphaned,
                    "{:?}",
                    span.slice(&text)
                );
            }
        }
    }
}

/// Pseudo-random prose (a fixed linear congruential generator, so runs are repeatable).
fn prose(n_bytes: usize, seed: u64) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ner", "tu", "sa", "ve", "ri", "on", "ba", "qu", "el", "zo", "pe", "di",
        "ga",
    ];
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let mut out = String::with_capacity(n_bytes + 64);
    while out.len() < n_bytes {
        for _ in 0..1 + next() % 3 {
            out.push_str(SYLLABLES[next() % SYLLABLES.len()]);
        }
        out.push_str(match next() % 12 {
            0 => ". ",
            1 => ",\n",
            _ => " ",
        });
    }
    out
}

#[test]
fn fuzzy_search_in_a_two_megabyte_article() {
    let text = prose(2 << 20, 7);
    let start = crate::span::floor_char_boundary(&text, text.len() / 2);
    let span = crate::span::trim_span(&text, Span::new(start, start + 120).clamp_to(&text));
    let selector = create(&text, span).unwrap();
    let passage = span.slice(&text);
    // Insert before, and change two chars inside the passage.
    let mut changed = passage.to_string();
    changed.replace_range(10..11, "X");
    changed.replace_range(60..61, "Y");
    let edited = format!(
        "{}{}{}{}",
        "Inserted lead. ".repeat(20),
        &text[..span.start],
        changed,
        &text[span.end..]
    );
    let clock = std::time::Instant::now();
    let resolution = resolve(&edited, &selector);
    let elapsed = clock.elapsed();
    eprintln!(
        "fuzzy resolve in a {} byte article: {elapsed:?}",
        edited.len()
    );
    assert_eq!(resolution.status, Status::Fuzzy);
    assert_eq!(
        resolution.span.map(|s| s.slice(&edited)),
        Some(changed.as_str())
    );
}

/// A selector read from any link resolves without panicking, to a valid span exactly when
/// it is not orphaned, on a text that holds its quote and on one that doesn't.
fn check_link_resolves(selector: &Selector) -> Result<(), TestCaseError> {
    for text in ["It is ‘putintrump.’ See ‘About’: 北京 👩‍👩‍👧 cafe\u{301}.", ""]
    {
        let resolution = resolve(text, selector);
        match resolution.span {
            Some(span) => {
                prop_assert_eq!(check_span(text, span), Ok(()));
                prop_assert!(resolution.status != Status::Orphaned);
            }
            None => prop_assert_eq!(resolution.status, Status::Orphaned),
        }
    }
    Ok(())
}

/// Chars that stress boundaries: multi-byte punctuation, CJK, ZWJ emoji, combining marks, RTL,
/// and every kind of white space.
fn stress_char() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        'a', 'b', 'c', 'd', 'e', 'f', 'g', 'x', 'y', 'z', 'A', '.', ',', '’', '“', '”', '北', '京',
        '上', '👩', '\u{200d}', '👧', '\u{301}', 'é', 'ب', 'ع', ' ', ' ', ' ', '\n', '\t',
        '\u{a0}', '\u{3000}', '&', '%', '+', '#', '-',
    ])
}

fn stress_text(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(stress_char(), 0..max_chars).prop_map(|chars| chars.into_iter().collect())
}

/// An edit: (where, 0..1 of the length; how many chars to delete; what to insert).
fn edits() -> impl Strategy<Value = Vec<(f64, usize, String)>> {
    prop::collection::vec((0.0..1.0f64, 0..8usize, stress_text(12)), 0..5)
}

fn apply(text: &str, edits: &[(f64, usize, String)]) -> String {
    let mut out = text.to_string();
    for (at, n_delete, insert) in edits {
        let start = crate::span::floor_char_boundary(&out, (*at * out.len() as f64) as usize);
        let end = out[start..]
            .char_indices()
            .nth(*n_delete)
            .map_or(out.len(), |(i, _)| start + i);
        out.replace_range(start..end, insert);
    }
    out
}

proptest! {
    // No failure file: a failing case is printed, and the regression belongs in a named test.
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_fragment_string_reads_as_a_link_or_an_error(s in ".{0,200}") {
        if let Ok(link) = parse_fragment(&s) {
            check_link_resolves(&link.selector)?;
        }
        if let Ok(selector) = Selector::from_query(&s) {
            check_link_resolves(&selector)?;
        }
    }

    #[test]
    fn any_fragment_bytes_read_as_a_link_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let s = String::from_utf8_lossy(&bytes);
        for link in [s.to_string(), format!("#/doc/x?p=1-2&q={s}")] {
            if let Ok(parsed) = parse_fragment(&link) {
                check_link_resolves(&parsed.selector)?;
            }
        }
    }

    #[test]
    fn create_then_resolve_finds_the_passage_on_unedited_text(
        text in stress_text(80),
        from in 0.0..1.0f64,
        width in 0.0..1.0f64,
    ) {
        let start = crate::span::floor_char_boundary(&text, (from * text.len() as f64) as usize);
        let end = crate::span::ceil_char_boundary(&text, start + (width * (text.len() - start) as f64) as usize);
        let span = Span::new(start, end);
        let Ok(selector) = create(&text, span) else {
            // Only a blank passage has no selector.
            prop_assert!(span.slice(&text).trim().is_empty(), "{:?} of {:?}", span, text);
            return Ok(());
        };
        for selector in [selector.clone(), parse_fragment(&fragment("s", &selector)).unwrap().selector] {
            let resolution = resolve(&text, &selector);
            prop_assert_eq!(resolution.status, Status::Exact);
            let found = resolution.span.expect("an exact resolution has a span");
            prop_assert_eq!(check_span(&text, found), Ok(()));
            prop_assert!(selector.quote.matches(&collapse(found.slice(&text))), "{:?} for {:?}", found, span);
            prop_assert!(found.overlaps(span) || span.is_empty(), "{:?} found for {:?}", found, span);
        }
        let fragment = text_fragment_for(&text, span).expect("a valid span has a text fragment");
        prop_assert!(fragment.starts_with("#:~:text="), "{}", fragment);
    }

    #[test]
    fn damaged_real_links_never_panic(at in 0.0..1.0f64, insert in ".{0,6}", cut in 0..40usize) {
        let text = "It is ‘putintrump.’ See ‘About’ for who is behind it: 北京 👩‍👩‍👧 cafe\u{301}.";
        let start = text.find('‘').unwrap();
        let selector = create(text, Span::new(start, start + "‘putintrump.’".len())).unwrap();
        let link = fragment("slug", &selector);
        let split = crate::span::floor_char_boundary(&link, (at * link.len() as f64) as usize);
        let damaged = format!("{}{}{}", &link[..split], insert, link.get(split + cut.min(link.len() - split)..).unwrap_or(""));
        if let Ok(parsed) = parse_fragment(&damaged) {
            let resolution = resolve(text, &parsed.selector);
            prop_assert!(resolution.span.is_none_or(|s| s.is_valid_in(text)));
        }
    }

    #[test]
    fn resolve_after_any_edit_returns_a_valid_span(
        text in stress_text(80),
        from in 0.0..1.0f64,
        width in 0.0..1.0f64,
        edits in edits(),
    ) {
        let start = crate::span::floor_char_boundary(&text, (from * text.len() as f64) as usize);
        let end = crate::span::ceil_char_boundary(&text, start + (width * (text.len() - start) as f64) as usize);
        let Ok(selector) = create(&text, Span::new(start, end)) else { return Ok(()) };
        let link = parse_fragment(&fragment("s", &selector)).unwrap();
        prop_assert_eq!(resolve(&text, &link.selector).status, Status::Exact);
        let edited = apply(&text, &edits);
        let resolution = resolve(&edited, &link.selector);
        match resolution.span {
            Some(span) => {
                prop_assert!(span.is_valid_in(&edited), "{:?} in {:?}", span, edited);
                if matches!(resolution.status, Status::Exact | Status::Moved) {
                    prop_assert!(selector.quote.matches(&collapse(span.slice(&edited))));
                }
            }
            None => prop_assert_eq!(resolution.status, Status::Orphaned),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Selectors built by hand (not by `create` or a link) can say anything: still no panic.
    #[test]
    fn resolve_any_selector_never_panics(
        text in stress_text(60),
        start in 0..80usize,
        end in 0..80usize,
        head in stress_text(20),
        tail in stress_text(20),
        len in 0..100usize,
        abbreviated in any::<bool>(),
        prefix in stress_text(40),
        suffix in stress_text(40),
    ) {
        let hash = quote_hash(&head);
        let quote = if abbreviated { Quote::Abbreviated { head, tail, len, hash } } else { Quote::Whole(head) };
        let selector = Selector { start, end, quote, prefix, suffix };
        let resolution = resolve(&text, &selector);
        prop_assert!(resolution.span.is_none_or(|s| s.is_valid_in(&text)));
        let written = text_fragment(&selector.prefix, &selector.quote.display(), &selector.suffix);
        prop_assert!(written.is_empty() || written.starts_with("#:~:text="), "{}", written);
        // A blank passage writes no fragment; a bad range is an error.
        match text_fragment_for(&text, selector.span()) {
            Ok(written) => prop_assert!(written.is_empty() || written.starts_with("#:~:text="), "{}", written),
            Err(_) => prop_assert!(check_span(&text, selector.span()).is_err()),
        }
        // A link written from a sane selector reads back.
        let sane = start <= end && matches!(&selector.quote, Quote::Whole(q) if !q.trim().is_empty());
        prop_assert!(!sane || Selector::from_query(&selector.to_query()).is_ok());
    }
}
