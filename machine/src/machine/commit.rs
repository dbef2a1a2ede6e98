//! The machine's Merkle root and proofs (see [`crate::merkle`] for the tree and how dirty pages
//! are tracked).

#[allow(unused_imports)]
use crate::prelude::*;

#[cfg(feature = "std")]
use rayon::prelude::*;

use super::{Machine, WATCH_CLEAN};
use crate::flash::FlashDrive;
use crate::map;
use crate::memory::Memory;
use crate::merkle::region::{self, PAGE_BYTES};
use crate::merkle::{Hash, LOG2_LEAF, LOG2_PAGE, LOG2_ROOT, MachineHasher, Proof, ProofError};
use crate::shadow;

/// Below this many dirty pages, pages are hashed on the calling thread.
#[cfg(feature = "std")]
const PARALLEL_PAGES: usize = 4;

/// The bytes of committed memory page `ppn` (RAM, DTB or a flash drive), or `None` if it
/// holds no memory.
fn memory_page<'a>(
    ram: &'a Memory,
    dtb: &'a Memory,
    flash: &'a [FlashDrive],
    ppn: u64,
) -> Option<&'a [u8]> {
    let paddr = ppn << map::PAGE_SHIFT;
    let (bytes, start): (&[u8], u64) =
        if paddr >= map::RAM_START && paddr - map::RAM_START < ram.len() as u64 {
            (ram.bytes(), map::RAM_START)
        } else if paddr >= map::DTB_START && paddr - map::DTB_START < map::DTB_LENGTH {
            (dtb.bytes(), map::DTB_START)
        } else {
            let drive = flash.iter().find(|d| d.offset(paddr, 1).is_some())?;
            (drive.bytes(), drive.start())
        };
    let off = (paddr - start) as usize;
    Some(&bytes[off..off + PAGE_BYTES])
}

impl Machine {
    /// Brings the tree up to date: rehashes the shadow page and the dirty pages (in parallel
    /// when there are several), then their ancestors, and flags the pages clean again.
    fn update_tree(&mut self) {
        let mut dirty = core::mem::take(&mut self.dirty);
        dirty.sort_unstable();
        dirty.dedup();
        let pristine = self.merkle.pristine().clone();
        let (ram, dtb, flash) = (&self.ram, &self.dtb, &self.flash);
        let hash = |&ppn: &u64| {
            let page = memory_page(ram, dtb, flash, ppn).expect("dirty pages hold memory");
            (ppn, region::page_hash::<MachineHasher>(page, &pristine))
        };
        #[cfg(feature = "std")]
        let mut hashes: Vec<(u64, Hash)> = if dirty.len() >= PARALLEL_PAGES {
            dirty.par_iter().map(hash).collect()
        } else {
            dirty.iter().map(hash).collect()
        };
        // Without `std` there are no threads.
        #[cfg(not(feature = "std"))]
        let mut hashes: Vec<(u64, Hash)> = dirty.iter().map(hash).collect();
        let shadow = shadow::serialize(self);
        hashes.push((
            map::SHADOW_START >> map::PAGE_SHIFT,
            region::page_hash::<MachineHasher>(&shadow, &pristine),
        ));
        self.merkle.update_pages(hashes);
        let ram_first = map::RAM_START >> map::PAGE_SHIFT;
        for ppn in dirty {
            if let Some(page) = ppn.checked_sub(ram_first)
                && let Some(flags) = self.ram_watch.get_mut(page as usize)
            {
                *flags |= WATCH_CLEAN;
            } else if let Some(drive) = self
                .flash
                .iter_mut()
                .find(|d| d.offset(ppn << map::PAGE_SHIFT, 1).is_some())
            {
                let page = ((ppn << map::PAGE_SHIFT) - drive.start()) >> map::PAGE_SHIFT;
                drive.clean[page as usize] = true;
            }
        }
    }

    /// The Merkle root of the whole machine state (DESIGN §4). Rehashes only the pages
    /// written since the last root, and the shadow page.
    pub fn root_hash(&mut self) -> Hash {
        self.update_tree();
        self.merkle.root()
    }

    /// The sibling hashes of a multiproof of the pages `ppns` (strictly increasing physical
    /// page numbers) in the current tree (see [`crate::merkle::multiproof`]).
    pub fn multiproof_siblings(&mut self, ppns: &[u64]) -> Vec<Hash> {
        self.update_tree();
        crate::merkle::multiproof::multiproof_siblings(&self.merkle, ppns)
    }

    /// Number of pages written since the last root (DTB pages may count more than once).
    pub fn dirty_pages(&self) -> usize {
        self.dirty.len()
    }

    /// The hash of the committed range at `start` of `length` bytes (page-aligned) as a tree
    /// of its own, zero-padded to a power of two (see [`crate::merkle::Tree::range_hash`]).
    pub fn range_hash(&mut self, start: u64, length: u64) -> Hash {
        self.update_tree();
        self.merkle.range_hash(start, length)
    }

    /// A proof of the aligned 2^`log2_size` bytes at `address` (5 ≤ `log2_size` ≤ 64) under
    /// the current root.
    pub fn proof(&mut self, address: u64, log2_size: u32) -> Result<Proof, ProofError> {
        if !(LOG2_LEAF..=LOG2_ROOT).contains(&log2_size) {
            return Err(ProofError::BadSize {
                target: log2_size,
                root: LOG2_ROOT,
            });
        }
        let misaligned = if log2_size < 64 {
            address & ((1u64 << log2_size) - 1) != 0
        } else {
            address != 0
        };
        if misaligned {
            return Err(ProofError::BadAddress {
                address,
                log2: log2_size,
            });
        }
        self.update_tree();
        let (target_hash, sibling_hashes) = if log2_size >= LOG2_PAGE {
            (
                self.merkle.subtree(address, log2_size),
                self.merkle.siblings(address, log2_size),
            )
        } else {
            let ppn = address >> map::PAGE_SHIFT;
            let shadow;
            let page: &[u8] = if ppn == map::SHADOW_START >> map::PAGE_SHIFT {
                shadow = shadow::serialize(self);
                &shadow
            } else {
                memory_page(&self.ram, &self.dtb, &self.flash, ppn).unwrap_or(&[0; PAGE_BYTES])
            };
            let offset = (address as usize) & (PAGE_BYTES - 1);
            let (target, mut siblings) =
                region::in_page_proof::<MachineHasher>(page, offset, log2_size);
            siblings.extend(self.merkle.siblings(address, LOG2_PAGE));
            (target, siblings)
        };
        Ok(Proof {
            target_address: address,
            log2_target_size: log2_size,
            target_hash,
            log2_root_size: LOG2_ROOT,
            root_hash: self.merkle.root(),
            sibling_hashes,
        })
    }
}
