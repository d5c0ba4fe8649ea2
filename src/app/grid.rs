//! N articles at once (`#/compare?docs=<slug>,<slug>,…`): one row per fact, one column per
//! outlet, showing who carries each fact in which words and where their numbers disagree.
//!
//! Rows are the engine's fact clusters (`compare::clusters`) over every pairwise comparison,
//! precomputed ones from their file, the rest from the comparison worker (never this page).

use parallax::address::{Address, DocQuery, GridQuery};
use parallax::anchor;
use parallax::bundle::Bundle;
use parallax::compare::{self, Comparison, FactCluster, Relation};
use parallax::english::plural;
use parallax::present::{cut_passage, source_labels};
use yew::prelude::*;

use super::compare::{message, waiting};
use crate::components::address_link::AddressLink;
use crate::hooks::compare_worker::{use_comparisons, Computed};

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub query: GridQuery,
}

/// More columns than this don't fit a screen, and the pairwise comparisons grow as N².
pub const MAX_GRID_DOCS: usize = 8;

/// Longest passage shown whole in a cell; longer ones are cut at a word.
const CELL_CHARS: usize = 220;

#[component]
pub fn Grid(props: &GridProps) -> Html {
    let bundle = crate::data::use_bundle();
    let docs = &bundle.corpus.documents;
    let picked: Result<Vec<usize>, String> = match &props.query.docs {
        Some(list) => list
            .iter()
            .map(|slug| {
                bundle
                    .corpus
                    .index_of(slug)
                    .ok_or_else(|| format!("There is no article “{slug}” in this collection."))
            })
            .collect(),
        None => Ok((0..docs.len()).collect()),
    };
    let picked = picked.and_then(|mut p| {
        let mut seen = Vec::new();
        p.retain(|i| !seen.contains(i) && {
            seen.push(*i);
            true
        });
        match p.len() {
            0 | 1 => Err("Pick at least two articles to compare.".to_string()),
            n if n > MAX_GRID_DOCS => Err(format!(
                "{n} articles are too many for one grid: pick at most {MAX_GRID_DOCS} in the library."
            )),
            _ => Ok(p),
        }
    });
    // Every pair of the picked articles, each compared once (a with b, a before b).
    let pairs: Vec<(usize, usize)> = match &picked {
        Ok(p) => (0..p.len())
            .flat_map(|x| (x + 1..p.len()).map(move |y| (p[x], p[y])))
            .collect(),
        Err(_) => Vec::new(),
    };
    let comparisons = use_comparisons(bundle.clone(), pairs);
    let picked = match picked {
        Ok(p) => p,
        Err(e) => return message(&e),
    };
    let clusters = match comparisons {
        None => return waiting("Comparing the articles in your browser…"),
        Some(Err(e)) => return message(&format!("These articles can't be compared here: {e}.")),
        Some(Ok(found)) => fact_clusters(picked.len(), &found),
    };
    let m = picked.len();
    let shared: Vec<&FactCluster> = clusters.iter().filter(|c| c.docs.len() >= 2).collect();
    let everywhere = shared.iter().filter(|c| c.docs.len() == m).count();
    let disputed = shared.iter().filter(|c| c.numbers_disagree).count();
    let labels = source_labels(&picked.iter().map(|&i| &docs[i]).collect::<Vec<_>>());

    html! {
        <section class="grid-page" aria-labelledby="grid-title">
            <h1 id="grid-title">{ format!("{} compared", plural(m, "article")) }</h1>
            <p data-testid="grid-summary">
                { format!("{} told by more than one article, {everywhere} by all {m}. ", plural(shared.len(), "fact")) }
                if disputed > 0 {
                    <strong class="conflict-count">{ format!("Numbers or dates disagree in {disputed}.") }</strong>
                }
            </p>
            <div class="grid-scroll" tabindex="0" role="region" aria-label="Facts by article">
                <table class="fact-grid" data-testid="fact-grid">
                    <thead>
                        <tr>
                            <th scope="col">{ "Fact" }</th>
                            { for picked.iter().enumerate().map(|(col, &i)| {
                                let pair = picked.iter().find(|&&j| j != i).map(|&j| Address::compare(&docs[i].slug, &docs[j].slug));
                                html! {
                                    <th scope="col" key={col}>
                                        <span class="outlet">{ labels[col].clone() }</span>
                                        <AddressLink to={Address::doc(&docs[i].slug)} classes="grid-title">{ docs[i].meta.title.clone() }</AddressLink>
                                        if let Some(to) = pair {
                                            <AddressLink {to} classes="grid-pair-link">{ "side by side" }</AddressLink>
                                        }
                                    </th>
                                }
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for shared.iter().enumerate().map(|(row, cluster)| html! {
                            <tr key={row} class={classes!(cluster.numbers_disagree.then_some("row-conflict"))}>
                                <th scope="row">
                                    { format!("{} of {m}", cluster.docs.len()) }
                                    if cluster.numbers_disagree {
                                        <span class="badge badge-conflict">{ "disagree" }</span>
                                        <ul class="grid-why">
                                            { for cluster.numbers.iter().filter(|(_, _, n)| n.relation == Relation::Conflict).map(|(x, y, n)| html! {
                                                <li>{ format!("{} vs {}: {}", labels[*x], labels[*y], n.why) }</li>
                                            }) }
                                        </ul>
                                    }
                                </th>
                                { for (0..m).map(|col| cell(&bundle, picked[col], cluster, col)) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if shared.is_empty() {
                <p class="muted">{ "These articles share no passage that tells the same fact." }</p>
            }
        </section>
    }
}

/// The clusters of facts over `n` picked documents from their pairwise comparisons, in the
/// order `Grid` asked for them; `FactCluster::docs` are columns (indices into the picked list).
fn fact_clusters(n: usize, found: &[Computed]) -> Vec<FactCluster> {
    let columns = (0..n).flat_map(|x| (x + 1..n).map(move |y| (x, y)));
    let refs: Vec<(usize, usize, &Comparison)> = columns
        .zip(found)
        .map(|((x, y), (c, _))| (x, y, &**c))
        .collect();
    compare::clusters(&refs)
}

/// What column `col` (document `doc`) says of a fact: its first passage, linked to the
/// passage in the reader, or a dash when it doesn't carry the fact.
fn cell(bundle: &Bundle, doc: usize, cluster: &FactCluster, col: usize) -> Html {
    let d = &bundle.corpus.documents[doc];
    let Some(&(_, span)) = cluster.passages.iter().find(|(c, _)| *c == col) else {
        return html! { <td class="grid-missing"><span aria-label="not in this article">{ "—" }</span></td> };
    };
    let shown = cut_passage(span.slice(&d.text), CELL_CHARS).into_owned();
    let to = anchor::create(&d.text, span).ok().map(|s| Address::Doc {
        slug: d.slug.clone(),
        query: DocQuery::passage(s),
    });
    html! {
        <td dir="auto">
            if let Some(to) = to {
                <AddressLink {to} classes="grid-passage">{ shown }</AddressLink>
            } else {
                { shown }
            }
        </td>
    }
}
