//! Side-by-side comparison of news articles: which passages of two stories tell the same fact
//! or quote the same words, whether their numbers and dates agree, what each one has alone,
//! and, over N stories, which facts each one carries.
//!
//! How (collation à la Juxta/CollateX and passim, but for paraphrase):
//! 1. Passages are the title and the sentences of the article content (`sentences.rs`);
//!    boilerplate is never compared. Each sentence is cut into units (`clauses.rs`): its main
//!    clauses, and its comma-set relative clauses, which carry facts of their own.
//! 2. Each unit gets its terms (stemmed content words, `words.rs`; dates are left to the
//!    numbers) weighted two ways: by IDF over both articles' sentences (what this story says
//!    unusually often) and by how rare each word is in general English, with a meaning vector
//!    from static word vectors (`background.rs`: both tables generated from general sources,
//!    never from articles), computed once per document (`prepare.rs`).
//! 3. Every unit pair's evidence (shared wording both ways, closeness in meaning, shared names,
//!    both in the lead of two stories whose headlines pair) goes through one logistic model
//!    fitted over all development comparisons and seven other stories together
//!    (`evidence.rs`). Units sharing only
//!    names (who a sentence is about is not what it says) and sentences naming different
//!    people never pair. The best unit pair stands for its sentence pair; pairs at the
//!    threshold are kept, many-to-many; a headline joins the partners of the lead sentence it
//!    sums up, when the model finds that pair more likely than not. (Pairs that close a square
//!    of kept pairs once joined too: on stories never developed on, four of five were wrong.)
//!    A shared quotation (`quotes.rs`: Smith-Waterman over the quoted words) makes a `quote`.
//! 4. Numbers are claims (read by `claims.rs`, compared by `numbers.rs`): each measure with what it counts ("emails", "dead")
//!    and whom or where it is about ("in Puebla"); what a figure counts is read in its own
//!    phrase, past a verb that moves it ("the death toll rose to 225" counts the toll) and
//!    never from another measure's words. Inside each pair the measures are reconciled (the
//!    same exact figure is one claim whatever words count it, and so are the one counts of two
//!    passages that tell one fact, unless they conflict); across the two whole articles,
//!    counts of the same thing about the same named subject pair too, even where their
//!    sentences don't ("Morelos: 55 dead" in a list, "71 in Morelos state" after "94 dead in
//!    …"). Two numbers about different things or places never conflict, and the reason names
//!    the claim. In one story, the passages that state its toll tell one fact, whatever
//!    figure each gives. A figure restated beside itself ("135 months — or more than 11
//!    years", "a 3,676-metre (12,060-foot) volcano") meets its partner in both forms.
//!
//! 5. Over N stories, `clusters.rs` joins the pairwise results into facts.
//!
//! Everything is deterministic. Two 2,000-word articles take ~8 ms of CPU natively (release,
//! `compare_bench`): about two thirds is reading the sentences (words, stems, measures), one
//! tenth the pair scoring. The reading depends on the document alone, so [`Readings`] keep it
//! across comparisons (2.5 ms for a pair whose documents were read before).

mod background;
mod claims;
mod clauses;
mod clusters;
mod evidence;
mod numbers;
mod prepare;
mod quotes;
mod sentences;
mod words;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::measure::MeasureKind;
use crate::span::Span;

pub use clusters::{clusters, compare_many, FactCluster};
pub use numbers::{NumberPair, Relation};
pub use quotes::{DiffOp, DiffTag};
pub use sentences::sentences;

use evidence::Evidence;
pub use prepare::Readings;
use prepare::{Prepared, Sentence, Vocabulary};

/// Whether a pair shares the same quoted words or only the same fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PairKind {
    /// Both passages quote the same words (of the same speaker, where one is named).
    Quote,
    /// The same fact in other words.
    Fact,
}

/// Two passages, one per article, that tell the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PassagePair {
    pub a: Span,
    pub b: Span,
    pub kind: PairKind,
    /// The pairing model's probability that the two passages state one fact, 0..1 (see
    /// [`PassagePair::joined`] for fact pairs under the threshold).
    pub score: f32,
    /// For quotes: the word-level diff between the two renderings.
    // Always serialised (as null when absent): the bundle is postcard, which can't skip fields.
    #[serde(default)]
    pub diff: Option<Vec<DiffOp>>,
    /// For quotes: who is quoted, where either passage says.
    #[serde(default)]
    pub speaker: Option<String>,
}

impl PassagePair {
    /// A fact pair the model scores under its threshold: it was joined through another pair (a
    /// headline shares the pair of the lead sentence it sums up) or by a claim both state, so
    /// its score says how little its own words share, not how sure the pairing is.
    pub fn joined(&self) -> bool {
        self.kind == PairKind::Fact && self.score < FACT_THRESHOLD
    }
}

/// The comparison of article `a` with article `b`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The articles' `doc` names.
    pub a: String,
    pub b: String,
    pub pairs: Vec<PassagePair>,
    pub numbers: Vec<NumberPair>,
    /// Passages of `a` (then `b`) that no passage of the other article matches.
    pub only_a: Vec<Span>,
    pub only_b: Vec<Span>,
    /// Names the entity extraction finds in one article and not the other
    /// (`entities::EntityIndex::only_in`). [`compare`] leaves them empty: it never extracts
    /// entities (the comparison worker carries no lexicons, and the app reads the corpus's
    /// own `EntityIndex`); the CLI fills them with [`crate::entities::names_only_in`].
    pub entities_only_a: Vec<String>,
    pub entities_only_b: Vec<String>,
}

