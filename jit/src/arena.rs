//! Executable memory for compiled blocks: one region, filled in order, reset whole.
//!
//! Compiled code holds no relocations (helpers are called through addresses materialised as
//! constants), so it can be copied anywhere. Each page is writable only while code is copied
//! into it and executable otherwise (never both); only the pages a copy touches change
//! protection (changing the whole region costs a page-table walk over all of it).

use memmap2::{MmapMut, MmapOptions};

use crate::JitError;

/// Alignment of each function in the arena (a cache line).
const ALIGN: usize = 64;

/// The code arena.
pub struct Arena {
    /// The region (its protection is managed here, page by page).
    map: MmapMut,
    used: usize,
    page: usize,
}

impl std::fmt::Debug for Arena {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Arena")
            .field("size", &self.map.len())
            .field("used", &self.used)
            .finish()
    }
}

impl Arena {
    /// A new arena of `size` bytes (rounded up to pages), readable and executable.
    pub fn new(size: usize) -> Result<Self, JitError> {
        if !cfg!(target_arch = "x86_64") {
            // Other hosts need instruction-cache maintenance after a copy (aarch64:
            // `dc cvau` / `ic ivau`), which is not written yet.
            return Err(JitError::Setup(
                "code memory: only x86-64 hosts are supported for now".into(),
            ));
        }
        // SAFETY: sysconf has no preconditions.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
        let map = MmapOptions::new()
            .len(size.max(page).next_multiple_of(page))
            .map_anon()
            .map_err(JitError::Memory)?;
        let arena = Arena { map, used: 0, page };
        arena.protect(0, arena.map.len(), libc::PROT_READ | libc::PROT_EXEC)?;
        Ok(arena)
    }

    /// Sets the protection of the pages covering `[start, start + len)`.
    fn protect(&self, start: usize, len: usize, prot: libc::c_int) -> Result<(), JitError> {
        let first = start / self.page * self.page;
        let end = (start + len).next_multiple_of(self.page);
        // SAFETY: the range lies inside our own mapping (page aligned); no Rust reference to
        // those bytes is alive across the change (copies go through `ptr::copy`).
        let rc = unsafe {
            libc::mprotect(
                self.map.as_ptr().add(first) as *mut libc::c_void,
                end - first,
                prot,
            )
        };
        if rc == 0 {
            Ok(())
        } else {
            Err(JitError::Memory(std::io::Error::last_os_error()))
        }
    }

    /// Bytes used.
    pub fn used(&self) -> usize {
        self.used
    }

    /// Forgets all code (the caller must drop every pointer into it first).
    pub fn reset(&mut self) {
        self.used = 0;
    }

    /// Copies `code` in and returns its executable address; `None` when it does not fit.
    pub fn push(&mut self, code: &[u8]) -> Result<Option<*const u8>, JitError> {
        let start = self.used.next_multiple_of(ALIGN);
        if start + code.len() > self.map.len() {
            return Ok(None);
        }
        self.protect(start, code.len(), libc::PROT_READ | libc::PROT_WRITE)?;
        // SAFETY: `start + code.len()` is inside the mapping, whose pages there were just
        // made writable; the source is a separate buffer.
        let dst = unsafe { self.map.as_ptr().add(start) as *mut u8 };
        // SAFETY: as above.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), dst, code.len()) };
        self.protect(start, code.len(), libc::PROT_READ | libc::PROT_EXEC)?;
        self.used = start + code.len();
        Ok(Some(dst as *const u8))
    }
}
