//! The decode cache: instructions are decoded once per physical address.
//!
//! One entry per 2-byte slot of a 4 KiB RAM page, filled lazily. A page is registered with
//! [`Machine::watch_code_page`]; any write to it (guest store, AMO, host write) reports it
//! stale and the interpreter drops it before the next fetch, so the cache can never serve
//! stale code (and `fence.i` has nothing to do). The cache is invisible: clearing it at any
//! point changes nothing observable (DESIGN §3.5).

#[allow(unused_imports)]
use crate::prelude::*;

use rivet_machine::collections::HashMap;

use rivet_machine::Machine;
use rivet_machine::map::{PAGE_SHIFT, PAGE_SIZE};

use crate::decode::{Insn, decode, insn_len};
use crate::trap::Exception;

/// Slots per page.
const SLOTS: usize = (PAGE_SIZE / 2) as usize;
/// At most this many pages are kept; past it the cache starts over (a pure cache may).
const MAX_PAGES: usize = 8192;

type Page = [Insn; SLOTS];

/// `current_ppn` when there is no current page (page numbers have 52 bits).
const NO_PAGE: u64 = u64::MAX;
/// `current_base` when there is no current page: bit 11 set, which `pc & !0xffe` never has.
const NO_BASE: u64 = 0x800;

fn new_page() -> Box<Page> {
    Box::new([Insn::UNDECODED; SLOTS])
}

/// Decoded instructions by physical address.
pub struct DecodeCache {
    /// Physical page number of `current`, or [`NO_PAGE`].
    current_ppn: u64,
    /// Base address of `current` (`current_ppn << 12`), or [`NO_BASE`].
    current_base: u64,
    /// `current_base` while the fast path is enabled, else [`NO_BASE`]: [`DecodeCache::lookup`]
    /// compares `pc & !0xffe` with it, which also sends odd pcs to the slow path.
    fast_base: u64,
    /// Whether pcs are physical addresses (no translation, no PMP check on fetch), so that
    /// [`DecodeCache::lookup`] may be used with them.
    fast_enabled: bool,
    /// The page of the last fetch, held outside the map so that fetches from it cost no lookup.
    current: Box<Page>,
    pages: HashMap<u64, Box<Page>>,
    spare: Vec<Box<Page>>,
}

impl Default for DecodeCache {
    fn default() -> Self {
        Self::new()
    }
}

impl DecodeCache {
    /// An empty cache.
    pub fn new() -> Self {
        DecodeCache {
            current_ppn: NO_PAGE,
            current_base: NO_BASE,
            fast_base: NO_BASE,
            fast_enabled: false,
            current: new_page(),
            pages: HashMap::new(),
            spare: Vec::new(),
        }
    }

    /// Drops every cached page.
    pub fn clear(&mut self) {
        self.current_ppn = NO_PAGE;
        self.current_base = NO_BASE;
        self.fast_base = NO_BASE;
        self.spare.extend(self.pages.drain().map(|(_, p)| p));
        self.spare.truncate(64);
    }

    /// Drops the cached page with physical page number `ppn`.
    pub fn invalidate(&mut self, ppn: u64) {
        if self.current_ppn == ppn {
            self.current_ppn = NO_PAGE;
            self.current_base = NO_BASE;
            self.fast_base = NO_BASE;
        } else if let Some(page) = self.pages.remove(&ppn) {
            self.spare.push(page);
        }
    }

    /// Enables or disables [`DecodeCache::lookup`]: enable it only while pcs are physical
    /// addresses that fetches may use unchecked.
    pub fn set_fast(&mut self, enabled: bool) {
        self.fast_enabled = enabled;
        self.fast_base = if enabled { self.current_base } else { NO_BASE };
    }

    /// With translation on (fast path disabled for physical pcs), lets [`DecodeCache::lookup`]
    /// serve the current page under the virtual page base `vbase`, which the caller has just
    /// seen translate to physical page `ppn` through a cached translation (so every fetch in
    /// that page translates the same way and passes PMP). Valid until the next
    /// [`DecodeCache::set_fast`], which the interpreter calls whenever translation may have
    /// changed.
    pub fn set_virtual_page(&mut self, vbase: u64, ppn: u64) {
        if !self.fast_enabled && self.current_ppn == ppn {
            self.fast_base = vbase;
        }
    }

