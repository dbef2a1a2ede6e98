//! Host memory backing the machine's memory ranges.

use memmap2::{MmapMut, MmapOptions};

use crate::error::MachineError;

/// A zero-initialised, page-aligned block of host memory, mapped lazily: untouched pages cost
/// no host memory, so a large guest RAM is sparse.
pub struct Memory {
    map: MmapMut,
}

impl Memory {
    /// Maps `length` bytes of zeroed anonymous memory for the range called `range`.
    pub fn new(range: &'static str, length: u64) -> Result<Self, MachineError> {
        let len = usize::try_from(length).map_err(|_| MachineError::Map {
            range,
            length,
            source: std::io::Error::other("length does not fit the host address space"),
        })?;
        let map = MmapOptions::new()
            .len(len)
            .no_reserve_swap()
            .map_anon()
            .map_err(|source| MachineError::Map {
                range,
                length,
                source,
            })?;
        Ok(Memory { map })
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the block is empty (never, for a constructed machine).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The bytes.
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        &self.map
    }

    /// The bytes, mutable.
    #[inline]
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.map
    }
}

impl std::fmt::Debug for Memory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memory").field("len", &self.len()).finish()
    }
}
