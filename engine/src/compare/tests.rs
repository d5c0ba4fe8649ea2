//! Pairing on small invented article pairs, and the never-panic property.

use proptest::prelude::*;

use crate::invariants::{check_spans, Shape};

use super::*;
use crate::document::{Document, Format};

fn doc(name: &str, text: &str, published: &str) -> Document {
    let mut d =
        Document::parse(name, text.to_string(), Format::Text, None).expect("a valid test article");
    d.meta.published = Some(published.to_string());
    d
}

const A: &str = "Hackers stole payroll files from Acme Corp\n\n\
The thieves took more than 30,000 payroll files from Acme Corp servers in June, the company said.\n\n\
“We are working with the police to recover every file,” said Maria Lopez, Acme’s chief executive.\n\n\
The weather in Zürich was sunny and warm all week.";

const B: &str = "Acme Corp confirms payroll theft\n\n\
Some 33,000 payroll files were stolen from Acme Corp servers in August 2017.\n\n\
“We are working with the police to recover every single file,” Lopez told reporters.\n\n\
Shares of Acme fell 3 percent on Tuesday.";

/// The pairs found, as "a text | b text | kind".
fn render_pairs(c: &Comparison, a: &Document, b: &Document) -> Vec<String> {
    c.pairs
        .iter()
        .map(|p| {
            let kind = if p.kind == PairKind::Quote {
                "quote"
            } else {
                "fact"
            };
            format!(
                "{} | {} | {kind}",
                short(p.a.slice(&a.text)),
                short(p.b.slice(&b.text))
            )
        })
        .collect()
}

fn short(s: &str) -> String {
    s.chars().take(25).collect()
}

#[track_caller]
fn check_pairs(a: &str, b: &str, expected: &[&str]) {
    let (da, db) = (doc("a.txt", a, "2017-10-25"), doc("b.txt", b, "2017-10-26"));
    let c = compare(&da, &db);
    assert_eq!(render_pairs(&c, &da, &db), expected);
}

#[test]
fn pairs_facts_and_quotes() {
    check_pairs(
        A,
        B,
        &[
            "Hackers stole payroll fil | Acme Corp confirms payrol | fact",
            "Hackers stole payroll fil | Some 33,000 payroll files | fact",
            "The thieves took more tha | Acme Corp confirms payrol | fact",
            "The thieves took more tha | Some 33,000 payroll files | fact",
            "“We are working with the  | “We are working with the  | quote",
        ],
    );
    check_pairs(
        "Nothing alike here at all.",
        "Completely different words entirely.",
        &[],
    );
    check_pairs("Zürich grew by 3%. Élodie spoke.", "東京は大きい。", &[]);
}

#[test]
fn names_alone_make_no_pair() {
    // Two stories about the same people, saying different things about them.
    check_pairs(
        "In May, Ana Ruiz of Acme Corp visited Zürich.\n\nThe harbour froze over.",
        "Last week Ana Ruiz of Acme Corp sued Zürich.\n\nTaxes rose sharply.",
        &[],
    );
}

#[test]
fn a_relative_clause_pairs_on_its_own() {
    // The clause's fact is compared without the rest of its sentence diluting it.
    check_pairs(
        "Police questioned Ana Ruiz, who founded the bakery chain with her brother in Málaga.",
        "Ana Ruiz founded the bakery chain with her brother.",
        &["who founded the bakery ch | Ana Ruiz founded the bake | fact"],
    );
}

#[test]
fn paraphrased_refusals_pair() {
    // "rebuffed a request" / "didn't want his help": one refusal in other words.
    check_pairs(
        "The mayor rebuffed a request for help from the developer.",
        "The mayor told the developer that he didn't want his help.",
        &["The mayor rebuffed a requ | The mayor told the develo | fact"],
    );
    // "turned him down": the particle after the object is the same refusal.
    check_pairs(
        "The mayor rebuffed a request for help from the developer.",
        "But he says the mayor turned him down.",
        &["The mayor rebuffed a requ | But he says the mayor tur | fact"],
    );
}

#[test]
fn names_that_disagree_weigh_against_a_pair_without_vetoing_it() {
    // The second lead names its subject only as "the former mayor", and a storm in passing.
    check_pairs(
        "Former Tarlow mayor Brand charged with corruption\n\nA federal grand jury on Friday \
         charged Will Brand, the former Tarlow mayor, with corruption.\n\nThe city council met \
         on Monday.",
        "Tarlow ex-mayor hit with bribery charges\n\nOn Friday, the former mayor was indicted \
         on 21 counts of bribery and corruption, accused of lining his pockets while the city \
         struggled to recover from Hurricane Olga.\n\nSchools reopened.",
        &[
            "Former Tarlow mayor Brand | Tarlow ex-mayor hit with  | fact",
            "Former Tarlow mayor Brand | On Friday, the former may | fact",
            "A federal grand jury on F | Tarlow ex-mayor hit with  | fact",
            "A federal grand jury on F | On Friday, the former may | fact",
        ],
    );
}

#[test]
fn passages_about_different_people_make_no_pair() {
    // Same words, but each names someone and nobody in common: two facts, not one.
    check_pairs(
        "Ana Ruiz did not respond to the request for comment from reporters.",
        "A spokesman for Müller GmbH did not respond to requests for comment.",
        &[],
    );
    // A generational suffix names another person: "Luis Ortega Jr." is not "Luis Ortega".
    check_pairs(
        "Local news\n\nLast week, Ortega Jr. exchanged private messages with the mayor.\n\nThe river froze.",
        "City hall\n\nThe mayor confirmed that Ortega had exchanged messages with him.\n\nTaxes rose.",
        &[],
    );
    // Unnamed on one side: the shared words decide.
    check_pairs(
        "The mayor rebuffed a request for help from the developer.",
        "Officials said the mayor rebuffed the developer's request for help.",
        &["The mayor rebuffed a requ | Officials said the mayor  | fact"],
    );
}

/// Two reports of one story: the headlines tell the same fact, and so do the leads, in words
/// that the rest of each story repeats.
const LEAD_A: &str = "Mayor Says Council Rejected Stadium Plan From Developer\n\n\
The mayor of Lyon, Élise Moreau, said on Monday that the council had turned down a request from a \
property developer for land near the river.\n\n\
Ms. Moreau said the vote was close and that talks with residents would continue.\n\n\
The developer, Fontaine Group, had promised 2,000 jobs and a new tram stop.\n\n\
Residents of the Confluence district had protested for months against the noise and traffic the \
stadium would bring.\n\n\
Fontaine Group did not respond to a request for comment.";

const LEAD_B: &str = "Lyon council spurns Fontaine Group stadium bid\n\n\
Lyon's council has refused Fontaine Group's approach over a riverside stadium, mayor Élise Moreau \
confirmed.\n\n\
The company had pledged about 2,000 jobs for the city.\n\n\
Critics in the Confluence district feared noise and traffic.\n\n\
The club's owners said they would look at other sites outside the city.";

#[test]
fn the_leads_of_one_story_pair() {
    check_pairs(
        LEAD_A,
        LEAD_B,
        &[
            "Mayor Says Council Reject | Lyon council spurns Fonta | fact",
            "Mayor Says Council Reject | Lyon's council has refuse | fact",
            "The mayor of Lyon, Élise  | Lyon council spurns Fonta | fact",
            "The mayor of Lyon, Élise  | Lyon's council has refuse | fact",
            "The developer, Fontaine G | The company had pledged a | fact",
            "Residents of the Confluen | Critics in the Confluence | fact",
        ],
    );
    // The same passages under a headline that tells another fact: nothing pairs with B's
    // headline any more, and A's headline pairs with B's lead only on its own evidence (a
    // council refusing a stadium), without the lead's help.
    let other_headline = LEAD_B.replacen(
        "Lyon council spurns Fontaine Group stadium bid",
        "Football club owners look at other sites",
        1,
    );
    check_pairs(
        LEAD_A,
        &other_headline,
        &[
            "Mayor Says Council Reject | Lyon's council has refuse | fact",
            "The mayor of Lyon, Élise  | Lyon's council has refuse | fact",
            "The developer, Fontaine G | The company had pledged a | fact",
            "Residents of the Confluen | Critics in the Confluence | fact",
        ],
    );
}

/// A headline states its lead's fact: when the leads of two stories pair, so do the
/// headlines that sum them up, in whatever words ("to shut" / "closing"), and each headline
/// with the other story's lead, numbers included.
#[test]
fn headlines_pair_when_the_leads_they_sum_up_pair() {
    let a = "Harbour Mills to shut Delmont plant, 240 workers laid off\n\n\
             Harbour Mills will close its flour plant in Delmont in March and lay off all 240 \
             workers, the company said on Tuesday.\n\n\
             The plant opened in 1962.";
    let b = "Flour maker closing its Delmont plant\n\n\
             Harbour Mills is to close its flour plant in Delmont in March, laying off all 240 \
             workers, the company said on Tuesday.\n\n\
             Union leaders called the decision a betrayal.";
    check_pairs(
        a,
        b,
        &[
            "Harbour Mills to shut Del | Flour maker closing its D | fact",
            "Harbour Mills to shut Del | Harbour Mills is to close | fact",
            "Harbour Mills will close  | Flour maker closing its D | fact",
            "Harbour Mills will close  | Harbour Mills is to close | fact",
        ],
    );
    // The headlines share almost no word: their pair is joined through their leads', and says
    // so (the view then shows no "similarity 0%"); the leads pair on their own words.
    let (da, db) = (doc("a.txt", a, "2017-10-25"), doc("b.txt", b, "2017-10-26"));
    let c = compare(&da, &db);
    let joined: Vec<bool> = c.pairs.iter().map(PassagePair::joined).collect();
    assert_eq!(joined, [true, false, false, false], "{:?}", c.pairs);
    // The headline's figure is its lead's: it meets the other lead's.
    check_numbers(
        a,
        b,
        &[
            "240 | 240 | Same | workers: “240” and “240” are the same",
            "March | March | Same | “March” and “March” are the same",
            "240 | 240 | Same | workers: “240” and “240” are the same",
            "Tuesday | Tuesday | Same | “Tuesday” and “Tuesday” are the same",
        ],
    );
}

/// The model's score for the unit pair starting with `a_start` and `b_start`.
fn pair_score(a: &str, b: &str, a_start: &str, b_start: &str) -> f32 {
    let (da, db) = (doc("a.txt", a, "2017-10-25"), doc("b.txt", b, "2017-10-26"));
    evidence_rows(&da, &db)
        .into_iter()
        .find(|r| {
            r.a.slice(&da.text).starts_with(a_start) && r.b.slice(&db.text).starts_with(b_start)
        })
        .map(|r| {
            let meaning = r.features[5];
            assert!((0.0..=1.0).contains(&meaning), "meaning {meaning}");
            meaning
        })
        .expect("the unit pair")
}

#[test]
fn meaning_relates_paraphrases_that_share_few_words() {
    // A toll told as "killed more than N" and as "the death toll rose to M" is closer in meaning
    // than either is to an unrelated sentence of the same story.
    let a = "Quake in Vessia\n\nA powerful earthquake killed more than 200 people across central \
             Vessia on Tuesday.\n\nMarkets in the capital stayed closed.";
    let b = "Vessia quake\n\nThe death toll from Tuesday's earthquake in central Vessia rose to \
             230, officials said.\n\nA football match in the capital was postponed.";
    let same = pair_score(a, b, "A powerful", "The death toll");
    let other = pair_score(a, b, "A powerful", "A football");
    let unrelated = pair_score(a, b, "Markets", "The death toll");
    assert!(same > other + 0.2, "same fact {same}, other {other}");
    assert!(
        same > unrelated + 0.2,
        "same fact {same}, unrelated {unrelated}"
    );
    check_pairs(
        a,
        b,
        &[
            "Quake in Vessia | Vessia quake | fact",
            "Quake in Vessia | The death toll from Tuesd | fact",
            "A powerful earthquake kil | Vessia quake | fact",
            "A powerful earthquake kil | The death toll from Tuesd | fact",
        ],
    );
}

#[test]
fn a_seat_of_power_stands_for_its_country() {
    // "the Kremlin" and "Russian" name the same actor.
    check_pairs(
        "The agency has denied any connections to the Kremlin.\n\nThe river froze in Zürich.",
        "The agency has denied receiving help from Russian officials.\n\nTaxes rose sharply.",
        &["The agency has denied any | The agency has denied rec | fact"],
    );
    check_pairs(
        "Die Agentur bestritt Kontakte zum Kreml.",
        "The White House denied any contact.",
        &[],
    );
}

#[test]
fn a_tweet_is_said_on_twitter() {
    check_pairs(
        "On Twitter, Élodie Martin confirmed the approach by the Zürich bank.",
        "Élodie Martin confirmed in a tweet that the Zürich bank approached her.",
        &["On Twitter, Élodie Martin | Élodie Martin confirmed i | fact"],
    );
}

#[test]
fn unmatched_passages_go_to_only() {
    let (da, db) = (doc("a.txt", A, "2017-10-25"), doc("b.txt", B, "2017-10-26"));
    let c = compare(&da, &db);
    let only_a: Vec<&str> = c.only_a.iter().map(|s| s.slice(&da.text)).collect();
    let only_b: Vec<&str> = c.only_b.iter().map(|s| s.slice(&db.text)).collect();
    assert_eq!(
        only_a,
        ["The weather in Zürich was sunny and warm all week."]
    );
    assert_eq!(only_b, ["Shares of Acme fell 3 percent on Tuesday."]);
}

