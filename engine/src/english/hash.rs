//! The engine's one fast hasher for word lookups (rustc's Fx hash): the keys are words of our
//! own lists and of the articles compared, with no adversary to defend against, and the
//! default SipHash costs more than the lookup itself (a third of the extraction time).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

pub type FastHash = BuildHasherDefault<FxHasher>;
pub type FastMap<K, V> = HashMap<K, V, FastHash>;
pub type FastSet<T> = HashSet<T, FastHash>;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.hash = (self.hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }

    // The same hash on 32-bit wasm as natively.
    fn write_usize(&mut self, i: usize) {
        self.write(&(i as u64).to_le_bytes());
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}
