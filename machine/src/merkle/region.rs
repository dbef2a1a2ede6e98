//! Hashing of memory contents: the subtree hash of an aligned power-of-two block of bytes.

#[allow(unused_imports)]
use crate::prelude::*;

use super::hasher::{Hash, Hasher};
use super::pristine::Pristine;
use super::{LOG2_LEAF, LOG2_PAGE};

/// Bytes in a page.
pub const PAGE_BYTES: usize = 1 << LOG2_PAGE;
const LEAVES_PER_PAGE: usize = PAGE_BYTES >> LOG2_LEAF;

/// Whether every byte of `data` is zero. Reads 64 bytes per step and stops at the first
/// non-zero block.
#[inline]
pub fn is_zero(data: &[u8]) -> bool {
    let mut blocks = data.chunks_exact(64);
    let all_blocks = blocks.by_ref().all(|block| {
        block.chunks_exact(8).fold(0u64, |acc, w| {
            acc | u64::from_ne_bytes(w.try_into().expect("8 bytes"))
        }) == 0
    });
    all_blocks && blocks.remainder().iter().all(|&b| b == 0)
}

/// The tree hash of one 4 KiB page: 128 leaves of 32 bytes, hashed pairwise up to one node.
/// Does not look for zeros (see [`page_hash`]).
pub fn hash_page_contents<H: Hasher>(page: &[u8]) -> Hash {
    assert_eq!(page.len(), PAGE_BYTES, "a page is 4 KiB");
    let mut level = [Hash::default(); LEAVES_PER_PAGE];
    for (slot, leaf) in level.iter_mut().zip(page.chunks_exact(32)) {
        *slot = H::leaf(leaf.try_into().expect("32 bytes"));
    }
    let mut n = LEAVES_PER_PAGE;
    while n > 1 {
        for i in 0..n / 2 {
            level[i] = H::pair(&level[2 * i], &level[2 * i + 1]);
        }
        n /= 2;
    }
    level[0]
}

/// The tree hash of one 4 KiB page, with pristine shortcuts: an all-zero page gets the
/// pristine page hash without hashing, and inside a page every all-zero subtree (from a
/// 32-byte leaf up) takes its pristine hash. Equal to [`hash_page_contents`].
pub fn page_hash<H: Hasher>(page: &[u8], pristine: &Pristine) -> Hash {
    assert_eq!(page.len(), PAGE_BYTES, "a page is 4 KiB");
    if is_zero(page) {
        return pristine.hash(LOG2_PAGE);
    }
    let mut level = [Hash::default(); LEAVES_PER_PAGE];
    let mut zero = [false; LEAVES_PER_PAGE];
    for (i, leaf) in page.chunks_exact(32).enumerate() {
        if is_zero(leaf) {
            level[i] = pristine.hash(LOG2_LEAF);
            zero[i] = true;
        } else {
            level[i] = H::leaf(leaf.try_into().expect("32 bytes"));
        }
    }
    let mut n = LEAVES_PER_PAGE;
    let mut log2 = LOG2_LEAF;
    while n > 1 {
        log2 += 1;
        for i in 0..n / 2 {
            zero[i] = zero[2 * i] && zero[2 * i + 1];
            level[i] = if zero[i] {
                pristine.hash(log2)
            } else {
                H::pair(&level[2 * i], &level[2 * i + 1])
            };
        }
        n /= 2;
    }
    level[0]
}

/// The subtree hashes inside one page, for proofs of ranges smaller than a page: returns
/// the hash of the aligned 2^`log2_size` block at `offset` and its siblings up to (not
/// including) the page level, bottom-up.
///
/// # Panics
/// If `page` is not 4 KiB, `log2_size` not in 5..12 or `offset` not aligned to it.
pub fn in_page_proof<H: Hasher>(page: &[u8], offset: usize, log2_size: u32) -> (Hash, Vec<Hash>) {
    assert_eq!(page.len(), PAGE_BYTES, "a page is 4 KiB");
    assert!((LOG2_LEAF..LOG2_PAGE).contains(&log2_size));
    assert_eq!(offset % (1 << log2_size), 0, "aligned offset");
    let mut level: Vec<Hash> = page
        .chunks_exact(32)
        .map(|leaf| H::leaf(leaf.try_into().expect("32 bytes")))
        .collect();
    let mut log2 = LOG2_LEAF;
    while log2 < log2_size {
        level = level
            .chunks_exact(2)
            .map(|p| H::pair(&p[0], &p[1]))
            .collect();
        log2 += 1;
    }
    let mut index = offset >> log2_size;
    let target = level[index];
    let mut siblings = Vec::new();
    while level.len() > 1 {
        siblings.push(level[index ^ 1]);
        level = level
            .chunks_exact(2)
            .map(|p| H::pair(&p[0], &p[1]))
            .collect();
        index >>= 1;
    }
    (target, siblings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merkle::hasher::Keccak256;

    #[test]
    fn zero_detection() {
        let mut page = vec![0u8; PAGE_BYTES];
        assert!(is_zero(&page));
        page[4095] = 1;
        assert!(!is_zero(&page));
        page[4095] = 0;
        page[0] = 0x80;
        assert!(!is_zero(&page));
        assert!(is_zero(&[0u8; 7]));
        assert!(!is_zero(&[0, 0, 0, 0, 0, 0, 1]));
    }

    #[test]
    fn sparse_page_hash_equals_the_plain_one() {
        let pristine = Pristine::new::<Keccak256>();
        let mut page = vec![0u8; PAGE_BYTES];
        assert_eq!(page_hash::<Keccak256>(&page, &pristine), pristine.hash(12));
        for (i, at) in [0usize, 31, 32, 100, 2048, 4095].into_iter().enumerate() {
            page[at] = i as u8 + 1;
            assert_eq!(
                page_hash::<Keccak256>(&page, &pristine),
                hash_page_contents::<Keccak256>(&page)
            );
        }
    }

    #[test]
    fn in_page_proof_folds_to_the_page_hash() {
        let page: Vec<u8> = (0..PAGE_BYTES).map(|i| (i * 7 + 3) as u8).collect();
        let whole = hash_page_contents::<Keccak256>(&page);
        for log2 in 5..12 {
            let offset = 3 << log2 & (PAGE_BYTES - 1);
            let (target, siblings) = in_page_proof::<Keccak256>(&page, offset, log2);
            assert_eq!(siblings.len(), (12 - log2) as usize);
            let mut h = target;
            for (i, s) in siblings.iter().enumerate() {
                h = if (offset >> (log2 as usize + i)) & 1 == 1 {
                    Keccak256::pair(s, &h)
                } else {
                    Keccak256::pair(&h, s)
                };
            }
            assert_eq!(h, whole, "log2 {log2}");
        }
    }
}
