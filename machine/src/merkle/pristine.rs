//! Hashes of pristine (all-zero) subtrees, for every size from one leaf (2^5 bytes) to the
//! whole space (2^64 bytes).

use super::hasher::{Hash, Hasher};
use super::{LOG2_LEAF, LOG2_ROOT};

/// `hash(log2_size)` of an all-zero aligned range of 2^log2_size bytes, for log2_size in
/// [`LOG2_LEAF`]..=[`LOG2_ROOT`].
#[derive(Clone, Debug)]
pub struct Pristine {
    hashes: [Hash; LOG2_ROOT as usize + 1],
}

impl Pristine {
    /// Computes the table with the hasher `H` (59 hashes).
    pub fn new<H: Hasher>() -> Self {
        let mut hashes = [Hash::default(); LOG2_ROOT as usize + 1];
        hashes[LOG2_LEAF as usize] = H::leaf(&[0; 32]);
        for k in LOG2_LEAF as usize + 1..=LOG2_ROOT as usize {
            hashes[k] = H::pair(&hashes[k - 1], &hashes[k - 1]);
        }
        Pristine { hashes }
    }

    /// Hash of 2^`log2_size` zero bytes.
    ///
    /// # Panics
    /// If `log2_size` is outside 5..=64.
    #[inline]
    pub fn hash(&self, log2_size: u32) -> Hash {
        assert!(
            (LOG2_LEAF..=LOG2_ROOT).contains(&log2_size),
            "pristine hash of 2^{log2_size} bytes"
        );
        self.hashes[log2_size as usize]
    }
}
