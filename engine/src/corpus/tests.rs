//! The corpus's tests: every way a folder can be wrong, and metadata settled across
//! articles.

mod bad_corpus {
    //! Every way a corpus folder can be wrong gives an error naming the file (and line) and the
    //! problem, never a panic and never a silently empty site.

    use crate::corpus::*;

    /// Writes `files` into a fresh folder, loads it, and checks the error mentions every part
    /// of `expect` (or that it loads, for `expect == &[]`).
    #[track_caller]
    fn check(files: &[(&str, &[u8])], expect: &[&str]) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "parallax-bad-corpus-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in files {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        let path = if files.len() == 1 && files[0].0.ends_with(".jsonl") {
            dir.join(files[0].0)
        } else {
            dir.clone()
        };
        let result = Corpus::load(&path);
        let _ = std::fs::remove_dir_all(&dir);
        match (result, expect.is_empty()) {
            (Ok(_), true) => {}
            (Ok(c), false) => panic!(
                "expected an error with {expect:?}, got {} documents",
                c.documents.len()
            ),
            (Err(e), true) => panic!("expected success, got: {e}"),
            (Err(e), false) => {
                let message = e.to_string();
                for part in expect {
                    assert!(
                        message.contains(part),
                        "{message:?} should contain {part:?}"
                    );
                }
            }
        }
    }

    const OK: &[u8] = b"A headline for the story\n\nThe story itself, told in one sentence.";

    #[test]
    fn bad_corpora_are_named_with_their_problem() {
        check(&[], &["holds no articles"]);
        check(&[("notes.png", b"\x89PNG")], &["holds no articles"]);
        check(
            &[
                ("good.txt", OK),
                ("latin1.txt", b"Caf\xe9 au lait\nsecond line"),
            ],
            &["latin1.txt:1:", "not UTF-8"],
        );
        check(
            &[("good.txt", OK), ("empty.txt", b"")],
            &["empty.txt", "empty"],
        );
        check(&[("blank.md", b"  \n\n\t\n")], &["blank.md", "empty"]);
        check(
            &[("binary.txt", b"GIF89a\x00\x01\x02 text")],
            &["binary.txt", "binary"],
        );
        check(
            &[("a b.txt", OK), ("a-b.txt", OK)],
            &["slug 'a-b'", "rename one"],
        );
        check(
            &[("front.md", b"---\ntitle: [unclosed\n---\nBody")],
            &["front.md:", "YAML doesn't parse"],
        );
        check(
            &[("front.md", b"+++\ntitle = \n+++\nBody")],
            &["front.md:2:", "TOML doesn't parse"],
        );
        check(
            &[("open.md", b"---\ntitle: x\nBody with no closing fence")],
            &["open.md", "never closed"],
        );
        check(
            &[("x.txt", OK), ("x.toml", b"outlet = 3")],
            &["x.toml", "TOML doesn't parse"],
        );
        check(
            &[("x.txt", OK), ("x.toml", b"published = \"soon\"")],
            &["x.toml", "not a date"],
        );
    }

    #[test]
    fn oversized_articles_fail_loudly() {
        // 20 MB of text: far past any article, refused with its size rather than embedded.
        let huge = "word ".repeat(4 * 1024 * 1024);
        check(
            &[("huge.txt", huge.as_bytes())],
            &["huge.txt", "over the", "limit"],
        );
    }

    #[test]
    fn broken_jsonl_lines_name_their_line() {
        let good = r#"{"id": "r1", "title": "T", "date": "26-FEB-1987 15:01:01.79", "source": "Reuters", "body": "Zürich text."}"#;
        check(
            &[("c.jsonl", format!("{good}\n{{not json\n").as_bytes())],
            &["c.jsonl:2:", "not a {id, title, date, source, body} object"],
        );
        check(
            &[("c.jsonl", format!("{good}\n{good}\n").as_bytes())],
            &["slug 'r1'"],
        );
        check(&[("c.jsonl", good.as_bytes())], &[]);
        // A record with an empty body is skipped on purpose (wire services file headline-only stories).
        check(
            &[("c.jsonl", br#"{"id": 1, "body": "  "}"#)],
            &["c.jsonl", "no articles with a body"],
        );
    }

    #[test]
    fn jsonl_text_in_memory_reads_like_a_file() {
        let good = r#"{"id": 7, "title": "Zürich", "body": "Text."}"#;
        let corpus = Corpus::from_jsonl_str("mem.jsonl", &format!("{good}\n\n")).unwrap();
        assert_eq!(
            (
                corpus.documents[0].doc.as_str(),
                corpus.documents[0].meta.title.as_str()
            ),
            ("7", "Zürich")
        );
        let error = Corpus::from_jsonl_str("mem.jsonl", &format!("{good}\n{{oops")).unwrap_err();
        assert!(error.to_string().starts_with("mem.jsonl:2: "), "{error}");
    }

    #[test]
    fn odd_but_valid_files_load() {
        check(
            &[(
                "bom.txt",
                "\u{feff}Headline with a BOM\r\n\r\nBody text.\r\n".as_bytes(),
            )],
            &[],
        );
        check(&[("rtl.md", "# עברית ועربية\n\nטקסט. نص.".as_bytes())], &[]);
        check(
            &[(
                "zw.txt",
                "Zero\u{200b}width and\u{a0}no-break\n\nBody 👩‍👩‍👧.".as_bytes(),
            )],
            &[],
        );
    }
}

mod metadata {
    //! Metadata settled across articles: a date without a year, a sidecar that wins.

    use crate::corpus::*;

    fn text_doc(name: &str, text: &str, sidecar: Option<&FrontMatter>) -> Document {
        Document::parse(name, text.to_string(), Format::Text, sidecar).expect("parses")
    }

    /// The published date and whether it is marked guessed, per document, after the corpus
    /// pass.
    #[track_caller]
    fn check(docs: Vec<Document>, expect: &[&str]) {
        let mut corpus = Corpus { documents: docs };
        corpus.date_from_other_articles();
        let got: Vec<String> = corpus
            .documents
            .iter()
            .map(|d| {
                let date = d.meta.published.clone().unwrap_or_default();
                if d.meta.is_guessed("published") {
                    format!("{date}?")
                } else {
                    date
                }
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn year_from_the_other_articles() {
        let yearless = "Harbour bridge to close\n\nNov. 14 (Valley Wire) -- The bridge will close on Monday, officials said.";
        let dated = "Harbour bridge closes\nThe Evening Courier (Maria Santos), November 12, 2019\n\nIt closes.";
        let new_year =
            "Harbour bridge closes\nThe Evening Courier, December 30, 2019\n\nIt closes.";
        check(
            vec![
                text_doc("a.txt", yearless, None),
                text_doc("b.txt", dated, None),
            ],
            &["2019-11-14?", "2019-11-12"],
        );
        // Across a new year the nearer year wins.
        let january =
            "Harbour bridge to close\n\nJan. 2 (Valley Wire) -- The bridge will close on Monday.";
        check(
            vec![
                text_doc("a.txt", january, None),
                text_doc("b.txt", new_year, None),
            ],
            &["2020-01-02?", "2019-12-30"],
        );
        // Nothing to go on: no date rather than an invented one.
        check(vec![text_doc("a.txt", yearless, None)], &[""]);
        // A user's sidecar wins and is not a guess.
        let sidecar = FrontMatter {
            published: Some("2018-11-14".into()),
            ..FrontMatter::default()
        };
        check(
            vec![
                text_doc("a.txt", yearless, Some(&sidecar)),
                text_doc("b.txt", dated, None),
            ],
            &["2018-11-14", "2019-11-12"],
        );
    }

    #[test]
    fn credit_lines_are_folded_not_body() {
        let text = "Harbour bridge closes\nLe Courrier du Sud (Zoë Lefèvre), 3 March 2019\n\nThe bridge closes.";
        let doc = text_doc("a.txt", text, None);
        assert_eq!(doc.meta.outlet.as_deref(), Some("Le Courrier du Sud"));
        assert_eq!(doc.meta.authors, vec!["Zoë Lefèvre".to_string()]);
        let credit = text.find("Le Courrier").unwrap();
        assert!(doc.is_boilerplate(Span::new(credit, credit + 10)));
        assert!(doc.body.start > credit);
    }
}