#[test]
fn notes_about_the_article_are_not_compared() {
    // Update and correction notes read alike in any two articles and tell nothing of the story.
    let a = format!("{A}\n\nThis story was updated at 7:31 p.m.");
    let b = format!("{B}\n\nThis post has been updated on November 13 at 10:28 pm.");
    let (da, db) = (
        doc("a.txt", &a, "2017-10-25"),
        doc("b.txt", &b, "2017-10-26"),
    );
    let c = compare(&da, &db);
    let rendered = render_pairs(&c, &da, &db);
    assert!(
        rendered.iter().all(|p| !p.contains("updated")),
        "{rendered:?}"
    );
    let noted = |d: &Document| {
        passages(d)
            .iter()
            .any(|s| s.slice(&d.text).contains("updated"))
    };
    assert!(!noted(&da) && !noted(&db));
    // A report the story is about is not a note about the article.
    assert!(is_passage(
        "This report was released by the Senate on Tuesday."
    ));
    assert!(!is_passage(
        "An earlier version of this article misstated the date."
    ));
}

/// The number checks of comparing `a` with `b`, each as "figure | figure | relation | why".
fn numbers_read(a: &Document, b: &Document) -> Vec<String> {
    compare(a, b)
        .numbers
        .iter()
        .map(|n| {
            format!(
                "{} | {} | {:?} | {}",
                n.a.slice(&a.text),
                n.b.slice(&b.text),
                n.relation,
                n.why
            )
        })
        .collect()
}

/// Number checks of `a` and `b` published a day apart.
#[track_caller]
fn check_numbers(a: &str, b: &str, expected: &[&str]) {
    check_numbers_published((a, "2017-10-25"), (b, "2017-10-26"), expected);
}

/// Number checks of two articles, each with its publication day.
#[track_caller]
fn check_numbers_published(a: (&str, &str), b: (&str, &str), expected: &[&str]) {
    let (da, db) = (doc("a.txt", a.0, a.1), doc("b.txt", b.0, b.1));
    assert_eq!(numbers_read(&da, &db), expected);
}

#[test]
fn reconciles_numbers_inside_pairs() {
    check_numbers(A, B, &[
        "more than 30,000 | Some 33,000 | Compatible | payroll files (Acme Corp): “more than 30,000” and “Some 33,000” overlap",
        "June | August 2017 | Conflict | “June” and “August 2017” can't both be true",
    ]);
    check_numbers(
        "Rebels freed 12 hostages in the town of Zürich on Monday.",
        "Rebels freed 15 hostages in the town of Zürich on Monday.",
        &[
            "12 | 15 | Conflict | hostages (Zürich): “12” and “15” can't both be true",
            "Monday | Monday | Same | “Monday” and “Monday” are the same",
        ],
    );
}

/// Regression: "shares rose to $52 per share" and "Marek's offer of $54.20 per share" were
/// shown as a conflict about "share": both are a share's, but one is its price and the other
/// the offer. A property conflicts only with the same property, named alike.
#[test]
fn a_price_per_share_is_not_an_offer_per_share() {
    check_numbers(
        "Marek to buy Acme\n\nShares of Acme rose 6% on Monday to $52 per share.",
        "Marek to buy Acme\n\nShares of Acme jumped 6.4% on Monday, still below Marek's offer of $54.20 per share.",
        &[
            "6% | 6.4% | Compatible | Shares (Acme): “6%” is “6.4%” rounded",
            "Monday | Monday | Same | “Monday” and “Monday” are the same",
        ],
    );
    // The same property still conflicts.
    check_numbers(
        "Marek to buy Acme\n\nMarek made an offer of $54.20 per share for Acme on Monday.",
        "Marek to buy Acme\n\nMarek made an offer of $52 per share for Acme on Monday.",
        &[
            "$54.20 | $52 | Conflict | offer share (Acme): “$54.20” and “$52” can't both be true",
            "Monday | Monday | Same | “Monday” and “Monday” are the same",
        ],
    );
}

/// A figure restated beside itself is one claim told twice: the other article's figure that
/// meets one form meets the other too. Regression: "135 months — or more than 11 years" paired
/// "jailed for 11 years" with only one of them.
#[test]
fn a_restated_figure_meets_its_partner_in_both_forms() {
    check_numbers(
        "Sobel jailed\n\nAna Sobel was sentenced to 135 months — or more than 11 years — in prison on Friday.",
        "Sobel jailed\n\nAna Sobel was sentenced to more than 11 years in prison on Friday.",
        &[
            "135 months | more than 11 years | Compatible | “more than 11 years” includes “135 months”",
            "more than 11 years | more than 11 years | Same | “more than 11 years” and “more than 11 years” are the same",
            "Friday | Friday | Same | “Friday” and “Friday” are the same",
        ],
    );
    // In parentheses, in another unit: both heights meet the other's one.
    check_numbers(
        "Mount Tesk erupts\n\nMount Tesk, a 3,676-metre (12,060-foot) volcano, erupted on Sunday.",
        "Mount Tesk erupts\n\nThe 3,676-metre Mount Tesk erupted on Sunday.",
        &[
            "3,676-metre | 3,676-metre | Same | “3,676-metre” and “3,676-metre” are the same",
            "12,060-foot | 3,676-metre | Same | “12,060-foot” is “3,676-metre” in another unit",
            "Sunday | Sunday | Same | “Sunday” and “Sunday” are the same",
        ],
    );
}

/// Two figures of different years are two facts: only the same year's can conflict.
#[test]
fn figures_of_different_times_never_conflict() {
    let a = "Acme results\n\nThe revenue of Acme Corp was $5.2 billion in 2023, the company said.";
    check_numbers(
        a,
        "Acme results\n\nThe revenue of Acme Corp was $4.8 billion in 2022, the company said.",
        // The years differ (that is the one disagreement); the sums are of different years.
        &["2023 | 2022 | Conflict | “2023” and “2022” can't both be true"],
    );
    check_numbers(
        a,
        "Acme results\n\nThe revenue of Acme Corp was $4.8 billion in 2023, the company said.",
        &[
            "$5.2 billion | $4.8 billion | Conflict | revenue (Acme Corp): “$5.2 billion” and “$4.8 billion” can't both be true",
            "2023 | 2023 | Same | “2023” and “2023” are the same",
        ],
    );
    // A count's date may stand a few words on, in its phrase: this Sunday's toll and last
    // year's are two tolls.
    check_numbers(
        "Floods hit Rivena\n\nThe floods killed 40 people in Rivena on Sunday.",
        "Floods hit Rivena\n\nLast year's floods killed 45 people in Rivena.",
        &[],
    );
    check_numbers(
        "Floods hit Rivena\n\nThe floods killed 40 people in Rivena on Sunday.",
        "Floods hit Rivena\n\nThe floods killed 45 people in Rivena on Sunday.",
        &[
            "40 | 45 | Conflict | killed people (Rivena): “40” and “45” can't both be true",
            "Sunday | Sunday | Same | “Sunday” and “Sunday” are the same",
        ],
    );
}

/// Regression: "until July 2017" ended where July starts, so "until at least July 2017" (July
/// itself) was a conflict and went unshown. "Until" goes on into its date, and "at least" leaves
/// the end open.
#[test]
fn a_date_told_from_the_one_before_takes_its_day() {
    let a =
        "Dam breaks in Lisca\n\nThe dam above Lisca broke on March 3, 2024, after a week of rain. \
             The next day, rescuers reached the flooded valley, the regional governor said.";
    check_numbers(
        a,
        "Rescuers reach Lisca\n\nRescuers reached the flooded valley below Lisca on March 4, 2024, \
         the regional governor said.",
        &["The next day | March 4, 2024 | Same | “The next day (the day after March 3, 2024)” and \
           “March 4, 2024” are the same"],
    );
    // Which date it is told from is a reading of the text: it agrees, never conflicts.
    check_numbers(
        a,
        "Rescuers reach Lisca\n\nRescuers reached the flooded valley below Lisca on March 6, 2024, \
         the regional governor said.",
        &[],
    );
    // Hours on, the day depends on the hour before, which the text doesn't give.
    check_numbers(
        "Dam breaks in Lisca\n\nThe dam above Lisca broke on March 3, 2024. About 12 hours \
         later, rescuers reached the flooded valley, the regional governor said.",
        "Rescuers reach Lisca\n\nRescuers reached the flooded valley below Lisca on March 4, 2024, \
         the regional governor said.",
        &[],
    );
    // With no day before it, it dates nothing ("in 2024" is no day to count from).
    check_numbers(
        "Dam breaks in Lisca\n\nThe dam above Lisca broke in 2024. The next day, rescuers \
         reached the flooded valley, the regional governor said.",
        "Rescuers reach Lisca\n\nRescuers reached the flooded valley below Lisca on March 4, 2024, \
         the regional governor said.",
        &[],
    );
}

#[test]
fn until_a_date_includes_it() {
    check_numbers(
        "Talks end\n\nThe harbour talks went on until March 2019 without a deal, the union said.",
        "Talks end\n\nThe harbour talks went on until at least March 2019 without a deal.",
        &["March 2019 | March 2019 | Compatible | “until at least March 2019” includes “until March 2019”"],
    );
    check_numbers(
        "Talks end\n\nThe harbour talks went on until March 2019 without a deal, the union said.",
        "Talks end\n\nThe harbour talks went on until 2019 without a deal.",
        &["March 2019 | 2019 | Compatible | “until 2019” includes “until March 2019”"],
    );
    // Of two dates a bound fits, the nearer is its partner: 2021, not the 2019 it also fits.
    check_numbers(
        "Chief stays\n\nLopez will stay on as chief executive through to the end of 2021.",
        "Chief stays\n\nLopez, who was expected to step down in 2019, will now stay on \
         through 2021.",
        &["the end of 2021 | 2021 | Compatible | “through to the end of 2021” includes “2021”"],
    );
    // "Through" a time is until its end.
    check_numbers(
        "Chief stays\n\nLopez will stay on as chief executive through to the end of 2021.",
        "Chief stays\n\nLopez will remain chief executive until the end of 2021.",
        &["the end of 2021 | the end of 2021 | Same | “through to the end of 2021” and “until the end of 2021” are the same"],
    );
}

/// A year that dates the noun after it gives that event's year, whatever the preposition
/// before it says about the event: "before the 2022 referendum" and "the 2022 referendum" agree
/// on the year, and the bound still fits a day inside it. "before" and "after" the same event
/// are two times: not the same, only overlapping at the year's grain.
#[test]
fn a_year_dating_an_event_is_that_events_year() {
    let a =
        "Vote\n\nThe island's council met its lawyers before the 2022 referendum on independence.";
    check_numbers(
        a,
        "Vote\n\nThe island's council met its lawyers ahead of the 2022 referendum on independence.",
        &["2022 | 2022 | Same | the same year: “before the 2022 referendum” / “2022”"],
    );
    check_numbers(
        a,
        "Vote\n\nThe island's council met its lawyers on 3 May 2022 about the referendum on independence.",
        &["2022 | 3 May 2022 | Compatible | “before the 2022 referendum” includes “3 May 2022”"],
    );
    check_numbers(
        a,
        "Vote\n\nThe island's council met its lawyers after the 2022 referendum on independence.",
        &["2022 | 2022 | Compatible | “before the 2022 referendum” and “after the 2022 referendum” overlap"],
    );
}

/// Regression: an offer price that both passages give as the same figure went unreconciled
/// because each named what it counts differently ("in cash" / "per share"), and a same figure
/// needed a counted word in common.
#[test]
fn the_same_exact_figure_in_paired_passages_is_one_claim() {
    check_numbers(
        "Harbour Mills said it offered Delmont Foods 47.50 dlrs in cash for each of its shares.",
        "Delmont Foods said Harbour Mills offered 47.50 dlrs per share in cash for the company.",
        &["47.50 dlrs | 47.50 dlrs | Same | “47.50 dlrs” and “47.50 dlrs” are the same"],
    );
    // A small whole number is no such evidence: "three" counts many things.
    check_numbers(
        "Harbour Mills said it will close three mills in the north of the county.",
        "Harbour Mills said three directors in the north of the county will leave.",
        &[],
    );
}

/// Two passages that tell one fact, each with one count, give that fact's count however each
/// names it ("kills more than 40" / "the death toll rose to 52"); they may agree or fit, but a
/// conflict still needs the same counted thing.
#[test]
fn the_one_count_of_two_passages_telling_one_fact_is_one_claim() {
    check_numbers(
        "Storm in the Rivena valley kills more than 40\n\nA storm tore through the Rivena \
         valley on Sunday, killing more than 40 people and flattening farms.",
        "Rivena storm death toll rises to 52\n\nThe death toll from the storm that tore \
         through the Rivena valley on Sunday rose to 52, officials said.",
        &[
            // Each headline and lead sentence tells the one fact, so all four pair. The
            // headlines count the dead, and "death toll" names them.
            "more than 40 | 52 | Compatible | death toll: “more than 40” includes “52”",
            "more than 40 | 52 | Compatible | “more than 40” includes “52”",
            "Sunday | Sunday | Same | “Sunday” and “Sunday” are the same",
            "more than 40 | 52 | Compatible | death toll: “more than 40” includes “52”",
            "more than 40 | 52 | Compatible | “more than 40” includes “52”",
        ],
    );
    check_numbers(
        "Storm in the Rivena valley kills 40\n\nA storm tore through the Rivena valley on \
         Sunday, killing 40 people and flattening farms.",
        "Rivena storm injures 52\n\nA storm that tore through the Rivena valley on Sunday \
         injured 52, officials said.",
        &["Sunday | Sunday | Same | “Sunday” and “Sunday” are the same"],
    );
}

