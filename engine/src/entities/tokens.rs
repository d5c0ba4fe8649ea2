//! Word tokens for the name finder: words with their byte spans, the abbreviations and
//! initials that keep their period ("U.S.", "J.", "Jr.", "Mr."), possessives split off
//! ("Trump’s" -> "Trump" + "’s"), and, for each word, whether it starts a sentence and whether
//! its line is a title-case headline or in capitals, where capitals say nothing about names.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineMode {
    /// Ordinary prose: a capital letter inside a sentence marks a name.
    Prose,
    /// A title-case headline ("Assange Says WikiLeaks Rejected Request"): most words capitalised.
    Title,
    /// A line in capitals ("U.S. HOUSE PANEL APPROVES TRADE BILL").
    Caps,
}

#[derive(Clone, Debug)]
pub struct Token<'t> {
    pub span: Span,
    pub text: &'t str,
    /// A word (letters or digits); otherwise a single punctuation character.
    pub is_word: bool,
    /// Only spaces or tabs (no line break) separate it from the previous token.
    pub joined_by_space: bool,
    /// Nothing at all separates it from the previous token.
    pub touches_previous: bool,
    /// An empty line separates it from the previous token (a new paragraph).
    pub paragraph_start: bool,
    pub sentence_start: bool,
    pub mode: LineMode,
}

impl Token<'_> {
    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens: Vec<Token<'_>> = Vec::new();
    let mut pos = 0;
    let mut gap_has_newline = false;
    let mut gap_newlines = 0;
    let mut gap_len = 0;
    while pos < text.len() {
        let byte = text.as_bytes()[pos];
        if byte == b' ' {
            pos += 1;
            gap_len += 1;
            continue;
        }
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                gap_has_newline = true;
            }
            if c == '\n' {
                gap_newlines += 1;
            }
            pos += c.len_utf8();
            gap_len += 1;
            continue;
        }
        let end = if is_word_char(c) {
            word_end(text, pos)
        } else {
            pos + c.len_utf8()
        };
        let word_text = &text[pos..end];
        tokens.push(Token {
            span: Span::new(pos, end),
            text: word_text,
            is_word: is_word_char(c),
            joined_by_space: !gap_has_newline && !tokens.is_empty(),
            touches_previous: gap_len == 0 && !tokens.is_empty(),
            paragraph_start: gap_newlines >= 2,
            sentence_start: false,
            mode: LineMode::Prose,
        });
        pos = end;
        gap_has_newline = false;
        gap_newlines = 0;
        gap_len = 0;
    }
    mark_lines(&mut tokens);
    mark_sentence_starts(&mut tokens);
    tokens
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The end of the word starting at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut segment_start = start;
    let bytes = text.as_bytes();
    loop {
        // Fast path: a run of ASCII letters and digits.
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let rest = &text[end..];
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { return end };
        if !c.is_ascii() && is_word_char(c) {
            end += c.len_utf8();
            continue;
        }
        let next = chars.next();
        let after = chars.next();
        match c {
            '-' | '‐' if next.is_some_and(is_word_char) && end > start => {
                end += c.len_utf8();
                segment_start = end;
            }
            '\'' | '’' if next.is_some_and(char::is_alphabetic) && end > start => {
                // "Trump’s" splits, "O’Brien" and "don't" do not.
                let possessive =
                    matches!(next, Some('s' | 'S')) && !after.is_some_and(is_word_char);
                if possessive {
                    return end;
                }
                end += c.len_utf8();
            }
            ',' | '.'
                if next.is_some_and(|n| n.is_ascii_digit())
                    && text[segment_start..end]
                        .chars()
                        .all(|d| d.is_ascii_digit() || d == ',' || d == '.') =>
            {
                end += c.len_utf8();
            }
            '.' => {
                let segment = &text[segment_start..end];
                let is_initial =
                    segment.chars().count() == 1 && segment.chars().all(char::is_alphabetic);
                if is_initial || crate::english::abbreviations::is_abbreviation(segment) {
                    end += 1;
                    // "U.S." and "p.m.": a letter then a period continues the abbreviation.
                    let mut more = text[end..].chars();
                    if let (Some(l), Some('.')) = (more.next(), more.next()) {
                        if l.is_alphabetic() && is_initial {
                            segment_start = end;
                            continue;
                        }
                    }
                    return end;
                }
                return end;
            }
            _ => return end,
        }
    }
}

