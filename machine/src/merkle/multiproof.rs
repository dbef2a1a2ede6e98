//! Multiproofs: one proof for a set of 4 KiB pages, each sibling hash given once.
//!
//! The pages are given in increasing page-number order. Folding goes level by level from the
//! pages (2^12 bytes) up to the root (2^64): at each level the known nodes are combined in
//! increasing index order; a node whose sibling is also known is paired with it, and any other
//! node takes the next hash of the sibling list. So the siblings are listed bottom-up, and
//! within a level in increasing index order, and no hash appears twice (a node that can be
//! computed from the pages is never listed).

#[allow(unused_imports)]
use crate::prelude::*;

use super::hasher::{Hash, Hasher};
use super::tree::Tree;
use super::{LOG2_PAGE, LOG2_ROOT};

/// Why a multiproof does not fold to a root.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MultiproofError {
    /// No page was given.
    #[error("a multiproof needs at least one page")]
    NoPages,
    /// The page numbers are not strictly increasing or do not fit the 2^64-byte space.
    #[error(
        "page numbers must be strictly increasing and below 2^52 (page {ppn:#x} at position {index})"
    )]
    BadPageOrder {
        /// Position of the offending page in the list.
        index: usize,
        /// Its page number.
        ppn: u64,
    },
    /// The sibling list ran out before the root was reached.
    #[error("the multiproof has too few sibling hashes ({found})")]
    TooFewSiblings {
        /// How many siblings there are.
        found: usize,
    },
    /// Sibling hashes were left over when the root was reached.
    #[error("the multiproof has {extra} sibling hashes more than its pages need ({needed})")]
    TooManySiblings {
        /// How many siblings the pages need.
        needed: usize,
        /// How many more the list holds.
        extra: usize,
    },
}

/// Checks that `ppns` are strictly increasing page numbers of the 2^64-byte space.
pub fn check_pages(ppns: impl IntoIterator<Item = u64>) -> Result<usize, MultiproofError> {
    let mut count = 0;
    let mut last: Option<u64> = None;
    for (index, ppn) in ppns.into_iter().enumerate() {
        if ppn >> (LOG2_ROOT - LOG2_PAGE) != 0 || last.is_some_and(|l| l >= ppn) {
            return Err(MultiproofError::BadPageOrder { index, ppn });
        }
        last = Some(ppn);
        count += 1;
    }
    if count == 0 {
        return Err(MultiproofError::NoPages);
    }
    Ok(count)
}

/// Folds pages (page number, page hash; strictly increasing page numbers) with `siblings`
/// into the root of the whole tree. Every sibling must be used exactly once.
pub fn multiproof_root<H: Hasher>(
    pages: &[(u64, Hash)],
    siblings: &[Hash],
) -> Result<Hash, MultiproofError> {
    check_pages(pages.iter().map(|&(ppn, _)| ppn))?;
    let mut level: Vec<(u64, Hash)> = pages.to_vec();
    let mut next_sibling = 0usize;
    for _ in LOG2_PAGE..LOG2_ROOT {
        let mut up = Vec::with_capacity(level.len().div_ceil(2));
        let mut i = 0;
        while i < level.len() {
            let (index, hash) = level[i];
            let parent = match level.get(i + 1) {
                Some(&(j, right)) if index & 1 == 0 && j == index + 1 => {
                    i += 1;
                    H::pair(&hash, &right)
                }
                _ => {
                    let sibling =
                        siblings
                            .get(next_sibling)
                            .ok_or(MultiproofError::TooFewSiblings {
                                found: siblings.len(),
                            })?;
                    next_sibling += 1;
                    if index & 1 == 0 {
                        H::pair(&hash, sibling)
                    } else {
                        H::pair(sibling, &hash)
                    }
                }
            };
            up.push((index >> 1, parent));
            i += 1;
        }
        level = up;
    }
    if next_sibling != siblings.len() {
        return Err(MultiproofError::TooManySiblings {
            needed: next_sibling,
            extra: siblings.len() - next_sibling,
        });
    }
    Ok(level[0].1)
}