#[test]
fn numbers_are_claims_about_a_counted_thing_and_a_place() {
    // A list on one side, a sentence on the other: the same region's toll pairs even though
    // the two passages don't, and two regions' tolls never conflict.
    check_numbers(
        "Floods hit the north\n\nHeavy rain flooded the northern valleys on Sunday.\n\n\
         Rivena: 45 dead\n\nBraska: 71 dead",
        "Rescuers search for survivors\n\nThe toll rose overnight as rescuers reached remote \
         villages.\n\nOfficials counted 55 dead in Rivena province and 71 in Braska.",
        &[
            "45 | 55 | Conflict | dead (Rivena): “45” and “55” can't both be true",
            "71 | 71 | Same | dead (Braska): “71” and “71” are the same",
        ],
    );
    // Counts of two different things, or about two different places, don't pair.
    check_numbers(
        "Storm damage\n\nThe storm destroyed 300 homes in Rivena.",
        "Storm damage\n\nThe storm destroyed 300 bridges in Braska.",
        &[],
    );
    // Regression: outside aligned passages, "emails from Ruiz's office" and "Ruiz's deleted
    // emails" are two sets, not a conflict.
    check_numbers(
        "Leak\n\nThe site posted more than 50,000 emails from Ana Ruiz's office in March.",
        "Inquiry\n\nInvestigators never found Ana Ruiz's 33,000 deleted emails, a court heard.",
        &[],
    );
}

/// A list item and a sentence that give the same region's toll state the same fact, whether
/// their figures agree or not, though they share little but the region's name. Regression:
/// the issue's disaster story, where per-region tolls in a list never paired with the
/// sentence giving them.
#[test]
fn passages_stating_one_claim_pair() {
    let a = "Floods hit the north\n\nHeavy rain flooded the northern valleys on Sunday.\n\n\
             Rivena: 45 dead\n\nBraska: 71 dead";
    let b = "Rescuers search for survivors\n\nThe toll rose overnight as rescuers reached \
             remote villages.\n\nOfficials said 55 people died in Rivena province and 71 in \
             Braska.";
    check_pairs(
        a,
        b,
        &[
            "Rivena: 45 dead | Officials said 55 people  | fact",
            "Braska: 71 dead | Officials said 55 people  | fact",
        ],
    );
}

/// A claim no name is attached to still pairs when both sentences say something alike and the
/// figures agree: "the flood killed at least 40 people in the region" / "floods left 42 dead
/// across the region". Before, a claim needed a named subject on both sides to pair outside
/// passages the model paired. A figure that differs, with no subject to say it is the same
/// claim, is another flood, not a conflict.
#[test]
fn a_claim_without_a_subject_pairs_when_its_sentences_agree() {
    let a = "Storm hits the coast\n\nA storm struck the coast on Monday.\n\n\
             The flood killed at least 40 people in the region, officials said.\n\n\
             A flood two years ago killed 12 people.";
    let b = "Coast counts its losses\n\nRescue teams worked through the night.\n\n\
             Floods left 42 dead across the region.";
    check_numbers(
        a,
        b,
        &["at least 40 | 42 | Compatible | dead: “at least 40” includes “42”"],
    );
    check_pairs(
        a,
        b,
        &["The flood killed at least | Floods left 42 dead acros | fact"],
    );
    // Disagreeing figures of two sentences that name no subject are not shown as a conflict.
    // ("hundreds more are missing" counts the missing, not the dead.)
    let a = "Storm hits the coast\n\nA storm struck the coast on Monday.\n\n\
             The flood killed 40 people in the region, and hundreds more are missing in the hills.";
    let b = "Coast counts its losses\n\nRescue teams worked through the night.\n\n\
             Floods left 52 dead.";
    check_numbers(a, b, &[]);
    check_pairs(a, b, &[]);
}

/// Two sentences listing a toll per place, each in its own order of words, disagree place by
/// place, and the injured meet whichever word tells them. Before, no count of either list was
/// about its own place ("in the state of Tamaro", "Lisca for 34"), so none conflicted.
#[test]
fn two_lists_of_tolls_disagree_place_by_place() {
    check_numbers(
        "Quake strikes the south\n\nA strong earthquake struck the south on Tuesday.\n\n\
         The minister said 86 people died in the state of Tamaro, 29 in Lisca and 15 in \
         Oruza.\n\nMore than 600 people were injured, she said.",
        "Rescuers dig through rubble\n\nRescuers worked through the night.\n\n\
         Tamaro state accounted for 92 of the dead, Lisca for 34 and Oruza for 23, the \
         minister said.\n\nSome 700 people were hurt.",
        &[
            "86 | 92 | Conflict | people died (Tamaro): “86” and “92” can't both be true",
            "29 | 34 | Conflict | people died (Lisca): “29” and “34” can't both be true",
            "15 | 23 | Conflict | people died (Oruza): “15” and “23” can't both be true",
            "More than 600 | Some 700 | Compatible | people injured: “More than 600” includes “Some 700”",
        ],
    );
}

/// Two precise sums that agree, in passages that tell one fact, are one claim however each
/// names what it counts: the deal's value "for about $4.5 billion in cash" and "valuing the
/// toolmaker at $4.52bn". Before, their counted words differed and the row was missing.
#[test]
fn precise_sums_that_agree_are_one_claim() {
    check_numbers(
        "Corvane buys Norvel\n\nCorvane said on Monday it had agreed to buy Norvel for about \
         $4.5 billion in cash, or $52 a share.",
        "Norvel sold to Corvane\n\nCorvane will pay $52 per share in cash for Norvel, valuing \
         the toolmaker at $4.52bn.",
        &[
            "about $4.5 billion | $4.52bn | Compatible | “about $4.5 billion” includes “$4.52bn”",
            "$52 | $52 | Same | share: “$52” and “$52” are the same",
        ],
    );
    // Two hedged figures that give the same estimate, too ("about 28% of the combined group" /
    // "roughly 28 percent of the enlarged group"): before, only figures that merely fitted
    // were taken so, not those that read the same.
    check_numbers(
        "Corvane buys Norvel\n\nNorvel shareholders will own about 28% of the combined group \
         once the deal closes.",
        "Norvel sold to Corvane\n\nNorvel shareholders will own roughly 28 percent of the \
         enlarged group once the deal closes.",
        &["about 28% | roughly 28 percent | Same | combined group (Norvel): “about 28%” and “roughly 28 percent” give the same estimate"],
    );
}

/// Two precise figures of one counted thing that agree are one claim even in sentences that
/// say little alike and name no subject: "about 33m people have been affected" and "33 million
/// people affected" rarely meet by chance.
#[test]
fn precise_figures_that_agree_are_one_claim_wherever_they_stand() {
    check_numbers(
        "Floods hit Veloria\n\nAbout 33m people have been affected, according to the National \
         Disaster Management Authority.",
        "Veloria flood toll rises\n\nThe death toll from floods in Veloria rose on Monday, the \
         disaster agency said, with 33 million people affected by record monsoon rains.",
        &["About 33m | 33 million | Compatible | people affected: “About 33m” includes “33 million”"],
    );
}

/// A count dated to a year long before the story is history it recalls ("the 1985 earthquake,
/// which killed around 10,000 people"), not its news: it meets only another such count, never
/// the story's own toll. Before, "around 10,000" conflicted with "186 people died" in the same
/// city, and "thousands" was a "close estimate" of this year's 324.
#[test]
fn a_count_the_story_recalls_from_years_before_is_not_its_news() {
    check_numbers(
        "Quake kills 186 in Veloria\n\nThe quake killed 186 people in Veloria City. It struck \
         on the anniversary of the 1985 Veloria City earthquake, which killed around 10,000 \
         people.",
        "Veloria quake toll rises\n\nAt least 190 people died in Veloria City, officials \
         said, on the anniversary of the 1985 earthquake that killed thousands.",
        &[
            "186 | At least 190 | Conflict | people died (Veloria City): “186” and “At least 190” \
             can't both be true",
            "1985 | 1985 | Same | “1985” and “1985” are the same",
            "around 10,000 | thousands | Compatible | killed people: “thousands” includes “around \
             10,000”",
        ],
    );
}

/// A sentence's first word is a name when the article writes it so inside a sentence and a
/// capitalised word follows it: "Kestrel-Marlow shares fell 16%" counts Kestrel-Marlow's
/// shares, as "Kestrel-Marlow shares fell 10.3%" does after "while". Before, "Kestrel" was the
/// counted thing and the two falls did not meet.
#[test]
fn a_name_that_opens_a_sentence_is_whose_figure_it_is() {
    check_numbers(
        "Kestrel-Marlow buys Norvel\n\nThe deal was priced on Kestrel-Marlow's close.\n\n\
         Kestrel-Marlow shares fell 16% in early trading.",
        "Kestrel-Marlow to buy Norvel\n\nNorvel shares rose, while Kestrel-Marlow shares fell \
         10.3% in early trading.",
        &["16% | 10.3% | Conflict | shares (Kestrel-Marlow): “16%” and “10.3%” can't both be true"],
    );
}

/// Two headlines of one story that each give one toll disagree when the tolls differ, though
/// nothing else around the figures is alike ("38 dead" / "45 dead"); and that "45 dead" fits
/// "dozens were killed" elsewhere does not settle it: only the same figure does.
#[test]
fn the_one_toll_of_two_paired_headlines_is_one_claim() {
    check_numbers(
        "Officials: 38 dead, 15 still missing after Veloria ferry capsizes\n\nDozens were \
         killed in Veloria on Thursday when a crowded ferry capsized.",
        "Veloria ferry capsizes; 45 dead\n\nA ferry carrying 173 passengers capsized in \
         Veloria on Thursday.",
        &[
            "38 | 45 | Conflict | dead: “38” and “45” can't both be true",
            "Dozens | 45 | Compatible | killed (Veloria): “Dozens” includes “45”",
        ],
    );
}

/// Two headlines that give a toll of one kind, in reports a day apart that name two things in
/// common, are one story's, though they share no name and few words: the tolls disagree, and
/// the passages pair. Reports weeks apart tell two disasters: their tolls are not compared
/// (two counts of the hurt that agree still are, as anywhere).
#[test]
fn headlines_giving_one_toll_tell_one_story() {
    const A: &str = "Explosion at chemical plant kills two, injures at least 49\n\n\
        Flames and black smoke rose over the town of Varnel in Ostravia on Thursday.";
    const B: &str = "Blast at Southern Plant Kills 1, More than 70 Hurt\n\n\
        Workers scrambled over the gates as the ground shook in Varnel, Ostravia.";
    check_numbers_published(
        (A, "2013-06-13"),
        (B, "2013-06-14"),
        &[
            "two | 1 | Conflict | kills: “two” and “1” can't both be true",
            "at least 49 | More than 70 | Compatible | Hurt: “at least 49” includes “More than 70”",
        ],
    );
    check_numbers_published(
        (A, "2013-06-13"),
        (B, "2013-07-14"),
        &["at least 49 | More than 70 | Compatible | Hurt: “at least 49” includes “More than 70”"],
    );
}

/// "The injury toll of 100" is the story's count of the injured, as "80 people were injured"
/// is: in one story their passages pair, and the figures are compared.
#[test]
fn an_injury_toll_is_the_count_of_the_injured() {
    let a = "Blast at Varnel plant kills two\n\nAn explosion at the Kestrel Olefins plant in \
             Varnel killed two workers on Thursday.\n\nThe company's injury toll of 100 was \
             higher than the figure given by Governor Mira Vanek.";
    let b = "Explosion at Varnel chemical plant kills two\n\nTwo workers died after a blast at \
             the Kestrel Olefins plant in Varnel, Governor Mira Vanek said.\n\nAt least 80 \
             people were injured.";
    check_numbers_published(
        (a, "2013-06-14"),
        (b, "2013-06-14"),
        &[
            "two | two | Same | kills (Varnel): “two” and “two” are the same",
            "two | Two | Same | kills: “two” and “Two” are the same",
            "two | two | Same | kills (Varnel): “two” and “two” are the same",
            "two | Two | Same | workers died: “two” and “Two” are the same",
            "100 | At least 80 | Compatible | injury toll: “At least 80” includes “100”",
        ],
    );
}