    /// The fast path: the cached instruction at `pc`, if the fast path is enabled, it was
    /// decoded before and its page is the current one (no lookup, no copy).
    #[inline(always)]
    pub fn lookup(&self, pc: u64) -> Option<&Insn> {
        if self.fast_base != pc & !(PAGE_SIZE - 2) {
            return None;
        }
        self.slot(pc)
    }

    /// The cached instruction at physical address `paddr` in the current page, if decoded.
    #[inline(always)]
    fn lookup_phys(&self, paddr: u64) -> Option<&Insn> {
        if self.current_base != paddr & !(PAGE_SIZE - 2) {
            return None;
        }
        self.slot(paddr)
    }

    #[inline(always)]
    fn slot(&self, addr: u64) -> Option<&Insn> {
        let insn = &self.current[((addr & (PAGE_SIZE - 1)) >> 1) as usize];
        (insn.op != crate::decode::Op::Undecoded).then_some(insn)
    }

    /// The instruction at virtual address `pc`, physical address `paddr`, decoding it if
    /// needed. `upper` gives the physical address of the second parcel at `pc + 2` when the
    /// instruction is 32 bits long and crosses into the next page (it may fault). Faults
    /// with an instruction access fault (`tval` = the virtual address of the part that could
    /// not be fetched) when the instruction is not entirely in executable memory (RAM).
    pub fn fetch(
        &mut self,
        m: &mut Machine,
        pc: u64,
        paddr: u64,
        upper: impl FnOnce(&mut Machine) -> Result<u64, Exception>,
    ) -> Result<Insn, Exception> {
        if let Some(insn) = self.lookup_phys(paddr) {
            return Ok(*insn);
        }
        if !pc.is_multiple_of(2) {
            // Only a host can set an odd pc (IALIGN is 16 and jumps clear bit 0).
            return Err(Exception::fetch_misaligned(pc));
        }
        let ppn = paddr >> PAGE_SHIFT;
        let slot = ((paddr & (PAGE_SIZE - 1)) >> 1) as usize;
        let lo = m
            .fetch_parcel_for_exec(paddr)
            .ok_or(Exception::fetch_fault(pc))?;
        let (raw, cacheable) = if insn_len(lo) == 2 {
            (u32::from(lo), true)
        } else if slot == SLOTS - 1 {
            // An instruction that straddles two pages is decoded on every fetch: its upper
            // half belongs to a page whose writes do not invalidate this one.
            let hi_pc = pc.wrapping_add(2);
            let hi_paddr = upper(m)?;
            let hi = m
                .fetch_parcel_for_exec(hi_paddr)
                .ok_or(Exception::fetch_fault(hi_pc))?;
            (u32::from(lo) | (u32::from(hi) << 16), false)
        } else {
            let hi = m
                .fetch_parcel_for_exec(paddr + 2)
                .ok_or(Exception::fetch_fault(pc.wrapping_add(2)))?;
            (u32::from(lo) | (u32::from(hi) << 16), true)
        };
        let insn = decode(raw);
        if cacheable {
            self.make_current(m, ppn);
            self.current[slot] = insn;
        }
        Ok(insn)
    }

    /// Makes `ppn` the current page, creating it (and watching it for writes) if needed.
    fn make_current(&mut self, m: &mut Machine, ppn: u64) {
        if self.current_ppn == ppn {
            return;
        }
        let page = match self.pages.remove(&ppn) {
            Some(page) => page,
            None => {
                if self.pages.len() >= MAX_PAGES {
                    self.clear();
                }
                let mut page = self.spare.pop().unwrap_or_else(new_page);
                page.fill(Insn::UNDECODED);
                m.watch_code_page(ppn << PAGE_SHIFT);
                page
            }
        };
        let old = core::mem::replace(&mut self.current, page);
        if self.current_ppn == NO_PAGE {
            self.spare.push(old);
        } else {
            self.pages.insert(self.current_ppn, old);
        }
        self.current_ppn = ppn;
        self.current_base = ppn << PAGE_SHIFT;
        self.fast_base = if self.fast_enabled {
            self.current_base
        } else {
            NO_BASE
        };
    }
}
