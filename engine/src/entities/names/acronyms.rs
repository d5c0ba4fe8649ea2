//! Pass 3 of the name finder: acronyms in parentheses, a common noun's ("political action
//! committee (PAC)") or a name's ("Federal Election Commission (FEC)").

use std::collections::{HashMap, HashSet};

use crate::entities::lexicon::{self};
use crate::entities::tokens::Token;
use crate::entities::Label;

use super::{Cand, Conf};

/// Pass 3: acronyms in parentheses. Returns acronyms that name a common noun ("political
/// action committee (PAC)"), never entities; links the others to the name before them.
pub(super) fn acronyms(tokens: &[Token<'_>], cands: &mut Vec<Cand>) -> HashSet<String> {
    let mut suppressed = HashSet::new();
    let mut linked: HashMap<String, String> = HashMap::new();
    for i in 1..tokens.len().saturating_sub(1) {
        let acr = &tokens[i];
        if tokens[i - 1].text != "(" || tokens[i + 1].text != ")" || !lexicon::is_all_caps(acr.text)
        {
            continue;
        }
        let letters: Vec<char> = acr.text.chars().filter(|c| c.is_alphabetic()).collect();
        if !(2..=8).contains(&letters.len()) {
            continue;
        }
        // The words before "(", skipping small words, whose initials spell the acronym.
        let mut initials = Vec::new();
        let mut k = i - 1;
        let mut lower_case = true;
        while k > 0 && initials.len() < letters.len() {
            k -= 1;
            let w = &tokens[k];
            if !w.is_word {
                break;
            }
            if matches!(w.text, "of" | "and" | "for" | "the" | "on" | "&") {
                continue;
            }
            initials.push(w.text.chars().next().unwrap_or(' ').to_ascii_uppercase());
            lower_case &= !w.is_capitalised();
        }
        initials.reverse();
        if initials != letters {
            continue;
        }
        if lower_case {
            suppressed.insert(acr.text.to_string());
        } else if let Some(name) = cands
            .iter()
            .find(|c| c.last == i - 1 && c.label == Some(Label::Org))
        {
            let canonical = name.canonical.clone().unwrap_or_else(|| {
                (name.first..name.last)
                    .map(|k| tokens[k].text)
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            linked.insert(acr.text.to_string(), canonical);
        }
    }
    if linked.is_empty() {
        return suppressed;
    }
    let mut covered = vec![false; tokens.len()];
    for c in cands.iter_mut() {
        covered[c.first..c.last]
            .iter_mut()
            .for_each(|slot| *slot = true);
        if c.last - c.first == 1 {
            if let Some(canonical) = linked.get(tokens[c.first].text) {
                c.label = Some(Label::Org);
                c.canonical = Some(canonical.clone());
            }
        }
    }
    // An acronym that is also a word ("GEM") was not a candidate on its own.
    for (i, t) in tokens.iter().enumerate() {
        if let Some(canonical) = linked.get(t.text).filter(|_| !covered[i]) {
            cands.push(Cand {
                first: i,
                last: i + 1,
                span: t.span,
                label: Some(Label::Org),
                conf: Conf::Sure,
                canonical: Some(canonical.clone()),
                after_title: false,
            });
        }
    }
    suppressed
}
