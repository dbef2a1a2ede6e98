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

#[allow(unused_imports)]
use crate::prelude::*;

use crate::csr::{MSTATUS_MPP, MSTATUS_MPRV, MSTATUS_MXR, MSTATUS_SUM};
use crate::hart::HartState;

/// Entries per access kind (direct-mapped by virtual page number).
const ENTRIES: usize = 256;

/// A tag that matches no address: generation all ones, which [`Tlb::flush`] never reaches.
const INVALID: u64 = u64::MAX;

/// One cached translation. The layout is fixed (`repr(C)`): JIT code reads entries directly
/// (see [`Tlb::raw_parts`]).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// The virtual page number plus the flush generation (see [`Tlb::tag`]).
    tag: u64,
    /// The physical page base.
    base: u64,
}

const EMPTY: Entry = Entry {
    tag: INVALID,
    base: 0,
};

/// Where JIT code finds the translation cache: entry `i` of kind `k` (0 fetch, 1 load,
/// 2 store) is at `entries + 16 * (k * ENTRIES + i)` and holds the tag (`u64`) then the
/// physical page base (`u64`); the tag of virtual page number `vpn` is
/// `(generation << TAG_VPN_BITS) | vpn`, `i = vpn % ENTRIES`.
#[derive(Clone, Copy, Debug)]
pub struct TlbRaw {
    /// The first entry.
    pub entries: *const u64,
    /// The current flush generation.
    pub generation: *const u64,
}

/// Entries per access kind, for [`TlbRaw`].
pub const TLB_ENTRIES: usize = ENTRIES;
/// Bits of a tag holding the virtual page number, for [`TlbRaw`].
pub const TAG_VPN_BITS: u32 = VPN_BITS;

/// Cached translations for fetches, loads and stores.
#[derive(Clone, Debug)]
pub struct Tlb {
    /// `[kind][index]`, direct-mapped by virtual page number.
    entries: Box<[[Entry; ENTRIES]; 3]>,
    /// Flush generation, in the tag's upper bits: a flush only increments it (traps flush on
    /// every privilege change, so flushing must be cheap).
    generation: u64,
    /// The context the entries were made in.
    key: Option<ContextKey>,
}

impl Default for Tlb {
    fn default() -> Self {
        Tlb {
            entries: Box::new([[EMPTY; ENTRIES]; 3]),
            generation: 0,
            key: None,
        }
    }
}

/// Bits of a tag that hold the virtual page number (page numbers have at most 52 bits).
const VPN_BITS: u32 = 52;

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
        self.generation += 1;
        if self.generation == (1 << (64 - VPN_BITS)) - 1 {
            // The generation would reach the one of INVALID tags: start over for real.
            self.generation = 0;
            for kind in self.entries.iter_mut() {
                kind.fill(EMPTY);
            }
        }
    }

    /// The tag of virtual page number `vpn` in the current generation.
    #[inline]
    fn tag(&self, vpn: u64) -> u64 {
        (self.generation << VPN_BITS) | vpn
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
        let e = self.entries[kind][(vpn as usize) % ENTRIES];
        (e.tag == self.tag(vpn)).then_some(e.base | (vaddr & 0xfff))
    }

    /// Caches the translation of `vaddr`'s page to the physical page of `paddr`.
    pub fn insert(&mut self, kind: usize, vaddr: u64, paddr: u64) {
        let vpn = vaddr >> 12;
        self.entries[kind][(vpn as usize) % ENTRIES] = Entry {
            tag: self.tag(vpn),
            base: paddr & !0xfff,
        };
    }

    /// Raw pointers for JIT code that looks entries up itself. They stay valid as long as
    /// the cache lives (the entries are boxed and never reallocated).
    pub fn raw_parts(&self) -> TlbRaw {
        TlbRaw {
            entries: self.entries.as_ptr().cast(),
            generation: &self.generation,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flush_drops_entries_and_generations_wrap_safely() {
        let mut tlb = Tlb::default();
        assert_eq!(tlb.lookup(1, 0x1234), None);
        tlb.insert(1, 0x1234, 0x8000_5678);
        assert_eq!(tlb.lookup(1, 0x1abc), Some(0x8000_5abc));
        assert_eq!(tlb.lookup(0, 0x1abc), None, "per access kind");
        tlb.flush();
        assert_eq!(tlb.lookup(1, 0x1abc), None);
        // Run the generation up to its wrap: no stale entry may come back.
        tlb.insert(2, 0x7000, 0x8000_7000);
        for _ in 0..(1 << 12) {
            tlb.flush();
            assert_eq!(tlb.lookup(2, 0x7000), None);
        }
        tlb.insert(2, 0x7000, 0x8000_9000);
        assert_eq!(tlb.lookup(2, 0x7010), Some(0x8000_9010));
    }
}
