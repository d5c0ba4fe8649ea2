//! Adds the stem column to the comparison's background table (`compare/data/background.txt`),
//! so the comparison worker doesn't stem 60,000 words when it starts: each `word zipf` line
//! gets `K` and a tail when the stemmer's stem differs from the word (the stem is the word's
//! first `K` bytes and the tail). `scripts/make_word_table.py` runs it after writing the
//! table; the stems must be this crate's stemmer's, which Python's Snowball port is not
//! (they differ on about 100 words). A development tool, not part of the CLI.
//!
//!     stem_table engine/src/compare/data/background.txt

use rust_stemmers::{Algorithm, Stemmer};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stem_table BACKGROUND.txt");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: {path}: {e}");
        std::process::exit(2)
    });
    let stemmer = Stemmer::create(Algorithm::English);
    let mut out = String::with_capacity(text.len() * 11 / 10);
    for line in text.lines() {
        // A table that already has its stems gets them again, from the stemmer.
        let mut fields = line.split(' ');
        let (Some(word), Some(zipf)) = (fields.next(), fields.next()) else {
            eprintln!("error: {path}: a line that is not `word zipf`: {line:?}");
            std::process::exit(2)
        };
        let stem = stemmer.stem(word);
        if stem == word {
            out.push_str(&format!("{word} {zipf}\n"));
        } else {
            let keep = word
                .bytes()
                .zip(stem.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            out.push_str(&format!("{word} {zipf} {keep}{}\n", &stem[keep..]));
        }
    }
    std::fs::write(&path, out).unwrap_or_else(|e| {
        eprintln!("error: {path}: {e}");
        std::process::exit(2)
    });
}