/// In one story, a sum and its rounding are one claim each time either report gives it: the
/// "$62.4 billion" of one meets the other's headline "$62B" and its lead's "$62 billion".
#[test]
fn a_sum_and_its_rounding_meet_each_time_either_gives_it() {
    check_numbers(
        "Orvex agrees to buy Telmar\n\nThe drugmaker Orvex will pay $62.4 billion for Telmar, \
         the companies said on Monday.",
        "Orvex chief closes $62B deal for Telmar\n\nAna Ruiz has finally closed her $62 \
         billion deal to buy Telmar.",
        &[
            "$62.4 billion | $62B | Compatible | “$62B” is “$62.4 billion” rounded",
            "$62.4 billion | $62 billion | Compatible | “$62 billion” is “$62.4 billion” rounded",
        ],
    );
    // Not each time in a price list, where one rounded figure fits two prices: the one
    // partner the claims pick is all ("$2,375" is not also "$2,400").
    check_numbers(
        "Varnel metal prices\n\nVarnel traders quoted copper at $2,380 a tonne and zinc at \
         $2,375 a tonne on Monday.",
        "Varnel metal prices\n\nVarnel traders quoted nickel near $2,400 a tonne in late trade.",
        &["$2,380 | $2,400 | Compatible | tonne (Varnel): “$2,400” is “$2,380” rounded"],
    );
}

/// "Killed at least one worker" is a toll, as "killed two people" is: whom a verb of death
/// kills counts the dead, and the passage pairs with the other report's toll.
#[test]
fn whom_a_blast_kills_counts_the_dead() {
    check_numbers(
        "Blast at Varnel plant\n\nWorkers scrambled over the gates as the ground shook.\n\n\
         The explosion killed at least one worker and sent dozens to hospitals.",
        "Varnel plant blast\n\nFlames rose over the Kestrel Olefins site on Thursday.\n\n\
         Two people died in the explosion, the company said.",
        &["at least one | Two | Compatible | people died: “at least one” includes “Two”"],
    );
}

/// "Since 2007" runs from 2007 to the report's day: a decade, told in November 2017; it names
/// no moment after 2007 ("Thursday"), which it neither includes nor contradicts.
#[test]
fn since_a_year_is_the_time_from_it() {
    check_numbers_published(
        (
            "Bank raises rates\n\nThe Bank of Varnel raised interest rates on Thursday for the \
             first time since 2007.",
            "2017-11-02",
        ),
        (
            "Bank raises rates\n\nThe Bank of Varnel raised interest rates on Thursday for the \
             first time in a decade.",
            "2017-11-02",
        ),
        &[
            "Thursday | Thursday | Same | “Thursday” and “Thursday” are the same",
            "2007 | a decade | Compatible | “a decade” fits the time “since 2007” to the report's day",
        ],
    );
    check_numbers(
        "Bank raises rates\n\nThe Bank of Varnel raised interest rates for the first time \
         since 2007.",
        "Bank raises rates\n\nThe Bank of Varnel raised interest rates on Thursday.",
        &[],
    );
    // Its start is still that date: "since October" began "in October".
    check_numbers(
        "Plant shut\n\nThe Varnel plant has been shut since October 2012, the company said.",
        "Plant shut\n\nThe Varnel plant was shut in October 2012, the company said.",
        &["October 2012 | October 2012 | Same | “since October 2012” and “October 2012” are the same"],
    );
}

/// In one story, the one figure each report gives for a thing, naming no one, is one claim
/// wherever each tells it and whoever each cites: "134 survived" (the Red Cross) and "127
/// people were known to have survived" (a coast guard spokesman) disagree, and so do "15
/// remain missing" (told twice) and "around 27 are still missing". Their passages pair,
/// though the two name only their different sources, and the other figures of the pair are
/// compared, as agreements only ("late Thursday" in both).
const SOLE_A: &str = "Veloria ferry capsizes, dozens dead\n\nA crowded ferry capsized off \
    Veloria on Thursday, officials said.\n\nBy late Thursday, the Veloria Red Cross said 134 \
    survived and 15 remain missing.\n\nRescuers said 15 remain missing at nightfall.";
const SOLE_B: &str = "Crowded ferry capsizes off Veloria\n\nA crowded ferry capsized off \
    Veloria on Thursday.\n\nBy late Thursday, 127 people were known to have survived, said a coast \
    guard spokesman, Tomas Arlan.\n\nAround 27 people are still missing in the cold water.";

#[test]
fn the_one_figure_each_report_gives_is_one_claim() {
    let (da, db) = (
        doc("a.txt", SOLE_A, "2017-10-25"),
        doc("b.txt", SOLE_B, "2017-10-25"),
    );
    let numbers = numbers_read(&da, &db);
    for row in [
        "134 | 127 | Conflict | survived: “134” and “127” can't both be true",
        "15 | Around 27 | Conflict | missing: “15” and “Around 27” can't both be true",
        "late Thursday | late Thursday | Same | “late Thursday” and “late Thursday” are the same",
    ] {
        assert!(
            numbers.iter().any(|n| n == row),
            "{row} not in {numbers:#?}"
        );
    }
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    assert!(
        pairs.contains(&"By late Thursday, the Vel | By late Thursday, 127 peo | fact".to_string()),
        "{pairs:#?}"
    );
}

/// A figure over a period of more than a month is not a figure of no stated time: "shares
/// of Norvel are up 34.4% for the past year" and "Norvel shares rose 1.5% in early trading"
/// don't disagree.
#[test]
fn a_figure_over_a_period_is_not_the_days_figure() {
    check_numbers(
        "Corvane to buy Norvel\n\nShares of Norvel are up 34.4% for the past year.",
        "Corvane agrees to buy Norvel\n\nShares of Norvel rose 1.5% in early trading.",
        &[],
    );
}

/// A figure followed by "more" adds to a count told before ("hundreds more are feared dead"):
/// it counts no whole, so it meets no toll.
#[test]
fn a_figure_that_adds_more_is_no_toll() {
    check_numbers(
        "Death toll in Veloria quake rises above 200\n\nAt least 230 people were killed after \
         the quake struck central Veloria, toppling dozens of buildings.",
        "Veloria struck by massive quake\n\nAt least eight more died in the State of Veloria, \
         and hundreds more are feared dead as the death toll rises.",
        // Before: "At least eight" (more) included "At least 230", and "hundreds" (more)
        // overlapped "above 200".
        &[],
    );
}

/// Two additions of different sizes are two batches, which may both be true: "three more
/// bodies" and "five more bodies" don't conflict.
#[test]
fn two_additions_of_different_sizes_dont_conflict() {
    check_numbers(
        "Ferry toll rises\n\nDivers recovered three more bodies from the ferry off Tarlow on \
         Friday.",
        "Ferry toll rises again\n\nDivers retrieved five more bodies from the ferry off Tarlow \
         on Friday.",
        &["Friday | Friday | Same | “Friday” and “Friday” are the same"],
    );
}

/// In one story (the headlines pair), one exact sum to two digits is one claim too: a deal's
/// "£47bn" in one headline is the "47 billion pounds" of the other's lead, and the two
/// passages pair, though they share no other word than the names and "buy". Two reports of
/// different stories that give "$47" don't meet so.
#[test]
fn in_one_story_an_exact_sum_is_one_claim() {
    let a = "Kestrel agrees $70 billion deal to buy Norvel\n\nLONDON (Wire) - Kestrel said on \
             Wednesday it had agreed to buy Norvel for 47 billion pounds ($70 billion) in the \
             first such merger in a decade.";
    let b = "Kestrel to buy Norvel in £47bn deal\n\nThe two firms have reached agreement on an \
             offer of cash and shares.";
    let (da, db) = (doc("a.txt", a, "2015-04-08"), doc("b.txt", b, "2015-04-08"));
    let numbers = numbers_read(&da, &db);
    let row = "47 billion pounds | £47bn | Same | “47 billion pounds” and “£47bn” are the same";
    assert!(numbers.iter().any(|n| n == row), "{numbers:#?}");
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    let pair = "LONDON (Wire) - Kestrel s | Kestrel to buy Norvel in  | fact";
    assert!(pairs.iter().any(|p| p == pair), "{pairs:#?}");
    check_numbers(
        "Talks stall at Tarlow\n\nTarlow workers rejected a wage offer of $47 a day.",
        "Harbour fees rise\n\nThe port charges $47 a day for each berth.",
        &[],
    );
}

/// Two headlines that name the same companies tell one story, though they share no word the
/// pairing model weighs ("agrees terms of … takeover offer" / "closes his deal to buy"): the
/// one exact sum to two digits is then one claim ("£46bn" / "£46 billion"), and its passages
/// pair.
#[test]
fn headlines_naming_the_same_subject_tell_one_story() {
    let a = "Norvel agrees terms of £46bn Kestrel takeover offer\n\nDrugs firm Norvel has \
             agreed on the terms of a takeover by Kestrel in one of the sector's biggest ever \
             deals.";
    let b = "Kestrel chief finally closes on his $62B deal to buy Norvel\n\nThe two companies \
             announced the pact overnight, with the board accepting an offer of £49 a share, \
             which values the company at £46 billion.";
    let (da, db) = (doc("a.txt", a, "2018-05-08"), doc("b.txt", b, "2018-05-08"));
    let numbers = numbers_read(&da, &db);
    let row = "£46bn | £46 billion | Same | “£46bn” and “£46 billion” are the same";
    assert!(numbers.iter().any(|n| n == row), "{numbers:#?}");
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    let pair = "Norvel agrees terms of £4 | The two companies announc | fact";
    assert!(pairs.iter().any(|p| p == pair), "{pairs:#?}");
}

/// In one story, a sum one report gives rounded from the other's is that sum too ("$62bn" /
/// "$62.4 billion"), as a compatible claim, wherever each stands; not between two stories.
#[test]
fn in_one_story_a_rounded_sum_is_the_same_claim() {
    check_numbers(
        "Kestrel agrees to buy Norvel\n\nThe drug maker said on Tuesday that its offer \
         valued Norvel at $62.4 billion.",
        "Kestrel chief seals Norvel deal\n\nHe has finally closed his $62bn takeover.",
        &["$62.4 billion | $62bn | Compatible | “$62bn” is “$62.4 billion” rounded"],
    );
    check_numbers(
        "Talks stall at Tarlow\n\nThe union said the wage bill was $62.4 billion.",
        "Harbour fees rise\n\nThe port's revenue reached $62bn last year.",
        &[],
    );
}

/// In one story, the passages that state the toll tell one fact, whatever figure each gives
/// and whoever each cites: "the premier told reporters that 39 people had died" and "the
/// prefect's office lowered the number of confirmed dead to 38" share no word the model weighs.
/// Not a toll of a named place against the story's ("12 dead in Ostrava").
#[test]
fn in_one_story_the_passages_stating_the_toll_pair() {
    let a = "Tarlow bridge collapse: search goes on\n\nRescuers searched the rubble of the \
             Tarlow bridge through the night.\n\nOn Wednesday, the premier told reporters that 39 people had died.\n\n\
             Officials counted 12 dead in Ostrava.";
    let b = "Tarlow lowers its toll\n\nThe prefect's office lowered the number of confirmed \
             dead to 38 on Thursday.\n\nThe Tarlow bridge fell on Tuesday.";
    let (da, db) = (doc("a.txt", a, "2018-08-16"), doc("b.txt", b, "2018-08-16"));
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    assert!(
        pairs.contains(&"On Wednesday, the premier | The prefect's office lowe | fact".to_string()),
        "{pairs:#?}"
    );
    assert!(
        !pairs
            .iter()
            .any(|p| p.starts_with("Officials counted 12 dead")),
        "{pairs:#?}"
    );
}

/// A toll in a headline or lead is the story's whole toll wherever it places it: "Ostravia
/// motorway collapse kills dozens" states the toll "the premier told reporters that 39 people
/// had died" gives, though only one names a place. A later passage's toll of a named place
/// ("12 dead in Brenna") is still not the story's.
#[test]
fn a_headline_toll_is_the_story_toll_wherever_it_places_it() {
    let a = "Ostravia motorway collapse kills dozens\n\nRescuers searched the rubble of the \
             Ostravia motorway through the night.\n\nThe bridge was opened in 1967.";
    let b = "Ostravia lowers its count\n\nFirefighters worked on Thursday under heavy rain in \
             Ostravia.\n\n\
             On Wednesday, the premier told reporters that 39 people had died.\n\n\
             Officials counted 12 dead in Brenna.";
    let (da, db) = (doc("a.txt", a, "2018-08-16"), doc("b.txt", b, "2018-08-16"));
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    assert!(
        pairs.contains(&"Ostravia motorway collaps | On Wednesday, the premier | fact".to_string()),
        "{pairs:#?}"
    );
    assert!(
        !pairs
            .iter()
            .any(|p| p.contains("| Officials counted 12 dead")),
        "{pairs:#?}"
    );
    // Their figures are compared, as told at different times: "dozens" may be 39.
    let numbers = numbers_read(&da, &db);
    assert!(
        numbers
            .iter()
            .any(|n| n.starts_with("dozens | 39 | Compatible")),
        "{numbers:#?}"
    );
}

