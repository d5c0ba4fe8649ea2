//! The entity index the app shows (each entity with its type and its mentions per article)
//! and the user's corrections to it (merge, rename, retype, hide), kept by the app as JSON.
//!
//! Entity ids are slugs of the machine's canonical name and label, so they stay stable across
//! builds as long as the extraction does, and corrections keep pointing at the same entities.
//! A renamed or retyped entity keeps its id.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::{Label, Mention};
use crate::document::slugify;
use crate::span::Span;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityIndex {
    /// Most-mentioned first, then by name.
    pub entities: Vec<Entity>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// URL-safe, unique in the index.
    pub id: String,
    pub name: String,
    pub label: Label,
    /// `(document index, mention spans in it)`, by document index.
    pub mentions_per_doc: Vec<(usize, Vec<Span>)>,
}

impl Entity {
    pub fn n_mentions(&self) -> usize {
        self.mentions_per_doc
            .iter()
            .map(|(_, spans)| spans.len())
            .sum()
    }
}

/// What a user changed by hand. Every field names entities by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Corrections {
    /// `(from, into)`: `from`'s mentions become `into`'s, and `from` disappears. Chains
    /// (`a -> b`, `b -> c`) are followed; a cycle is ignored.
    pub merges: Vec<(String, String)>,
    /// id -> new display name.
    pub renames: BTreeMap<String, String>,
    /// id -> new type.
    pub retypes: BTreeMap<String, Label>,
    /// Entities not to show at all (machine errors).
    pub hidden: BTreeSet<String>,
}

impl Corrections {
    pub fn is_empty(&self) -> bool {
        self.merges.is_empty()
            && self.renames.is_empty()
            && self.retypes.is_empty()
            && self.hidden.is_empty()
    }

    /// Where `id` ends up after the merges (itself if not merged, or if merging loops).
    pub fn merged_id<'a>(&'a self, id: &'a str) -> &'a str {
        let mut current = id;
        for _ in 0..=self.merges.len() {
            match self.merges.iter().find(|(from, _)| from == current) {
                Some((_, into)) if into != id => current = into,
                Some(_) => return id,
                None => return current,
            }
        }
        id
    }
}

impl EntityIndex {
    /// Groups the extraction (`per_doc[i]` = document `i`'s mentions) into entities. Only
    /// names are entities: dates and numbers are not listed.
    pub fn build(per_doc: &[Vec<Mention>]) -> EntityIndex {
        let mut groups: BTreeMap<(String, Label), BTreeMap<usize, Vec<Span>>> = BTreeMap::new();
        for (doc_idx, mentions) in per_doc.iter().enumerate() {
            for m in mentions.iter().filter(|m| m.label.is_name()) {
                groups
                    .entry((m.entity.clone(), m.label))
                    .or_default()
                    .entry(doc_idx)
                    .or_default()
                    .push(m.span);
            }
        }
        let mut used_ids: BTreeSet<String> = BTreeSet::new();
        let mut entities: Vec<Entity> = groups
            .into_iter()
            .map(|((name, label), docs)| {
                let base = entity_id(&name, label);
                let mut id = base.clone();
                let mut n = 2;
                while !used_ids.insert(id.clone()) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                Entity {
                    id,
                    name,
                    label,
                    mentions_per_doc: docs.into_iter().collect(),
                }
            })
            .collect();
        sort_entities(&mut entities);
        EntityIndex { entities }
    }

    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The id of the entity a mention belongs to.
    pub fn id_of(&self, mention: &Mention) -> Option<&str> {
        self.entities
            .iter()
            .find(|e| e.name == mention.entity && e.label == mention.label)
            .map(|e| e.id.as_str())
    }

