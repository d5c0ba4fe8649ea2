//! Postings: for each term, the documents it occurs in, how often in the title and in the
//! body, and at which token positions, packed as LEB128 varints in one byte string per term.
//!
//! Layout of one term's postings, one entry per document in increasing document order:
//! `doc_delta, body_tf << 2 | min(title_tf, 3), [title_tf - 3 when title_tf >= 3],
//! position_delta * (title_tf + body_tf)`: most entries have a small body count and no title
//! occurrence, and take one byte for both. Positions count tokens;
//! the title occupies `0..title_len`, the body starts at `title_len + FIELD_GAP`, and each
//! content span after boilerplate starts `FIELD_GAP` further on, so no phrase matches across a
//! field or a cut. Deltas keep nearly every number below 128, i.e. one byte.
//!
//! Scoring reads only the counts of each entry and skips positions by counting
//! varint terminator bytes, so a frequent term's positions cost almost nothing until a phrase or
//! the proximity pass needs them.

/// Positions left empty between fields and between content spans, so that phrases and
/// proximity never bridge them.
pub const FIELD_GAP: u32 = 8;

/// Appends one term's entries, in increasing document order.
#[derive(Default)]
pub struct PostingsWriter {
    pub bytes: Vec<u8>,
    last_doc: Option<u32>,
    pub doc_freq: u32,
}

impl PostingsWriter {
    /// Adds a document; `positions` sorted ascending, `title_tf` of them in the title.
    pub fn push(&mut self, doc: u32, title_tf: u32, positions: &[u32]) {
        let delta = match self.last_doc {
            Some(last) => doc - last,
            None => doc,
        };
        self.last_doc = Some(doc);
        self.doc_freq += 1;
        write_varint(&mut self.bytes, delta);
        let body_tf = positions.len() as u32 - title_tf;
        write_varint(&mut self.bytes, body_tf << 2 | title_tf.min(3));
        if title_tf >= 3 {
            write_varint(&mut self.bytes, title_tf - 3);
        }
        let mut last = 0;
        for &p in positions {
            write_varint(&mut self.bytes, p - last);
            last = p;
        }
    }
}

/// One entry as read by [`PostingsReader`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub doc: u32,
    pub title_tf: u32,
    pub body_tf: u32,
}

/// Walks one term's postings. Robust against corrupt bytes: it stops instead of panicking.
pub struct PostingsReader<'a> {
    bytes: &'a [u8],
    at: usize,
    doc: u32,
    started: bool,
    /// Positions of the current entry not read yet.
    pending_positions: u32,
}

impl<'a> PostingsReader<'a> {
    pub fn new(bytes: &'a [u8]) -> PostingsReader<'a> {
        PostingsReader {
            bytes,
            at: 0,
            doc: 0,
            started: false,
            pending_positions: 0,
        }
    }

    /// The next entry, skipping the current entry's positions if they were not read.
    pub fn next_entry(&mut self) -> Option<Entry> {
        self.skip_positions();
        if self.at >= self.bytes.len() {
            return None;
        }
        let delta = self.read()?;
        self.doc = if self.started {
            self.doc.checked_add(delta)?
        } else {
            delta
        };
        self.started = true;
        let packed = self.read()?;
        let body_tf = packed >> 2;
        let title_tf = match packed & 3 {
            3 => self.read()?.saturating_add(3),
            small => small,
        };
        self.pending_positions = title_tf.saturating_add(body_tf);
        Some(Entry {
            doc: self.doc,
            title_tf,
            body_tf,
        })
    }

    /// The current entry's positions, appended to `out` (ascending).
    pub fn read_positions(&mut self, out: &mut Vec<u32>) {
        let mut position = 0u32;
        while self.pending_positions > 0 {
            self.pending_positions -= 1;
            let Some(delta) = self.read() else { return };
            position = position.saturating_add(delta);
            out.push(position);
        }
    }

    fn skip_positions(&mut self) {
        while self.pending_positions > 0 && self.at < self.bytes.len() {
            if self.bytes[self.at] & 0x80 == 0 {
                self.pending_positions -= 1;
            }
            self.at += 1;
        }
        self.pending_positions = 0;
    }

    fn read(&mut self) -> Option<u32> {
        let (value, len) = read_varint(self.bytes.get(self.at..)?)?;
        self.at += len;
        Some(value)
    }
}

/// LEB128: seven bits a byte, low bits first, high bit set on all but the last byte.
pub fn write_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The value and its length in bytes, or `None` on truncated or overlong input.
pub fn read_varint(bytes: &[u8]) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        value |= u32::from(b & 0x7f).checked_shl(7 * i as u32)?;
        if b & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(entries: &[(u32, u32, &[u32])]) {
        let mut writer = PostingsWriter::default();
        for &(doc, title_tf, positions) in entries {
            writer.push(doc, title_tf, positions);
        }
        assert_eq!(writer.doc_freq as usize, entries.len());
        // Read back twice: once with positions, once skipping them.
        let mut reader = PostingsReader::new(&writer.bytes);
        for &(doc, title_tf, positions) in entries {
            let entry = reader.next_entry().expect("entry");
            assert_eq!(
                (entry.doc, entry.title_tf, entry.body_tf),
                (doc, title_tf, positions.len() as u32 - title_tf)
            );
            let mut got = Vec::new();
            reader.read_positions(&mut got);
            assert_eq!(got, positions);
        }
        assert_eq!(reader.next_entry(), None);
        let mut reader = PostingsReader::new(&writer.bytes);
        let docs: Vec<u32> = std::iter::from_fn(|| reader.next_entry().map(|e| e.doc)).collect();
        assert_eq!(docs, entries.iter().map(|e| e.0).collect::<Vec<_>>());
    }

    #[test]
    fn round_trips() {
        check(&[]);
        check(&[(0, 0, &[3])]);
        check(&[
            (0, 1, &[0, 20]),
            (5, 0, &[300, 301, 100_000]),
            (19_042, 2, &[1, 2]),
        ]);
        check(&[
            (3, 3, &[0, 1, 2]),
            (4, 5, &[0, 1, 2, 3, 4, 40]),
            (9, 0, &(0..100).collect::<Vec<u32>>()),
        ]);
        check(&[(u32::MAX - 1, 0, &[u32::MAX])]);
    }

    #[test]
    fn corrupt_bytes_stop_the_reader() {
        for bytes in [
            &[0x80u8][..],
            &[1, 0x80],
            &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
            &[0, 5, 5, 1],
        ] {
            let mut reader = PostingsReader::new(bytes);
            let mut n = 0;
            while let Some(_entry) = reader.next_entry() {
                let mut positions = Vec::new();
                reader.read_positions(&mut positions);
                n += 1;
                assert!(n < 10);
            }
        }
    }

    #[test]
    fn varints() {
        for value in [0, 1, 127, 128, 16_383, 16_384, u32::MAX] {
            let mut out = Vec::new();
            write_varint(&mut out, value);
            assert_eq!(read_varint(&out), Some((value, out.len())));
        }
    }
}
