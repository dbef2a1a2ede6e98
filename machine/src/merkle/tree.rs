//! The sparse tree above the pages: stored hashes of every page and interior node that is
//! not pristine; everything absent is pristine and read from the [`Pristine`] table.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::collections::HashMap;
use core::marker::PhantomData;

#[cfg(feature = "std")]
use rayon::prelude::*;

use super::hasher::{Hash, Hasher};
use super::pristine::Pristine;
use super::{LOG2_PAGE, LOG2_ROOT};

/// Below this many nodes in one level, hashing is done on the calling thread.
#[cfg(feature = "std")]
const PARALLEL_THRESHOLD: usize = 64;

/// The Merkle tree over the 2^64-byte physical space, at page granularity and above.
///
/// Nodes are keyed by `(log2 size, index)` where `index = address >> log2 size`. Only nodes
/// whose hash differs from the pristine hash of their size are stored, so the tree of a
/// machine costs memory in proportion to the pages that hold data, not to the RAM size.
#[derive(Clone, Debug)]
pub struct Tree<H: Hasher> {
    pristine: Pristine,
    /// Hashes of non-pristine nodes at levels [`LOG2_PAGE`]..=[`LOG2_ROOT`].
    nodes: HashMap<(u32, u64), Hash>,
    hasher: PhantomData<H>,
}

impl<H: Hasher> Default for Tree<H> {
    fn default() -> Self {
        Self::new()
    }
}

impl<H: Hasher> Tree<H> {
    /// An all-pristine tree (every byte of the space zero).
    pub fn new() -> Self {
        Tree {
            pristine: Pristine::new::<H>(),
            nodes: HashMap::new(),
            hasher: PhantomData,
        }
    }

    /// The pristine table of the tree's hasher.
    pub fn pristine(&self) -> &Pristine {
        &self.pristine
    }

    /// Hash of the node of 2^`log2` bytes with index `index` (`log2` ≥ 12).
    #[inline]
    pub fn node(&self, log2: u32, index: u64) -> Hash {
        debug_assert!((LOG2_PAGE..=LOG2_ROOT).contains(&log2));
        match self.nodes.get(&(log2, index)) {
            Some(h) => *h,
            None => self.pristine.hash(log2),
        }
    }

    fn set(&mut self, log2: u32, index: u64, hash: Hash) {
        if hash == self.pristine.hash(log2) {
            self.nodes.remove(&(log2, index));
        } else {
            self.nodes.insert((log2, index), hash);
        }
    }

    /// The root: the hash of the whole 2^64-byte space.
    pub fn root(&self) -> Hash {
        self.node(LOG2_ROOT, 0)
    }

    /// Number of stored (non-pristine) nodes.
    pub fn stored_nodes(&self) -> usize {
        self.nodes.len()
    }

    /// Sets the hashes of the given pages (by physical page number) and recomputes their
    /// ancestors up to the root, each once. Parent levels are hashed in parallel when large.
    pub fn update_pages(&mut self, mut pages: Vec<(u64, Hash)>) {
        pages.sort_unstable_by_key(|&(ppn, _)| ppn);
        pages.dedup_by_key(|&mut (ppn, _)| ppn);
        let mut indices: Vec<u64> = Vec::with_capacity(pages.len());
        for (ppn, hash) in pages {
            self.set(LOG2_PAGE, ppn, hash);
            indices.push(ppn);
        }
        for log2 in LOG2_PAGE + 1..=LOG2_ROOT {
            for i in &mut indices {
                *i >>= 1;
            }
            indices.dedup();
            let child = |tree: &Self, parent: u64| {
                H::pair(
                    &tree.node(log2 - 1, parent << 1),
                    &tree.node(log2 - 1, (parent << 1) | 1),
                )
            };
            #[cfg(feature = "std")]
            let hashes: Vec<Hash> = if indices.len() >= PARALLEL_THRESHOLD {
                indices.par_iter().map(|&p| child(self, p)).collect()
            } else {
                indices.iter().map(|&p| child(self, p)).collect()
            };
            // Without `std` there are no threads.
            #[cfg(not(feature = "std"))]
            let hashes: Vec<Hash> = indices.iter().map(|&p| child(self, p)).collect();
            for (&index, hash) in indices.iter().zip(hashes) {
                self.set(log2, index, hash);
            }
        }
    }

    /// Sibling hashes from level `log2` (≥ 12) up to the root, bottom-up, on the path of
    /// `address`.
    pub fn siblings(&self, address: u64, log2: u32) -> Vec<Hash> {
        (log2..LOG2_ROOT)
            .map(|l| self.node(l, (address >> l) ^ 1))
            .collect()
    }

    /// The hash of the 2^`log2` bytes at `address` (aligned, `log2` ≥ 12).
    pub fn subtree(&self, address: u64, log2: u32) -> Hash {
        let index = if log2 == LOG2_ROOT {
            0
        } else {
            address >> log2
        };
        self.node(log2, index)
    }
}

impl<H: Hasher> Tree<H> {
    /// The hash of a page-aligned range of `length` bytes at `start`, as a tree of its own:
    /// the range's pages at the start of a zero-padded block of the next power-of-two size.
    /// Store/load uses it to tell which range of a snapshot does not match.
    pub fn range_hash(&self, start: u64, length: u64) -> Hash {
        let first = start >> LOG2_PAGE;
        let pages = length.div_ceil(1 << LOG2_PAGE).max(1);
        let log2_top = LOG2_PAGE + pages.next_power_of_two().trailing_zeros();
        let mut level: Vec<(u64, Hash)> = (0..pages)
            .filter_map(|i| self.nodes.get(&(LOG2_PAGE, first + i)).map(|h| (i, *h)))
            .collect();
        for log2 in LOG2_PAGE + 1..=log2_top {
            let zero = self.pristine.hash(log2 - 1);
            let mut next: Vec<(u64, Hash)> = Vec::with_capacity(level.len().div_ceil(2));
            let mut i = 0;
            while i < level.len() {
                let (index, hash) = level[i];
                let parent = index >> 1;
                if index & 1 == 0 {
                    let right = match level.get(i + 1) {
                        Some(&(j, h)) if j == index + 1 => {
                            i += 1;
                            h
                        }
                        _ => zero,
                    };
                    next.push((parent, H::pair(&hash, &right)));
                } else {
                    next.push((parent, H::pair(&zero, &hash)));
                }
                i += 1;
            }
            level = next;
        }
        level
            .first()
            .map_or(self.pristine.hash(log2_top), |&(_, h)| h)
    }
}