/// Pairing score (the model's probability, `evidence.rs`) at which two passages count as the
/// same fact: calibrated over all the comparisons the model is fitted on together, leaning to precision
/// (a wrong pair misleads a reader more than a missing one); one global number.
pub const FACT_THRESHOLD: f32 = evidence::THRESHOLD;

/// How many names (terms mostly written capitalised: "Geismar", "Jindal", "Williams") two
/// articles must share to report one story whatever their headlines say. Read off Reuters
/// (`../shared/corpora`), not off any comparison's gold: of 100 pairs of stories drawn at
/// random, half share no name and none more than four, while reports of one event by
/// different outlets mostly share five to a dozen.
const ONE_STORY_SHARED_NAMES: usize = 5;

/// Both headlines give a toll of one kind ("Explosion at US chemical plant kills two" /
/// "Blast at La. Plant Kills 1, More than 70 Hurt") and the two reports were published at most
/// [`MAX_DAYS_APART_TO_CONFLICT`] apart. With two names in common (the state and the town,
/// "Louisiana" and "Geismar"; `Pair::prepare` counts them anyway), two reports of one
/// disaster, though their headlines share no name and few words. One name in common is often
/// only the country, which two disasters of one week share.
fn headlines_give_one_toll(a: &Document, b: &Document, pa: &Prepared, pb: &Prepared) -> bool {
    let days_apart = published_day(a)
        .zip(published_day(b))
        .map(|(x, y)| (x - y).abs());
    if days_apart.is_none_or(|d| d > MAX_DAYS_APART_TO_CONFLICT) {
        return false;
    }
    let tolls = |p: &Prepared| -> Vec<&'static str> {
        p.sentences
            .first()
            .map(|s| s.measures.iter().filter_map(numbers::toll_of).collect())
            .unwrap_or_default()
    };
    let (ta, tb) = (tolls(pa), tolls(pb));
    ta.iter().any(|t| tb.contains(t))
}

/// How many names two prepared articles share, each counted once.
fn shared_names(a: &Prepared, b: &Prepared) -> usize {
    let names = |p: &Prepared| {
        let mut all: Vec<u32> = p
            .sentences
            .iter()
            .flat_map(|s| s.names.iter().copied())
            .collect();
        crate::sort::sort(&mut all);
        all.dedup();
        all
    };
    let (na, nb) = (names(a), names(b));
    na.iter().filter(|n| nb.binary_search(n).is_ok()).count()
}

/// The least model score of a pair whose verdict a headline shares with the lead sentence it
/// sums up (see `Pair::headlines_join_their_leads`): more likely than not.
const HEADLINE_JOIN: f32 = 0.5;

/// The most days between two articles' publication for their figures to conflict. Reports
/// further apart give a figure as it stood on each day: a toll that rose, a weekly statistic,
/// this month's bill sale and next month's are updates, not a contradiction. A wire and the
/// next morning's paper are a day apart; a weekend edition two.
const MAX_DAYS_APART_TO_CONFLICT: f64 = 2.0;

/// How many passages open a story, its headline included: the headline and the first two
/// sentences, where a news story states its main fact. None without a headline.
const LEAD_PASSAGES: usize = 3;

/// Compares two articles: prepare both, score every unit pair and keep the best per
/// sentence pair, drop pairs about different people, decide which pairs tell one fact, then
/// turn those into passage pairs with their numbers reconciled, and pair the remaining
/// number claims across the whole articles (two passages stating one claim then pair too).
pub fn compare(a: &Document, b: &Document) -> Comparison {
    compare_with(&mut Readings::default(), a, b)
}

/// [`compare`], reading each document only once across calls: `readings` keeps what was read
/// of every document compared with it before (the worker keeps one for its lifetime, the
/// bundle builder one for all the corpus's pairs).
pub fn compare_with(readings: &mut Readings, a: &Document, b: &Document) -> Comparison {
    let pair = Pair::prepare(readings, a, b);
    let mut best = pair.best_unit_pairs();
    pair.separate_different_people(&mut best);
    let mut verdicts = model_verdicts(&best);
    pair.headlines_join_their_leads(&best, &mut verdicts);
    let mut aligned = pair.align(a, b, &best, &verdicts);
    let published = (published_day(a), published_day(b));
    pair.pair_remaining_claims(&best, published, &mut aligned.numbers);
    // Only claims that stand join their passages.
    drop_conflicts_that_dont_stand(&mut aligned.numbers, (&a.text, &b.text), published);
    let tolls = pair.tolls_join_their_passages(&best, &mut verdicts);
    let figures = pair.figures_join_their_passages(&best, &mut verdicts);
    if pair.claims_join_their_passages(&aligned.numbers, &best, &mut verdicts) || tolls || figures {
        aligned = pair.align(a, b, &best, &verdicts);
        pair.pair_remaining_claims(&best, published, &mut aligned.numbers);
    }
    let Aligned {
        pairs,
        mut numbers,
        matched_a,
        matched_b,
    } = aligned;
    pair.restatements_share_partners((&a.text, &b.text), &mut numbers);
    drop_conflicts_that_dont_stand(&mut numbers, (&a.text, &b.text), published);
    crate::sort::sort_by_key(&mut numbers, |n| (n.a, n.b));
    Comparison {
        a: a.doc.clone(),
        b: b.doc.clone(),
        only_a: unmatched(&pair.a, &matched_a),
        only_b: unmatched(&pair.b, &matched_b),
        pairs,
        numbers,
        entities_only_a: Vec::new(),
        entities_only_b: Vec::new(),
    }
}

/// The article's publication day, which the dates it looks ahead to come after.
fn published_day(d: &Document) -> Option<f64> {
    d.meta
        .published
        .as_deref()
        .and_then(crate::measure::parse_iso)
        .map(|day| day as f64)
}

