//! End-to-end search tests on small in-test corpora: one `check` helper per concern, one line
//! per case, non-ASCII text in every suite; a property test over arbitrary queries; and the
//! seed articles.

use proptest::prelude::*;

use super::*;
use crate::corpus::{Format, FrontMatter};
use crate::invariants::{check_span, check_spans, Shape};

/// A Markdown article `# title` + body, with optional outlet and date.
fn article(
    name: &str,
    title: &str,
    body: &str,
    outlet: Option<&str>,
    published: Option<&str>,
) -> Document {
    let sidecar = FrontMatter {
        outlet: outlet.map(str::to_string),
        published: published.map(str::to_string),
        ..FrontMatter::default()
    };
    let text = format!("# {title}\n\n{body}\n");
    Document::parse(name, text, Format::Markdown, Some(&sidecar)).expect("test article parses")
}

fn news() -> Vec<Document> {
    vec![
        article(
            "assange",
            "Assange says WikiLeaks rejected data firm",
            "Julian Assange said the data firm Cambridge Analytica approached him about 30,000 deleted emails. \
             Assange's tweet confirmed the approach.",
            Some("The Times"),
            Some("2017-10-25"),
        ),
        article(
            "podesta",
            "Hacked emails of John Podesta",
            "WikiLeaks published hacked emails from the campaign chairman John Podesta before the election. \
             The emails were hacked by Russian intelligence, officials said.",
            Some("The Hill"),
            Some("2016-10-07"),
        ),
        article(
            "zurich",
            "Banks in Zürich",
            "The banks of Zürich reported record profits. Analysts in Genève were surprised; the Swiss franc rose.",
            Some("The Times"),
            Some("2017-01-15"),
        ),
        article(
            "election",
            "Election emails and the campaign",
            "The campaign sent emails every day before the election. Nobody hacked them. 30000 supporters replied.",
            None,
            None,
        ),
        article(
            "tokyo",
            "東京の選挙",
            "東京で選挙が行われた。 مُحَمَّد said hello 🎉 to the crowd in القاهرة.",
            Some("NHK"),
            Some("2017-10-22"),
        ),
    ]
}

fn index_of(docs: &[Document]) -> SearchIndex {
    SearchIndex::build_documents(docs)
}

/// The names of the hits, best first, joined by spaces.
#[track_caller]
fn check(query: &str, expect: &str) {
    check_with(query, &SearchOptions::default(), expect);
}

#[track_caller]
fn check_with(query: &str, options: &SearchOptions, expect: &str) {
    check_in(&news(), query, options, expect);
}

/// Hits of `query` on `docs`, best first, as their names; every span checked.
#[track_caller]
fn check_in(docs: &[Document], query: &str, options: &SearchOptions, expect: &str) {
    let results = index_of(docs).search(docs, query, options);
    let got: Vec<&str> = results
        .hits
        .iter()
        .map(|h| docs[h.doc].doc.as_str())
        .collect();
    assert_eq!(got.join(" "), expect, "query {query:?}");
    assert!(
        results.total >= results.hits.len(),
        "total counts every hit"
    );
    assert_valid(docs, &results);
}

/// Every span of `results` lies on char boundaries inside its document; highlights sit inside
/// their snippet, sorted and disjoint.
#[track_caller]
fn assert_valid(docs: &[Document], results: &SearchResults) {
    for hit in &results.hits {
        let doc = &docs[hit.doc];
        assert!(hit.snippets.len() <= 3);
        for snippet in &hit.snippets {
            let in_doc = |e: String| format!("{e} in {}", doc.doc);
            check_span(&doc.text, snippet.span).map_err(in_doc).unwrap();
            check_spans(&doc.text, &snippet.highlights, Shape::SORTED_DISJOINT)
                .map_err(in_doc)
                .unwrap();
            for h in &snippet.highlights {
                assert!(
                    snippet.span.contains(*h),
                    "{h:?} outside {:?}",
                    snippet.span
                );
            }
        }
    }
}

