//! What the comparison knows of English before it reads a story: how common each word is in
//! general text, and a small static meaning vector per word. Both are generated from general
//! sources by `scripts/make_word_table.py` (word frequencies from the `wordfreq` package,
//! vectors distilled from the sentence-embedding model all-MiniLM-L6-v2), never from articles.
//!
//! Why: weights taken over the two compared articles alone make a story's own words look
//! common (every sentence names its protagonist) or rare (a word one outlet uses twice) by
//! accident; and two outlets retelling one fact pick different words ("killed" / "death
//! toll"), which only a notion of meaning can connect.
//!
//! The tables are parsed once per process (the CLI, build.rs, the comparison worker), on
//! first use. The app's page never compares, so they stay out of its wasm.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::words;
use crate::english::FastMap;

/// `word zipf×10 [stem]` lines, most frequent first (see the generating script and
/// [`stem_of`]): the stems are stored so that loading the table doesn't stem every word.
const BACKGROUND: &str = include_str!("data/background.txt");
/// `PXWV`, word count, dimensions, then one i8 vector per word of `BACKGROUND`'s first lines.
const VECTORS: &[u8] = include_bytes!("data/vectors.bin");

/// Zipf frequency (log10 of occurrences per billion words) given to a word the table doesn't
/// list: rarer than anything in it.
const UNLISTED_ZIPF: f32 = 1.5;
/// Zipf frequency of the most frequent English words ("the" is 7.7): a word this common weighs
/// nothing.
const CEILING_ZIPF: f32 = 7.0;

pub struct Background {
    /// Term (stem after synonym folding, as `words.rs` makes it) → its most frequent word's
    /// Zipf frequency.
    zipf: FastMap<Box<str>, f32>,
    /// Lower-cased word → row of `vectors`.
    word_row: FastMap<Box<str>, u32>,
    /// Term → row of its most frequent word, for inflections the table doesn't list.
    term_row: FastMap<Box<str>, u32>,
    /// Unit-length vectors, `dims` floats per row.
    vectors: Vec<f32>,
    dims: usize,
}

/// A word's stem as the table stores it: absent when the stem is the word, else `K` then a
/// tail, for the word's first `K` bytes followed by the tail ("really" → `5i`, "reali").
fn stem_of<'w>(word: &'w str, stored: Option<&str>) -> Cow<'w, str> {
    let Some(stored) = stored else {
        return Cow::Borrowed(word);
    };
    let digits = stored.bytes().take_while(u8::is_ascii_digit).count();
    let keep = stored[..digits].parse::<usize>().unwrap_or(word.len());
    match word.get(..keep) {
        Some(head) => Cow::Owned(format!("{head}{}", &stored[digits..])),
        None => Cow::Borrowed(word),
    }
}