/// Drops the conflicts another figure settles ([`drop_conflicts_settled_elsewhere`]), and all
/// of them between reports published too far apart to contradict each other
/// ([`MAX_DAYS_APART_TO_CONFLICT`]).
fn drop_conflicts_that_dont_stand(
    numbers: &mut Vec<NumberPair>,
    texts: (&str, &str),
    published: (Option<f64>, Option<f64>),
) {
    drop_conflicts_settled_elsewhere(numbers, texts);
    if let (Some(x), Some(y)) = published {
        if (x - y).abs() > MAX_DAYS_APART_TO_CONFLICT {
            numbers.retain(|n| n.relation != numbers::Relation::Conflict);
        }
    }
}

/// A figure that agrees with a figure of the other article has found the claim it states there:
/// its conflict with yet another figure is about something else. In two reports of a price
/// table, "butter at 2.27 times New York May" equals its twin row and conflicts with "liquor at
/// 1.25 times New York July" only because two rows read alike. Not a figure that merely fits a
/// count told in words ("dozens were killed"): that "45 dead" fits it does not make "38 dead"
/// another claim. (`texts`: the two articles' texts, which the spans are of.)
fn drop_conflicts_settled_elsewhere(numbers: &mut Vec<NumberPair>, texts: (&str, &str)) {
    let has_digits = |text: &str, s: Span| s.slice(text).contains(|c: char| c.is_ascii_digit());
    let settles = |n: &&NumberPair| {
        n.relation == numbers::Relation::Same
            || n.relation == numbers::Relation::Compatible
                && has_digits(texts.0, n.a)
                && has_digits(texts.1, n.b)
    };
    let agreed_a: Vec<Span> = numbers.iter().filter(settles).map(|n| n.a).collect();
    let agreed_b: Vec<Span> = numbers.iter().filter(settles).map(|n| n.b).collect();
    numbers.retain(|n| {
        n.relation != numbers::Relation::Conflict
            || !(agreed_a.contains(&n.a) || agreed_b.contains(&n.b))
    });
}

/// For each sentence pair (row-major, `i * n_b + j`), its best unit pair:
/// `(score, unit of a, unit of b)`; `None` where the sentences have no units.
type BestPairs = Vec<Option<(f32, usize, usize)>>;

/// The passage pairs of two articles, their reconciled numbers, and which sentences of each
/// side some pair matched.
struct Aligned {
    pairs: Vec<PassagePair>,
    numbers: Vec<NumberPair>,
    matched_a: Vec<bool>,
    matched_b: Vec<bool>,
}

/// The sentences of `p` that no pair matched.
fn unmatched(p: &Prepared, matched: &[bool]) -> Vec<Span> {
    p.sentences
        .iter()
        .zip(matched)
        .filter(|(_, m)| !**m)
        .map(|(x, _)| x.span)
        .collect()
}

/// Reconciles the measures of `x` inside `span_a` with those of `y` inside `span_b` (a
/// relative clause's pair reconciles the clause's own measures, not its sentence's), adding
/// the number pairs not yet in `numbers`; with `agreeing_only`, not those that conflict.
fn reconcile_measures(
    (x, span_a): (&Sentence, Span),
    (y, span_b): (&Sentence, Span),
    agreeing_only: bool,
    numbers: &mut Vec<NumberPair>,
) {
    let ma: Vec<&numbers::Located> = x
        .measures
        .iter()
        .filter(|m| span_a.contains(m.measure.span))
        .collect();
    let mb: Vec<&numbers::Located> = y
        .measures
        .iter()
        .filter(|m| span_b.contains(m.measure.span))
        .collect();
    for (mi, mj, relation, why) in numbers::reconcile(&ma, &mb) {
        if agreeing_only && relation == numbers::Relation::Conflict {
            continue;
        }
        let pair = NumberPair {
            a: ma[mi].measure.span,
            b: mb[mj].measure.span,
            relation,
            why,
        };
        if !numbers.iter().any(|n| n.a == pair.a && n.b == pair.b) {
            numbers.push(pair);
        }
    }
}

/// Whether a sentence pair tells one fact, and on what evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// Not one fact (it may still share a quotation).
    Apart,
    /// The model scores the pair at the threshold.
    Own,
    /// One side is a headline that sums up a sentence paired with the other side
    /// (`Pair::headlines_join_their_leads`).
    Headline,
    /// The two state claims about the same counted, named thing
    /// (`Pair::claims_join_their_passages`).
    Claim,
}

/// Which sentence pairs tell the same fact on the model's evidence: those it scores at the
/// threshold. Pairing is many to many (every passage of each side that states a fact pairs
/// with every passage of the other that states it), but not transitive: a pair that merely
/// closes a square of kept pairs (`i`~`j2`, `i2`~`j2`, `i2`~`j`) is most often two facts,
/// since a sentence that tells two facts links each to the other's partners ("Acme, which
/// runs ferries, asked its banks for time" joins "Acme runs ferries" to "the banks gave Acme
/// time"). Such pairs once joined: on eleven stories never developed on, 12 of 68 were right.
fn model_verdicts(best: &[Option<(f32, usize, usize)>]) -> Vec<Verdict> {
    best.iter()
        .map(|b| match b {
            Some((score, _, _)) if *score >= FACT_THRESHOLD => Verdict::Own,
            _ => Verdict::Apart,
        })
        .collect()
}