#[test]
fn ranking_and_query_features() {
    // Plain words, stemming, AND-ish: documents matching every word come first.
    check("emails", "podesta election assange");
    check("hacked emails ", "podesta election assange");
    check("campaign emails ", "election podesta assange");
    // Prefix: the last word as it is being typed; not once a space follows.
    check("Cambridge Analy", "assange zurich");
    check("Zür", "zurich");
    check("Wiki", "assange podesta");
    check("Wiki ", "");
    // A typo in the word being typed.
    check("Asang", "assange");
    check("Cambrige Analyi", "assange zurich");
    // Typos: one edit for 4-7 letters, two for 8+.
    check("Asange", "assange");
    check("Cambrige Analytica", "assange");
    check("Podsta", "podesta");
    check("inteligence ", "podesta");
    check("Assagne ", "assange");
    // Too short for typo tolerance.
    check("emal ", "");
    // Phrases are positional and required.
    check("\"hacked emails\"", "podesta");
    check("\"emails hacked\"", "");
    check("\"deleted emails\" Assange", "assange");
    // Exclusion, alone or as a phrase.
    check("emails -Podesta", "election assange");
    check("emails -\"hacked emails\"", "election assange");
    check("-emails", "");
    // Pasted headlines: a Reuters-style credit after a dash doesn't lose the article it was
    // pasted from (regression: " -Minister" and " --Usda" read as exclusions), and a stray
    // quote falls back to the plain words (regression: it made one phrase matching nothing).
    check("Hacked emails of John -Podesta", "podesta election");
    check("Hacked emails of John --Podesta", "podesta");
    check("hacked emails -Podesta", "election assange");
    check("emails \"hacked by Russian officials", "podesta");
    check("Zürich reported \"record profits", "zurich");
    // OR: either alternative matches the group.
    check("Podesta OR Zürich ", "zurich podesta");
    check("banks Podesta OR Zürich ", "zurich podesta");
    // Possessives, diacritics and number separators.
    check("Assange's tweet", "assange");
    check("Assange’s ", "assange");
    check("zurich geneve", "zurich");
    check("ZÜRICH ", "zurich");
    check("30000 ", "election assange");
    check("30,000 ", "election assange");
    // Non-ASCII text and queries.
    check("東京", "tokyo");
    check("選挙", "tokyo");
    check("محمد", "tokyo");
    check("القاهرة", "tokyo");
    check("🎉", "");
    // Title words weigh more than body words.
    check("election ", "election podesta");
}

#[test]
fn degenerate_queries_answer_empty() {
    for query in [
        "", "   ", "?!…", "\"\"", "-", "--", "OR", "\u{200b}", "\u{0301}", "'", "’",
    ] {
        check(query, "");
    }
    let huge = "Assange ".repeat(1_250);
    assert_eq!(huge.len(), 10_000);
    check(&huge, "assange");
    let huge_garbage: String = (0..10_000)
        .map(|i| char::from_u32(0x20 + (i * 7919) % 0x3000).unwrap_or('x'))
        .collect();
    let docs = news();
    let results = index_of(&docs).search(&docs, &huge_garbage, &SearchOptions::default());
    assert_valid(&docs, &results);
}

#[test]
fn filters() {
    let times = SearchOptions {
        outlet: Some("The Times".into()),
        ..SearchOptions::default()
    };
    check_with("the ", &times, "zurich assange");
    let autumn_2017 = SearchOptions {
        from: Some("2017-10-01".into()),
        to: Some("2017-10-31".into()),
        ..SearchOptions::default()
    };
    check_with("the ", &autumn_2017, "assange tokyo");
    let until_2016 = SearchOptions {
        to: Some("2016-12-31".into()),
        ..SearchOptions::default()
    };
    check_with("emails ", &until_2016, "podesta");
    let only = SearchOptions {
        only_docs: Some(vec![1, 3, 99]),
        ..SearchOptions::default()
    };
    check_with("emails ", &only, "podesta election");
    let limited = SearchOptions {
        limit: 1,
        ..SearchOptions::default()
    };
    check_with("emails ", &limited, "podesta");
    let none = SearchOptions {
        limit: 0,
        ..SearchOptions::default()
    };
    check_with("emails ", &none, "");
}