/// Sets each token's line mode.
fn mark_lines(tokens: &mut [Token<'_>]) {
    let mut line_first = 0;
    while line_first < tokens.len() {
        let mut line_end = line_first + 1;
        while line_end < tokens.len()
            && (tokens[line_end].joined_by_space || tokens[line_end].touches_previous)
        {
            line_end += 1;
        }
        let mode = line_mode(&tokens[line_first..line_end]);
        for t in &mut tokens[line_first..line_end] {
            t.mode = mode;
        }
        line_first = line_end;
    }
}

fn line_mode(line: &[Token<'_>]) -> LineMode {
    let (mut n_words, mut n_content, mut n_capitalised_content, mut n_long_caps) =
        (0usize, 0usize, 0usize, 0usize);
    let (mut upper, mut lower) = (0usize, 0usize);
    for w in line.iter().filter(|t| t.is_word) {
        let (mut u, mut l) = (0usize, 0usize);
        for c in w.text.chars() {
            if c.is_uppercase() {
                u += 1;
            } else if c.is_lowercase() {
                l += 1;
            }
        }
        if u + l == 0 {
            continue;
        }
        n_words += 1;
        upper += u;
        lower += l;
        if l == 0 && u >= 3 {
            n_long_caps += 1;
        }
        if !is_small_word(w.text) {
            n_content += 1;
            n_capitalised_content += usize::from(w.is_capitalised());
        }
        // A prose line: enough lower-case content words already.
        if n_content >= 12 && n_capitalised_content * 100 < n_content * 85 && n_long_caps < 2 {
            return LineMode::Prose;
        }
    }
    if n_words >= 2 && n_long_caps >= 2 && upper >= 9 * lower {
        return LineMode::Caps;
    }
    // A headline starts with a capital and does not end with a period; a sentence dense with
    // names ("Sen. Ted Cruz of Texas met President Trump.") does.
    let first_capitalised = line
        .iter()
        .find(|t| t.is_word)
        .is_some_and(Token::is_capitalised);
    let ends_with_period = line
        .last()
        .is_some_and(|t| t.text == "." || (t.is_word && t.text.ends_with('.')));
    if n_words >= 4
        && n_content >= 3
        && n_capitalised_content * 100 >= n_content * 85
        && first_capitalised
        && !ends_with_period
    {
        let inner_sentence_end = line[..line.len().saturating_sub(1)]
            .iter()
            .any(|t| matches!(t.text, "." | "!" | "?"));
        if !inner_sentence_end {
            return LineMode::Title;
        }
    }
    LineMode::Prose
}

fn is_small_word(word: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "but", "with",
        "from", "as", "vs", "vs.", "is", "are", "over", "into", "after", "about",
    ];
    word.len() <= 5 && SMALL.iter().any(|s| s.eq_ignore_ascii_case(word))
}

fn mark_sentence_starts(tokens: &mut [Token<'_>]) {
    let mut prev_significant: Option<usize> = None;
    for i in 0..tokens.len() {
        let line_break = i > 0 && !tokens[i].joined_by_space && !tokens[i].touches_previous;
        if tokens[i].is_word {
            let start = match prev_significant {
                None => true,
                Some(p) => {
                    let prev = &tokens[p];
                    let prev_ends_line = line_break_between(tokens, p, i);
                    if prev.is_word {
                        let ends_sentence = prev.text.ends_with('.') && !is_name_prefix(prev.text);
                        // A line that ends on a word that isn't an abbreviation was hard-wrapped
                        // only if it ends in lower case; a headline ends a sentence.
                        ends_sentence
                            || (prev_ends_line
                                && !prev.text.chars().last().is_some_and(char::is_lowercase))
                            || paragraph_between(tokens, p, i)
                    } else {
                        matches!(prev.text, "." | "!" | "?" | ":" | "|" | "•" | "*")
                            || (prev_ends_line && !matches!(prev.text, "," | "-" | "—" | "–"))
                    }
                }
            };
            tokens[i].sentence_start = start;
            prev_significant = Some(i);
        } else if !is_opening(tokens[i].text) || line_break {
            prev_significant = Some(i);
        }
    }
}

fn is_opening(text: &str) -> bool {
    matches!(text, "“" | "\"" | "‘" | "'" | "(" | "[" | "«")
}

fn is_name_prefix(word: &str) -> bool {
    let stem = word.trim_end_matches('.');
    let single_letter = stem.chars().count() == 1 && stem.chars().all(char::is_uppercase);
    single_letter || crate::english::abbreviations::is_name_prefix_abbreviation(stem)
}

fn line_break_between(tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    tokens[a + 1..=b]
        .iter()
        .any(|t| !t.joined_by_space && !t.touches_previous)
}

fn paragraph_between(tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    tokens[a + 1..=b].iter().any(|t| t.paragraph_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expect: &str) {
        let got: Vec<String> = tokenize(text)
            .iter()
            .map(|t| {
                if t.sentence_start {
                    format!("^{}", t.text)
                } else {
                    t.text.to_string()
                }
            })
            .collect();
        assert_eq!(got.join(" "), expect);
    }

    #[test]
    fn words_abbreviations_and_sentence_starts() {
        check("Trump’s son met Mr. Nix.", "^Trump ’ s son met Mr. Nix .");
        // After "U.S." a sentence may or may not end: the next word is marked as a possible start.
        check(
            "The U.S. and Donald J. Trump Jr. left. It rained",
            "^The U.S. ^and Donald J. Trump Jr. ^left . ^It rained",
        );
        check(
            "O’Brien, pro-Trump 30,000 emails",
            "^O’Brien , pro-Trump 30,000 emails",
        );
        check(
            "Zürich — José Müller said: “Go",
            "^Zürich — José Müller said : “ ^Go",
        );
        check("a\n\nb c\nd", "^a ^b c d");
    }
}