/// Two documents prepared for comparison, and whether their leads tell one story.
struct Pair {
    a: Prepared,
    b: Prepared,
    /// How many passages open each story (see [`lead_passages`]).
    lead_a: usize,
    lead_b: usize,
    /// The two headlines tell the same fact, so the two leads retell it.
    headlines_pair: bool,
    /// The two report one story: their headlines pair, or name someone or something in common
    /// ("Shire agrees terms of £46bn Takeda takeover offer" / "Takeda CEO finally closes on
    /// his $62B deal to buy Shire", which share no word the model weighs), or the two
    /// articles name the same people, places and bodies ([`ONE_STORY_SHARED_NAMES`]: "US
    /// chemical plant" / "La. plant" headlines of one blast, both naming its town, company,
    /// governor and plant manager), or both headlines give a toll of one kind
    /// ([`headlines_give_one_toll`]). Read by the number
    /// claims (`numbers::pair_claims`), not by the pairing model: a headline that names the
    /// story's subject says which story it is, not that its lead retells the other's.
    one_story: bool,
}

impl Pair {
    fn prepare(readings: &mut Readings, a: &Document, b: &Document) -> Pair {
        let mut vocabulary = Vocabulary::default();
        let mut pa = Prepared::new(a, &readings.of(a), &mut vocabulary);
        let mut pb = Prepared::new(b, &readings.of(b), &mut vocabulary);
        vocabulary.weigh(&mut [&mut pa, &mut pb]);
        // Inverted pyramid: when the two headlines tell the same fact, the two stories lead
        // with it, and their opening passages retell it in other words. Being both in the
        // lead is one piece of a pair's evidence.
        let lead_a = lead_passages(a, &pa);
        let lead_b = lead_passages(b, &pb);
        let headlines_pair = lead_a > 0
            && lead_b > 0
            && pa
                .units
                .first()
                .zip(pb.units.first())
                .is_some_and(|(x, y)| {
                    x.sentence == 0
                        && y.sentence == 0
                        && Evidence::of(x, y, false).score() >= FACT_THRESHOLD
                })
            && !names_disagree(&pa.sentences[0].names, &pb.sentences[0].names);
        let one_story = headlines_pair
            || lead_a > 0
                && lead_b > 0
                && pa.sentences[0]
                    .names
                    .iter()
                    .any(|n| pb.sentences[0].names.binary_search(n).is_ok())
            || {
                // Counted only when the headlines don't settle it.
                let shared = shared_names(&pa, &pb);
                shared >= ONE_STORY_SHARED_NAMES
                    || lead_a > 0
                        && lead_b > 0
                        && shared >= 2
                        && headlines_give_one_toll(a, b, &pa, &pb)
            };
        Pair {
            one_story,
            a: pa,
            b: pb,
            lead_a,
            lead_b,
            headlines_pair,
        }
    }

    fn lead(&self, x: &prepare::Unit, y: &prepare::Unit) -> bool {
        self.headlines_pair && x.sentence < self.lead_a && y.sentence < self.lead_b
    }

    /// The lead sentences of `p` whose fact its headline states: those its headline unit pairs
    /// with as the model pairs two articles' passages.
    fn retold_by_headline(p: &Prepared, lead: usize) -> Vec<usize> {
        if lead == 0 {
            return Vec::new();
        }
        let headline: Vec<&prepare::Unit> = p.units.iter().filter(|u| u.sentence == 0).collect();
        (1..lead)
            .filter(|&k| {
                p.units.iter().filter(|u| u.sentence == k).any(|y| {
                    headline
                        .iter()
                        .any(|x| Evidence::of(x, y, false).score() >= FACT_THRESHOLD)
                })
            })
            .collect()
    }

    /// A headline states the fact of the lead sentence it sums up, so it pairs with every
    /// passage of the other article that pairs with that sentence (pairing is exhaustive
    /// within a fact, titles included), and with the other headline when that one sums up
    /// the partner; unless the two name different people. Only pairs the model finds more
    /// likely than not ([`HEADLINE_JOIN`]) are joined: a join repeats a pair's verdict for the
    /// headline, so a doubtful pair's error would be made twice.
    fn headlines_join_their_leads(&self, best: &BestPairs, verdicts: &mut [Verdict]) {
        let (n_a, n_b) = (self.a.sentences.len(), self.b.sentences.len());
        let sure = |i: usize, j: usize| best[i * n_b + j].is_some_and(|b| b.0 >= HEADLINE_JOIN);
        let retold_a = Self::retold_by_headline(&self.a, self.lead_a);
        let retold_b = Self::retold_by_headline(&self.b, self.lead_b);
        let mut join = Vec::new();
        for i in 0..n_a {
            for j in 0..n_b {
                if !sure(i, j) {
                    continue;
                }
                let (in_a, in_b) = (retold_a.contains(&i), retold_b.contains(&j));
                if in_a {
                    join.push((0, j));
                }
                if in_b {
                    join.push((i, 0));
                }
                if in_a && in_b {
                    join.push((0, 0));
                }
            }
        }
        for (i, j) in join {
            self.join(
                best,
                verdicts,
                (i, j),
                Verdict::Headline,
                self.people_differ((i, j)),
            );
        }
    }

    /// Sentences `i` of a and `j` of b name people, and none in common.
    fn people_differ(&self, (i, j): (usize, usize)) -> bool {
        names_disagree(&self.a.sentences[i].names, &self.b.sentences[j].names)
    }

    /// Marks sentence pair `(i, j)` as one fact on the evidence `by`, unless it is one already,
    /// it has no units, or the two name different people (`people_differ`, which the evidence
    /// may overrule). Returns whether it was marked.
    fn join(
        &self,
        best: &BestPairs,
        verdicts: &mut [Verdict],
        (i, j): (usize, usize),
        by: Verdict,
        people_differ: bool,
    ) -> bool {
        let k = i * self.b.sentences.len() + j;
        if best[k].is_none() || people_differ || verdicts[k] != Verdict::Apart {
            return false;
        }
        verdicts[k] = by;
        true
    }

