//! A translation cache for the engines (not machine state).
//!
//! It must be invisible (DESIGN §3.5): results are exactly those of walking the page table on
//! every access. So entries are dropped whenever what they were derived from may change:
//! - every RAM page the walker read a PTE from is watched, and any write to it (guest store,
//!   AMO, the walker's own A/D update, host write) flushes the whole cache at once;
//! - the engine flushes it when the translation context changes (`satp`, privilege, the
//!   `mstatus` fields that affect translation, PMP registers: see [`context_key`]).
//!
//! An entry maps one 4 KiB virtual page to a physical page for one kind of access, and is only
//! made when the whole physical page is RAM and one PMP entry (or none, in M mode) allows
//! that access to all of it, so a hit needs no further check.

use crate::csr::{MSTATUS_MPP, MSTATUS_MPRV, MSTATUS_MXR, MSTATUS_SUM};
use crate::hart::HartState;

/// Entries per access kind (direct-mapped by virtual page number).
const ENTRIES: usize = 256;

/// A virtual page tag that matches no address (page numbers have at most 52 bits).
const INVALID: u64 = u64::MAX;

/// Cached translations for fetches, loads and stores.
#[derive(Clone, Debug)]
pub struct Tlb {
    /// `[kind][index]` = (virtual page number, physical page base).
    entries: Box<[[(u64, u64); ENTRIES]; 3]>,
    /// The context the entries were made in.
    key: Option<ContextKey>,
}

impl Default for Tlb {
    fn default() -> Self {
        Tlb {
            entries: Box::new([[(INVALID, 0); ENTRIES]; 3]),
            key: None,
        }
    }
}

/// Everything a translation depends on besides memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContextKey {
    satp: u64,
    privilege: u8,
    mstatus: u64,
    pmpcfg: [u8; 16],
    pmpaddr: [u64; 16],
}

/// The translation context of `h`.
pub fn context_key(h: &HartState) -> ContextKey {
    ContextKey {
        satp: h.satp,
        privilege: h.privilege as u8,
        mstatus: h.mstatus & (MSTATUS_MPRV | MSTATUS_MPP | MSTATUS_SUM | MSTATUS_MXR),
        pmpcfg: h.pmpcfg,
        pmpaddr: h.pmpaddr,
    }
}

impl Tlb {
    /// Drops every entry.
    pub fn flush(&mut self) {
        for kind in self.entries.iter_mut() {
            kind.fill((INVALID, 0));
        }
    }

    /// Flushes the cache if the translation context of `h` differs from the one its entries
    /// were made in.
    pub fn check_context(&mut self, h: &HartState) {
        let key = context_key(h);
        if self.key.as_ref() != Some(&key) {
            self.flush();
            self.key = Some(key);
        }
    }

    /// The physical address of `vaddr` for an access of kind `kind` (0 fetch, 1 load,
    /// 2 store), if cached.
    #[inline]
    pub fn lookup(&self, kind: usize, vaddr: u64) -> Option<u64> {
        let vpn = vaddr >> 12;
        let (tag, base) = self.entries[kind][(vpn as usize) % ENTRIES];
        (tag == vpn).then_some(base | (vaddr & 0xfff))
    }

    /// Caches the translation of `vaddr`'s page to the physical page of `paddr`.
    pub fn insert(&mut self, kind: usize, vaddr: u64, paddr: u64) {
        let vpn = vaddr >> 12;
        self.entries[kind][(vpn as usize) % ENTRIES] = (vpn, paddr & !0xfff);
    }
}