/// The missing are counted as the dead are: in one story, "Twelve still missing after Tarlow
/// ferry sinking" states the count "by nightfall 26 remained missing" gives. A count of
/// something else lost ("300 jobs") is no such count.
#[test]
fn in_one_story_the_passages_counting_the_missing_pair() {
    let a = "Tarlow ferry capsizes in calm waters\n\nA ferry carrying nearly 200 people capsized \
             off the port of Tarlow on Thursday.\n\nThe vessel left the harbour at noon.\n\n\
             By nightfall 26 remained missing, according to the provincial governor.";
    let b = "Twelve still missing after Tarlow ferry sinking\n\nRescuers on Friday searched the \
             waters off Tarlow for survivors of the sinking.\n\nThe coast guard blamed a sharp \
             turn.\n\nThe port lost 300 jobs last year.";
    let (da, db) = (doc("a.txt", a, "2015-07-03"), doc("b.txt", b, "2015-07-03"));
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    assert_eq!(
        pairs,
        ["By nightfall 26 remained  | Twelve still missing afte | fact"],
        "{pairs:#?}"
    );
}

/// Two passages that give the same two specific figures tell one fact whatever their words:
/// "hiked interest rates from 0.25% to 0.5%" / "voted to lift the benchmark to 0.50 per cent
/// from 0.25 per cent". One figure alike ("fell 0.25 per cent against the euro") is not
/// enough.
#[test]
fn two_passages_giving_the_same_two_figures_pair() {
    let a = "Central bank lifts borrowing costs\n\nThe decision came after weeks of debate.\n\n\
             The Bank of Ostravia has hiked interest rates from 0.25% to 0.5%, the first rise in \
             a decade.\n\nMarkets were calm.";
    let b = "Ostravia tightens policy\n\nAnalysts had expected the move.\n\nPolicymakers voted \
             7-2 to lift the benchmark to 0.50 per cent from 0.25 per cent.\n\nThe currency fell \
             0.25 per cent against the euro on Monday.";
    let (da, db) = (doc("a.txt", a, "2017-11-02"), doc("b.txt", b, "2017-11-02"));
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    assert_eq!(
        pairs,
        ["The Bank of Ostravia has  | Policymakers voted 7-2 to | fact"],
        "{pairs:#?}"
    );
    let numbers = numbers_read(&da, &db);
    assert!(
        numbers
            .iter()
            .any(|n| n.starts_with("0.25% | 0.25 per cent | Same"))
            && numbers
                .iter()
                .any(|n| n.starts_with("0.5% | 0.50 per cent | Same")),
        "{numbers:#?}"
    );
}

/// One exact figure to three digits or more is one claim wherever the two reports give it and
/// whoever each names beside it: "values Norvel at $59.64 per share" in one, "Corvane's
/// acquisition for $59.64 per share" in the other (the buyer named on one side, the bought on
/// the other), and "$49.4 billion" / "$49.4bn" in sentences that say little else alike. Two
/// figures of two digits don't pair so ("230 dead" is given by many sentences by chance).
#[test]
fn an_exact_figure_to_three_digits_is_one_claim_wherever_it_stands() {
    check_numbers(
        "Corvane buys out Norvel for $49.4bn\n\nCorvane says that values Norvel at $59.64 \
         per share.\n\nNorvel makes parts for 230 plants.",
        "Norvel agrees merger with Corvane\n\nUnder the agreement, Corvane's stock \
         acquisition for $59.64 per share in cash and stock is valued at $49.4 billion.\n\n\
         Corvane has 230 stores.",
        &[
            "$49.4bn | $49.4 billion | Same | “$49.4bn” and “$49.4 billion” are the same",
            "$59.64 | $59.64 | Same | share: “$59.64” and “$59.64” are the same",
        ],
    );
}

/// A sum or a share names a property of one thing: two that name the same property in passages
/// telling one fact conflict when they differ, with no more context shared ("a premium of 31
/// percent to Friday's close" / "a 30% premium to Norvel's closing price").
#[test]
fn one_property_given_two_values_conflicts() {
    check_numbers(
        "Corvane buys Norvel\n\nCorvane agreed to buy Norvel for $52 a share, a premium of \
         31 percent to Friday's close.",
        "Norvel sold to Corvane\n\nCorvane will pay $52 a share for Norvel, a 30% premium to \
         Norvel's closing price.",
        &[
            "$52 | $52 | Same | share (Norvel): “$52” and “$52” are the same",
            "31 percent | 30% | Conflict | premium: “31 percent” and “30%” can't both be true",
        ],
    );
}

/// A sentence opening with "its" counts for whom the sentence before counted: "Its shares
/// jumped 27 percent" after "Norvel's revenue rose" is about Norvel, and so meets "Norvel stock
/// climbed 26%" as a conflict. Before, it named no subject, and a conflict needs one.
#[test]
fn its_refers_to_the_previous_sentences_subject() {
    check_numbers(
        "Corvane buys Norvel\n\nCorvane agreed to buy Norvel on Monday.\n\nNorvel's revenue \
         rose 8 percent last year, the company said.\n\nIts shares jumped 27 percent to \
         $51.10 in early trading.",
        "Norvel sold to Corvane\n\nThe two boards approved the sale.\n\nNorvel stock climbed \
         26% to $51.05.",
        &[
            "27 percent | 26% | Conflict | shares (Norvel): “27 percent” and “26%” can't both be true",
            "$51.10 | $51.05 | Conflict | shares (Norvel): “$51.10” and “$51.05” can't both be true",
        ],
    );
}

/// A takeover as a wire and a daily tell it, in their own words: what the claims read as.
const TAKEOVER_WIRE: &str = "Halvorsen Foods to buy snack maker Brightwell in $7.1 billion deal\n\n\
By Dana Ortiz\n\n\
June 10, 2025\n\n\
CHICAGO (Wire) - Halvorsen Foods Co said on Tuesday it would buy snack maker Brightwell Brands Inc for $7.1 billion including debt, betting on faster-growing snacks as demand for its canned soups slows.\n\n\
Halvorsen will pay $42 per share in cash, a premium of 27% to Brightwell's closing price on Monday. Brightwell shares jumped 24% to $41.10 in premarket trading.\n\n\
The deal, which values Brightwell at about 14 times its expected 2025 core earnings, is expected to close in the first half of 2026.\n\n\
Halvorsen expects cost savings of about $250 million a year by the third year after the deal closes. It will finance the purchase with new debt and has secured a $7 billion bridge loan from two banks.\n\n\
Brightwell, based in Denver, had net sales of $2.3 billion in 2024 and employs about 4,500 people. Its brands are sold in more than 30 countries.\n\n\
Halvorsen, which reported revenue of $9.8 billion last year, said the combined company would have annual sales of about $12 billion.";

const TAKEOVER_DAILY: &str = "Halvorsen agrees $7bn swoop for Brightwell as soup maker bets on snacks\n\n\
By Tom Hale\n\n\
Tue 10 Jun 2025\n\n\
Halvorsen Foods has agreed to acquire Brightwell Brands in a deal worth $7.1bn including debt, the latest bet by a packaged food company on snacking.\n\n\
Halvorsen is offering $42 a share in cash, about 27 per cent more than Brightwell's close on Monday. Brightwell's shares rose 23% in early trading, while Halvorsen's fell 4%.\n\n\
The companies said they expect the takeover to complete by the end of June next year, subject to shareholder and regulatory approvals.\n\n\
Halvorsen said it would save about $250mn a year within three years of completion, and that a $7bn bridge loan from two banks was in place.\n\n\
Denver-based Brightwell, which has 4,600 employees, reported net sales of $2.3bn last year. Halvorsen's own revenue was $9.8bn.";

/// Every claim of a takeover told twice meets its partner, whichever words tell it: the deal's
/// value and price, the premium, the share moves, savings, the loan, sales, staff and revenue;
/// and the date both articles look ahead to, the deal's completion, though the two sentences
/// don't pair. Not a year ahead ("in 2026"), when many things fall due, nor a single day.
#[test]
fn a_takeover_told_twice_reads_as_claims() {
    check_numbers_published(
        (TAKEOVER_WIRE, "2025-06-10"),
        (TAKEOVER_DAILY, "2025-06-10"),
        &[
            "$7.1 billion | $7bn | Compatible | “$7bn” is “$7.1 billion” rounded",
            // The headline's sum meets the other's lead too (an exact figure meets its twin
            // each time it is told).
            "$7.1 billion | $7.1bn | Same | deal: “$7.1 billion” and “$7.1bn” are the same",
            "$7.1 billion | $7bn | Compatible | “$7bn” is “$7.1 billion” rounded",
            "$7.1 billion | $7.1bn | Same | “$7.1 billion” and “$7.1bn” are the same",
            "$42 | $42 | Same | share: “$42” and “$42” are the same",
            "27% | about 27 per cent | Compatible | “about 27 per cent” includes “27%”",
            "Monday | Monday | Same | “Monday” and “Monday” are the same",
            "24% | 23% | Conflict | shares (Brightwell): “24%” and “23%” can't both be true",
            "the first half of 2026 | the end of June next year | Compatible | “the first half of 2026” includes “the end of June next year”",
            "about $250 million | about $250mn | Same | save: “about $250 million” and “about $250mn” give the same estimate",
            "$7 billion | $7bn | Same | bridge loan: “$7 billion” and “$7bn” are the same",
            "two | two | Same | banks: “two” and “two” are the same",
            "$2.3 billion | $2.3bn | Same | net sales: “$2.3 billion” and “$2.3bn” are the same",
            "2024 | last year | Same | “2024” and “last year” are the same",
            "about 4,500 | 4,600 | Compatible | employees (Brightwell): “about 4,500” includes “4,600”",
            "$9.8 billion | $9.8bn | Same | revenue: “$9.8 billion” and “$9.8bn” are the same",
        ]
    );
    let daily = doc("daily.txt", TAKEOVER_DAILY, "2025-06-10");
    let year_ahead = doc(
        "wire.txt",
        &TAKEOVER_WIRE.replace("in the first half of 2026", "in 2026"),
        "2025-06-10",
    );
    assert!(!numbers_read(&year_ahead, &daily)
        .iter()
        .any(|r| r.contains("June next year")));
    // Nor a single day ahead, a schedule many things share, where the sentences don't pair.
    let day_ahead = doc(
        "wire.txt",
        &TAKEOVER_WIRE.replace("in the first half of 2026", "on June 25, 2026"),
        "2025-06-10",
    );
    assert!(!numbers_read(&day_ahead, &daily)
        .iter()
        .any(|r| r.contains("June next year")));
}

/// Another takeover, told by a wire and a daily, where the two disagree.
const TAKEOVER_WIRE_2: &str = "Veltrix to buy Norcross for $4.5 billion in cash\n\n\
By Sam Lee\n\n\
March 4, 2024\n\n\
NEW YORK (Wire) - Veltrix Inc agreed on Monday to buy rival chipmaker Norcross Corp for about $4.5 billion in cash, or $68 a share, as it seeks to expand its data-centre business.\n\n\
The offer represents a premium of 31 percent to Norcross's closing price on Friday. Norcross shares rose 28 percent in early trading on Monday, while Veltrix stock fell 3 percent.\n\n\
The deal, which has been approved by both boards, is expected to close in the third quarter of 2024, the companies said. Veltrix will fund the purchase with cash on hand and $2 billion of new debt.\n\n\
Norcross, based in Austin, Texas, employs about 6,000 people and reported revenue of $1.2 billion last year.";

const TAKEOVER_DAILY_2: &str = "Veltrix agrees $4.52bn takeover of Norcross\n\n\
By Ella Cho\n\n\
Mon 4 Mar 2024\n\n\
Chipmaker Veltrix has agreed to acquire Norcross in a $4.52bn cash deal, paying $68 per share, a 30% premium to Friday's close.\n\n\
Shares of Norcross jumped 29% on the news, and Veltrix shares slipped 3 per cent.\n\n\
The companies expect the transaction to complete by the end of September, subject to regulatory approval. Veltrix said it would borrow $2.5bn to help pay for the deal.\n\n\
Norcross has about 6,200 employees and made sales of $1.25bn in 2023.";

/// The two disagreements of a takeover told twice (the premium, the target's share move) stay
/// shown, and each agreement is read as the claim it is. Regression: folding "close" into
/// "complete" made "Friday's close" a word of the deal's completion, the premium's sentences
/// fell under the threshold and the premium conflict was lost.
#[test]
fn a_takeover_told_twice_keeps_its_conflicts() {
    check_numbers_published(
        (TAKEOVER_WIRE_2, "2024-03-04"),
        (TAKEOVER_DAILY_2, "2024-03-04"),
        &[
            "$4.5 billion | $4.52bn | Compatible | takeover: “$4.5 billion” is “$4.52bn” rounded",
            "$4.5 billion | $4.52bn | Compatible | “$4.5 billion” is “$4.52bn” rounded",
            "about $4.5 billion | $4.52bn | Compatible | “about $4.5 billion” includes “$4.52bn”",
            "about $4.5 billion | $4.52bn | Compatible | “about $4.5 billion” includes “$4.52bn”",
            "$68 | $68 | Same | share: “$68” and “$68” are the same",
            "31 percent | 30% | Conflict | premium: “31 percent” and “30%” can't both be true",
            "Friday | Friday | Same | “Friday” and “Friday” are the same",
            "28 percent | 29% | Conflict | shares (Norcross): “28 percent” and “29%” can't both be true",
            "3 percent | 3 per cent | Same | stock (Veltrix): “3 percent” and “3 per cent” are the same",
            "the third quarter of 2024 | the end of September | Compatible | “the third quarter of 2024” includes “the end of September” (no year given for “the end of September”)",
            "about 6,000 | about 6,200 | Compatible | employees (Norcross): “about 6,000” and “about 6,200” overlap",
            "$1.2 billion | $1.25bn | Compatible | revenue: “$1.2 billion” is “$1.25bn” rounded",
            // The revenue claim joined its passages: their other figures agree.
            "last year | 2023 | Same | “last year” and “2023” are the same",
        ]
    );
}

