//! Outlets named in a page's chrome or a repost line: "posted on the X website", "© 2017 X",
//! "This article originally appeared in X". Read by their shape, never from a list of outlets;
//! the one list here is of the nouns newspaper names take "The" with.

use super::lines::{looks_like_name, squash_spaces, word_count};
use crate::english::month_number;

/// Nouns that newspaper names take "The" with ("The New York Times", "The Daily Beast").
const THE_NOUNS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "Guardian",
    "Atlantic",
    "Hill",
    "Telegraph",
    "Independent",
    "Economist",
    "Globe",
    "Herald",
    "Tribune",
    "Beast",
    "Observer",
    "Chronicle",
    "Examiner",
    "Intercept",
    "Verge",
    "Hindu",
    "Sun",
    "Mail",
    "Mirror",
    "Register",
    "Gazette",
    "Inquirer",
    "Enquirer",
    "Spectator",
    "Nation",
    "New Yorker",
    "Express",
];

/// Nouns that end a paper's name and no person's: "Jackson Free Press", "Houston Chronicle",
/// "Dallas Morning News", whose first words are also given names.
const PAPER_NOUNS: &[&str] = &[
    "Press",
    "News",
    "Times",
    "Journal",
    "Chronicle",
    "Herald",
    "Tribune",
    "Gazette",
    "Telegraph",
    "Examiner",
    "Courier",
    "Observer",
    "Inquirer",
    "Enquirer",
    "Dispatch",
    "Statesman",
    "Bulletin",
];

/// `name` ends as a paper's name does ("… Free Press", "… Chronicle"), so it names no person.
pub(crate) fn ends_like_a_paper(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .and_then(|w| w.rsplit('-').next())
        .is_some_and(|w| PAPER_NOUNS.contains(&w))
}

/// An outlet named in chrome or a repost line: "posted on the X website", "Subscribe to X
/// digital", "No X Journalist was involved", "© 2017 X", "Copyright 2017 X", "This article
/// originally appeared in X", "Reprinted from X".
pub(crate) fn outlet_in(s: &str) -> Option<String> {
    let s = &squash_spaces(s);
    // A repost credit names the outlet the piece first ran in; it may end the line.
    const REPOST_ENDS: &[&str] = &[
        " on ", " in ", " and ", " under ", " with ", " website", ",", ";", " (", ". ",
    ];
    for lead in [
        "originally appeared in ",
        "originally appeared on ",
        "first appeared in ",
        "first appeared on ",
        "originally published in ",
        "originally published on ",
        "originally published by ",
        "first published in ",
        "first published by ",
        "Reprinted from ",
        "Reprinted with permission from ",
        "Republished from ",
        "Reposted from ",
    ] {
        let Some(i) = s.find(lead) else { continue };
        let rest = s[i + lead.len()..].trim_end_matches(['.', ' ']);
        let end = REPOST_ENDS
            .iter()
            .filter_map(|e| rest.find(e))
            .min()
            .unwrap_or(rest.len());
        let name = rest[..end].trim();
        let name = name.strip_prefix("the ").unwrap_or(name);
        if looks_like_name(name)
            && word_count(name) <= 5
            && month_number(name.split_whitespace().next().unwrap_or("")).is_none()
        {
            return Some(name.to_string());
        }
    }
    let patterns: &[(&str, &[&str])] = &[
        ("posted on the ", &[" website", " site", " web site"]),
        ("posted on ", &[" website", " site"]),
        ("published on the ", &[" website", " site"]),
        ("published by the ", &[" website", " on "]),
        (
            "Subscribe to ",
            &[
                " digital",
                " and ",
                " for ",
                " newsletter",
                " today",
                " now",
            ],
        ),
        ("No ", &[" Journalist", " journalist", " staff"]),
        ("Copyright © ", &["."]),
        ("© ", &[".", " All rights"]),
    ];
    for (lead, ends) in patterns {
        let Some(i) = s.find(lead) else { continue };
        let rest = &s[i + lead.len()..];
        let Some(end) = ends.iter().filter_map(|e| rest.find(e)).min() else {
            continue;
        };
        let name = rest[..end].trim();
        // Copyright lines open with a year.
        let name = name
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == ',')
            .trim();
        if !looks_like_name(name) || word_count(name) > 5 {
            continue;
        }
        let takes_the = lead.ends_with("the ") && THE_NOUNS.iter().any(|n| name.ends_with(n));
        return Some(if takes_the && !name.starts_with("The ") {
            format!("The {name}")
        } else {
            name.to_string()
        });
    }
    None
}
