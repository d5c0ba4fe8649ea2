//! Every view's address, written and read: golden strings, and the links of earlier versions.

use super::*;

/// `address` is written as `href`, and `href` reads back as `address`.
#[track_caller]
fn check(address: Address, href: &str) {
    assert_eq!(address.href(), href);
    assert_eq!(Address::from_href(href), address);
}

/// `href` (as an earlier version or a person wrote it) reads as `address`.
#[track_caller]
fn check_reads(href: &str, address: Address) {
    assert_eq!(Address::from_href(href), address);
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn selector(query: &str) -> Selector {
    Selector::from_query(query).unwrap()
}

#[test]
fn library() {
    check(Address::library(), "#/");
    check(
        Address::Library(LibraryQuery {
            picked: strings(&["reuters-a", "ap-b", "bbc-c"]),
            ..LibraryQuery::default()
        }),
        "#/?pick=reuters-a,ap-b,bbc-c",
    );
    check(
        Address::Library(LibraryQuery {
            picked: strings(&["café", "a,b"]),
            ..LibraryQuery::default()
        }),
        "#/?pick=caf%C3%A9,a%2Cb",
    );
    let sorted = |sort, descending| {
        Address::Library(LibraryQuery {
            sort,
            descending,
            picked: strings(&["x"]),
        })
    };
    check(sorted(SortKey::Date, false), "#/?order=asc&pick=x");
    check(sorted(SortKey::Title, false), "#/?sort=title&pick=x");
    check(
        sorted(SortKey::Outlet, true),
        "#/?sort=outlet&order=desc&pick=x",
    );
    check_reads("#/?sort=nonsense&order=up", Address::library());
}

#[test]
fn reader() {
    check(Address::doc("reuters-a"), "#/doc/reuters-a");
    check(
        Address::Doc {
            slug: "reuters-a".into(),
            query: DocQuery {
                entity: some("person:julian-assange"),
                mention: 2,
                ..DocQuery::default()
            },
        },
        "#/doc/reuters-a?e=person%3Ajulian-assange&m=2",
    );
    check(
        Address::Doc {
            slug: "reuters-a".into(),
            query: DocQuery {
                search: some("Zürich bank"),
                hit: 3,
                ..DocQuery::default()
            },
        },
        "#/doc/reuters-a?s=Z%C3%BCrich+bank&hit=3",
    );
    check(
        Address::Doc {
            slug: "reuters-a".into(),
            query: DocQuery::passage(selector("p=4-9&q=quick&pre=The&suf=brown")),
        },
        "#/doc/reuters-a?p=4-9&q=quick&pre=The&suf=brown",
    );
    // A passage and a focused entity together: the passage's keys first.
    check(
        Address::Doc {
            slug: "北京-report".into(),
            query: DocQuery {
                entity: some("gpe:beijing"),
                passage: Some(Ok(selector("p=0-6&q=北京"))),
                ..DocQuery::default()
            },
        },
        "#/doc/%E5%8C%97%E4%BA%AC-report?p=0-6&q=%E5%8C%97%E4%BA%AC&e=gpe%3Abeijing",
    );
}

#[test]
fn reader_links_of_earlier_versions_still_open() {
    check_reads(
        "https://example.org/parallax/#/doc/reuters-a?e=person%3Ajulian-assange",
        Address::Doc {
            slug: "reuters-a".into(),
            query: DocQuery {
                entity: some("person:julian-assange"),
                ..DocQuery::default()
            },
        },
    );
    // The search box's links (serde_urlencoded: `+` for space).
    check_reads(
        "#/doc/reuters-a?s=wiki+leaks",
        Address::Doc {
            slug: "reuters-a".into(),
            query: DocQuery {
                search: some("wiki leaks"),
                ..DocQuery::default()
            },
        },
    );
    // A passage link as `anchor::fragment` writes it.
    let passage = selector("p=10-20&q=the+quote&pre=before");
    check_reads(
        &crate::anchor::fragment("reuters-a", &passage),
        Address::Doc {
            slug: "reuters-a".into(),
            query: DocQuery::passage(passage),
        },
    );
}

#[test]
fn a_damaged_passage_keeps_its_error_and_the_article() {
    let Address::Doc { slug, query } = Address::from_href("#/doc/x?p=zz-1&q=%ZZ%%") else {
        panic!("not the reader");
    };
    assert_eq!(slug, "x");
    let error = query.passage.unwrap().unwrap_err();
    assert!(error.contains("broken escape"), "{error}");
}

#[test]
fn search() {
    check(
        Address::Search(SearchQuery::new("Assange")),
        "#/search?q=Assange",
    );
    check(
        Address::Search(SearchQuery {
            q: "Trump’s deal".into(),
            outlet: some("The Guardian"),
            author: some("Ana Núñez"),
            from: some("2017-01-01"),
            to: some("2017-12-31"),
            entity: some("org:un"),
        }),
        "#/search?q=Trump%E2%80%99s+deal&outlet=The+Guardian&author=Ana+N%C3%BA%C3%B1ez&from=2017-01-01&to=2017-12-31&entity=org%3Aun",
    );
    // The last char is never punctuation a linkifier would drop.
    check(
        Address::Search(SearchQuery::new("U.S.")),
        "#/search?q=U.S%2E",
    );
    // Filters in any order, as the old filter controls appended them.
    check_reads(
        "#/search?outlet=BBC&q=a%26b",
        Address::Search(SearchQuery {
            q: "a&b".into(),
            outlet: some("BBC"),
            ..SearchQuery::default()
        }),
    );
}

#[test]
fn entities() {
    check(Address::Entities(EntitiesQuery::default()), "#/entities");
    check(
        Address::Entities(EntitiesQuery {
            label: Some(Label::Person),
        }),
        "#/entities?type=PERSON",
    );
    check_reads(
        "#/entities?type=NOT_A_TYPE",
        Address::Entities(EntitiesQuery::default()),
    );
    check(
        Address::Entity {
            id: "person:josé-núñez".into(),
        },
        "#/entity/person%3Ajos%C3%A9-n%C3%BA%C3%B1ez",
    );
}

#[test]
fn compare() {
    check(Address::compare("a", "b"), "#/compare/a/b");
    check(
        Address::Compare {
            a: "a".into(),
            b: "b".into(),
            query: CompareQuery { pair: Some(0) },
        },
        "#/compare/a/b?pair=0",
    );
    check_reads("#/compare/a/b?pair=x", Address::compare("a", "b"));
}

#[test]
fn grid() {
    check(Address::Grid(GridQuery::default()), "#/compare");
    check(
        Address::Grid(GridQuery {
            docs: Some(strings(&["a", "b", "c"])),
        }),
        "#/compare?docs=a,b,c",
    );
    // The library used to write the list with its commas escaped.
    check_reads(
        "#/compare?docs=a%2Cb%2Cc",
        Address::Grid(GridQuery {
            docs: Some(strings(&["a", "b", "c"])),
        }),
    );
}

#[test]
fn unknown_paths_and_keys() {
    check(Address::NotFound, "#/404");
    check_reads("#/nowhere", Address::NotFound);
    check_reads("#/doc/", Address::NotFound);
    check_reads("#/doc/a/b", Address::NotFound);
    check_reads("#/doc/%FF", Address::NotFound);
    check_reads(
        "#/search/?q=x&future=1",
        Address::Search(SearchQuery::new("x")),
    );
    check_reads("", Address::library());
}