    /// Entities that the story of document `a` names (a mention inside `story_a`, its body:
    /// the byline above it names who wrote the article, not whom it is about) and that document
    /// `b` never names, most mentioned first.
    pub fn only_in(&self, a: usize, story_a: Span, b: usize) -> Vec<&Entity> {
        let named = |e: &Entity, d: usize, inside: Option<Span>| {
            e.mentions_per_doc.iter().any(|(i, spans)| {
                *i == d && spans.iter().any(|s| inside.is_none_or(|r| r.contains(*s)))
            })
        };
        self.entities
            .iter()
            .filter(|e| named(e, a, Some(story_a)) && !named(e, b, None))
            .collect()
    }

    /// Entities mentioned in document `doc_idx`, with their number of mentions there.
    pub fn in_document(&self, doc_idx: usize) -> Vec<(&Entity, usize)> {
        self.entities
            .iter()
            .filter_map(|e| {
                e.mentions_per_doc
                    .iter()
                    .find(|(d, _)| *d == doc_idx)
                    .map(|(_, s)| (e, s.len()))
            })
            .collect()
    }
}

/// `donald-trump-person`: the slug of a name and its type.
pub fn entity_id(name: &str, label: Label) -> String {
    format!(
        "{}-{}",
        slugify(name),
        label.as_str().to_lowercase().replace('_', "-")
    )
}

/// The index as the user corrected it. Pure: the same index and corrections give the same
/// result; ids that name no entity are ignored.
pub fn apply_corrections(index: &EntityIndex, corrections: &Corrections) -> EntityIndex {
    let mut by_id: BTreeMap<String, Entity> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for e in &index.entities {
        let target = corrections.merged_id(&e.id);
        let target = if index.get(target).is_some() {
            target
        } else {
            e.id.as_str()
        };
        let into = by_id.entry(target.to_string()).or_insert_with(|| {
            order.push(target.to_string());
            let base = index.get(target).unwrap_or(e);
            Entity {
                mentions_per_doc: Vec::new(),
                ..base.clone()
            }
        });
        for (doc_idx, spans) in &e.mentions_per_doc {
            match into.mentions_per_doc.iter_mut().find(|(d, _)| d == doc_idx) {
                Some((_, existing)) => {
                    existing.extend(spans);
                    crate::sort::sort(existing);
                    existing.dedup();
                }
                None => into.mentions_per_doc.push((*doc_idx, spans.clone())),
            }
        }
        crate::sort::sort_by_key(&mut into.mentions_per_doc, |(d, _)| *d);
    }
    let mut entities: Vec<Entity> = order
        .into_iter()
        .filter_map(|id| by_id.remove(&id))
        .filter(|e| !corrections.hidden.contains(&e.id))
        .map(|mut e| {
            if let Some(name) = corrections
                .renames
                .get(&e.id)
                .filter(|n| !n.trim().is_empty())
            {
                e.name = name.trim().to_string();
            }
            if let Some(label) = corrections.retypes.get(&e.id) {
                e.label = *label;
            }
            e
        })
        .collect();
    sort_entities(&mut entities);
    EntityIndex { entities }
}

/// One document's mentions as the user corrected them: hidden entities dropped, merged,
/// renamed and retyped ones carrying their new name and type. `index` is the uncorrected
/// index the corrections' ids refer to.
pub fn apply_corrections_to_mentions(
    index: &EntityIndex,
    mentions: &[Mention],
    corrections: &Corrections,
) -> Vec<Mention> {
    let corrected = apply_corrections(index, corrections);
    let by_id: HashMap<&str, &Entity> = corrected
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e))
        .collect();
    mentions
        .iter()
        .filter_map(|m| {
            let Some(id) = index.id_of(m) else {
                return Some(m.clone());
            };
            let target = corrections.merged_id(id);
            let target = if index.get(target).is_some() {
                target
            } else {
                id
            };
            let entity = by_id.get(target)?;
            Some(Mention {
                span: m.span,
                label: entity.label,
                entity: entity.name.clone(),
            })
        })
        .collect()
}

fn sort_entities(entities: &mut [Entity]) {
    crate::sort::sort_by(entities, |a, b| {
        b.n_mentions()
            .cmp(&a.n_mentions())
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
}