/// A small corpus with credits: who wrote each piece and for whom.
fn credited() -> Vec<Document> {
    let with_credits = |name: &str, text: &str, outlet: &str, authors: &[&str]| {
        let sidecar = FrontMatter {
            outlet: Some(outlet.to_string()),
            authors: Some(authors.iter().map(|a| a.to_string()).collect()),
            ..FrontMatter::default()
        };
        Document::parse(name, text.to_string(), Format::Markdown, Some(&sidecar))
            .expect("test article parses")
    };
    vec![
        with_credits(
            "bridge",
            "# Harbour bridge to close\n\nThe harbour bridge closes for repairs, the city said.\n",
            "The Evening Courier",
            &["Maria Santos"],
        ),
        with_credits(
            "santos",
            "# Port workers strike\n\nDockers walked out. Maria Santos, a union leader, spoke. Santos said more would follow.\n",
            "Valley Wire",
            &["Tom Ray"],
        ),
        with_credits(
            "zoe",
            "# Ferry fares rise\n\nFares rise in the spring.\n",
            "Le Courrier du Sud",
            &["Zoë Lefèvre", "Tom Ray"],
        ),
    ]
}

/// Hits on the credited corpus, best first.
#[track_caller]
fn check_credits(query: &str, options: &SearchOptions, expect: &str) {
    check_in(&credited(), query, options, expect);
}

#[test]
fn authors_and_outlets_are_searchable() {
    let any = SearchOptions::default();
    // A reporter's name finds what they wrote, before what mentions them (regression: a
    // byline's name found nothing).
    check_credits("Santos ", &any, "bridge santos");
    check_credits("Maria Santos ", &any, "bridge santos");
    check_credits("\"Maria Santos\"", &any, "bridge santos");
    check_credits("Tom Ray ", &any, "santos zoe");
    check_credits("Lefevre ", &any, "zoe");
    check_credits("Lefèvre", &any, "zoe");
    check_credits("Courrier ", &any, "zoe");
    check_credits("evening courier ", &any, "bridge");
    check_credits("harbour -Santos", &any, "");
    // And as a filter, exact like the outlet filter.
    let by_ray = SearchOptions {
        author: Some("Tom Ray".into()),
        ..SearchOptions::default()
    };
    check_credits("fares ", &by_ray, "zoe");
    check_credits("bridge ", &by_ray, "");
    check_credits("Santos ", &by_ray, "santos");
}

#[test]
fn totals_count_every_match() {
    let docs = news();
    let index = index_of(&docs);
    let limited = SearchOptions {
        limit: 1,
        ..SearchOptions::default()
    };
    assert_eq!(index.search(&docs, "emails ", &limited).total, 3);
    assert_eq!(index.search(&docs, "nothing-like-this ", &limited).total, 0);
}

/// The did-you-mean suggestion for a query.
#[track_caller]
fn check_suggestion(query: &str, expect: Option<&str>) {
    let docs = news();
    let results = index_of(&docs).search(&docs, query, &SearchOptions::default());
    assert_eq!(results.did_you_mean.as_deref(), expect, "query {query:?}");
}

#[test]
fn did_you_mean() {
    check_suggestion("Asange", Some("Assange"));
    check_suggestion("Cambrige Analytica", Some("Cambridge Analytica"));
    check_suggestion("Cambrige Anlaytcia ", Some("Cambridge Analytica "));
    check_suggestion("ASANGE's tweet", Some("ASSANGE's tweet"));
    check_suggestion("Zurivh banks", Some("Zurich banks"));
    check_suggestion("Assange", None);
    check_suggestion("Assan", None);
    check_suggestion("xqzv", None);
    check_suggestion("", None);
    check_suggestion("東京", None);
}

/// The snippets of the first hit, highlights in `[...]`, snippets joined by ` … `.
#[track_caller]
fn check_snippets(query: &str, expect: &str) {
    let docs = news();
    let results = index_of(&docs).search(&docs, query, &SearchOptions::default());
    assert_valid(&docs, &results);
    let hit = results.hits.first().expect("a hit");
    let text = &docs[hit.doc].text;
    let rendered: Vec<String> = hit
        .snippets
        .iter()
        .map(|s| mark(text, s.span, &s.highlights))
        .collect();
    assert_eq!(rendered.join(" … "), expect, "query {query:?}");
}

