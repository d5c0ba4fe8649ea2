//! Stop words: the function words, pronouns and auxiliaries of English. One base list, which
//! both readers share, and two named extensions, because the comparison and the name finder
//! ask different questions of a word:
//! - the comparison asks "does this word carry what the sentence says?": honorifics ("mr")
//!   and the modals "may" and "will" weigh nothing, nor do the `s`/`t` left of a split
//!   contraction;
//! - the name finder asks "can this capitalised word be part of a name?": sentence adverbs
//!   and time words ("However", "Yesterday", "Meanwhile") never are, while "May" and "Will"
//!   must stay possible names ("Theresa May", "Will Smith").
//!
//! Every list is lower case and sorted (a test checks), so lookups are binary searches.

/// Words both readers treat as stop words.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "with",
    "would",
    "you",
    "your",
];

/// What the comparison adds to [`STOP_WORDS`]: honorifics, modals, contraction fragments.
pub const COMPARISON_EXTRA: &[&str] = &["may", "mr", "mrs", "ms", "s", "t", "will"];

/// What the name finder adds to [`STOP_WORDS`]: adverbs, quantifiers, pronouns and time words
/// that open sentences capitalised and are never part of a name, and the greetings that open a
/// quoted message ("Hey Donald, great to see you").
pub const NAME_EXTRA: &[&str] = &[
    "above",
    "according",
    "across",
    "ago",
    "almost",
    "along",
    "already",
    "although",
    "always",
    "among",
    "another",
    "anyone",
    "anything",
    "around",
    "below",
    "beyond",
    "cannot",
    "dear",
    "despite",
    "done",
    "down",
    "earlier",
    "either",
    "else",
    "ever",
    "every",
    "everyone",
    "everything",
    "except",
    "finally",
    "first",
    "former",
    "hello",
    "hey",
    "hi",
    "however",
    "including",
    "indeed",
    "inside",
    "instead",
    "last",
    "later",
    "latest",
    "least",
    "less",
    "let",
    "like",
    "many",
    "meanwhile",
    "mine",
    "moreover",
    "neither",
    "never",
    "next",
    "none",
    "nothing",
    "often",
    "one",
    "onto",
    "others",
    "otherwise",
    "ourselves",
    "outside",
    "per",
    "perhaps",
    "please",
    "rather",
    "second",
    "several",
    "shall",
    "since",
    "someone",
    "something",
    "sometimes",
    "soon",
    "still",
    "thanks",
    "therefore",
    "though",
    "thus",
    "today",
    "together",
    "tomorrow",
    "tonight",
    "toward",
    "towards",
    "unless",
    "via",
    "whatever",
    "whenever",
    "whether",
    "whoever",
    "within",
    "without",
    "yes",
    "yesterday",
    "yet",
    "yours",
    "yourself",
];

/// A stop word for the comparison: weighs nothing when two passages are matched. `lower` is
/// lower case.
pub fn is_comparison_stop_word(lower: &str) -> bool {
    STOP_WORDS.binary_search(&lower).is_ok() || COMPARISON_EXTRA.binary_search(&lower).is_ok()
}

/// The name finder's stop words, lower case: never part of a name, whatever their case.
pub fn name_stop_words() -> impl Iterator<Item = &'static str> {
    STOP_WORDS.iter().chain(NAME_EXTRA).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lower_case_and_disjoint() {
        for list in [STOP_WORDS, COMPARISON_EXTRA, NAME_EXTRA] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "sorted, no repeats: {list:?}"
            );
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
            for w in list {
                let in_lists = [STOP_WORDS, COMPARISON_EXTRA, NAME_EXTRA]
                    .iter()
                    .filter(|l| l.contains(w))
                    .count();
                assert_eq!(in_lists, 1, "{w} is in one list only");
            }
        }
    }

    #[test]
    fn the_two_readers_differ_where_they_should() {
        for (word, comparison, name) in [
            ("the", true, true),
            ("may", true, false),
            ("mr", true, false),
            ("however", false, true),
            ("yesterday", false, true),
            ("élan", false, false),
        ] {
            assert_eq!(is_comparison_stop_word(word), comparison, "{word}");
            assert_eq!(name_stop_words().any(|w| w == word), name, "{word}");
        }
    }
}
