//! The decode cache: instructions are decoded once per physical address.
//!
//! One entry per 2-byte slot of a 4 KiB RAM page, filled lazily. A page is registered with
//! [`Machine::watch_code_page`]; any write to it (guest store, AMO, host write) reports it
//! stale and the interpreter drops it before the next fetch, so the cache can never serve
//! stale code (and `fence.i` has nothing to do). The cache is invisible: clearing it at any
//! point changes nothing observable (DESIGN §3.5).

use std::collections::HashMap;

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
    /// Base address of `current` (`current_ppn << 12`), or [`NO_BASE`]: the fast path compares
    /// `pc & !0xffe` with it, which also sends odd pcs to the slow path.
    current_base: u64,
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
            current: new_page(),
            pages: HashMap::new(),
            spare: Vec::new(),
        }
    }

    /// Drops every cached page.
    pub fn clear(&mut self) {
        self.current_ppn = NO_PAGE;
        self.current_base = NO_BASE;
        self.spare.extend(self.pages.drain().map(|(_, p)| p));
        self.spare.truncate(64);
    }

    /// Drops the cached page with physical page number `ppn`.
    pub fn invalidate(&mut self, ppn: u64) {
        if self.current_ppn == ppn {
            self.current_ppn = NO_PAGE;
            self.current_base = NO_BASE;
        } else if let Some(page) = self.pages.remove(&ppn) {
            self.spare.push(page);
        }
    }

    /// The cached instruction at physical address `pc`, if it was decoded before and its page
    /// is the current one (the fast path; no lookup, no copy).
    #[inline(always)]
    pub fn lookup(&self, pc: u64) -> Option<&Insn> {
        if self.current_base != pc & !(PAGE_SIZE - 2) {
            return None;
        }
        let insn = &self.current[((pc & (PAGE_SIZE - 1)) >> 1) as usize];
        (insn.op != crate::decode::Op::Undecoded).then_some(insn)
    }

    /// The instruction at physical address `pc`, decoding it if needed. Faults with an
    /// instruction access fault when the instruction is not (entirely) in executable memory.
    #[inline]
    pub fn fetch(&mut self, m: &mut Machine, pc: u64) -> Result<Insn, Exception> {
        match self.lookup(pc) {
            Some(insn) => Ok(*insn),
            None => self.fetch_slow(m, pc),
        }
    }

    #[inline(never)]
    fn fetch_slow(&mut self, m: &mut Machine, pc: u64) -> Result<Insn, Exception> {
        if !pc.is_multiple_of(2) {
            // Only a host can set an odd pc (IALIGN is 16 and jumps clear bit 0).
            return Err(Exception::fetch_misaligned(pc));
        }
        let ppn = pc >> PAGE_SHIFT;
        let slot = ((pc & (PAGE_SIZE - 1)) >> 1) as usize;
        let lo = m.fetch_parcel(pc).ok_or(Exception::fetch_fault(pc))?;
        let (raw, cacheable) = if insn_len(lo) == 2 {
            (u32::from(lo), true)
        } else {
            let hi_addr = pc.wrapping_add(2);
            let hi = m
                .fetch_parcel(hi_addr)
                .ok_or(Exception::fetch_fault(hi_addr))?;
            // An instruction that straddles two pages is decoded on every fetch: its upper
            // half belongs to a page whose writes do not invalidate this one.
            (u32::from(lo) | (u32::from(hi) << 16), slot != SLOTS - 1)
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
        let old = std::mem::replace(&mut self.current, page);
        if self.current_ppn == NO_PAGE {
            self.spare.push(old);
        } else {
            self.pages.insert(self.current_ppn, old);
        }
        self.current_ppn = ppn;
        self.current_base = ppn << PAGE_SHIFT;
    }
}