    /// Scores every unit pair and keeps the best per sentence pair.
    fn best_unit_pairs(&self) -> BestPairs {
        let n_b = self.b.sentences.len();
        let mut best: BestPairs = vec![None; self.a.sentences.len() * n_b];
        // Most unit pairs share no word at all, and then every feature but meaning and the lead
        // is 0: such a pair is weighed on its meaning alone, without walking both word lists.
        // B's units by the terms they hold find, for each unit of A, the units sharing one.
        let mut by_term: Vec<Vec<u32>> = Vec::new();
        for (uj, y) in self.b.units.iter().enumerate() {
            for t in unit_terms(y) {
                let t = t as usize;
                if by_term.len() <= t {
                    by_term.resize_with(t + 1, Vec::new);
                }
                if by_term[t].last() != Some(&(uj as u32)) {
                    by_term[t].push(uj as u32);
                }
            }
        }
        let mut shares = vec![false; self.b.units.len()];
        for (ui, x) in self.a.units.iter().enumerate() {
            shares.fill(false);
            for t in unit_terms(x) {
                for &uj in by_term.get(t as usize).into_iter().flatten() {
                    shares[uj as usize] = true;
                }
            }
            for (uj, y) in self.b.units.iter().enumerate() {
                let lead = self.lead(x, y);
                let score = if shares[uj] {
                    Evidence::of(x, y, lead).score()
                } else if lead {
                    Evidence::of_meaning(x, y, lead).score()
                } else {
                    // Meaning alone can't lift a pair that shares no word and isn't in both leads
                    // to the least score kept (`evidence::meaning_alone_max`), so such a pair,
                    // most of them, scores 0 without its vectors being compared.
                    0.0
                };
                let slot = &mut best[x.sentence * n_b + y.sentence];
                if slot.is_none_or(|(s, _, _)| score > s) {
                    *slot = Some((score, ui, uj));
                }
            }
        }
        best
    }

    /// Two sentences that each name who they are about, and name nobody in common, are likely
    /// about different people: "Ana Ruiz did not respond" / "a spokesman for Acme did not
    /// respond". Their pair's score is lowered by a fitted penalty
    /// ([`evidence::with_names_disagreeing`]; fitted over eight stories it is 0 today), not set
    /// to 0: "the former mayor was indicted on 21 counts ... after Hurricane Katrina" names
    /// the story's subject by a description and something else in passing. Two members of one
    /// family ("Ortega Jr." / "Ortega") are surely two people: that pair scores 0. Whole
    /// sentences, since a relative clause's subject is outside it.
    fn separate_different_people(&self, best: &mut BestPairs) {
        let n_b = self.b.sentences.len();
        for (i, x) in self.a.sentences.iter().enumerate() {
            for (j, y) in self.b.sentences.iter().enumerate() {
                if names_disagree(&x.names, &y.names) {
                    if let Some(slot) = best[i * n_b + j].as_mut() {
                        slot.0 = if relatives(x, y) {
                            0.0
                        } else {
                            evidence::with_names_disagreeing(slot.0)
                        };
                    }
                }
            }
        }
    }

    /// The passage pairs: every sentence pair that tells one fact (`verdicts`) or shares a
    /// quotation, as a fact pair of its best units or a quote pair of whole sentences, with
    /// the numbers of the pairs that stand on their own evidence, or a headline's, reconciled.
    fn align(&self, a: &Document, b: &Document, best: &BestPairs, verdicts: &[Verdict]) -> Aligned {
        let (pa, pb) = (&self.a, &self.b);
        let n_b = pb.sentences.len();
        let mut out = Aligned {
            pairs: Vec::new(),
            numbers: Vec::new(),
            matched_a: vec![false; pa.sentences.len()],
            matched_b: vec![false; n_b],
        };
        for (i, x) in pa.sentences.iter().enumerate() {
            for (j, y) in pb.sentences.iter().enumerate() {
                let Some((score, ui, uj)) = best[i * n_b + j] else {
                    continue;
                };
                let quote = if score > 0.0 {
                    quote_match(a, b, x, y)
                } else {
                    None
                };
                let verdict = verdicts[i * n_b + j];
                if verdict == Verdict::Apart && quote.is_none() {
                    continue;
                }
                out.matched_a[i] = true;
                out.matched_b[j] = true;
                let (kind, diff, speaker, span_a, span_b) = match quote {
                    Some(q) => (PairKind::Quote, Some(q.diff), q.speaker, x.span, y.span),
                    None => (
                        PairKind::Fact,
                        None,
                        None,
                        pa.units[ui].span,
                        pb.units[uj].span,
                    ),
                };
                out.pairs.push(PassagePair {
                    a: span_a,
                    b: span_b,
                    kind,
                    score: score.clamp(0.0, 1.0),
                    diff,
                    speaker,
                });
                // Numbers are reconciled inside pairs that stand on their own evidence. A headline's
                // are its lead's fact's: "kills more than 200" sums up the lead's "killing more
                // than 200 people". A pair joined by a claim both state is weaker: its other
                // figures may agree ("on Saturday" / "Saturday's earthquake"), but a conflict
                // there is likelier two things ("a 20-day pact" / "34-day agreements") and is
                // not shown.
                let agreeing_only = verdict == Verdict::Claim && kind != PairKind::Quote;
                let reconciled = verdict != Verdict::Apart;
                if reconciled || kind == PairKind::Quote {
                    reconcile_measures((x, span_a), (y, span_b), agreeing_only, &mut out.numbers);
                }
            }
        }
        out
    }