/// `text[span]` with each highlight wrapped in `[...]`.
fn mark(text: &str, span: Span, highlights: &[Span]) -> String {
    let mut out = String::new();
    let mut at = span.start;
    for h in highlights {
        out.push_str(Span::new(at, h.start).slice(text));
        out.push('[');
        out.push_str(h.slice(text));
        out.push(']');
        at = h.end;
    }
    out.push_str(Span::new(at, span.end).slice(text));
    out
}

#[test]
fn snippets_and_highlights() {
    check_snippets(
        "Zürich franc",
        "The banks of [Zürich] reported record profits. Analysts in Genève were surprised; the Swiss [franc] rose. … \
         Banks in [Zürich]",
    );
    check_snippets(
        "\"hacked emails\" ",
        "WikiLeaks published [hacked emails] from the campaign chairman John Podesta before the election. The emails \
         were hacked by Russian intelligence, officials said. … [Hacked emails] of John Podesta",
    );
    check_snippets("Assange's ", "Julian [Assange] said the data firm Cambridge Analytica approached him about 30,000 deleted emails. [Assange's] tweet confirmed the approach. … [Assange] says WikiLeaks rejected data firm");
    check_snippets(
        "محمد",
        "東京で選挙が行われた。 [مُحَمَّد] said hello 🎉 to the crowd in القاهرة.",
    );
    check_snippets(
        "選挙",
        "東京で[選][挙]が行われた。 مُحَمَّد said hello 🎉 to the crowd in القاهرة. … 東京の[選][挙]",
    );
}

#[test]
fn long_text_snippets_are_windows() {
    let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20);
    let body =
        format!("{filler}The Zürich banks rose. {filler}Later the banks of Zürich fell. {filler}");
    let docs = vec![article("long", "Markets", &body, None, None)];
    let results = index_of(&docs).search(&docs, "Zürich banks", &SearchOptions::default());
    assert_valid(&docs, &results);
    let snippets = &results.hits[0].snippets;
    assert_eq!(snippets.len(), 2);
    for snippet in snippets {
        assert!(
            (150..=240).contains(&snippet.span.len()),
            "{} bytes",
            snippet.span.len()
        );
        assert_eq!(snippet.highlights.len(), 2);
        let text = snippet.span.slice(&docs[0].text);
        assert!(
            text.starts_with(|c: char| c.is_alphanumeric())
                && text.ends_with(|c: char| !c.is_whitespace())
        );
    }
}

/// Every hit of `query` in the first document named `name`, joined by `|`.
#[track_caller]
fn check_hits(name: &str, query: &str, expect: &str) {
    let docs = news();
    let doc = docs.iter().find(|d| d.doc == name).expect("test doc");
    let spans = index_of(&docs).hit_spans(doc, query);
    for pair in spans.windows(2) {
        assert!(pair[0].end <= pair[1].start, "sorted, disjoint");
    }
    let got: Vec<&str> = spans.iter().map(|s| s.slice(&doc.text)).collect();
    assert_eq!(got.join("|"), expect, "query {query:?}");
}

#[test]
fn every_hit_in_a_document() {
    check_hits("assange", "Assange", "Assange|Assange|Assange's");
    check_hits("assange", "Asange ", "Assange|Assange|Assange's");
    check_hits("assange", "30000 ", "30,000");
    check_hits(
        "podesta",
        "\"hacked emails\"",
        "Hacked emails|hacked emails",
    );
    check_hits("podesta", "email -Podesta", "emails|emails|emails");
    check_hits("zurich", "zurich genève", "Zürich|Zürich|Genève");
    check_hits("tokyo", "القاهرة 🎉", "القاهرة");
    check_hits("tokyo", "", "");
}

#[test]
fn index_round_trips_through_postcard() {
    let docs = news();
    let index = index_of(&docs);
    let bytes = index.to_bytes();
    let back = SearchIndex::from_bytes(&bytes).expect("round trip");
    assert_eq!(back, index);
    let error = SearchIndex::from_bytes(&bytes[..bytes.len() / 2]).expect_err("truncated");
    assert!(error.contains("rebuild"), "{error}");
}

