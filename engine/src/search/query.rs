//! The query parser: what the user typed, turned into groups of alternatives of folded words.
//!
//! Grammar (forgiving: every string parses, nothing is an error):
//! - words separated by white space; each word is its own group;
//! - `"two words"` (straight or curly quotes) is a phrase; a quote that is never closed is
//!   skipped and what follows it read as plain words (a stray `"` in a pasted phrase must not
//!   turn the whole query into one long phrase that matches nothing);
//! - `-word` / `-"a phrase"` excludes; a hyphenated `-anti-Trump` excludes the phrase. Only a
//!   single `-` at the start of the query or after white space excludes, and only when
//!   something searchable follows it: `--Usda`, `—word`, `"a"-b` and a lone `-` are dashes, as
//!   they are in the headlines people paste;
//! - an exclusion right after two or more plain words remembers them (`Group::verbatim`): a
//!   document holding those words and the excluded one as a phrase is not excluded, because
//!   the query is then text pasted from it (`… For Latin America -Minister`, a Reuters-style
//!   credit) rather than a request to leave the word out;
//! - `a OR b` (upper case `OR`, or `|`) puts both in one group: either may match;
//! - the last word is a prefix (as you type) unless white space, punctuation or a quote
//!   follows it, or it is quoted or excluded.
//!
//! Work is bounded: only the first [`MAX_QUERY_BYTES`] bytes are read and only the first
//! [`MAX_QUERY_WORDS`] words are kept.

use crate::search::tokenizer::for_each_word;
use crate::span::{floor_char_boundary, Span};

/// Bytes of query text read; the rest is ignored.
pub const MAX_QUERY_BYTES: usize = 2048;
/// Words kept across all groups; a pasted paragraph doesn't make a query slower than this.
pub const MAX_QUERY_WORDS: usize = 32;

/// A parsed query: groups that should all match (see the module header of `search`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub groups: Vec<Group>,
}

/// One clause: any of its alternatives matching makes it match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    /// Documents matching this group are excluded.
    pub negated: bool,
    pub alternatives: Vec<Alternative>,
    /// For an exclusion typed right after plain words: those words and the excluded one, in
    /// order. A document containing them as a phrase is not excluded (see the module header).
    pub verbatim: Vec<QueryWord>,
}

/// One word, or a phrase when it has several words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alternative {
    pub words: Vec<QueryWord>,
    /// Written in quotes: exact words only (no prefix, no typo tolerance), and required.
    pub quoted: bool,
}

/// A word of the query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryWord {
    /// Where the word stands in the query string.
    pub span: Span,
    /// Folded as the tokenizer folds text.
    pub folded: String,
    /// Matches every word that starts with it (the word being typed).
    pub prefix: bool,
}

impl Query {
    /// Whether there is anything to look for (exclusions alone select nothing).
    pub fn has_positive(&self) -> bool {
        self.groups.iter().any(|g| !g.negated)
    }

    pub fn n_words(&self) -> usize {
        self.groups
            .iter()
            .flat_map(|g| &g.alternatives)
            .map(|a| a.words.len())
            .sum()
    }
}

impl Alternative {
    pub fn is_phrase(&self) -> bool {
        self.words.len() > 1
    }
}

/// Parses a query. Never panics, whatever the input.
pub fn parse_query(query: &str) -> Query {
    let input = &query[..floor_char_boundary(query, MAX_QUERY_BYTES)];
    let mut parser = Parser {
        input,
        groups: Vec::new(),
        n_words: 0,
        pending_or: false,
        plain_run: Vec::new(),
    };
    parser.run();
    let mut parsed = Query {
        groups: parser.groups,
    };
    mark_prefix(&mut parsed, input);
    parsed
}

struct Parser<'q> {
    input: &'q str,
    groups: Vec<Group>,
    n_words: usize,
    pending_or: bool,
    /// The plain words pushed since the last quote, `OR` or exclusion, for `Group::verbatim`.
    plain_run: Vec<QueryWord>,
}

/// Plain words before an exclusion that make it read as pasted text when they run into it.
const VERBATIM_MIN_LEAD: usize = 2;