    /// Two passages that state claims about the same counted, named thing tell the same fact
    /// ("Morelos: 55 dead" / "71 died in Morelos state"), whether their figures agree or not.
    /// Returns whether a pair was added.
    fn claims_join_their_passages(
        &self,
        numbers: &[NumberPair],
        best: &BestPairs,
        verdicts: &mut [Verdict],
    ) -> bool {
        let holding = |p: &Prepared, s: Span| p.sentences.iter().position(|x| x.span.contains(s));
        // Both figures count something, rather than date it: what they count says what the
        // two passages are about, and the names of each may be only its source ("the Red
        // Cross said at least 38 were killed" / "127 survived, said a coast guard spokesman,
        // Armand Balilo"). Two dates say less ("January" is many things' month), and so does
        // a conflict between figures about a named subject: the names are then the claim's.
        fn count(p: &Prepared, i: usize, s: Span) -> Option<&numbers::Located> {
            p.sentences[i].measures.iter().find(|m| {
                m.measure.span == s
                    && !matches!(m.measure.kind, MeasureKind::Date | MeasureKind::Time)
            })
        }
        let mut added = false;
        for n in numbers {
            if let (Some(i), Some(j)) = (holding(&self.a, n.a), holding(&self.b, n.b)) {
                let names_are_sources = match (count(&self.a, i, n.a), count(&self.b, j, n.b)) {
                    (Some(x), Some(y)) => {
                        n.relation != numbers::Relation::Conflict
                            || x.about.is_empty() && y.about.is_empty()
                    }
                    _ => false,
                };
                let people_differ = !names_are_sources && self.people_differ((i, j));
                added |= self.join(best, verdicts, (i, j), Verdict::Claim, people_differ);
            }
        }
        added
    }

    /// In one story, every passage that states the toll tells one fact with every passage of
    /// the other article that states it, whatever the figures and whoever each cites ("kills
    /// dozens" / "the death toll rose to 38" / "Conte told reporters that 39 people had
    /// died"): a toll reported at different times, or by different sources, is still the
    /// story's toll. So with the count of the injured, and of the missing ("26 missing" /
    /// "12 still missing"), each with its own ([`numbers::toll_of`]). A later passage's toll
    /// of a named place is that place's ("12 dead in Brenna"), but the toll a headline or lead
    /// gives is the story's, wherever it places it. Returns whether a pair was added.
    fn tolls_join_their_passages(&self, best: &BestPairs, verdicts: &mut [Verdict]) -> bool {
        if !self.one_story {
            return false;
        }
        fn tolls(p: &Prepared) -> Vec<(usize, &numbers::Located, &'static str)> {
            p.sentences
                .iter()
                .enumerate()
                .flat_map(|(k, s)| s.measures.iter().map(move |m| (k, m)))
                .filter_map(|(k, m)| numbers::toll_of(m).map(|toll| (k, m, toll)))
                .collect()
        }
        let (ta, tb) = (tolls(&self.a), tolls(&self.b));
        let mut added = false;
        // A toll in a story's headline or lead is the story's whole toll, wherever it places
        // it ("Italy motorway collapse kills dozens" / "38 dead in Genoa collapse"); so is
        // one that names no place or person, when the other opens its story.
        let whole = |m: &numbers::Located| m.opening || m.about.is_empty();
        for (i, x, toll_x) in &ta {
            for (j, y, _) in tb.iter().filter(|(_, _, toll_y)| toll_y == toll_x) {
                if numbers::same_toll(x, y) || (x.opening || y.opening) && whole(x) && whole(y) {
                    added |= self.join(best, verdicts, (*i, *j), Verdict::Claim, false);
                }
            }
        }
        added
    }

    /// Two passages that give the same two specific figures or more tell one fact, whatever
    /// their words: "hiked interest rates from 0.25% to 0.5%" / "voted to increase its
    /// benchmark Bank Rate to 0.50 per cent from 0.25 per cent". One figure alike may be
    /// chance; two rarely are. Returns whether a pair was added.
    fn figures_join_their_passages(&self, best: &BestPairs, verdicts: &mut [Verdict]) -> bool {
        fn figures(p: &Prepared) -> Vec<Vec<(Option<&str>, f64)>> {
            p.sentences
                .iter()
                .map(|s| numbers::specific_figures(&s.measures))
                .collect()
        }
        let (fa, fb) = (figures(&self.a), figures(&self.b));
        let mut added = false;
        for (i, x) in fa.iter().enumerate().filter(|(_, x)| x.len() >= 2) {
            for (j, y) in fb.iter().enumerate().filter(|(_, y)| y.len() >= 2) {
                if x.iter().filter(|f| y.contains(f)).count() >= 2 {
                    added |= self.join(best, verdicts, (i, j), Verdict::Claim, false);
                }
            }
        }
        added
    }

