//! The query parser: what the user typed, turned into groups of alternatives of folded words.
//!
//! Grammar (forgiving: every string parses, nothing is an error):
//! - words separated by white space; each word is its own group;
//! - `"two words"` (straight or curly quotes) is a phrase; an unclosed quote runs to the end;
//! - `-word` / `-"a phrase"` excludes; a hyphenated `-anti-Trump` excludes the phrase;
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
}

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
                let end = input[start..]
                    .find(is_quote)
                    .map_or(input.len(), |i| start + i);
                let words = self.words_in(Span::new(start, end));
                at = input[end..]
                    .chars()
                    .next()
                    .map_or(end, |q| end + q.len_utf8());
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
                continue;
            }
            if chunk == "-" {
                // `-"a phrase"`: the quote follows straight away.
                negate_next_quote = input[end..].starts_with(is_quote);
                continue;
            }
            let negated = chunk.len() > 1 && chunk.starts_with('-');
            let words = self.words_in(Span::new(chunk_start + usize::from(negated), end));
            if negated {
                self.push(words, false, true);
            } else {
                for word in words {
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
                format!(
                    "{}{}",
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
        check("\"hacked emails", "\"hacked+emails\"");
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
