//! Browser tests of the real components, mounted with the embedded seed corpus in headless
//! Chromium (`scripts/test.sh wasm`). Each test mounts the whole app at one address and checks
//! what a reader sees; the end-to-end tests in `e2e/` cover the built site as a user meets it.
#![cfg(target_arch = "wasm32")]

use parallax::bundle::Bundle;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app at `hash` into a fresh element and waits for it to render.
async fn mount(hash: &str) -> (Element, yew::AppHandle<parallax_web::app::App>) {
    let window = web_sys::window().unwrap();
    window.location().set_hash(hash).unwrap();
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<parallax_web::app::App>::with_root(root.clone()).render();
    settle().await;
    (root, handle)
}

/// Lets Yew's scheduler and the router's hash listener run.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

fn bundle() -> Bundle {
    parallax_web::data::load()
        .map(|b| (*b).clone())
        .expect("the embedded bundle decodes")
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn testid(root: &Element, id: &str) -> Vec<Element> {
    all(root, &format!("[data-testid={id}]"))
}

#[wasm_bindgen_test]
async fn library_lists_every_article_with_its_title() {
    let bundle = bundle();
    let (root, handle) = mount("#/").await;
    let links = testid(&root, "doc-link");
    assert_eq!(links.len(), bundle.corpus.documents.len());
    for doc in &bundle.corpus.documents {
        assert!(
            links
                .iter()
                .any(|l| l.text_content().unwrap_or_default() == doc.meta.title),
            "{}",
            doc.meta.title
        );
    }
    handle.destroy();
}

#[wasm_bindgen_test]
async fn reader_folds_boilerplate_until_asked() {
    let bundle = bundle();
    let doc = bundle
        .corpus
        .documents
        .iter()
        .find(|d| !d.boilerplate.is_empty())
        .expect("a seed with boilerplate");
    let (root, handle) = mount(&format!("#/doc/{}", doc.slug)).await;
    assert_eq!(
        testid(&root, "doc-title")[0].text_content().unwrap(),
        doc.meta.title
    );
    let folded = &testid(&root, "boilerplate")[0];
    assert!(folded.has_attribute("hidden"), "boilerplate starts hidden");
    testid(&root, "boilerplate-toggle")[0]
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert!(
        !testid(&root, "boilerplate")[0].has_attribute("hidden"),
        "the toggle shows it"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn reader_highlights_every_entity_mention_with_its_label() {
    let bundle = bundle();
    let (root, handle) = mount(&format!("#/doc/{}", bundle.corpus.documents[0].slug)).await;
    let labelled = all(&root, "mark.ent[data-label]");
    let expected = bundle.mentions[0].iter().filter(|m| {
        // Mentions in the title are shown in the header, not the body.
        bundle.corpus.documents[0]
            .title_span
            .is_none_or(|t| m.span.start >= t.end)
    });
    assert_eq!(
        labelled.len(),
        expected.count(),
        "one labelled mark per mention, no cap"
    );
    assert!(!testid(&root, "entity-item").is_empty());
    handle.destroy();
}

/// A misspelling the engine corrects, made from a word of an article's title (one letter
/// dropped), so the test runs on any corpus: the typo and the engine's suggestion.
fn typo_with_a_suggestion(bundle: &Bundle) -> (String, String) {
    let options = parallax::search::SearchOptions::default();
    bundle
        .corpus
        .documents
        .iter()
        .flat_map(|d| d.meta.title.split_whitespace())
        .filter(|w| w.chars().count() >= 7 && w.chars().all(char::is_alphabetic))
        .find_map(|word| {
            let drop_at = word.char_indices().nth(3)?.0;
            let typo = format!(
                "{}{}",
                &word[..drop_at],
                &word[drop_at..].chars().skip(1).collect::<String>()
            );
            let results = bundle
                .search
                .search(&bundle.corpus.documents, &typo, &options);
            let suggestion = results.did_you_mean.filter(|_| results.total > 0)?;
            Some((typo, suggestion))
        })
        .expect(
            "some title word of seven letters or more, misspelt, finds articles and a suggestion",
        )
}

#[wasm_bindgen_test]
async fn search_results_mark_hits_and_suggest_spellings() {
    let (typo, suggestion) = typo_with_a_suggestion(&bundle());
    let address = parallax::address::Address::Search(parallax::address::SearchQuery::new(&typo));
    let (root, handle) = mount(&address.href()).await;
    assert!(
        !testid(&root, "result").is_empty(),
        "a typo still finds articles"
    );
    assert!(
        !all(&root, ".snippet mark.hit").is_empty(),
        "snippets mark the hits"
    );
    let shown = testid(&root, "did-you-mean");
    assert!(shown[0].text_content().unwrap().contains(&suggestion));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_garbage_passage_link_shows_a_message_and_the_article() {
    let bundle = bundle();
    let slug = &bundle.corpus.documents[1].slug;
    let (root, handle) = mount(&format!("#/doc/{slug}?p=zz-1&q=%ZZ%%")).await;
    assert!(
        !testid(&root, "passage-notice").is_empty(),
        "the reader says the link is broken"
    );
    assert!(
        !testid(&root, "doc-body").is_empty(),
        "and still shows the article"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_panic_shows_a_banner_with_its_message_and_a_reload_button() {
    parallax_web::hooks::panic_banner::show("index out of bounds: the len is 3");
    let document = web_sys::window().unwrap().document().unwrap();
    let banner = document
        .query_selector("[data-testid=panic-banner]")
        .unwrap()
        .expect("a banner");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner
        .text_content()
        .unwrap()
        .contains("index out of bounds"));
    let button = banner
        .query_selector("button")
        .unwrap()
        .expect("a Reload button");
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
    banner.remove();
}