    /// A figure restated beside itself ("135 months — or more than 11 years", "a 3,676-metre
    /// (12,060-foot) volcano", "$44 billion (£34.6bn)") is one claim told twice, so the other
    /// article's figure that meets one form meets the other too, when the two agree (a
    /// restatement is no evidence of a conflict). Only the pairs found before are extended.
    fn restatements_share_partners(&self, texts: (&str, &str), numbers: &mut Vec<NumberPair>) {
        fn located(p: &Prepared, span: Span) -> Option<(&Sentence, &numbers::Located)> {
            let s = p.sentences.iter().find(|s| s.span.contains(span))?;
            let m = s.measures.iter().find(|m| m.measure.span == span)?;
            Some((s, m))
        }
        // The figures of `s` that restate `m`: right after it in parentheses or after a dash
        // or ", or", or right before it when `m` is the one in parentheses.
        fn restatements<'s>(
            text: &str,
            s: &'s Sentence,
            m: &numbers::Located,
        ) -> Vec<&'s numbers::Located> {
            let joins = |from: usize, to: usize| {
                text.get(from..to).is_some_and(|gap| {
                    matches!(
                        gap.trim(),
                        "(" | "—" | "–" | "--" | "(or" | ", or" | "— or" | "– or" | "-- or"
                    )
                })
            };
            s.measures
                .iter()
                .filter(|r| r.measure.span != m.measure.span)
                .filter(|r| {
                    let (x, y) = (m.measure.span, r.measure.span);
                    x.end <= y.start && joins(x.end, y.start)
                        || y.end <= x.start && joins(y.end, x.start)
                })
                .collect()
        }
        let found = numbers.len();
        for k in 0..found {
            let (span_a, span_b) = (numbers[k].a, numbers[k].b);
            let (Some((sa, ma)), Some((sb, mb))) =
                (located(&self.a, span_a), located(&self.b, span_b))
            else {
                continue;
            };
            let more_a = restatements(texts.0, sa, ma).into_iter().map(|r| (r, mb));
            let more_b = restatements(texts.1, sb, mb).into_iter().map(|r| (ma, r));
            for (x, y) in more_a.chain(more_b) {
                let Some((relation, why)) = numbers::relate(x, y) else {
                    continue;
                };
                let (a, b) = (x.measure.span, y.measure.span);
                if relation != numbers::Relation::Conflict
                    && !numbers.iter().any(|n| n.a == a && n.b == b)
                {
                    numbers.push(NumberPair {
                        a,
                        b,
                        relation,
                        why,
                    });
                }
            }
        }
    }

    /// Claims about the same counted thing pair across the articles even where their
    /// sentences don't ([`numbers::pair_claims`]); a measure already reconciled keeps its pair.
    /// One exact figure meets its twin each time either article gives it
    /// ([`numbers::same_exact_figures`]): a headline's "$7.1 billion deal" states the price
    /// the other's lead does, as the first article's lead does.
    fn pair_remaining_claims(
        &self,
        best: &BestPairs,
        published: (Option<f64>, Option<f64>),
        numbers: &mut Vec<NumberPair>,
    ) {
        fn free<'p>(
            p: &'p Prepared,
            taken: &dyn Fn(Span) -> bool,
        ) -> (Vec<&'p numbers::Located>, Vec<usize>) {
            p.sentences
                .iter()
                .enumerate()
                .flat_map(|(k, s)| s.measures.iter().map(move |m| (m, k)))
                .filter(|(m, _)| !taken(m.measure.span))
                .unzip()
        }
        let (free_a, sentence_a) = free(&self.a, &|s| numbers.iter().any(|n| n.a == s));
        let (free_b, sentence_b) = free(&self.b, &|s| numbers.iter().any(|n| n.b == s));
        let n_b = self.b.sentences.len();
        // The two sentences share words enough to be weighed at all (a score above 0).
        let alike = |mi: usize, mj: usize| {
            best[sentence_a[mi] * n_b + sentence_b[mj]].is_some_and(|(score, _, _)| score > 0.0)
        };
        // The two sentences are dated to times that don't meet: two events, whose figures
        // never conflict.
        let apart = |mi: usize, mj: usize| {
            let (x, y) = (
                &self.a.sentences[sentence_a[mi]],
                &self.b.sentences[sentence_b[mj]],
            );
            let xs: Vec<&numbers::Located> = x.measures.iter().collect();
            let ys: Vec<&numbers::Located> = y.measures.iter().collect();
            numbers::dated_apart(&xs, &ys)
        };
        let one_story = self.one_story;
        fn whole(p: &Prepared) -> Vec<&numbers::Located> {
            p.sentences.iter().flat_map(|s| s.measures.iter()).collect()
        }
        let (whole_a, whole_b) = (whole(&self.a), whole(&self.b));
        for (mi, mj, relation, why) in numbers::pair_claims(
            (&free_a, &free_b),
            (&whole_a, &whole_b),
            &alike,
            &apart,
            published,
            one_story,
        ) {
            numbers.push(NumberPair {
                a: free_a[mi].measure.span,
                b: free_b[mj].measure.span,
                relation,
                why,
            });
        }
        for (mi, mj, relation, why) in numbers::same_exact_figures(&whole_a, &whole_b, one_story) {
            let (a, b) = (whole_a[mi].measure.span, whole_b[mj].measure.span);
            if !numbers.iter().any(|n| n.a == a && n.b == b) {
                numbers.push(NumberPair {
                    a,
                    b,
                    relation,
                    why,
                });
            }
        }
    }
}

/// One unit pair of two articles with its evidence: what the pairing model reads.
#[derive(Clone, Debug, Serialize)]
pub struct EvidenceRow {
    pub a: Span,
    pub b: Span,
    pub sentence_a: Span,
    pub sentence_b: Span,
    /// In the order of the model's weights (`evidence.rs`).
    pub features: [f32; 8],
    /// The two sentences name people and none in common: never paired.
    pub names_disagree: bool,
    /// The units share only names, not what they say about them: never paired.
    pub only_names: bool,
}