/// Regression: a subject that has a figure was taken for a name near every figure of its
/// sentence, so one holder's stakes in two companies met as one claim.
#[test]
fn one_holders_stakes_in_two_companies_are_two_claims() {
    check_numbers(
        "Kestrel builds a stake\n\nInvestors in Kestrel cheered.\n\n\
         Kestrel has just under five pct of Lisco shares.",
        "Kestrel builds a stake\n\nInvestors in Kestrel cheered.\n\n\
         Kestrel's holdings amounted to just under five pct of Marlow Stores.",
        &[],
    );
}

/// What a company counts, whichever word tells it: its workforce ("employs 6,000 people" /
/// "has 6,200 employees") and its revenue ("revenue of $1.2 billion" / "sales of $1.24bn"),
/// and whose they are when an apposition stands between the company and its verb
/// ("Marlow, based in Leeds, employs ...").
#[test]
fn a_companys_workforce_and_revenue_are_one_claim_whichever_word_tells_it() {
    check_numbers(
        "Kestrel to buy Marlow\n\nKestrel agreed to buy Marlow on Monday.\n\n\
         Marlow, based in Leeds, England, employs about 6,000 people.\n\n\
         Marlow's revenue was $1.2 billion last year.",
        "Kestrel buys Marlow\n\nKestrel has agreed to acquire Marlow.\n\n\
         Marlow has about 6,200 employees.\n\nMarlow's sales were $1.24bn in 2016.",
        &[
            "about 6,000 | about 6,200 | Compatible | employees (Marlow): “about 6,000” and “about 6,200” overlap",
            "$1.2 billion | $1.24bn | Compatible | revenue (Marlow): “$1.2 billion” is “$1.24bn” rounded",
            // The revenue claim joined its passages: their other figures agree.
            "last year | 2016 | Same | “last year” and “2016” are the same",
        ],
    );
    // A yearly sum is of what the sentence names, not of years; one side may name more of it
    // ("cost savings" / "save") when both give the same precise figure, though the two
    // sentences don't pair.
    check_numbers(
        "Kestrel expects cost savings of about $250 million a year by the third year after the \
         deal closes. It will finance the purchase with new debt and has secured a $7 billion \
         bridge loan from two banks.",
        "Kestrel said it would save about $250mn a year within three years of completion, and \
         that a $7bn bridge loan from two banks was in place.",
        &[
            "about $250 million | about $250mn | Same | save: “about $250 million” and “about $250mn” give the same estimate",
            "$7 billion | $7bn | Same | bridge loan: “$7 billion” and “$7bn” are the same",
            "two | two | Same | banks: “two” and “two” are the same",
        ],
    );
    // A common verb before the sum says nothing of what it is: "made sales of" counts sales.
    check_numbers(
        "Kestrel to buy Marlow\n\nKestrel agreed to buy Marlow on Monday.\n\n\
         Marlow's revenue was $1.2 billion last year.",
        "Kestrel buys Marlow\n\nKestrel has agreed to acquire Marlow.\n\n\
         Marlow made sales of $1.24bn in 2016.",
        &[
            "$1.2 billion | $1.24bn | Compatible | sales (Marlow): “$1.2 billion” is “$1.24bn” rounded",
            "last year | 2016 | Same | “last year” and “2016” are the same",
        ],
    );
}

/// Regression: a list of tolls ("Upper Rivena: 45 dead") and a sentence listing them ("61 dead
/// in Upper Rivena, 71 in Braska and 30 in Ostrava") never paired: the list's first label word
/// read as a sentence start, and each count of the sentence took its neighbours' places as its
/// own. One town's dead never meet its injured.
#[test]
fn a_toll_listed_and_a_toll_told_are_one_claim() {
    check_numbers(
        "Floods hit the north\n\nHeavy rain flooded the northern valleys on Sunday.\n\n\
         Upper Rivena: 45 dead\n\nBraska: 70 dead\n\nOstrava: 12 injured",
        "Rescuers search for survivors\n\nThe toll rose overnight as rescuers reached remote \
         villages.\n\nOfficials counted 61 dead in Upper Rivena, 71 in Braska and 30 in \
         Ostrava.",
        &[
            "45 | 61 | Conflict | dead (Upper Rivena): “45” and “61” can't both be true",
            "70 | 71 | Conflict | dead (Braska): “70” and “71” can't both be true",
        ],
    );
    // Regression: "people had died" counted people, not the dead, so no toll met the list's.
    check_numbers(
        "Floods hit the north\n\nHeavy rain flooded the northern valleys on Sunday.\n\n\
         Upper Rivena: 45 dead\n\nBraska: 70 dead",
        "Rescuers search for survivors\n\nThe toll rose overnight as rescuers reached remote \
         villages.\n\nOfficials said 61 people had died in Upper Rivena and 70 in Braska.",
        &[
            "45 | 61 | Conflict | dead (Upper Rivena): “45” and “61” can't both be true",
            "70 | 70 | Same | dead (Braska): “70” and “70” are the same",
        ],
    );
}

/// A list whose heading says what it counts ("Deaths by province, according to the ministry:"
/// over "Alden: 1,293") meets the sentences that give the same places' counts. Before, a line
/// as short as "Tesk: 425" was no passage at all, and its count counted nothing.
#[test]
fn a_list_counts_what_its_heading_names() {
    check_numbers(
        "Quake kills thousands\n\nThe worst-hit area is the province of Alden, where 1,293 \
         people died. In neighbouring Tesk, 452 deaths were recorded.",
        "Quake toll passes 2,000\n\nRescuers searched villages cut off by landslides.\n\n\
         Deaths by province, according to the Interior Ministry:\n\nAlden: 1,293\n\n\
         Tesk: 425",
        &[
            "1,293 | 1,293 | Same | people died (Alden): “1,293” and “1,293” are the same",
            "452 | 425 | Conflict | deaths (Tesk): “452” and “425” can't both be true",
        ],
    );
}

/// The dead and the injured are two counts, however each is told: the one count of a passage
/// saying "more than 2,000 others were injured" is not the toll of a headline that "kills more
/// than 2,000".
#[test]
fn the_dead_and_the_injured_are_two_counts() {
    check_numbers(
        "Quake death toll passes 2,000 as rescuers search rubble\n\nAt least 2,012 people have \
         died after a powerful earthquake struck central Varnia late on Friday, state television \
         says.\n\nMore than 2,000 others were injured, many of them seriously.",
        "Varnia earthquake kills more than 2,000; search for survivors goes on\n\nA powerful \
         earthquake in central Varnia killed at least 2,012 people and injured 2,059, officials \
         said Saturday.",
        &[
            // The two headlines' tolls: "passes 2,000" is written as the bound it passes.
            "2,000 | more than 2,000 | Compatible | “2,000” is “more than 2,000” rounded",
            "At least 2,012 | more than 2,000 | Compatible | people died: “more than 2,000” includes “At least 2,012”",
            "At least 2,012 | at least 2,012 | Same | people died: “At least 2,012” and “at least 2,012” are the same",
            // Each report's one count of the injured: one claim, and they agree.
            "More than 2,000 | 2,059 | Compatible | others injured: “More than 2,000” includes “2,059”",
        ],
    );
}

/// Nor is a set the figure names after it: "an army of 5,000 rescue workers" is not the toll
/// of a headline that "rises to at least 120", though each is its passage's one count.
#[test]
fn the_dead_and_the_rescuers_are_two_counts() {
    check_numbers(
        "Death toll rises to at least 120 in Veloria quake\n\nA powerful quake struck central \
         Veloria on Wednesday, leaving at least 120 people dead, the civil protection unit said.",
        "Death toll rises to 250 in Veloria quake\n\nTESK, Veloria — An army of 5,000 rescue \
         workers combed through the rubble in a desperate search for survivors on Thursday \
         after the quake.",
        &[
            "at least 120 | 250 | Compatible | Death toll (Veloria): “at least 120” includes “250”",
            "at least 120 | 250 | Compatible | people dead (Veloria): “at least 120” includes “250”",
        ],
    );
}

/// A toll is one claim whichever word tells it: "Rivena: 45 dead", "52 people died in
/// Rivena", "the death toll in Rivena"; and "wounded" counts the injured. Before, the list's
/// "dead" never met the sentence's "people died", so the conflict went unshown.
#[test]
fn a_toll_is_one_claim_whichever_word_tells_it() {
    check_numbers(
        "Floods hit the north\n\nHeavy rain flooded the northern valleys on Sunday.\n\n\
         Rivena: 45 dead\n\nBraska: 12 injured",
        "Rescuers search for survivors\n\nThe toll rose overnight as rescuers reached remote \
         villages.\n\nOfficials said 52 people died in Rivena, and 15 were wounded in Braska.",
        &[
            "45 | 52 | Conflict | dead (Rivena): “45” and “52” can't both be true",
            "12 | 15 | Conflict | injured (Braska): “12” and “15” can't both be true",
        ],
    );
    // "Killing 52 people" counts the dead.
    check_numbers(
        "Floods hit the north\n\nHeavy rain flooded the northern valleys on Sunday.\n\n\
         Rivena: 45 dead",
        "Floods hit the north\n\nThe floods swept the valleys on Sunday, killing 52 people in \
         Rivena.",
        &[
            "Sunday | Sunday | Same | “Sunday” and “Sunday” are the same",
            "45 | 52 | Conflict | dead (Rivena): “45” and “52” can't both be true",
        ],
    );
    // Regression: a sentence opening with its figure ("At least 40 ...") panicked when the
    // place set before the clause was looked for.
    check_numbers(
        "Floods hit the north\n\nHeavy rain flooded the valleys of Rivena on Sunday.\n\n\
         At least 40 people were killed and 150 injured.",
        "Floods hit the north\n\nFlood waters swept through Rivena on Sunday.\n\n\
         The floods killed 42 people and injured 160.",
        &[
            "Sunday | Sunday | Same | “Sunday” and “Sunday” are the same",
            "At least 40 | 42 | Compatible | people killed: “At least 40” includes “42”",
            // The one count of the injured on each side.
            "150 | 160 | Conflict | injured: “150” and “160” can't both be true",
        ],
    );
    // Killed, not dead, and a thing, not a toll: two different claims.
    check_numbers(
        "Floods hit the north\n\nThe floods killed 45 cattle in Rivena.",
        "Floods hit the north\n\nOfficials counted 52 dead in Rivena.",
        &[],
    );
    // A toll that says no more counts the dead; "the number of injured" counts the injured; a
    // place set before the clause is where its counts are, and is not what they count.
    let list = "Floods hit the north\n\nHeavy rain flooded the northern valleys on Sunday.\n\n\
                Rivena: 45 dead\n\nBraska: 12 injured";
    for (told, expected) in [
        (
            "The toll in Rivena stood at 52.",
            "45 | 52 | Conflict | dead (Rivena): “45” and “52” can't both be true",
        ),
        (
            "In neighbouring Rivena the toll stood at 52.",
            "45 | 52 | Conflict | dead (Rivena): “45” and “52” can't both be true",
        ),
        // (A count that climbed is still moving: another report's figure may be an earlier
        // hour's.)
        (
            "In Braska, the number of injured climbed to 15.",
            "12 | 15 | Compatible | injured (Braska): “12” and “15” can both be true: a rising count, given at two times",
        ),
    ] {
        check_numbers(
            list,
            &format!(
                "Rescuers search for survivors\n\nRescuers reached remote villages.\n\n{told}"
            ),
            &[expected],
        );
    }
}

/// A word that opens a sentence, or any word of a Title Case headline, is capitalised whatever
/// it is: it is a name when the article writes it capitalised inside a sentence. Regression:
/// "Marlow shares rose 28 per cent" said nothing of Marlow, so it never met "shares of Marlow
/// jumped 29%"; and a Title Case headline's "Share" was a name, so its figure counted nothing.
#[test]
fn a_capitalised_word_is_a_name_when_the_article_writes_it_so() {
    check_numbers(
        "Ostin To Pay 68 Dlrs A Share For Marlow\n\nOstin agreed on Monday to buy Marlow, a \
         maker of pumps.\n\nShares of Marlow jumped 29% in early trading.",
        "Pump maker Marlow sold\n\nOstin will pay 68 dlrs a share in cash for Marlow.\n\n\
         Marlow shares rose 28 per cent on the news.",
        &[
            "68 Dlrs | 68 dlrs | Same | Share (Marlow): “68 Dlrs” and “68 dlrs” are the same",
            "29% | 28 per cent | Conflict | Shares (Marlow): “29%” and “28 per cent” can't both \
             be true",
        ],
    );
}

