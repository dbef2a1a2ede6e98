//! In-memory snapshots: copy-on-write of the pages written after the snapshot.
//!
//! [`Machine::snapshot`] brings the Merkle tree up to date, which flags every RAM page clean
//! (`WATCH_CLEAN`), so the first write to any page afterwards leaves the store fast path; the
//! slow path ([`Machine::save_for_snapshot`]) copies the page before the write lands. A
//! snapshot therefore costs the pages written after it, never a copy of RAM.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::collections::HashMap;

use super::{Machine, WATCH_HTIF};
use crate::clint::Clint;
use crate::hart::HartState;
use crate::htif::{Htif, HtifPlacement};
use crate::map;
use crate::merkle::Hash;
use crate::merkle::region::PAGE_BYTES;
use crate::plic::Plic;
use crate::uart::Uart;

/// The state saved by [`Machine::snapshot`].
pub(crate) struct Snapshot {
    root: Hash,
    hart: HartState,
    htif: Htif,
    clint: Clint,
    plic: Plic,
    uart: Uart,
    halted: Option<u64>,
    /// Original bytes of the pages written since the snapshot, by physical page number.
    pages: HashMap<u64, Box<[u8]>>,
}

/// [`Machine::rollback`] without a snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("there is no snapshot to roll back to")]
pub struct NoSnapshot;

impl Machine {
    /// Takes an in-memory snapshot of the whole state (replacing any earlier one) and returns
    /// its root. Cheap: pages are copied only when they are first written afterwards.
    pub fn snapshot(&mut self) -> Hash {
        let root = self.root_hash();
        self.snapshot = Some(Box::new(Snapshot {
            root,
            hart: self.hart.clone(),
            htif: self.htif.clone(),
            clint: self.clint.clone(),
            plic: self.plic.clone(),
            uart: self.uart.clone(),
            halted: self.halted,
            pages: HashMap::new(),
        }));
        root
    }

    /// Returns the machine to the state of the last [`Machine::snapshot`] and returns that
    /// snapshot's root. The snapshot stays, so one can roll back to it again. Cached code of
    /// the restored pages is dropped as for any write, and the translation cache is flushed;
    /// engines should also clear their own caches.
    pub fn rollback(&mut self) -> Result<Hash, NoSnapshot> {
        let snap = self.snapshot.take().ok_or(NoSnapshot)?;
        for (&ppn, bytes) in &snap.pages {
            self.write_memory(ppn << map::PAGE_SHIFT, bytes)
                .expect("saved pages hold memory");
        }
        self.hart = snap.hart.clone();
        self.htif = snap.htif.clone();
        if let HtifPlacement::Ram { tohost, .. } = self.htif.placement
            && let Some(off) = self.ram_offset(tohost, 8)
        {
            self.ram_watch[off >> map::PAGE_SHIFT] |= WATCH_HTIF;
        }
        self.clint = snap.clint.clone();
        self.plic = snap.plic.clone();
        self.uart = snap.uart.clone();
        self.halted = snap.halted;
        self.pending_stop = None;
        self.attention = true;
        self.tlb.flush();
        let root = snap.root;
        self.snapshot = Some(snap);
        Ok(root)
    }

    /// Drops the snapshot, if any.
    pub fn discard_snapshot(&mut self) {
        self.snapshot = None;
    }

    /// Whether a snapshot is held.
    pub fn has_snapshot(&self) -> bool {
        self.snapshot.is_some()
    }

    /// Number of pages the snapshot holds copies of.
    pub fn snapshot_pages(&self) -> usize {
        self.snapshot.as_ref().map_or(0, |s| s.pages.len())
    }

    /// Called before any write to page `ppn` lands: saves its bytes the first time it is
    /// written after the snapshot.
    pub(super) fn save_for_snapshot(&mut self, ppn: u64) {
        let Some(snap) = self.snapshot.as_mut() else {
            return;
        };
        if snap.pages.contains_key(&ppn) {
            return;
        }
        let paddr = ppn << map::PAGE_SHIFT;
        let mut page = vec![0u8; PAGE_BYTES].into_boxed_slice();
        let (src, off): (&[u8], u64) =
            if paddr >= map::RAM_START && paddr - map::RAM_START < self.ram_length {
                (self.ram.bytes(), paddr - map::RAM_START)
            } else if let Some(d) = self.flash.iter().find(|d| d.offset(paddr, 1).is_some()) {
                (d.bytes(), paddr - d.start())
            } else {
                (self.dtb.bytes(), paddr - map::DTB_START)
            };
        let off = off as usize;
        page.copy_from_slice(&src[off..off + PAGE_BYTES]);
        snap.pages.insert(ppn, page);
    }
}