/// Every unit pair of two articles with its evidence, for fitting the pairing model
/// (`compare_features`, `scripts/fit_pairing.py`). Not part of a comparison.
pub fn evidence_rows(a: &Document, b: &Document) -> Vec<EvidenceRow> {
    let pair = Pair::prepare(&mut Readings::default(), a, b);
    let mut out = Vec::new();
    for x in &pair.a.units {
        for y in &pair.b.units {
            let (sx, sy) = (&pair.a.sentences[x.sentence], &pair.b.sentences[y.sentence]);
            let e = Evidence::of(x, y, pair.lead(x, y));
            out.push(EvidenceRow {
                a: x.span,
                b: y.span,
                sentence_a: sx.span,
                sentence_b: sy.span,
                features: e.features(),
                names_disagree: names_disagree(&sx.names, &sy.names),
                only_names: !e.says_something_alike(),
            });
        }
    }
    out
}

/// How many of a prepared document's first passages are its headline and lead: 0 when the
/// document has no headline among its passages.
fn lead_passages(doc: &Document, p: &Prepared) -> usize {
    let titled = p
        .sentences
        .first()
        .is_some_and(|s| doc.title_span == Some(s.span));
    if titled {
        p.sentences.len().min(LEAD_PASSAGES)
    } else {
        0
    }
}

/// The passages compared in a document: its title (when it is in the text), then the sentences
/// of its content, boilerplate left out.
pub fn passages(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    if let Some(title) = doc
        .title_span
        .filter(|t| t.is_valid_in(&doc.text) && !t.is_empty())
    {
        out.push(title);
    }
    for region in doc.content_spans() {
        for s in sentences(&doc.text, region) {
            if !out.iter().any(|t: &Span| t.overlaps(s)) && is_passage(s.slice(&doc.text)) {
                out.push(s);
            }
        }
    }
    out
}

/// A sentence worth comparing: at least three words, two of them with letters ("--IANS" and
/// "ksk" are not; a list item such as "Rivena: 45 dead" is), and not a note about the article
/// itself ([`is_editorial_note`]).
fn is_passage(text: &str) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    let (mut words, mut lettered) = (0, 0);
    for w in text.unicode_words().take(8) {
        words += 1;
        lettered += usize::from(w.chars().any(char::is_alphabetic));
    }
    // A list's line is a passage however short: "Alden: 1,293" under "Deaths by province:".
    (words >= 3 && lettered >= 2 || claims::is_list_item(text.trim())) && !is_editorial_note(text)
}

/// A note about the article rather than the story: "This post was updated at 7:31 p.m.", "This
/// story has been corrected", "An earlier version of this article misstated ...". Two such notes
/// read alike in any two articles (they paired at 0.71) and tell no fact of the story.
fn is_editorial_note(text: &str) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    const ARTICLE: [&str; 5] = ["story", "post", "article", "report", "piece"];
    const EDITED: [&str; 3] = ["updat", "correct", "amend"];
    let mut words = [""; 5];
    for (slot, w) in words.iter_mut().zip(text.unicode_words()) {
        *slot = w;
    }
    let is = |k: usize, w: &str| words[k].eq_ignore_ascii_case(w);
    let one_of = |k: usize, ws: &[&str]| ws.iter().any(|w| is(k, w));
    let edited = |k: usize| {
        EDITED.iter().any(|e| {
            words[k]
                .get(..e.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(e))
        })
    };
    if is(0, "this") {
        // "This story was updated", "This post has been corrected"
        one_of(1, &ARTICLE)
            && one_of(2, &["was", "has", "had", "is"])
            && (edited(3) || (is(3, "been") && edited(4)))
    } else {
        // "An earlier version of this article misstated ..."
        is(0, "an") && is(1, "earlier") && is(2, "version") && is(3, "of") && is(4, "this")
    }
}

// ----- pair scoring -----

struct QuoteMatch {
    diff: Vec<DiffOp>,
    speaker: Option<String>,
}

/// Every term a unit holds, names and common words alike.
fn unit_terms(u: &prepare::Unit) -> impl Iterator<Item = u32> + '_ {
    u.vector.iter().chain(&u.words_bg).map(|&(t, _)| t)
}

/// One sentence names a member of a family the other names another of: "Ortega Jr." /
/// "Ortega".
fn relatives(x: &Sentence, y: &Sentence) -> bool {
    share_a_name(&x.relatives, &y.names) || share_a_name(&y.relatives, &x.names)
}

/// Both sorted name lists are non-empty and share no name.
fn names_disagree(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty() && !b.is_empty() && !share_a_name(a, b)
}

/// Some name of `a` is in `b`, a sorted list.
fn share_a_name(a: &[u32], b: &[u32]) -> bool {
    a.iter().any(|n| b.binary_search(n).is_ok())
}

/// Both passages quote the same words: at least five aligned words covering most of the
/// shorter quotation.
fn quote_match(a: &Document, b: &Document, x: &Sentence, y: &Sentence) -> Option<QuoteMatch> {
    if x.quoted.len() < 5 || y.quoted.len() < 5 {
        return None;
    }
    let wa: Vec<&str> = x.quoted.iter().map(|(w, _)| w.as_str()).collect();
    let wb: Vec<&str> = y.quoted.iter().map(|(w, _)| w.as_str()).collect();
    let (matches, ra, rb) = quotes::align(&wa, &wb);
    let shorter = wa.len().min(wb.len());
    if matches < 5 || (matches as f32) < 0.6 * shorter as f32 {
        return None;
    }
    let diff = quotes::diff(&x.quoted[ra], &y.quoted[rb]);
    let speaker = quotes::speaker(&a.text, x.span).or_else(|| quotes::speaker(&b.text, y.span));
    Some(QuoteMatch { diff, speaker })
}

#[cfg(test)]
mod tests;