#[test]
fn table_rows_are_not_conflicting_claims() {
    // Regression: the figures of a month-by-month row read the next month as what they count,
    // and two rows of one table were 100 "conflicts" in a benchmark pair.
    let a =
        "Output table\n\nMill output in Jan 39.9 Feb 34.8 Mar 32.9 and Apr 6.8, the ministry said.";
    let b = "Output table\n\nMill output in Jan 41.2 Feb 100.9 Mar 45.1 and Apr 20.4, the ministry said.";
    let (da, db) = (doc("a.txt", a, "2017-10-25"), doc("b.txt", b, "2017-10-26"));
    let c = compare(&da, &db);
    assert!(!c.pairs.is_empty(), "the two rows pair as passages");
    let conflicts: Vec<&str> = c
        .numbers
        .iter()
        .filter(|n| n.relation == Relation::Conflict)
        .map(|n| n.why.as_str())
        .collect();
    assert!(conflicts.is_empty(), "{conflicts:?}");
}

/// Regression: two reports of one price table, its rows alike ("butter at 2.27 times London
/// May", "oil at 1.25 times London July"), gave eight "conflicts" between one report's butter
/// and the other's oil, though each figure equals its twin in the other report.
#[test]
fn a_figure_matched_by_its_twin_conflicts_with_nothing_else() {
    let table =
        "Dairy prices\n\nSales of butter went at 2.27 times London May, the board said.\n\n\
                 Sales of oil went at 1.25 times London July, the board said.";
    check_numbers(
        table,
        table,
        &[
            "2.27 | 2.27 | Same | times (London): “2.27” and “2.27” are the same",
            "1.25 | 1.25 | Same | times (London): “1.25” and “1.25” are the same",
            "July | July | Same | “July” and “July” are the same",
        ],
    );
}

#[test]
fn quote_pairs_carry_a_diff_and_speaker() {
    let (da, db) = (doc("a.txt", A, "2017-10-25"), doc("b.txt", B, "2017-10-26"));
    let c = compare(&da, &db);
    let quote = c
        .pairs
        .iter()
        .find(|p| p.kind == PairKind::Quote)
        .expect("a quote pair");
    assert_eq!(quote.speaker.as_deref(), Some("Maria Lopez"));
    let inserted: Vec<&str> = quote
        .diff
        .iter()
        .flatten()
        .filter(|d| d.tag == DiffTag::Insert)
        .map(|d| d.b.slice(&db.text))
        .collect();
    assert_eq!(inserted, ["single"]);
}

#[test]
fn clusters_facts_across_documents() {
    let c_text = "Acme Corp payroll files stolen\n\nThieves took 40,000 payroll files from Acme Corp servers in June.";
    let docs = [
        doc("a.txt", A, "2017-10-25"),
        doc("b.txt", B, "2017-10-26"),
        doc("c.txt", c_text, "2017-10-26"),
    ];
    let refs: Vec<&Document> = docs.iter().collect();
    let clusters = compare_many(&refs);
    let first = clusters.first().expect("a cluster");
    assert_eq!(first.docs, [0, 1, 2]);
    assert!(
        first.numbers_disagree,
        "33,000 and 40,000 files can't both be right"
    );
}

/// A fact's conflicts are read once per pair of articles: an article that gives the figure in
/// two passages (standfirst and body) makes one disagreement, not two, however each is
/// capitalised ("Over 30" in a headline, "over 30" in the body).
#[test]
fn a_facts_conflicts_are_listed_once() {
    let pair = |a: (usize, usize)| PassagePair {
        a: Span::new(a.0, a.1),
        b: Span::new(0, 20),
        kind: PairKind::Fact,
        score: 0.9,
        diff: None,
        speaker: None,
    };
    let conflict = |a: usize, why: &str| NumberPair {
        a: Span::new(a, a + 2),
        b: Span::new(5, 7),
        relation: Relation::Conflict,
        why: why.to_string(),
    };
    let missing = "missing: “26” and “12” can't both be true";
    // The headline's capital is no other disagreement.
    let headline = "Missing: “26” and “12” can't both be true";
    let c01 = Comparison {
        pairs: vec![pair((0, 20)), pair((40, 60)), pair((70, 90))],
        numbers: vec![
            conflict(10, missing),
            conflict(50, missing),
            conflict(80, headline),
        ],
        ..Comparison::default()
    };
    let found = clusters(&[(0, 1, &c01)]);
    let reasons: Vec<&str> = found[0].numbers.iter().map(|(_, _, n)| &*n.why).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(reasons, [missing]);
}

/// Regression: connected components chained facts (one wrong pair per comparison joined
/// unrelated passages of every article into one "fact").
#[test]
fn a_fact_is_joined_only_by_passages_that_agree_with_most_of_it() {
    let pair = |a: (usize, usize), b: (usize, usize), score: f32| PassagePair {
        a: Span::new(a.0, a.1),
        b: Span::new(b.0, b.1),
        kind: PairKind::Fact,
        score,
        diff: None,
        speaker: None,
    };
    let with = |pairs: Vec<PassagePair>| Comparison {
        pairs,
        ..Comparison::default()
    };
    // Articles 0, 1, 2 tell one fact and all pair it; article 3's passage pairs only with
    // article 2's (a chain), and article 3's other passage pairs only with article 0's.
    let c01 = with(vec![pair((0, 10), (0, 10), 0.9)]);
    let c02 = with(vec![pair((0, 10), (0, 10), 0.8)]);
    let c12 = with(vec![pair((0, 10), (0, 10), 0.85)]);
    let c23 = with(vec![pair((0, 10), (20, 30), 0.7)]);
    let c03 = with(vec![pair((40, 50), (60, 70), 0.6)]);
    let found = clusters(&[
        (0, 1, &c01),
        (0, 2, &c02),
        (1, 2, &c12),
        (2, 3, &c23),
        (0, 3, &c03),
    ]);
    let facts: Vec<(Vec<usize>, usize)> = found
        .iter()
        .map(|c| (c.docs.clone(), c.passages.len()))
        .collect();
    assert_eq!(facts, [(vec![0, 1, 2], 3), (vec![0, 3], 2)]);
}

/// Words for [`claims_never_panic_on_word_soup`].
const SOUP: &str = "(In|At|in|at|Morelos|Rivena|the|toll|death|number|of|injured|stood|rose|to|\
                    55|71|people|had|died|have|been|killed|dead|:|,|\\.|The|next|following|day|\
                    morning|later|earlier|two|days|hours|about|least|March|3|2024|on|Monday|last|year)";

proptest! {
    #[test]
    fn compare_never_panics_and_spans_are_valid(a in "\\PC{1,120}", b in "(\\PC|\n| |\\.|“|”){1,120}") {
        let (Ok(da), Ok(db)) = (
            Document::parse("a.txt", a.clone(), Format::Text, None),
            Document::parse("b.txt", b.clone(), Format::Text, None),
        ) else { return Ok(()) };
        let c = compare(&da, &db);
        let (pairs_a, pairs_b): (Vec<Span>, Vec<Span>) = c.pairs.iter().map(|p| (p.a, p.b)).unzip();
        let (numbers_a, numbers_b): (Vec<Span>, Vec<Span>) = c.numbers.iter().map(|n| (n.a, n.b)).unzip();
        for (text, spans) in [(&da.text, &pairs_a), (&db.text, &pairs_b), (&da.text, &numbers_a), (&db.text, &numbers_b)] {
            // Pairs are many to many: each span is valid, in no particular order.
            prop_assert_eq!(check_spans(text, spans, Shape::ANY), Ok(()));
        }
        prop_assert_eq!(check_spans(&da.text, &c.only_a, Shape::MARKS), Ok(()));
        prop_assert_eq!(check_spans(&db.text, &c.only_b, Shape::MARKS), Ok(()));
    }

    /// The words the claim readers look at (places set before a clause, tolls, dates told from
    /// the one before), in any order: whatever the order, nothing panics.
    #[test]
    fn claims_never_panic_on_word_soup(
        a in proptest::collection::vec(SOUP, 0..40),
        b in proptest::collection::vec(SOUP, 0..40),
    ) {
        let (a, b) = (format!("Soup\n\n{}", a.join(" ")), format!("Soup\n\n{}", b.join(" ")));
        // Dated, so that relative dates have ranges.
        let (da, db) = (doc("a.txt", &a, "2024-03-04"), doc("b.txt", &b, "2024-03-05"));
        let c = compare(&da, &db);
        let numbers_a: Vec<Span> = c.numbers.iter().map(|n| n.a).collect();
        prop_assert_eq!(check_spans(&da.text, &numbers_a, Shape::ANY), Ok(()));
    }

    #[test]
    fn sentences_are_valid_spans(text in "(\\PC|\n|\\. |Mr\\. |“|”|\\? ){0,100}") {
        for s in sentences(&text, Span::new(0, text.len())) {
            prop_assert!(s.is_valid_in(&text) && !s.is_empty());
        }
    }
}

/// The worker keeps what it read of each document (`Readings`): a comparison made with them is
/// the comparison made afresh, both ways round, and a document edited under the same name (or
/// given another date, which moves its relative dates) is read again, not taken from memory.
#[test]
fn readings_kept_between_comparisons_change_nothing() {
    let (a, b) = (doc("a.txt", A, "2017-10-25"), doc("b.txt", B, "2017-10-26"));
    let mut readings = Readings::default();
    assert_eq!(compare_with(&mut readings, &a, &b), compare(&a, &b));
    assert_eq!(compare_with(&mut readings, &b, &a), compare(&b, &a));
    let edited = doc("a.txt", &A.replace("June", "March"), "2017-10-25");
    assert_ne!(compare(&edited, &b), compare(&a, &b));
    assert_eq!(
        compare_with(&mut readings, &edited, &b),
        compare(&edited, &b)
    );
    // "last year" is 2016 in an article of 2017 and 2018 in one of 2019.
    let (x, y) = (
        "Rebels freed twelve hostages in the town of Zürich last year, the army said.",
        "Rebels freed twelve hostages in the town of Zürich in 2016, the army said.",
    );
    let (x17, x19, y) = (
        doc("x.txt", x, "2017-10-25"),
        doc("x.txt", x, "2019-10-25"),
        doc("y.txt", y, "2017-10-26"),
    );
    assert_ne!(compare(&x17, &y).numbers, compare(&x19, &y).numbers);
    assert_eq!(compare_with(&mut readings, &x17, &y), compare(&x17, &y));
    assert_eq!(compare_with(&mut readings, &x19, &y), compare(&x19, &y));
}

/// `best_unit_pairs` scores 0 a pair that shares no word and isn't in both leads without
/// comparing its meaning vectors: that is only right while meaning alone stays under every
/// score the comparison keeps.
#[test]
fn meaning_alone_never_reaches_a_kept_score() {
    let most = super::evidence::meaning_alone_max();
    assert!(most < FACT_THRESHOLD, "{most}");
}
/// Pairing is not transitive. "Delmont runs ferries" pairs with "Delmont, which runs ferries,
/// asked its banks for time", which pairs with "the banks gave Delmont time", which pairs
/// with "Delmont asked its banks for time": the first and the last of these tell two facts,
/// and their one shared date is no claim. Regression: a pair that closed such a square of
/// kept pairs was joined (and its "March 2016" reconciled); on stories never developed on,
/// most such pairs were wrong.
#[test]
fn a_square_of_pairs_joins_no_fifth() {
    let a =
        "Ferry news\n\nDelmont Shipping runs a fleet of ferries from the harbour, bought in March \
         2016, the company said.\n\nDelmont Shipping asked its banks for more time to pay its \
         debt, the company said.";
    let b =
        "Harbour report\n\nDelmont Shipping, which runs ferries from the harbour, asked its banks \
         for more time to pay its debt.\n\nThe banks gave the ferry line Delmont Shipping more \
         time to pay its debt in March 2016.";
    check_pairs(
        a,
        b,
        &[
            "Delmont Shipping runs a f | Harbour report | fact",
            "Delmont Shipping runs a f | which runs ferries from t | fact",
            "Delmont Shipping asked it | Harbour report | fact",
            "Delmont Shipping asked it | Delmont Shipping, which r | fact",
            "Delmont Shipping asked it | The banks gave the ferry  | fact",
        ],
    );
    check_numbers(a, b, &[]);
}

/// A fraction is a share of a whole: it meets the same share, and never a count ("two" of
/// "two-thirds" was once read as a count of thirds).
#[test]
fn a_fraction_meets_fractions_only() {
    check_numbers(
        "Oil output\n\nOil accounts for up to two-thirds of the exports of Ruritania, the ministry said.",
        "Oil output\n\nOil makes up as much as two-thirds of the exports of Ruritania, officials said.",
        &["up to two-thirds | as much as two-thirds | Same | exports (Ruritania): “up to two-thirds” and “as much as two-thirds” are the same"],
    );
    check_numbers(
        "Storm damage\n\nThe storm destroyed a third of the homes in Valdor, officials said.",
        "Storm damage\n\nThe storm destroyed a quarter of the homes in Valdor, officials said.",
        &["a third | a quarter | Conflict | homes (Valdor): “a third” and “a quarter” can't both be true"],
    );
    check_numbers(
        "Storm damage\n\nThe storm destroyed two-thirds of the homes in Valdor, officials said.",
        "Storm damage\n\nThe storm destroyed two homes in Valdor, officials said.",
        &[],
    );
}

