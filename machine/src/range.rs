//! Memory ranges: the pieces of the physical address space (DESIGN §2) that hold memory or
//! devices. The Merkle tree walks them.

/// What a range holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    /// The shadow state page (registers serialised; not accessible to the guest).
    Shadow,
    /// Read-only memory (the DTB range).
    Rom,
    /// Read-write RAM.
    Ram,
    /// A device window: its state lives in the shadow page, not here.
    Device,
}

/// One range of the physical address space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryRange {
    /// Human-readable name (used in errors).
    pub name: &'static str,
    /// First physical address.
    pub start: u64,
    /// Length in bytes (a multiple of 4 KiB).
    pub length: u64,
    /// What the range holds.
    pub kind: RangeKind,
}

impl MemoryRange {
    /// One past the last address (saturating: a range in the top page ends at `u64::MAX`).
    pub fn end(&self) -> u64 {
        self.start.saturating_add(self.length)
    }
}