impl Background {
    /// The tables, parsed on first use.
    pub fn get() -> &'static Background {
        static TABLES: OnceLock<Background> = OnceLock::new();
        TABLES.get_or_init(Background::parse)
    }

    fn parse() -> Background {
        let (count, dims, raw) = match VECTORS {
            [b'P', b'X', b'W', b'V', c0, c1, c2, c3, d0, d1, d2, d3, rest @ ..] => (
                u32::from_le_bytes([*c0, *c1, *c2, *c3]) as usize,
                u32::from_le_bytes([*d0, *d1, *d2, *d3]) as usize,
                rest,
            ),
            _ => (0, 0, &[][..]),
        };
        let count = raw
            .len()
            .checked_div(dims)
            .map_or(0, |rows| count.min(rows));
        let mut vectors = Vec::with_capacity(count * dims);
        for row in raw.chunks_exact(dims.max(1)).take(count) {
            let norm = row
                .iter()
                .map(|&b| f32::from(b as i8).powi(2))
                .sum::<f32>()
                .sqrt()
                .max(f32::EPSILON);
            vectors.extend(row.iter().map(|&b| f32::from(b as i8) / norm));
        }
        let mut zipf = FastMap::default();
        let mut word_row = FastMap::default();
        let mut term_row = FastMap::default();
        for (k, line) in BACKGROUND.lines().enumerate() {
            let mut fields = line.split(' ');
            let (Some(word), Some(freq)) = (fields.next(), fields.next()) else {
                continue;
            };
            let freq = freq.parse::<f32>().unwrap_or(0.0) / 10.0;
            let term = words::term_of_stem(word, || stem_of(word, fields.next()));
            if term.is_empty() {
                continue;
            }
            // Most frequent first: the first word of a term gives its frequency and vector.
            zipf.entry(Box::from(term.as_str())).or_insert(freq);
            if k < count {
                word_row.insert(Box::from(word), k as u32);
                term_row.entry(Box::from(term.as_str())).or_insert(k as u32);
            }
        }
        Background {
            zipf,
            word_row,
            term_row,
            vectors,
            dims,
        }
    }

    /// How much a term says, from how rare it is in general English: 0 for the most common
    /// words, about 5.5 for a word the table doesn't list.
    pub fn weight(&self, term: &str) -> f32 {
        let z = self.zipf.get(term).copied().unwrap_or(UNLISTED_ZIPF);
        (CEILING_ZIPF - z).max(0.0)
    }

    /// Whether the table lists the term: a word of general English, not a name it has never
    /// seen ("Tamaro").
    pub fn lists(&self, term: &str) -> bool {
        self.zipf.contains_key(term)
    }

    /// The meaning vector of a word (its lower-cased form, else its term), unit length.
    pub fn vector(&self, lower: &str, term: &str) -> Option<&[f32]> {
        let row = self
            .word_row
            .get(lower)
            .or_else(|| self.term_row.get(term))?;
        let at = *row as usize * self.dims;
        self.vectors.get(at..at + self.dims)
    }

    pub fn dims(&self) -> usize {
        self.dims
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stored stems are the stemmer's: a table regenerated with another stemmer, or a
    /// stemmer upgraded under the table, would weigh words apart from the articles' stems.
    #[test]
    fn stored_stems_are_the_stemmers() {
        let stemmer = words::english_stemmer();
        let mut differ = 0;
        for line in BACKGROUND.lines() {
            let mut fields = line.split(' ');
            let word = fields.next().expect("a word");
            let stored = fields.nth(1);
            differ += usize::from(stored.is_some());
            assert_eq!(stem_of(word, stored), stemmer.stem(word), "{line}");
        }
        assert!(
            differ > 10_000,
            "only {differ} stored stems: is the stem column missing?"
        );
    }

    fn cosine(a: &[f32], b: &[f32]) -> f32 {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    }

    fn vector(w: &str) -> &'static [f32] {
        let bg = Background::get();
        let term = words::term_of(w, &words::english_stemmer());
        bg.vector(w, &term).expect("a listed word")
    }

    #[test]
    fn common_words_weigh_less_than_rare_ones() {
        let bg = Background::get();
        let weight = |w: &str| bg.weight(&words::term_of(w, &words::english_stemmer()));
        assert!(weight("people") < weight("earthquake"));
        assert!(weight("earthquake") < weight("zzyzxqv"));
        assert!(weight("year") < 2.0, "{}", weight("year"));
    }

    #[test]
    fn vectors_put_related_words_closer_than_unrelated_ones() {
        assert!(Background::get().dims() > 0);
        assert!(
            cosine(vector("killed"), vector("dead")) > cosine(vector("killed"), vector("shares"))
        );
        assert!(
            cosine(vector("earthquake"), vector("quake"))
                > cosine(vector("earthquake"), vector("revenue"))
        );
        // An inflection the table may not list falls back to its stem's word.
        assert!(Background::get()
            .vector("communicatedly", "communic")
            .is_some());
    }
}
