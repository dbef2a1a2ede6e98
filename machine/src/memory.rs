//! Host memory backing the machine's memory ranges.
//!
//! With `std` a block is an anonymous memory map, zeroed and mapped lazily: untouched pages
//! cost no host memory, so a large guest RAM is sparse. Without it a block is a zeroed heap
//! allocation (which the allocator may or may not provide lazily).

#[cfg(feature = "std")]
use memmap2::{MmapMut, MmapOptions};

use crate::error::MachineError;

/// A zero-initialised block of host memory (page-aligned with `std`).
pub struct Memory {
    #[cfg(feature = "std")]
    map: MmapMut,
    #[cfg(not(feature = "std"))]
    map: alloc::boxed::Box<[u8]>,
}

impl Memory {
    /// Provides `length` bytes of zeroed memory for the range called `range`.
    pub fn new(range: &'static str, length: u64) -> Result<Self, MachineError> {
        #[cfg(feature = "std")]
        {
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
        #[cfg(not(feature = "std"))]
        {
            let fail = || MachineError::Map { range, length };
            let len = usize::try_from(length).map_err(|_| fail())?;
            let mut v = alloc::vec::Vec::new();
            v.try_reserve_exact(len).map_err(|_| fail())?;
            v.resize(len, 0u8);
            Ok(Memory {
                map: v.into_boxed_slice(),
            })
        }
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

impl core::fmt::Debug for Memory {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Memory").field("len", &self.len()).finish()
    }
}
