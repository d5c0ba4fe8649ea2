//! The pairing model: what two units (clauses) share, read as a handful of general features,
//! and one logistic model that turns them into the probability that the two state the same
//! fact.
//!
//! The features are kinds of evidence, none about a story: shared words weighted over the two
//! articles (what this story says unusually often), shared common words weighted by how rare
//! they are in general English (`background.rs`), closeness in meaning of the common words
//! (static word vectors, so "killed" meets "death toll"), shared names (who it is about), and
//! the lead (both opening passages of two stories whose headlines pair). The weights were
//! fitted by logistic regression over all the development comparisons together with those of
//! seven other stories (`scripts/fit_pairing.py` reads the features `compare_features` prints;
//! the other stories' rows are `scripts/calibration/seven-stories.jsonl`), and the threshold
//! set once for all of them; nothing is fitted per article or per story. Why the other
//! stories: the 16 development comparisons are all one story, and weights fitted on them alone
//! leaned on what that story happens to share (its few recurring names, its leads); fitted over
//! eight stories, the model scored better on eleven stories that neither fit saw.

use super::prepare::Unit;

/// The model's weights, in the order of [`Evidence::features`], then the intercept.
const WEIGHTS: [f32; 8] = [4.002, 2.562, 1.955, 0.131, 0.145, 1.343, 0.475, 2.614];
const INTERCEPT: f32 = -5.210;
/// Probability at which two units count as the same fact.
pub const THRESHOLD: f32 = 0.36;
/// Taken from the log-odds of a pair whose two sentences name people and none in common:
/// evidence against, not a veto, since a sentence may name its subject only by a description
/// ("the former mayor was indicted on 21 counts") and name something else in passing
/// ("Hurricane Katrina"). Fitted by `scripts/fit_pairing.py` over the same comparisons, with
/// the weights above fixed, and never below 0. It is 0 today: over eight stories, such pairs
/// are one fact as often as their other evidence says (over the one development story alone
/// it was 0.73). Two members of one family still never pair, and two sentences naming
/// different people still don't join by a headline or a claim.
const NAMES_DISAGREE_PENALTY: f32 = 0.0;

/// Added to the shorter unit's weight when measuring how much of it the other contains, so a
/// three-word clause can't match anything that repeats its three words.
const CONTAINMENT_PRIOR: f32 = 1.0;
/// The same for background weights (a rare word weighs about 5).
const BACKGROUND_PRIOR: f32 = 3.0;
/// Story IDF of shared common words that counts as full evidence of shared wording.
const FULL_SHARED_WORDS: f32 = 4.0;
/// How much common-word (not name) evidence a pair needs, in story IDF units (one rare word,
/// or two frequent ones), unless the words' meanings are at least [`MEANING_GATE`] close:
/// names say who a sentence is about; the words say what it says about them. The two gates
/// below were set with the model over all 16 development comparisons (opening them raised the
/// leave-one-comparison-out F1 from 0.44 to 0.54), not for any one pair.
const MIN_SHARED_WORDS: f32 = 2.0;
const MEANING_GATE: f32 = 0.6;
/// The same in background weight: one shared word rarer than about 1 in 30,000 words of
/// English (Zipf 4.5: "earthquake", "deleted"), which the story may repeat in every sentence.
const MIN_SHARED_BACKGROUND: f32 = 2.5;

/// What two units share.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Evidence {
    /// TF-IDF cosine over both articles' sentences.
    pub story_cosine: f32,
    /// IDF-weighted share of the shorter unit found in the other.
    pub story_containment: f32,
    /// Story IDF of the shared common words (not names), saturating at 1.
    pub shared_words: f32,
    /// Background-weighted share of the shorter unit's common words found in the other.
    pub background_containment: f32,
    /// Background-weighted cosine of the two units' common words.
    pub background_cosine: f32,
    /// Cosine of the two units' meaning vectors (0 when either has none).
    pub meaning: f32,
    /// Shared names over the smaller name count (0 when either names nobody).
    pub names: f32,
    /// Both units open stories whose headlines pair.
    pub lead: bool,
    /// Background weight of the shared common words (not a feature: it opens the gate).
    shared_background: f32,
}