impl Parser<'_> {
    fn run(&mut self) {
        let input = self.input;
        let mut at = 0;
        let mut negate_next_quote = false;
        while at < input.len() && self.n_words < MAX_QUERY_WORDS {
            let Some(c) = input[at..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                negate_next_quote = false;
                at += c.len_utf8();
                continue;
            }
            if is_quote(c) {
                let start = at + c.len_utf8();
                let Some(end) = input[start..].find(is_quote).map(|i| start + i) else {
                    // Never closed: skip the quote and read on as plain words.
                    negate_next_quote = false;
                    at = start;
                    continue;
                };
                let words = self.words_in(Span::new(start, end));
                at = input[end..]
                    .chars()
                    .next()
                    .map_or(end, |q| end + q.len_utf8());
                self.plain_run.clear();
                self.push(words, true, negate_next_quote);
                negate_next_quote = false;
                continue;
            }
            let end = input[at..]
                .find(|c: char| c.is_whitespace() || is_quote(c))
                .map_or(input.len(), |i| at + i);
            let chunk = &input[at..end];
            let chunk_start = at;
            at = end;
            if matches!(chunk, "OR" | "|" | "||") {
                self.pending_or = true;
                self.plain_run.clear();
                continue;
            }
            // A minus sign only where a word starts: at the start or after white space.
            let after_space = input[..chunk_start]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace);
            if chunk == "-" {
                // `-"a phrase"`: the quote follows straight away.
                negate_next_quote = after_space && input[end..].starts_with(is_quote);
                continue;
            }
            let negated = after_space && chunk.starts_with('-') && !chunk.starts_with("--");
            let words = self.words_in(Span::new(chunk_start + usize::from(negated), end));
            if negated {
                let verbatim = if self.plain_run.len() >= VERBATIM_MIN_LEAD {
                    let lead = &self.plain_run[self.plain_run.len() - VERBATIM_MIN_LEAD..];
                    lead.iter().chain(&words).cloned().collect()
                } else {
                    Vec::new()
                };
                self.plain_run.clear();
                self.push_group(words, false, true, verbatim);
            } else {
                for word in words {
                    self.plain_run.push(word.clone());
                    self.push(vec![word], false, false);
                }
            }
        }
    }

    /// The folded words of `input[region]`, within the word budget.
    fn words_in(&mut self, region: Span) -> Vec<QueryWord> {
        let mut words = Vec::new();
        for_each_word(self.input, region, |span, folded| {
            if self.n_words < MAX_QUERY_WORDS {
                self.n_words += 1;
                words.push(QueryWord {
                    span,
                    folded: folded.to_string(),
                    prefix: false,
                });
            }
        });
        words
    }

    fn push(&mut self, words: Vec<QueryWord>, quoted: bool, negated: bool) {
        self.push_group(words, quoted, negated, Vec::new());
    }

    fn push_group(
        &mut self,
        words: Vec<QueryWord>,
        quoted: bool,
        negated: bool,
        verbatim: Vec<QueryWord>,
    ) {
        if words.is_empty() {
            return;
        }
        let alternative = Alternative { words, quoted };
        let pending_or = std::mem::take(&mut self.pending_or);
        if pending_or && !negated {
            if let Some(last) = self.groups.last_mut().filter(|g| !g.negated) {
                last.alternatives.push(alternative);
                return;
            }
        }
        self.groups.push(Group {
            negated,
            alternatives: vec![alternative],
            verbatim,
        });
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// The last word is being typed when nothing follows it.
fn mark_prefix(query: &mut Query, input: &str) {
    let Some(group) = query.groups.last_mut() else {
        return;
    };
    if group.negated {
        return;
    }
    let Some(alternative) = group.alternatives.last_mut() else {
        return;
    };
    if alternative.quoted || alternative.is_phrase() {
        return;
    }
    if let Some(word) = alternative.words.last_mut() {
        word.prefix = word.span.end == input.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact rendering: groups separated by ` ; `, alternatives by ` | `, words by `+`;
    /// `-` marks exclusion, `"…"` quoting and a trailing `*` a prefix word.
    fn render(query: &Query) -> String {
        let groups: Vec<String> = query
            .groups
            .iter()
            .map(|g| {
                let alternatives: Vec<String> = g
                    .alternatives
                    .iter()
                    .map(|a| {
                        let words: Vec<String> = a
                            .words
                            .iter()
                            .map(|w| format!("{}{}", w.folded, if w.prefix { "*" } else { "" }))
                            .collect();
                        let words = words.join("+");
                        if a.quoted {
                            format!("\"{words}\"")
                        } else {
                            words
                        }
                    })
                    .collect();
                let verbatim: Vec<&str> = g.verbatim.iter().map(|w| &*w.folded).collect();
                let verbatim = if verbatim.is_empty() {
                    String::new()
                } else {
                    format!(" <{}>", verbatim.join("+"))
                };
                format!(
                    "{}{}{verbatim}",
                    if g.negated { "-" } else { "" },
                    alternatives.join(" | ")
                )
            })
            .collect();
        groups.join(" ; ")
    }

    #[track_caller]
    fn check(query: &str, expect: &str) {
        assert_eq!(render(&parse_query(query)), expect, "{query:?}");
    }

    #[test]
    fn parses() {
        check("", "");
        check("   ", "");
        check("Assange", "assange*");
        check("Assange ", "assange");
        check("Cambridge Analy", "cambridge ; analy*");
        check("Assange's", "assange*");
        check("Assange?", "assange");
        check("\"hacked emails\"", "\"hacked+emails\"");
        check("\"hacked emails", "hacked ; emails*");
        check("“hacked emails” Podesta", "\"hacked+emails\" ; podesta*");
        check("\"Assange\"", "\"assange\"");
        check("emails -Podesta", "emails ; -podesta");
        check("emails -\"John Podesta\"", "emails ; -\"john+podesta\"");
        check("emails -anti-Trump", "emails ; -anti+trump");
        check("Trump-Russia", "trump ; russia*");
        check("Nix OR Assange", "nix | assange*");
        check("Nix | Assange WikiLeaks", "nix | assange ; wikileaks*");
        check("OR Nix", "nix*");
        check("Nix OR", "nix");
        check("nix or assange", "nix ; or ; assange*");
        check("Zürich 30,000", "zurich ; 30000*");
        check("?!… -- \"\" ---", "");
        check("東京", "東 ; 京*");
        check("مُحَمَّد", "محمد*");
        check("🎉 party", "party*");
    }

    /// Headlines and phrases as people paste them: a dash is a dash unless it starts a word
    /// after white space, and a stray quote doesn't swallow the query.
    #[test]
    fn forgives_pasted_text() {
        // Double dashes and typographic dashes never exclude.
        check(
            "Grain Exports Rise --Usda",
            "grain ; exports ; rise ; usda*",
        );
        check(
            "Grain Exports Rise --Usda ",
            "grain ; exports ; rise ; usda",
        );
        check("Grain Exports — Ministry", "grain ; exports ; ministry*");
        check("Grain Exports —Ministry", "grain ; exports ; ministry*");
        check("Grain Exports –Ministry", "grain ; exports ; ministry*");
        check("Grain Exports - Ministry", "grain ; exports ; ministry*");
        check("Grain --", "grain");
        check("Grain -", "grain");
        check("Grain -?", "grain");
        check("Grain - \"export ban\"", "grain ; \"export+ban\"");
        // A dash glued to the word before it, or to a closing quote, is a hyphen.
        check("\"Grain\"-Exports", "\"grain\" ; exports*");
        check("\"Grain\"-\"Exports\"", "\"grain\" ; \"exports\"");
        // A single dash after a space still excludes; after two plain words it remembers
        // them, so the document the headline was pasted from survives.
        check("Coffee -Minister", "coffee ; -minister");
        check(
            "Coffee Prices Fall In Brazil -Minister",
            "coffee ; prices ; fall ; in ; brazil ; -minister <in+brazil+minister>",
        );
        check(
            "Spotlight Report -Norway Awaits Lift",
            "spotlight ; report ; -norway <spotlight+report+norway> ; awaits ; lift*",
        );
        check("\"tariff talks\" -Minister", "\"tariff+talks\" ; -minister");
        check("tariff OR talks -Minister", "tariff | talks ; -minister");
        check("a b -c -d", "a ; b ; -c <a+b+c> ; -d");
        // An unclosed quote falls back to the plain words around it.
        check("\"Grain exports rise", "grain ; exports ; rise*");
        check("Grain \"exports rise", "grain ; exports ; rise*");
        check("Grain exports\" rise", "grain ; exports ; rise*");
        check("“Grain exports", "grain ; exports*");
        check("-\"Grain exports", "grain ; exports*");
        check("\"a b\" \"c d", "\"a+b\" ; c ; d*");
        check("Zölle steigen \"", "zolle ; steigen");
        check("Zölle steigen --Bundesamt", "zolle ; steigen ; bundesamt*");
    }

    #[test]
    fn bounds_huge_queries() {
        let huge = "word ".repeat(2_000);
        let query = parse_query(&huge);
        assert_eq!(query.n_words(), MAX_QUERY_WORDS);
        let one_long_word = "é".repeat(5_000);
        let query = parse_query(&one_long_word);
        assert_eq!(query.n_words(), 1);
        assert!(query.groups[0].alternatives[0].words[0]
            .span
            .is_valid_in(&one_long_word));
    }
}