/// The sibling hashes of a multiproof of the pages `ppns` (strictly increasing) in `tree`,
/// in the order [`multiproof_root`] takes them.
pub fn multiproof_siblings<H: Hasher>(tree: &Tree<H>, ppns: &[u64]) -> Vec<Hash> {
    let mut siblings = Vec::new();
    let mut level: Vec<u64> = ppns.to_vec();
    for log2 in LOG2_PAGE..LOG2_ROOT {
        let mut up = Vec::with_capacity(level.len().div_ceil(2));
        let mut i = 0;
        while i < level.len() {
            let index = level[i];
            if index & 1 == 0 && level.get(i + 1) == Some(&(index + 1)) {
                i += 1;
            } else {
                siblings.push(tree.node(log2, index ^ 1));
            }
            up.push(index >> 1);
            i += 1;
        }
        level = up;
    }
    siblings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merkle::Keccak256;
    use crate::merkle::proof::{Proof, proof_root};

    /// A tree holding pages with distinct hashes at `ppns`.
    fn tree(ppns: &[u64]) -> Tree<Keccak256> {
        let mut t = Tree::new();
        t.update_pages(
            ppns.iter()
                .map(|&p| (p, Keccak256::leaf(&[p as u8 ^ 0x5a; 32])))
                .collect(),
        );
        t
    }

    #[test]
    fn one_page_is_an_ordinary_proof() {
        let ppn = 0x80123;
        let t = tree(&[0, ppn, 0x80124]);
        let siblings = multiproof_siblings(&t, &[ppn]);
        assert_eq!(siblings, t.siblings(ppn << 12, 12));
        let page = t.node(LOG2_PAGE, ppn);
        let single = Proof {
            target_address: ppn << 12,
            log2_target_size: 12,
            target_hash: page,
            log2_root_size: 64,
            root_hash: t.root(),
            sibling_hashes: siblings.clone(),
        };
        assert_eq!(proof_root::<Keccak256>(&single).unwrap(), t.root());
        assert_eq!(
            multiproof_root::<Keccak256>(&[(ppn, page)], &siblings).unwrap(),
            t.root()
        );
    }

    #[test]
    fn several_pages_fold_to_the_root_with_each_sibling_once() {
        let present = [0, 1, 2, 7, 0x80000, 0x80001, 0x80005, 0xf_ffff_ffff_ffff];
        let t = tree(&present);
        let ppns = [0, 1, 7, 0x80001, 0x80005, 0xf_ffff_ffff_ffff];
        let siblings = multiproof_siblings(&t, &ppns);
        let pages: Vec<(u64, Hash)> = ppns.iter().map(|&p| (p, t.node(LOG2_PAGE, p))).collect();
        assert_eq!(
            multiproof_root::<Keccak256>(&pages, &siblings).unwrap(),
            t.root()
        );
        // Fewer hashes than separate proofs (52 each): shared ancestors are not repeated.
        assert!(siblings.len() < 52 * ppns.len());
        // Pages 0 and 1 are siblings: neither is listed for the other. The first listed
        // hash is page 6, the sibling of page 7.
        assert!(!siblings.contains(&t.node(LOG2_PAGE, 1)));
        assert_eq!(siblings[0], t.node(LOG2_PAGE, 6));
        // Wrong counts and a changed page are caught.
        assert_eq!(
            multiproof_root::<Keccak256>(&pages, &siblings[1..]),
            Err(MultiproofError::TooFewSiblings {
                found: siblings.len() - 1
            })
        );
        let mut more = siblings.clone();
        more.push(Hash([0; 32]));
        assert!(matches!(
            multiproof_root::<Keccak256>(&pages, &more),
            Err(MultiproofError::TooManySiblings { extra: 1, .. })
        ));
        let mut changed = pages.clone();
        changed[2].1.0[0] ^= 1;
        assert_ne!(
            multiproof_root::<Keccak256>(&changed, &siblings).unwrap(),
            t.root()
        );
        assert!(matches!(
            multiproof_root::<Keccak256>(&[pages[1], pages[0]], &siblings),
            Err(MultiproofError::BadPageOrder { index: 1, .. })
        ));
        assert_eq!(
            multiproof_root::<Keccak256>(&[], &siblings),
            Err(MultiproofError::NoPages)
        );
    }
}