impl Evidence {
    pub fn of(x: &Unit, y: &Unit, lead: bool) -> Evidence {
        let mut e = Evidence {
            lead,
            ..Evidence::default()
        };
        let (mut shared_idf, mut shared_words_idf) = (0.0, 0.0);
        let (mut names_x, mut names_y, mut names_shared) = (0usize, 0usize, 0usize);
        let (mut i, mut j) = (0, 0);
        while i < x.vector.len() || j < y.vector.len() {
            let (tx, ty) = (x.vector.get(i).map(|v| v.0), y.vector.get(j).map(|v| v.0));
            match (tx, ty) {
                (Some(a), Some(b)) if a == b => {
                    let idf = x.idf.get(i).copied().unwrap_or(0.0);
                    e.story_cosine += x.vector[i].1 * y.vector[j].1;
                    shared_idf += idf;
                    let name = x.name.get(i).copied().unwrap_or(false);
                    if name {
                        names_shared += 1;
                        names_x += 1;
                        names_y += 1;
                    } else {
                        shared_words_idf += idf;
                    }
                    i += 1;
                    j += 1;
                }
                (Some(a), b) if b.is_none_or(|b| a < b) => {
                    names_x += usize::from(x.name.get(i).copied().unwrap_or(false));
                    i += 1;
                }
                _ => {
                    names_y += usize::from(y.name.get(j).copied().unwrap_or(false));
                    j += 1;
                }
            }
        }
        e.story_containment =
            (shared_idf / (x.idf_sum.min(y.idf_sum) + CONTAINMENT_PRIOR)).min(1.0);
        e.shared_words = (shared_words_idf / FULL_SHARED_WORDS).min(1.0);
        if names_x > 0 && names_y > 0 {
            e.names = names_shared as f32 / names_x.min(names_y) as f32;
        }

        let (mut dot, mut shared_bg) = (0.0, 0.0);
        let (mut i, mut j) = (0, 0);
        while i < x.words_bg.len() && j < y.words_bg.len() {
            match x.words_bg[i].0.cmp(&y.words_bg[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let w = x.words_bg[i].1;
                    dot += w * w;
                    shared_bg += w;
                    i += 1;
                    j += 1;
                }
            }
        }
        let square = |u: &Unit| u.words_bg.iter().map(|(_, w)| w * w).sum::<f32>();
        let norms = (square(x) * square(y)).sqrt();
        if norms > f32::EPSILON {
            e.background_cosine = dot / norms;
        }
        e.shared_background = shared_bg;
        e.background_containment =
            shared_bg / (x.words_bg_sum.min(y.words_bg_sum) + BACKGROUND_PRIOR);
        e.meaning = meaning(x, y);
        e
    }

    /// [`Evidence::of`] two units that share no word: every feature but meaning and the lead
    /// is 0, exactly as `of` would find them, without walking both word lists.
    pub fn of_meaning(x: &Unit, y: &Unit, lead: bool) -> Evidence {
        Evidence {
            lead,
            meaning: meaning(x, y),
            ..Evidence::default()
        }
    }

    /// The features in the model's order.
    pub fn features(&self) -> [f32; 8] {
        [
            self.story_cosine,
            self.story_containment,
            self.shared_words,
            self.background_containment,
            self.background_cosine,
            self.meaning,
            self.names,
            f32::from(u8::from(self.lead)),
        ]
    }

    /// Whether the two units share enough of what they say (not only whom they name) to be
    /// weighed at all.
    pub fn says_something_alike(&self) -> bool {
        self.shared_words * FULL_SHARED_WORDS >= MIN_SHARED_WORDS
            || self.shared_background >= MIN_SHARED_BACKGROUND
            || self.meaning >= MEANING_GATE
    }

    /// The probability that the two units state the same fact (0 when they share only names).
    pub fn score(&self) -> f32 {
        if !self.says_something_alike() {
            return 0.0;
        }
        let z = INTERCEPT
            + self
                .features()
                .iter()
                .zip(WEIGHTS)
                .map(|(f, w)| f * w)
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// A pair's `score` lowered for two sentences that name people and none in common
/// ([`NAMES_DISAGREE_PENALTY`]).
pub fn with_names_disagreeing(score: f32) -> f32 {
    if score <= 0.0 {
        return 0.0;
    }
    let s = score.min(1.0 - f32::EPSILON);
    let z = (s / (1.0 - s)).ln() - NAMES_DISAGREE_PENALTY;
    1.0 / (1.0 + (-z).exp())
}

/// The highest score meaning alone can give a pair: one that shares no word and isn't in
/// both leads. The comparison skips such pairs' vectors when this is under the least score
/// it keeps (a test checks that it is).
#[cfg(test)]
pub fn meaning_alone_max() -> f32 {
    Evidence {
        meaning: 1.0,
        ..Evidence::default()
    }
    .score()
}

/// Cosine of the two units' meaning vectors (unit length), 0 when either has none.
fn meaning(x: &Unit, y: &Unit) -> f32 {
    if x.meaning.is_empty() || x.meaning.len() != y.meaning.len() {
        return 0.0;
    }
    x.meaning
        .iter()
        .zip(&y.meaning)
        .map(|(a, b)| a * b)
        .sum::<f32>()
        .max(0.0)
}