/// A short ton is not a metric one: the same figure in the two units is no agreement (one of
/// two real reports of one mine fire said "short ton", the other "metric ton").
#[test]
fn tons_of_two_kinds_never_read_the_same() {
    check_numbers(
        "Mine fire\n\nThe mine will run at a third of its normal 72,000 short ton annual capacity, Acme said.",
        "Mine fire\n\nThe mine will run at a third of its normal 72,000 metric ton annual capacity, Acme said.",
        &["a third | a third | Same | run: “a third” and “a third” are the same"],
    );
}

/// Two passages dated to times that don't meet tell of two events: two tenders' prices differ
/// without contradicting each other.
#[test]
fn figures_of_passages_dated_apart_never_conflict() {
    let a = "Maize tender\n\nOn July 5, 1987, Cigra Inc won a contract to supply 56,000 tonnes at 79.41 dlrs per tonne.";
    check_numbers(
        a,
        "Maize tender\n\nOn November 25, 1987, Cigra Inc won a contract to supply 56,000 tonnes at 96.89 dlrs per tonne.",
        // The dates differ (that is the one disagreement); the prices are of two contracts.
        &[
            "July 5, 1987 | November 25, 1987 | Conflict | “July 5, 1987” and “November 25, 1987” can't both be true",
            "56,000 tonnes | 56,000 tonnes | Same | supply: “56,000 tonnes” and “56,000 tonnes” are the same",
        ],
    );
    // Nor where the two sentences don't pair and only the claim meets (the river's bid).
    check_numbers(
        "Barge rates\n\nOn March 2, 1987, the Illinois River bid held at 135 pct of tariff, with offers unchanged.",
        "Barge rates\n\nDealers saw the Illinois River bid at 170 pct of tariff as loadings slowed at the Gulf on June 1, 1987.",
        &[],
    );
    // Dated alike, the prices of one contract do conflict.
    check_numbers(
        a,
        "Maize tender\n\nOn July 5, 1987, Cigra Inc won a contract to supply 56,000 tonnes at 96.89 dlrs per tonne.",
        &[
            "July 5, 1987 | July 5, 1987 | Same | “July 5, 1987” and “July 5, 1987” are the same",
            "56,000 tonnes | 56,000 tonnes | Same | supply: “56,000 tonnes” and “56,000 tonnes” are the same",
            "79.41 dlrs | 96.89 dlrs | Conflict | tonne: “79.41 dlrs” and “96.89 dlrs” can't both be true",
        ],
    );
}

/// A day read against the publication day is only as sure as the day the story was written: a
/// wire's "tonight" is a morning paper's "last night", and two days' stories that each say
/// "yesterday" tell of two days. Dates so read never conflict; two dates written out do.
#[test]
fn dates_read_against_publication_never_conflict() {
    check_numbers(
        "Ferry capsizes\n\nThe ferry capsized off the Belgian coast last night, officials said.",
        "Ferry capsizes\n\nThe ferry capsized off the Belgian coast yesterday, officials said.",
        &[],
    );
    let shares = "Acme shares\n\nAcme shares rose yesterday on the takeover news.";
    check_numbers_published((shares, "1987-04-01"), (shares, "1987-04-09"), &[]);
    check_numbers(
        "Ferry capsizes\n\nThe ferry capsized off the Belgian coast on October 23, officials said.",
        "Ferry capsizes\n\nThe ferry capsized off the Belgian coast on October 24, officials said.",
        &["October 23 | October 24 | Conflict | “October 23” and “October 24” can't both be true"],
    );
}

/// Reports days apart give each day's figure: an update, not a contradiction. A day apart, the
/// same figures conflict.
#[test]
fn reports_days_apart_never_conflict() {
    let a = "Bill sale\n\nThe Bank of Ruritania will sell 200 billion crowns of bills to the market, it said.";
    let b = "Bill sale\n\nThe Bank of Ruritania will sell 800 billion crowns of bills to the market, it said.";
    check_numbers_published((a, "1987-03-12"), (b, "1987-04-07"), &[]);
    check_numbers_published(
        (a, "1987-03-12"),
        (b, "1987-03-13"),
        &["200 billion crowns | 800 billion crowns | Conflict | bills (Ruritania): “200 billion crowns” and “800 billion crowns” can't both be true"],
    );
}

/// Two reports that name the same people, places and firms tell one story though their
/// headlines place it at different levels ("Ostravian chemical plant" / "Tarlow plant") and
/// their leads name no one in common: the passages stating the toll pair. Not two stories
/// that share a name or two.
#[test]
fn articles_naming_the_same_people_tell_one_story() {
    let a = "Explosion at Ostravian chemical plant kills two\n\nAn explosion at a chemical \
             factory killed two people on Thursday, officials said.\n\nThe plant in Tarlow is \
             run by Kestrel Olefins, said Governor Mira Vanek.\n\nPlant manager Pavel Dusek \
             said the cause was not known.";
    let b = "Blast at Tarlow plant leaves one worker dead\n\nPavel Dusek had worked at the \
             Kestrel Olefins site for a decade.\n\nGovernor Mira Vanek visited the site.\n\n\
             At least one person was killed in the blast on Thursday.";
    let (da, db) = (doc("a.txt", a, "2013-06-13"), doc("b.txt", b, "2013-06-13"));
    let pairs = render_pairs(&compare(&da, &db), &da, &db);
    assert!(
        pairs.contains(&"An explosion at a chemica | At least one person was k | fact".to_string()),
        "{pairs:#?}"
    );
    // Another plant's story naming only the country: two stories, their tolls apart.
    let c = "Blast at Brenna refinery leaves one worker dead\n\nHana Kral had worked at the \
             Brenna site for a decade.\n\nThe Ostravian labour ministry sent inspectors.\n\n\
             At least one person was killed in the blast on Thursday.";
    let dc = doc("c.txt", c, "2013-06-13");
    let pairs = render_pairs(&compare(&da, &dc), &da, &dc);
    assert!(
        !pairs
            .iter()
            .any(|p| p.starts_with("An explosion at a chemica")),
        "{pairs:#?}"
    );
}

/// A figure its clause negates counts those who did not: "two crew members did not board" is
/// no count of the crew aboard ("16 crew members"), so the two never conflict, while two
/// counts of the crew aboard still do.
#[test]
fn a_negated_count_is_not_the_count_it_denies() {
    check_numbers(
        "Ferry capsizes off Tarlow\n\nThe ferry was carrying 173 passengers and 16 crew \
         members when it capsized off Tarlow.",
        "Ferry capsizes off Tarlow\n\nThe ferry was carrying 173 passengers when it capsized \
         off Tarlow, but two crew members did not board.",
        &["173 | 173 | Same | passengers: “173” and “173” are the same"],
    );
    check_numbers(
        "Ferry capsizes off Tarlow\n\nThe ferry was carrying 173 passengers and 16 crew \
         members when it capsized off Tarlow.",
        "Ferry capsizes off Tarlow\n\nThe ferry was carrying 173 passengers and two crew \
         members when it capsized off Tarlow.",
        &[
            "173 | 173 | Same | passengers: “173” and “173” are the same",
            "16 | two | Conflict | crew members: “16” and “two” can't both be true",
        ],
    );
}

/// A death told by its ordinal ("Second worker dies", "a fourth man was killed") gives the
/// toll: it meets another report's count of the dead.
#[test]
fn an_ordinal_death_gives_the_toll() {
    check_numbers(
        "Blast at Tarlow chemical plant kills two\n\nAn explosion at the Kestrel plant in \
         Tarlow killed two workers on Thursday.",
        "Second worker dies after Tarlow chemical plant blast\n\nA fourth man was killed \
         in the clashes in Brenna.",
        &[
            "two | Second | Same | kills: “two” and “Second” are the same",
            "two | Second | Same | worker dies: “two” and “Second” are the same",
        ],
    );
}

/// The whole a part is taken from ("seven of the nine members", "out of nine") is another set
/// than the part, and the part counts what the whole does: "Seven members … voted, out of
/// nine" and "Seven of the nine members voted" agree on seven, and never conflict seven
/// against nine (they did: "members: “Seven” and “nine” can't both be true").
#[test]
fn a_part_never_conflicts_with_its_whole() {
    check_numbers(
        "Kestrel bank raises rates\n\nSeven members of the committee voted to raise rates at \
         the Kestrel bank, out of nine.",
        "Kestrel bank raises rates\n\nSeven of the nine members of the committee voted to \
         raise rates at the Kestrel bank.",
        &["Seven | Seven | Same | members: “Seven” and “Seven” are the same"],
    );
}

/// A year long past that ends a count's clause dates the count, however far behind it stands:
/// "since 87 people were killed at a social club fire in Brenna in 1990" is history, not a
/// report of today's toll ("At least 12 includes 87" was shown).
#[test]
fn a_past_year_far_behind_its_count_still_dates_it() {
    check_numbers_published(
        (
            "Fire kills 12 in Tarlow\n\nTwelve people were killed in the fire in Tarlow on \
             Thursday.\n\nIt was the worst fire in the city since 87 people were killed at a \
             social club fire in Brenna in 1990.",
            "2017-12-28",
        ),
        (
            "Tarlow fire kills 12\n\nAt least 12 people were killed in the fire in Tarlow, \
             the worst in the city in decades.",
            "2017-12-28",
        ),
        &[
            "12 | 12 | Same | kills (Tarlow): “12” and “12” are the same",
            "12 | At least 12 | Compatible | people killed (Tarlow): “At least 12” includes “12”",
            "Twelve | 12 | Same | people killed (Tarlow): “Twelve” and “12” are the same",
            "Twelve | At least 12 | Compatible | people killed (Tarlow): “At least 12” includes “Twelve”",
        ],
    );
}

/// The tolls two headlines (or leads) give are each the story's whole toll, whatever place
/// each names: "12 dead in … Ostrava City apartment fire" and "12 Dead … in Tarlow Apartment
/// Fire" (a district of the city) agree on twelve; the two were not compared.
#[test]
fn headline_tolls_agree_whatever_place_each_names() {
    check_numbers_published(
        (
            "12 dead in fast-moving Ostrava City apartment fire\nAP, December 28, 2017\n\n\
             OSTRAVA – Twelve people were dead and four more were fighting for their lives late \
             Thursday after a fire swept through a Tarlow apartment building, Ostrava City \
             Mayor Jan Novak said.",
            "2017-12-28",
        ),
        (
            "12 Dead, More Injured in Tarlow Apartment Fire, City’s Worst in Decades\nThe \
             Ostrava Times, December 28, 2017\n\nAt least 12 people were killed when a fire \
             tore through an apartment building in Tarlow on Thursday night, Mayor Ana Ruiz \
             said.",
            "2017-12-28",
        ),
        &[
            // The two headlines' tolls, "Ostrava City" and "Tarlow" (one of its districts).
            "12 | 12 | Same | dead: “12” and “12” are the same",
            "12 | At least 12 | Compatible | dead: “At least 12” includes “12”",
            "Twelve | 12 | Same | people dead: “Twelve” and “12” are the same",
            "Twelve | At least 12 | Compatible | people dead: “At least 12” includes “Twelve”",
            "late Thursday | Thursday night | Compatible | “late Thursday” includes “Thursday night”",
        ],
    );
}

/// A toll told as the value it rose to is a count still moving: another report's figure,
/// taken at another hour, can be true too. A toll lowered is a correction, and still conflicts
/// with the figure it corrects. Regression: two reports whose headlines each said the toll
/// "rises to" a figure (41, then 50) were shown as a conflict.
#[test]
fn a_rising_toll_meets_another_hours_figure() {
    check_numbers(
        "Death toll from Valdor mine fire rises to 41\n\nThe death toll from the fire at the \
         Valdor mine rose to 41 on Friday, officials said.",
        "Death toll from Valdor mine fire rises to 50\n\nRescuers recovered more bodies from \
         the Valdor mine on Friday, raising the death toll to 50.",
        &[
            "41 | 50 | Compatible | Death toll (Valdor): “41” and “50” can both be true: a rising count, given at two times",
            "41 | 50 | Compatible | Death toll: “41” and “50” can both be true: a rising count, given at two times",
            "41 | 50 | Compatible | death toll (Valdor): “41” and “50” can both be true: a rising count, given at two times",
            "41 | 50 | Compatible | death toll: “41” and “50” can both be true: a rising count, given at two times",
            "Friday | Friday | Same | “Friday” and “Friday” are the same",
        ],
    );
    check_numbers(
        "Death toll from Valdor mine fire rises to 41\n\nThe death toll from the fire at the \
         Valdor mine rose to 41 on Friday, officials said.",
        "Valdor lowers death toll to 38\n\nOn Saturday officials lowered the number of confirmed \
         dead in the Valdor mine fire to 38.",
        &[
            "41 | 38 | Conflict | Death toll (Valdor): “41” and “38” can't both be true",
            "41 | 38 | Conflict | death toll (Valdor): “41” and “38” can't both be true",
        ],
    );
}

/// Two counts of "people" are two counts until something says what happened to both: those in
/// hospital in one report and the dead of another don't conflict (once, "approximately 18
/// people" and "two people have now died" did).
#[test]
fn counts_of_people_alone_never_conflict() {
    check_numbers(
        "Grenade blast at Varnel bus stand\n\nApproximately 18 people were in hospital after \
         the grenade explosion at the Varnel bus stand, police said.",
        "Varnel grenade blast\n\nTwo people have now died from injuries they suffered in the \
         grenade explosion at the Varnel bus stand, police said.",
        &[],
    );
}