#[test]
fn plain_text_documents_and_empty_corpus() {
    let text =
        "Zürich banks rally\n\nThe banks of Zürich rallied on Monday, traders said.\n".to_string();
    let docs = vec![Document::parse("z.txt", text, Format::Text, None).expect("parses")];
    let results = index_of(&docs).search(&docs, "zurich", &SearchOptions::default());
    assert_eq!(results.hits.len(), 1);
    assert_valid(&docs, &results);
    let empty = SearchIndex::build_documents(&[]);
    assert_eq!(
        empty.search(&[], "zurich", &SearchOptions::default()).hits,
        Vec::new()
    );
    // An index searched with fewer documents than it was built from never returns the others.
    assert_eq!(
        index_of(&news())
            .search(&news()[..1], "emails ", &SearchOptions::default())
            .hits
            .len(),
        1
    );
}

#[test]
fn seeds_find_the_right_articles() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let corpus = Corpus::load(&seeds).expect("seeds load");
    let index = SearchIndex::build(&corpus);
    #[track_caller]
    fn top_titles(index: &SearchIndex, corpus: &Corpus, query: &str, n: usize) -> Vec<String> {
        let results = index.search(&corpus.documents, query, &SearchOptions::default());
        assert_valid(&corpus.documents, &results);
        results
            .hits
            .iter()
            .take(n)
            .map(|h| corpus.documents[h.doc].meta.title.clone())
            .collect()
    }
    for title in top_titles(&index, &corpus, "Asange", 2) {
        assert!(title.contains("Assange"), "{title}");
    }
    let analytica = top_titles(&index, &corpus, "Cambrige Analytica", 3);
    assert_eq!(analytica.len(), 2, "{analytica:?}");
    for title in &analytica {
        assert!(corpus
            .documents
            .iter()
            .any(|d| &d.meta.title == title && d.text.contains("Cambridge Analytica")));
    }
}

/// The stem of each word of `text`, folded as the index folds it.
fn terms(text: &str) -> Vec<String> {
    let tokenizer = tokenizer::Tokenizer::new();
    words(text, Span::new(0, text.len()))
        .iter()
        .map(|w| tokenizer.stem(&w.folded).into_owned())
        .collect()
}

proptest! {
    #[test]
    fn arbitrary_queries_give_valid_spans(query in "\\PC{0,60}|[-\"“” a-zA-Z0-9'’,.]{0,40}") {
        let docs = news();
        let index = index_of(&docs);
        let results = index.search(&docs, &query, &SearchOptions::default());
        assert_valid(&docs, &results);
        for doc in &docs {
            let hits = index.hit_spans(doc, &query);
            prop_assert_eq!(check_spans(&doc.text, &hits, Shape::MARKS), Ok(()));
        }
        for group in &parse_query(&query).groups {
            for alternative in &group.alternatives {
                for word in &alternative.words {
                    prop_assert_eq!(check_span(&query, word.span), Ok(()));
                    prop_assert!(!word.folded.is_empty(), "{:?}", word);
                }
            }
        }
    }

    /// A quoted word taken from an article is found in it, and every hit is that word: its
    /// folded, stemmed form is the query's.
    #[test]
    fn a_quoted_word_of_an_article_finds_itself(doc_idx in 0..5usize, pick in 0.0..1.0f64) {
        let docs = news();
        let index = index_of(&docs);
        let doc = &docs[doc_idx];
        let all = words(&doc.text, Span::new(0, doc.text.len()));
        let word = &all[((pick * all.len() as f64) as usize).min(all.len() - 1)];
        let query = format!("\"{}\"", word.span.slice(&doc.text));
        let query_terms = terms(&query);
        prop_assert_eq!(query_terms.len(), 1, "{}", query);
        let hits = index.hit_spans(doc, &query);
        prop_assert!(hits.contains(&word.span), "{:?} not among the hits {:?} of {}", word.span, hits, query);
        prop_assert_eq!(check_spans(&doc.text, &hits, Shape::MARKS), Ok(()));
        for hit in hits {
            prop_assert_eq!(terms(hit.slice(&doc.text)), query_terms.clone(), "{:?} for {}", hit, query);
        }
        let results = index.search(&docs, &query, &SearchOptions::default());
        prop_assert!(results.hits.iter().any(|h| h.doc == doc_idx), "{} misses {}", query, doc.doc);
    }
}
