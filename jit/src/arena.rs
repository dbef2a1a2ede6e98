//! Executable memory for compiled blocks: one region, filled in order, reset whole.
//!
//! Compiled code holds no relocations (helpers are called through addresses materialised as
//! constants), so it can be copied anywhere. The region is writable only while code is
//! copied in and executable otherwise (never both).

use memmap2::{Mmap, MmapMut, MmapOptions};

use crate::JitError;

/// Alignment of each function in the arena (a cache line).
const ALIGN: usize = 64;

/// The code arena.
pub struct Arena {
    /// The region, executable between copies (`None` only transiently).
    map: Option<Mmap>,
    size: usize,
    used: usize,
}

impl std::fmt::Debug for Arena {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Arena")
            .field("size", &self.size)
            .field("used", &self.used)
            .finish()
    }
}

impl Arena {
    /// A new arena of `size` bytes (rounded up to pages).
    pub fn new(size: usize) -> Result<Self, JitError> {
        let map = MmapOptions::new()
            .len(size.max(4096))
            .map_anon()
            .map_err(JitError::Memory)?;
        let map = map.make_exec().map_err(JitError::Memory)?;
        Ok(Arena {
            size: map.len(),
            map: Some(map),
            used: 0,
        })
    }

    /// Bytes used.
    pub fn used(&self) -> usize {
        self.used
    }

    /// Whether `len` more bytes fit.
    pub fn fits(&self, len: usize) -> bool {
        self.used.next_multiple_of(ALIGN) + len <= self.size
    }

    /// Forgets all code (the caller must drop every pointer into it first).
    pub fn reset(&mut self) {
        self.used = 0;
    }

    /// Copies `code` in and returns its executable address; `None` when it does not fit.
    pub fn push(&mut self, code: &[u8]) -> Result<Option<*const u8>, JitError> {
        if !self.fits(code.len()) {
            return Ok(None);
        }
        let start = self.used.next_multiple_of(ALIGN);
        let map = self.map.take().expect("arena region present");
        let mut writable: MmapMut = map.make_mut().map_err(JitError::Memory)?;
        writable[start..start + code.len()].copy_from_slice(code);
        let map = writable.make_exec().map_err(JitError::Memory)?;
        let ptr = map[start..].as_ptr();
        self.map = Some(map);
        self.used = start + code.len();
        Ok(Some(ptr))
    }
}
