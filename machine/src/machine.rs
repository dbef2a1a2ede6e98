//! The machine: hart state, memory ranges and devices, and the physical bus that connects them.
//!
//! `Machine` never executes instructions; the interpreter (and later the JIT) do, through the
//! bus methods here. RAM accesses take an inline fast path; everything else goes through
//! [`Machine::load_slow`] / [`Machine::store_slow`].

#[cfg(feature = "std")]
use std::io::Write;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

mod boot;
mod commit;
mod restore;
mod snapshot;

pub use boot::{FDT_COPY_OFFSET, KERNEL_OFFSET, kernel_footprint};
pub use restore::RestoreError;
pub use snapshot::NoSnapshot;

use crate::clint::Clint;
use crate::error::{ElfError, MachineError};
use crate::flash::{FlashConfig, FlashDrive};
use crate::hart::HartState;
use crate::htif::{self, Htif, HtifAction, HtifPlacement};
use crate::map;
use crate::memory::Memory;
use crate::merkle::{MachineHasher, Tree};
use crate::plic::Plic;
use crate::range::{MemoryRange, RangeKind};
use crate::syscon::SysconAction;
use crate::tlb::Tlb;
use crate::uart::Uart;

/// Configuration of a machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MachineConfig {
    /// RAM length in bytes: a non-zero multiple of 4 KiB, at most [`map::RAM_MAX_LENGTH`].
    pub ram_length: u64,
    /// Kernel command line for the device tree's `/chosen/bootargs`.
    pub bootargs: String,
    /// Flash drives (file-backed memory ranges above RAM; see [`crate::flash`]).
    pub flash_drives: Vec<FlashConfig>,
}

impl Default for MachineConfig {
    fn default() -> Self {
        MachineConfig {
            ram_length: map::RAM_DEFAULT_LENGTH,
            bootargs: String::new(),
            flash_drives: Vec::new(),
        }
    }
}

/// A physical access that no range or device accepts (becomes an access fault in the guest).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessFault;

/// Why the machine asks the running engine to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunStop {
    /// The guest halted through HTIF with this exit code.
    Halt(u64),
    /// The guest yielded to the host through HTIF.
    Yield {
        /// HTIF CMD field.
        cmd: u8,
        /// HTIF payload.
        payload: u64,
    },
}

/// An error of the host memory API ([`Machine::read_memory`], [`Machine::write_memory`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("physical range [{start:#x}, {end:#x}) is not inside one memory range")]
pub struct UnmappedRange {
    /// First address asked for.
    pub start: u64,
    /// One past the last address asked for.
    pub end: u64,
}

/// Offset into the CLINT window of the `len`-byte access at `paddr`, if inside it.
fn clint_offset(paddr: u64, len: u64) -> Option<u64> {
    window_offset(paddr, len, map::CLINT_START, map::CLINT_LENGTH)
}

/// Offset into the window `[start, start + length)` of the `len`-byte access at `paddr`, if
/// it lies entirely inside.
#[inline]
fn window_offset(paddr: u64, len: u64, start: u64, length: u64) -> Option<u64> {
    let off = paddr.wrapping_sub(start);
    (off <= length - len).then_some(off)
}

/// `ram_watch` flag: the page holds decoded (cached) code.
const WATCH_CODE: u8 = 1;
/// `ram_watch` flag: the page holds PTEs that cached translations were made from.
const WATCH_PT: u8 = 4;
/// `ram_watch` flag: the page holds the HTIF `tohost` register.
const WATCH_HTIF: u8 = 2;
/// `ram_watch` flag: the page's hash in the Merkle tree is up to date (see [`crate::merkle`]):
/// the first write to it must mark it dirty (and save it for a snapshot).
const WATCH_CLEAN: u8 = 8;

/// What JIT code needs for its inline RAM fast paths ([`Machine::ram_raw`]).
///
/// A store may be made directly to host memory only when the watch byte of every RAM page
/// it touches is zero (the page is already dirty for the Merkle tree and holds no cached
/// code, page table or HTIF register); otherwise it must go through [`Machine::store`].
/// Loads from RAM may always be made directly.
#[derive(Clone, Copy, Debug)]
pub struct RamRaw {
    /// Host address of physical address [`map::RAM_START`].
    pub base: *mut u8,
    /// RAM length in bytes (a multiple of the page size).
    pub length: u64,
    /// One watch byte per RAM page.
    pub watch: *const u8,
    /// The machine's attention flag (a `bool`, see [`Machine::needs_attention`]).
    pub attention: *const bool,
}

/// Host memory behind a physical range (see [`Machine::read_memory`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HostMemory {
    Ram,
    Dtb,
    Flash(usize),
}

/// A RISC-V machine: one hart, memory and devices.
pub struct Machine {
    /// Unique identity of this machine in the process (engines key their caches by it).
    id: u64,
    /// The hart's architectural state.
    pub hart: HartState,
    /// The translation cache (not state: see [`crate::tlb`]).
    pub tlb: Tlb,
    /// The HTIF device.
    pub htif: Htif,
    /// The CLINT.
    pub clint: Clint,
    /// The PLIC.
    pub plic: Plic,
    /// The console UART.
    pub uart: Uart,
    /// The flash drives, in address order.
    flash: Vec<FlashDrive>,
    /// The initrd's physical range `[start, end)` (for the device tree), once loaded.
    initrd: Option<(u64, u64)>,
    /// The exit code, once the guest has halted.
    halted: Option<u64>,
    ram: Memory,
    ram_length: u64,
    dtb: Memory,
    /// Per RAM page: `WATCH_*` flags checked on every store to that page.
    ram_watch: Vec<u8>,
    /// Physical page numbers whose cached code was overwritten since the engines last looked.
    stale_code: Vec<u64>,
    /// How many pages were ever pushed to `stale_code` (see [`Machine::code_writes`]).
    code_writes: u64,
    /// RAM page indices flagged [`WATCH_PT`].
    pt_pages: Vec<usize>,
    /// A stop (halt or yield) the running engine has not yet reported.
    pending_stop: Option<RunStop>,
    /// Set whenever the running engine must look at the machine before the next instruction
    /// (a stop is pending or code was overwritten). Engines test this one flag per instruction.
    attention: bool,
    console: crate::console::Sink,
    /// `/chosen/bootargs` of the device tree.
    bootargs: String,
    /// The Merkle tree, up to date except for the pages in `dirty` and the shadow page.
    merkle: Tree<MachineHasher>,
    /// Physical page numbers written since the last root (RAM pages without
    /// [`WATCH_CLEAN`], and DTB pages; DTB pages may repeat).
    dirty: Vec<u64>,
    /// The in-memory snapshot, if one was taken.
    snapshot: Option<Box<snapshot::Snapshot>>,
    /// Or-ed into RAM offsets by the load, store and fetch fast paths: 0, or
    /// [`TRACK_MASK`] while accesses are tracked, so that every RAM access takes the slow
    /// path, which notes it (see [`Machine::start_tracking`]).
    fast_mask: u64,
    /// The pages accessed since [`Machine::start_tracking`], with their contents before the
    /// first access; `None` when not tracking.
    tracking: Option<Box<Tracking>>,
}

/// Makes every RAM offset fail the fast paths' bound check (RAM is at most 64 GiB).
const TRACK_MASK: u64 = 1 << 63;

/// Accessed pages, for [`Machine::start_tracking`].
#[derive(Default)]
struct Tracking {
    /// Physical page number → contents before the first access.
    pages: alloc::collections::BTreeMap<u64, Box<[u8; map::PAGE_SIZE as usize]>>,
    /// The pages accesses are expected to stay in (sorted), if any.
    expected: Option<Vec<u64>>,
    /// The first page accessed outside `expected`.
    unexpected: Option<u64>,
}

impl core::fmt::Debug for Machine {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Machine")
            .field("hart", &self.hart)
            .field("htif", &self.htif)
            .field("halted", &self.halted)
            .field("ram_length", &self.ram_length)
            .finish_non_exhaustive()
    }
}

impl Machine {
    /// Builds a machine in its reset state: pc at RAM start, HTIF at its default address,
    /// console output discarded (see [`Machine::set_console`]).
    pub fn new(config: &MachineConfig) -> Result<Self, MachineError> {
        let length = config.ram_length;
        let why = if length == 0 {
            Some("RAM length must not be zero")
        } else if !length.is_multiple_of(map::PAGE_SIZE) {
            Some("RAM length must be a multiple of 4 KiB")
        } else if length > map::RAM_MAX_LENGTH {
            Some("RAM length must be at most 64 GiB")
        } else {
            None
        };
        if let Some(why) = why {
            return Err(MachineError::InvalidRamLength { length, why });
        }
        let ram = Memory::new("RAM", length)?;
        let dtb = Memory::new("DTB", map::DTB_LENGTH)?;
        let ram_end = map::RAM_START + length;
        let flash = config
            .flash_drives
            .iter()
            .map(|c| FlashDrive::open(c, ram_end))
            .collect::<Result<Vec<_>, _>>()?;
        let flash = crate::flash::check_layout(flash)?;
        // Drives start with their files' contents: every page must be hashed once.
        let dirty = flash.iter().flat_map(FlashDrive::pages).collect();
        static NEXT_ID: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(1);
        Ok(Machine {
            id: NEXT_ID.fetch_add(1, core::sync::atomic::Ordering::Relaxed),
            hart: HartState::reset(map::RAM_START, map::DTB_START),
            htif: Htif {
                placement: HtifPlacement::Mmio {
                    tohost: map::HTIF_START,
                    fromhost: map::HTIF_START + 8,
                },
                tohost: 0,
                fromhost: 0,
            },
            clint: Clint::default(),
            plic: Plic::default(),
            uart: Uart::default(),
            flash,
            initrd: None,
            tlb: Tlb::default(),
            pt_pages: Vec::new(),
            halted: None,
            ram,
            ram_length: length,
            dtb,
            // RAM starts zero: every page's (pristine) hash is up to date.
            ram_watch: vec![WATCH_CLEAN; (length / map::PAGE_SIZE) as usize],
            stale_code: Vec::new(),
            code_writes: 0,
            pending_stop: None,
            attention: false,
            console: crate::console::discard(),
            bootargs: config.bootargs.clone(),
            merkle: Tree::new(),
            dirty,
            snapshot: None,
            fast_mask: 0,
            tracking: None,
        })
        .and_then(|mut m: Machine| {
            m.write_dtb()?;
            Ok(m)
        })
    }

    /// Gives a machine without flash drives the anonymous drives `(start, length, read_only)`
    /// (zeroed memory, no files: see [`FlashDrive::anonymous`]), with the same placement
    /// checks as drives given at construction, and rewrites the device tree. The step-log
    /// verifier rebuilds a logged machine's drives this way.
    pub fn attach_anonymous_drives(
        &mut self,
        drives: &[(u64, u64, bool)],
    ) -> Result<(), MachineError> {
        assert!(
            self.flash.is_empty(),
            "the machine already has flash drives"
        );
        let ram_end = map::RAM_START + self.ram_length;
        let attached = drives
            .iter()
            .map(|&(start, length, read_only)| {
                FlashDrive::anonymous(start, length, read_only, ram_end)
            })
            .collect::<Result<Vec<_>, _>>()?;
        self.flash = crate::flash::check_layout(attached)?;
        self.dirty
            .extend(self.flash.iter().flat_map(FlashDrive::pages));
        self.write_dtb()
    }

    /// Writes the device tree describing this machine into the DTB range.
    fn write_dtb(&mut self) -> Result<(), MachineError> {
        let window = match self.htif.placement {
            HtifPlacement::Mmio { tohost, .. } => Some(tohost & !(map::PAGE_SIZE - 1)),
            HtifPlacement::Ram { .. } => None,
        };
        let layout = crate::dtb::Layout {
            ram_length: self.ram_length,
            bootargs: self.bootargs.clone(),
            htif_window: window,
            initrd: self.initrd,
            flash: self.flash.iter().map(|d| (d.start(), d.length)).collect(),
        };
        let blob =
            crate::dtb::generate_layout(&layout).map_err(|e| MachineError::Dtb(e.to_string()))?;
        if blob.len() as u64 > map::DTB_LENGTH {
            return Err(MachineError::Dtb(format!(
                "{} bytes do not fit the 1 MiB DTB range (bootargs too long?)",
                blob.len()
            )));
        }
        self.fill_memory(map::DTB_START, map::DTB_LENGTH, 0)
            .expect("DTB range");
        self.write_memory(map::DTB_START, &blob).expect("DTB range");
        Ok(())
    }

    /// A number that identifies this machine among all machines of the process. Engines tag
    /// their caches with it, so a cache filled from one machine is never used on another.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Sends the guest's console output to `console` (default: discarded).
    pub fn set_console(&mut self, console: crate::console::Sink) {
        self.console = console;
    }

    /// Flushes the console sink.
    #[cfg(feature = "std")]
    pub fn flush_console(&mut self) -> std::io::Result<()> {
        self.console.flush()
    }

    /// RAM length in bytes.
    pub fn ram_length(&self) -> u64 {
        self.ram_length
    }

    /// The kernel command line in the device tree (`/chosen/bootargs`).
    pub fn bootargs(&self) -> &str {
        &self.bootargs
    }

    /// The exit code, if the guest has halted.
    pub fn halted(&self) -> Option<u64> {
        self.halted
    }

    /// The memory ranges of the machine, in address order.
    pub fn ranges(&self) -> Vec<MemoryRange> {
        let mut ranges = vec![
            MemoryRange {
                name: "shadow",
                start: map::SHADOW_START,
                length: map::SHADOW_LENGTH,
                kind: RangeKind::Shadow,
            },
            MemoryRange {
                name: "DTB",
                start: map::DTB_START,
                length: map::DTB_LENGTH,
                kind: RangeKind::Rom,
            },
            MemoryRange {
                name: "RAM",
                start: map::RAM_START,
                length: self.ram_length,
                kind: RangeKind::Ram,
            },
        ];
        for (name, start, length) in [
            ("syscon", map::SYSCON_START, map::SYSCON_LENGTH),
            ("CLINT", map::CLINT_START, map::CLINT_LENGTH),
            ("PLIC", map::PLIC_START, map::PLIC_LENGTH),
            ("UART", map::UART_START, map::UART_LENGTH),
        ] {
            ranges.push(MemoryRange {
                name,
                start,
                length,
                kind: RangeKind::Device,
            });
        }
        for drive in &self.flash {
            ranges.push(MemoryRange {
                name: "flash",
                start: drive.start(),
                length: drive.length,
                kind: RangeKind::Ram,
            });
        }
        if let HtifPlacement::Mmio { tohost, .. } = self.htif.placement {
            ranges.push(MemoryRange {
                name: "HTIF",
                start: tohost & !(map::PAGE_SIZE - 1),
                length: map::HTIF_LENGTH,
                kind: RangeKind::Device,
            });
        }
        ranges.sort_by_key(|r| r.start);
        ranges
    }

    /// Whether the engine must look at the machine before the next instruction.
    #[inline(always)]
    pub fn needs_attention(&self) -> bool {
        self.attention
    }

    /// Asks the engine to look at the machine before the next instruction (interrupt state
    /// may have changed).
    #[inline]
    pub fn request_attention(&mut self) {
        self.attention = true;
    }

    /// Clears the attention flag: the engine has handled everything it flagged.
    pub fn clear_attention(&mut self) {
        self.attention = false;
    }

    /// Takes the pending stop (halt or yield), if any.
    pub fn take_stop(&mut self) -> Option<RunStop> {
        self.pending_stop.take()
    }

    /// Calls `f` with each physical page number whose cached code was overwritten since the
    /// last call, and forgets them. The page's code watch is already cleared: an engine that
    /// caches code from it again must call [`Machine::watch_code_page`] again.
    ///
    /// Several engines may run the same machine in turn; each counts the pages it drained,
    /// and when its count falls behind [`Machine::code_writes`], another engine drained pages
    /// it never saw and it must drop all of its cached code.
    pub fn drain_stale_code(&mut self, mut f: impl FnMut(u64)) {
        for page in self.stale_code.drain(..) {
            f(page);
        }
    }

    // ----- RAM fast paths -------------------------------------------------------------------

    /// Offset into RAM of the `len`-byte access at `paddr`, if it lies entirely in RAM.
    #[inline(always)]
    fn ram_offset(&self, paddr: u64, len: u64) -> Option<usize> {
        let off = paddr.wrapping_sub(map::RAM_START);
        // `off <= ram_length - len` also rejects accesses that wrap around.
        (off <= self.ram_length - len).then_some(off as usize)
    }

    /// [`Machine::ram_offset`] for the fast paths of guest accesses: always `None` while
    /// accesses are tracked (the slow paths note them).
    #[inline(always)]
    fn ram_offset_fast(&self, paddr: u64, len: u64) -> Option<usize> {
        let off = paddr.wrapping_sub(map::RAM_START) | self.fast_mask;
        (off <= self.ram_length - len).then_some(off as usize)
    }

    // ----- access tracking (step logs) ------------------------------------------------------

    /// Starts noting every page of memory that guest accesses (loads, stores, fetches, page
    /// walks, device effects on memory) read or write, with its contents before the first
    /// access, for step logs. The shadow state page (page 0) is always noted. The translation
    /// cache is flushed, so that every translation is walked (and its page-table pages noted)
    /// as by a machine that never cached it. While tracking, all RAM accesses take the slow
    /// paths; engines with their own inline RAM paths (the JIT) must not run.
    pub fn start_tracking(&mut self) {
        let mut tracking = Box::<Tracking>::default();
        tracking.pages.insert(
            map::SHADOW_START >> map::PAGE_SHIFT,
            Box::new(crate::shadow::serialize(self)),
        );
        self.tracking = Some(tracking);
        self.fast_mask = TRACK_MASK;
        self.tlb.flush();
        // Engines that cache translations of their own must drop them too.
        self.attention = true;
    }

    /// [`Machine::start_tracking`], noting also the first access to a page outside
    /// `expected` (see [`Machine::unexpected_access`]): a step-log replay stops there.
    pub fn start_tracking_within(&mut self, mut expected: Vec<u64>) {
        self.start_tracking();
        expected.sort_unstable();
        if let Some(t) = &mut self.tracking {
            t.expected = Some(expected);
        }
    }

    /// The page number of the first access outside the pages given to
    /// [`Machine::start_tracking_within`], if there was one.
    pub fn unexpected_access(&self) -> Option<u64> {
        self.tracking.as_ref().and_then(|t| t.unexpected)
    }

    /// Stops tracking and returns the pages noted since [`Machine::start_tracking`], in
    /// increasing page-number order, with their contents before their first access (empty
    /// when not tracking).
    pub fn stop_tracking(&mut self) -> Vec<(u64, Box<[u8; map::PAGE_SIZE as usize]>)> {
        self.fast_mask = 0;
        self.tracking
            .take()
            .map(|t| t.pages.into_iter().collect())
            .unwrap_or_default()
    }

    /// Notes the pages of the `len`-byte access at `paddr` when tracking.
    #[inline]
    fn track(&mut self, paddr: u64, len: u64) {
        if self.tracking.is_some() {
            self.track_pages(paddr, len);
        }
    }

    #[cold]
    fn track_pages(&mut self, paddr: u64, len: u64) {
        let first = paddr >> map::PAGE_SHIFT;
        let last = paddr.saturating_add(len.max(1) - 1) >> map::PAGE_SHIFT;
        for ppn in first..=last {
            let known = self
                .tracking
                .as_ref()
                .is_some_and(|t| t.pages.contains_key(&ppn));
            if known {
                continue;
            }
            let mut page = Box::new([0u8; map::PAGE_SIZE as usize]);
            // Only memory pages are accessed as memory; anything else stays zero.
            let _ = self.read_memory(ppn << map::PAGE_SHIFT, &mut page[..]);
            if let Some(t) = &mut self.tracking {
                t.pages.insert(ppn, page);
                if t.unexpected.is_none()
                    && t.expected
                        .as_ref()
                        .is_some_and(|e| e.binary_search(&ppn).is_err())
                {
                    t.unexpected = Some(ppn);
                }
            }
        }
    }

    /// Whether the `len`-byte access at `paddr` lies entirely in RAM.
    #[inline(always)]
    pub fn is_ram(&self, paddr: u64, len: u64) -> bool {
        self.ram_offset(paddr, len).is_some()
    }

    /// Raw pointers for JIT code with inline RAM fast paths: see [`RamRaw`]. Valid until the
    /// machine is dropped (RAM and its watch flags are never reallocated).
    pub fn ram_raw(&mut self) -> RamRaw {
        RamRaw {
            base: self.ram.bytes_mut().as_mut_ptr(),
            length: self.ram_length,
            watch: self.ram_watch.as_ptr(),
            attention: &self.attention,
        }
    }

    /// Reads an instruction parcel (16 bits) from executable memory (RAM).
    #[inline]
    pub fn fetch_parcel(&self, paddr: u64) -> Option<u16> {
        let off = self.ram_offset(paddr, 2)?;
        let b = &self.ram.bytes()[off..off + 2];
        Some(u16::from_le_bytes([b[0], b[1]]))
    }

    /// [`Machine::fetch_parcel`] for an engine executing the parcel: the access is noted
    /// while tracking (see [`Machine::start_tracking`]).
    #[inline]
    pub fn fetch_parcel_for_exec(&mut self, paddr: u64) -> Option<u16> {
        let parcel = self.fetch_parcel(paddr)?;
        self.track(paddr, 2);
        Some(parcel)
    }

    /// How many code pages have been reported overwritten through
    /// [`Machine::drain_stale_code`] since the machine was made (a running count).
    pub fn code_writes(&self) -> u64 {
        self.code_writes
    }

    /// Asks to be told (through [`Machine::drain_stale_code`]) when the RAM page holding
    /// `paddr` is next written. Returns false if `paddr` is not in RAM.
    pub fn watch_code_page(&mut self, paddr: u64) -> bool {
        match self.ram_offset(paddr, 1) {
            Some(off) => {
                self.ram_watch[off >> map::PAGE_SHIFT] |= WATCH_CODE;
                true
            }
            None => false,
        }
    }

    /// Loads `N` bytes (1, 2, 4 or 8), little-endian, zero-extended, from physical `paddr`.
    /// Misaligned accesses are performed when they lie inside one memory range.
    #[inline(always)]
    pub fn load<const N: usize>(&mut self, paddr: u64) -> Result<u64, AccessFault> {
        if let Some(off) = self.ram_offset_fast(paddr, N as u64) {
            let mut buf = [0u8; 8];
            buf[..N].copy_from_slice(&self.ram.bytes()[off..off + N]);
            Ok(u64::from_le_bytes(buf))
        } else {
            self.load_slow(paddr, N as u64)
        }
    }

    /// Stores the low `N` bytes (1, 2, 4 or 8) of `value`, little-endian, at physical `paddr`.
    /// Misaligned accesses are performed when they lie inside one memory range.
    #[inline(always)]
    pub fn store<const N: usize>(&mut self, paddr: u64, value: u64) -> Result<(), AccessFault> {
        if let Some(off) = self.ram_offset_fast(paddr, N as u64) {
            self.ram_store(off, &value.to_le_bytes()[..N]);
            Ok(())
        } else {
            self.store_slow(paddr, N as u64, value)
        }
    }

    /// Stores `bytes` at offset `off` of RAM (the access lies in RAM).
    #[inline(always)]
    fn ram_store(&mut self, off: usize, bytes: &[u8]) {
        let n = bytes.len();
        let first = off >> map::PAGE_SHIFT;
        let last = (off + n - 1) >> map::PAGE_SHIFT;
        // Flags are tested before the write: a snapshot must see the page as it was.
        if self.ram_watch[first] | self.ram_watch[last] != 0 {
            self.watched_store(off, bytes);
        } else {
            self.ram.bytes_mut()[off..off + n].copy_from_slice(bytes);
        }
    }

    /// A store to a watched RAM page (clean for the Merkle tree, cached code, page table or
    /// HTIF `tohost`): performs it and tells whoever watches.
    #[cold]
    fn watched_store(&mut self, off: usize, bytes: &[u8]) {
        let len = bytes.len();
        let first = off >> map::PAGE_SHIFT;
        let last = (off + len - 1) >> map::PAGE_SHIFT;
        for page in first..=last {
            self.save_for_snapshot(Self::ram_ppn(page));
        }
        self.ram.bytes_mut()[off..off + len].copy_from_slice(bytes);
        for page in first..=last {
            self.note_page_write(page);
        }
        if let HtifPlacement::Ram { tohost, .. } = self.htif.placement {
            // Act when the store covers the high word of tohost (a 64-bit store or the second
            // of two 32-bit stores).
            // Act when the store writes the most significant byte of tohost: a 64-bit store,
            // or the second of two 32-bit stores (low word first).
            let paddr = map::RAM_START + off as u64;
            let last = tohost + 7;
            if paddr <= last && last < paddr + len as u64 {
                let value = self.ram_read_u64(tohost);
                self.write_memory(tohost, &[0; 8])
                    .expect("tohost checked to be in RAM");
                self.htif_command(value);
            }
        }
    }

    fn ram_read_u64(&self, paddr: u64) -> u64 {
        let off = self.ram_offset(paddr, 8).expect("HTIF register in RAM");
        u64::from_le_bytes(self.ram.bytes()[off..off + 8].try_into().expect("8 bytes"))
    }

    // ----- devices and other ranges ---------------------------------------------------------

    /// Loads from anything that is not RAM.
    #[cold]
    pub fn load_slow(&mut self, paddr: u64, len: u64) -> Result<u64, AccessFault> {
        if let Some(off) = self.ram_offset(paddr, len) {
            // Only while tracking (otherwise RAM takes the fast path).
            self.track(paddr, len);
            let mut buf = [0u8; 8];
            buf[..len as usize].copy_from_slice(&self.ram.bytes()[off..off + len as usize]);
            return Ok(u64::from_le_bytes(buf));
        }
        let end = paddr.checked_add(len).ok_or(AccessFault)?;
        if paddr >= map::DTB_START && end <= map::DTB_START + map::DTB_LENGTH {
            self.track(paddr, len);
            let off = (paddr - map::DTB_START) as usize;
            let mut buf = [0u8; 8];
            buf[..len as usize].copy_from_slice(&self.dtb.bytes()[off..off + len as usize]);
            return Ok(u64::from_le_bytes(buf));
        }
        if let Some(value) = self.htif_mmio_read(paddr, len) {
            return Ok(value);
        }
        if let Some(off) = clint_offset(paddr, len) {
            return self
                .clint
                .read(off, len, self.hart.mcycle)
                .ok_or(AccessFault);
        }
        if let Some(off) = window_offset(paddr, len, map::UART_START, map::UART_LENGTH) {
            let value = self.uart.read(off, len).ok_or(AccessFault)?;
            // Reading IIR may lower the UART's interrupt.
            self.sync_interrupts();
            return Ok(u64::from(value));
        }
        if let Some(off) = window_offset(paddr, len, map::PLIC_START, map::PLIC_LENGTH) {
            let value = self.plic.read(off, len).ok_or(AccessFault)?;
            // A claim changes what is pending.
            self.sync_interrupts();
            return Ok(u64::from(value));
        }
        if let Some(off) = window_offset(paddr, len, map::SYSCON_START, map::SYSCON_LENGTH) {
            return crate::syscon::access_ok(off, len)
                .then_some(0)
                .ok_or(AccessFault);
        }
        if let Some((i, off)) = self.flash_offset(paddr, len) {
            self.track(paddr, len);
            let mut buf = [0u8; 8];
            buf[..len as usize].copy_from_slice(&self.flash[i].bytes()[off..off + len as usize]);
            return Ok(u64::from_le_bytes(buf));
        }
        // RAM accesses that run past its end, the shadow page, holes.
        Err(AccessFault)
    }

    /// Which flash drive holds the whole `len`-byte access at `paddr`, and the offset into it.
    fn flash_offset(&self, paddr: u64, len: u64) -> Option<(usize, usize)> {
        self.flash
            .iter()
            .enumerate()
            .find_map(|(i, d)| d.offset(paddr, len).map(|off| (i, off)))
    }

    /// Propagates the devices' interrupt levels to the PLIC and asks the engine to look at
    /// interrupts before the next instruction.
    fn sync_interrupts(&mut self) {
        let levels = u32::from(self.uart.irq()) << crate::uart::PLIC_SOURCE;
        self.plic.set_levels(levels);
        self.attention = true;
    }

    /// The external interrupt lines from the PLIC, as `mip` bits: MEIP (context 0) and SEIP
    /// (context 1).
    #[inline]
    pub fn external_interrupts(&self) -> u64 {
        (u64::from(self.plic.line(0)) << 11) | (u64::from(self.plic.line(1)) << 9)
    }

    /// Halts the machine with `code` (reported to the running engine as a stop).
    fn halt(&mut self, code: u64) {
        self.halted = Some(code);
        self.pending_stop = Some(RunStop::Halt(code));
        self.attention = true;
    }

    /// Stores to anything that is not RAM.
    #[cold]
    pub fn store_slow(&mut self, paddr: u64, len: u64, value: u64) -> Result<(), AccessFault> {
        if let Some(off) = self.ram_offset(paddr, len) {
            // Only while tracking (otherwise RAM takes the fast path).
            self.track(paddr, len);
            self.ram_store(off, &value.to_le_bytes()[..len as usize]);
            return Ok(());
        }
        // The DTB range is read-only for the guest; the shadow page is not accessible.
        if let Some(off) = clint_offset(paddr, len) {
            // The interrupt state may change: look before the next instruction.
            self.attention = true;
            return if self.clint.write(off, len, value) {
                Ok(())
            } else {
                Err(AccessFault)
            };
        }
        if let Some(off) = window_offset(paddr, len, map::UART_START, map::UART_LENGTH) {
            let sent = self.uart.write(off, len, value as u8).ok_or(AccessFault)?;
            if let Some(byte) = sent {
                // Console output is not machine state (see `htif_command`).
                let _ = self.console.write_all(&[byte]);
            }
            self.sync_interrupts();
            return Ok(());
        }
        if let Some(off) = window_offset(paddr, len, map::PLIC_START, map::PLIC_LENGTH) {
            let ok = self.plic.write(off, len, value as u32);
            self.sync_interrupts();
            return if ok { Ok(()) } else { Err(AccessFault) };
        }
        if let Some(off) = window_offset(paddr, len, map::SYSCON_START, map::SYSCON_LENGTH) {
            return match crate::syscon::write(off, len, value) {
                Some(SysconAction::Halt(code)) => {
                    self.halt(code);
                    Ok(())
                }
                Some(SysconAction::None) => Ok(()),
                None => Err(AccessFault),
            };
        }
        if let Some((i, off)) = self.flash_offset(paddr, len) {
            if !self.flash[i].guest_writable() {
                return Err(AccessFault);
            }
            self.track(paddr, len);
            self.flash_write(i, off, &value.to_le_bytes()[..len as usize]);
            return Ok(());
        }
        if self.htif_mmio_write(paddr, len, value) {
            Ok(())
        } else {
            Err(AccessFault)
        }
    }

    /// Offset of the `len`-byte access at `paddr` inside the HTIF device window, if HTIF is a
    /// device and the access lies entirely in its window.
    fn htif_window_offset(&self, paddr: u64, len: u64) -> Option<u64> {
        let HtifPlacement::Mmio { tohost, .. } = self.htif.placement else {
            return None;
        };
        let off = paddr.wrapping_sub(tohost & !(map::PAGE_SIZE - 1));
        (off <= map::HTIF_LENGTH - len).then_some(off)
    }

    /// Which HTIF register (`true` = tohost) an access at `paddr` hits, and the byte shift
    /// inside it. `None` for the rest of the window.
    fn htif_register(&self, paddr: u64) -> Option<(bool, u64)> {
        let placement = self.htif.placement;
        if paddr & !7 == placement.tohost() {
            Some((true, paddr & 7))
        } else if paddr & !7 == placement.fromhost() {
            Some((false, paddr & 7))
        } else {
            None
        }
    }

    /// HTIF device reads: the registers take aligned 4- and 8-byte accesses (other accesses to
    /// them fault); the rest of the window reads as zero.
    fn htif_mmio_read(&mut self, paddr: u64, len: u64) -> Option<u64> {
        self.htif_window_offset(paddr, len)?;
        let Some((is_tohost, shift)) = self.htif_register(paddr) else {
            return Some(0);
        };
        if (len != 4 && len != 8) || shift % len != 0 {
            return None;
        }
        let reg = if is_tohost {
            self.htif.tohost
        } else {
            self.htif.fromhost
        };
        let value = reg >> (shift * 8);
        Some(if len == 4 { value & 0xffff_ffff } else { value })
    }

    /// HTIF device writes, with the access rules of [`Machine::htif_mmio_read`]; writes to the
    /// rest of the window are ignored. A write that completes the high word of `tohost`
    /// carries out the command.
    fn htif_mmio_write(&mut self, paddr: u64, len: u64, value: u64) -> bool {
        if self.htif_window_offset(paddr, len).is_none() {
            return false;
        }
        let Some((is_tohost, shift)) = self.htif_register(paddr) else {
            return true;
        };
        if (len != 4 && len != 8) || shift % len != 0 {
            return false;
        }
        let mask = if len == 8 { u64::MAX } else { 0xffff_ffff } << (shift * 8);
        let reg = if is_tohost {
            &mut self.htif.tohost
        } else {
            &mut self.htif.fromhost
        };
        *reg = (*reg & !mask) | ((value << (shift * 8)) & mask);
        if is_tohost && shift + len == 8 {
            let command = core::mem::take(&mut self.htif.tohost);
            self.htif_command(command);
        }
        true
    }

    /// Carries out a complete `tohost` command (the register has already been cleared).
    fn htif_command(&mut self, command: u64) {
        match htif::decode_command(command) {
            HtifAction::Halt(code) => self.halt(code),
            HtifAction::Console { byte, ack } => {
                // Console output is not machine state: a failing sink must not change the
                // guest's behaviour, so its errors are ignored here and surface on flush.
                let _ = self.console.write_all(&[byte]);
                self.set_fromhost(ack);
            }
            HtifAction::Yield { cmd, payload } => {
                self.pending_stop = Some(RunStop::Yield { cmd, payload });
                self.attention = true;
            }
            HtifAction::Ignore => {}
        }
    }

    fn set_fromhost(&mut self, value: u64) {
        match self.htif.placement {
            HtifPlacement::Mmio { .. } => self.htif.fromhost = value,
            HtifPlacement::Ram { fromhost, .. } => {
                // Through the host write path, so that code decoded from that page is dropped.
                self.write_memory(fromhost, &value.to_le_bytes())
                    .expect("fromhost checked to be in RAM");
            }
        }
    }

    /// Places the HTIF registers at `tohost`/`fromhost` (an ELF's symbols): both 8-byte
    /// aligned and either both in RAM (they become watched RAM words) or both in one 4 KiB
    /// page that overlaps no memory range or device (it becomes the HTIF device window).
    pub fn place_htif(&mut self, tohost: u64, fromhost: u64) -> Result<(), ElfError> {
        let bad = |why| Err(ElfError::BadTohost { addr: tohost, why });
        if !tohost.is_multiple_of(8) || !fromhost.is_multiple_of(8) {
            return bad("`tohost` and `fromhost` must be 8-byte aligned");
        }
        if tohost == fromhost {
            return bad("`fromhost` is at the same address");
        }
        let placement = match (self.ram_offset(tohost, 8), self.ram_offset(fromhost, 8)) {
            (Some(off), Some(_)) => {
                self.ram_watch[off >> map::PAGE_SHIFT] |= WATCH_HTIF;
                HtifPlacement::Ram { tohost, fromhost }
            }
            (None, None) => {
                let page = tohost & !(map::PAGE_SIZE - 1);
                if fromhost & !(map::PAGE_SIZE - 1) != page {
                    return bad("outside RAM, `tohost` and `fromhost` must share one 4 KiB page");
                }
                let taken = map::FIXED_RANGES.iter().any(|&(start, length)| {
                    page < start.saturating_add(length)
                        && start < page.saturating_add(map::PAGE_SIZE)
                });
                let in_flash = self.flash.iter().any(|d| d.offset(page, 1).is_some());
                if taken
                    || in_flash
                    || page < map::RAM_START.saturating_add(self.ram_length)
                        && map::RAM_START < page.saturating_add(map::PAGE_SIZE)
                {
                    return bad("its page overlaps a memory range or device");
                }
                HtifPlacement::Mmio { tohost, fromhost }
            }
            _ => return bad("`tohost` and `fromhost` must both be in RAM or both outside it"),
        };
        self.htif.placement = placement;
        self.htif.tohost = 0;
        self.htif.fromhost = 0;
        self.write_dtb().map_err(|_| ElfError::BadTohost {
            addr: tohost,
            why: "the device tree cannot describe it",
        })
    }

    // ----- host memory API ------------------------------------------------------------------

    /// Which host-accessible memory holds the `len` bytes at `paddr`, and the offset into it.
    fn host_slice(&self, paddr: u64, len: usize) -> Option<(HostMemory, usize)> {
        let end = paddr.checked_add(len as u64)?;
        if paddr >= map::RAM_START && end <= map::RAM_START + self.ram_length {
            Some((HostMemory::Ram, (paddr - map::RAM_START) as usize))
        } else if paddr >= map::DTB_START && end <= map::DTB_START + map::DTB_LENGTH {
            Some((HostMemory::Dtb, (paddr - map::DTB_START) as usize))
        } else {
            self.flash.iter().enumerate().find_map(|(i, d)| {
                (paddr >= d.start() && end <= d.end())
                    .then(|| (HostMemory::Flash(i), (paddr - d.start()) as usize))
            })
        }
    }

    /// Reads physical memory (RAM, DTB or a flash drive) into `buf`.
    pub fn read_memory(&self, paddr: u64, buf: &mut [u8]) -> Result<(), UnmappedRange> {
        let err = UnmappedRange {
            start: paddr,
            end: paddr.saturating_add(buf.len() as u64),
        };
        let (target, off) = self.host_slice(paddr, buf.len()).ok_or(err)?;
        let src = match target {
            HostMemory::Ram => self.ram.bytes(),
            HostMemory::Dtb => self.dtb.bytes(),
            HostMemory::Flash(i) => self.flash[i].bytes(),
        };
        buf.copy_from_slice(&src[off..off + buf.len()]);
        Ok(())
    }

    /// Writes `data` into physical memory (RAM, DTB or a writable flash drive). Cached code
    /// of the pages written is invalidated as for a guest store; HTIF commands are not
    /// triggered.
    pub fn write_memory(&mut self, paddr: u64, data: &[u8]) -> Result<(), UnmappedRange> {
        self.host_write(paddr, data.len(), |dst| dst.copy_from_slice(data))
    }

    /// Fills `len` bytes of physical memory (RAM, DTB or a writable flash drive) at `paddr`
    /// with `byte`, with the same effects as [`Machine::write_memory`].
    pub fn fill_memory(&mut self, paddr: u64, len: u64, byte: u8) -> Result<(), UnmappedRange> {
        let err = UnmappedRange {
            start: paddr,
            end: paddr.saturating_add(len),
        };
        let len = usize::try_from(len).map_err(|_| err)?;
        self.host_write(paddr, len, |dst| {
            for chunk in dst.chunks_mut(map::PAGE_SIZE as usize) {
                // Writing zeros over untouched (zero) pages would commit host memory for
                // nothing: a large bss must keep RAM sparse. Reading them does not commit.
                if byte != 0 || chunk.iter().any(|&b| b != 0) {
                    chunk.fill(byte);
                }
            }
        })
    }

    fn host_write(
        &mut self,
        paddr: u64,
        len: usize,
        write: impl FnOnce(&mut [u8]),
    ) -> Result<(), UnmappedRange> {
        let err = UnmappedRange {
            start: paddr,
            end: paddr.saturating_add(len as u64),
        };
        let (target, off) = self.host_slice(paddr, len).ok_or(err)?;
        if let HostMemory::Flash(i) = target
            && self.flash[i].bytes_mut().is_none()
        {
            return Err(err);
        }
        if len == 0 {
            return Ok(());
        }
        self.track(paddr, len as u64);
        let first_ppn = paddr >> map::PAGE_SHIFT;
        let last_ppn = (paddr + len as u64 - 1) >> map::PAGE_SHIFT;
        for ppn in first_ppn..=last_ppn {
            self.save_for_snapshot(ppn);
        }
        match target {
            HostMemory::Dtb => {
                write(&mut self.dtb.bytes_mut()[off..off + len]);
                self.dirty.extend(first_ppn..=last_ppn);
            }
            HostMemory::Flash(i) => {
                let drive = &mut self.flash[i];
                write(&mut drive.bytes_mut().expect("checked writable")[off..off + len]);
                self.note_flash_write(i, off, len);
            }
            HostMemory::Ram => {
                write(&mut self.ram.bytes_mut()[off..off + len]);
                for page in (off >> map::PAGE_SHIFT)..=((off + len - 1) >> map::PAGE_SHIFT) {
                    self.note_page_write(page);
                }
            }
        }
        Ok(())
    }

    /// A guest store of `bytes` at offset `off` of flash drive `i` (writable).
    fn flash_write(&mut self, i: usize, off: usize, bytes: &[u8]) {
        let start = self.flash[i].start();
        let first = (start + off as u64) >> map::PAGE_SHIFT;
        let last = (start + (off + bytes.len()) as u64 - 1) >> map::PAGE_SHIFT;
        for ppn in first..=last {
            self.save_for_snapshot(ppn);
        }
        let dst = self.flash[i].bytes_mut().expect("guest-writable drive");
        dst[off..off + bytes.len()].copy_from_slice(bytes);
        self.note_flash_write(i, off, bytes.len());
    }

    /// A write reached `len` bytes at offset `off` of flash drive `i`: its pages become dirty
    /// for the Merkle tree. (Flash never holds fetched code or page tables: both are RAM only.)
    fn note_flash_write(&mut self, i: usize, off: usize, len: usize) {
        let start_ppn = self.flash[i].start() >> map::PAGE_SHIFT;
        for page in (off >> map::PAGE_SHIFT)..=((off + len - 1) >> map::PAGE_SHIFT) {
            let clean = &mut self.flash[i].clean[page];
            if *clean {
                *clean = false;
                self.dirty.push(start_ppn + page as u64);
            }
        }
    }

    /// The flash drives, in address order.
    pub fn flash_drives(&self) -> &[FlashDrive] {
        &self.flash
    }

    /// Writes the shared flash drives' mappings back to their files.
    #[cfg(feature = "std")]
    pub fn flush_flash(&self) -> std::io::Result<()> {
        self.flash.iter().try_for_each(FlashDrive::flush)
    }

    /// Physical page number of RAM page `page` (an index into RAM).
    #[inline]
    fn ram_ppn(page: usize) -> u64 {
        (map::RAM_START >> map::PAGE_SHIFT) + page as u64
    }

    /// A write reached RAM page `page` (an index into RAM): mark it dirty for the Merkle tree
    /// and drop what caches derived from it.
    fn note_page_write(&mut self, page: usize) {
        let flags = self.ram_watch[page];
        if flags & WATCH_CLEAN != 0 {
            self.ram_watch[page] &= !WATCH_CLEAN;
            self.dirty.push(Self::ram_ppn(page));
        }
        if flags & WATCH_CODE != 0 {
            self.ram_watch[page] &= !WATCH_CODE;
            self.stale_code
                .push((map::RAM_START >> map::PAGE_SHIFT) + page as u64);
            self.code_writes += 1;
            self.attention = true;
        }
        if flags & WATCH_PT != 0 {
            self.tlb.flush();
            // Engines that cache translations of their own must drop them too.
            self.attention = true;
            for p in self.pt_pages.drain(..) {
                self.ram_watch[p] &= !WATCH_PT;
            }
        }
    }

    /// Asks that the translation cache be flushed when the RAM page holding `paddr` (a page
    /// table) is next written. Page tables live in RAM only (the walker faults elsewhere).
    pub fn watch_pt_page(&mut self, paddr: u64) {
        if let Some(off) = self.ram_offset(paddr, 1) {
            let page = off >> map::PAGE_SHIFT;
            if self.ram_watch[page] & WATCH_PT == 0 {
                self.ram_watch[page] |= WATCH_PT;
                self.pt_pages.push(page);
            }
        }
    }

    /// Loads a raw image at RAM start and points the pc there.
    pub fn load_raw_image(&mut self, image: &[u8]) -> Result<(), MachineError> {
        if image.len() as u64 > self.ram_length {
            return Err(MachineError::ImageTooLarge {
                image_len: image.len() as u64,
                ram_len: self.ram_length,
            });
        }
        self.write_memory(map::RAM_START, image)
            .expect("image checked to fit in RAM");
        self.hart.pc = map::RAM_START;
        Ok(())
    }

    /// Loads an ELF executable: its segments into memory, pc at its entry point, HTIF at its
    /// `tohost`/`fromhost` symbols when it has them.
    pub fn load_elf(&mut self, bytes: &[u8]) -> Result<(), MachineError> {
        let image = crate::elf::parse(bytes, &self.loadable_ranges())?;
        for seg in &image.segments {
            let data = &bytes[seg.file_range.clone()];
            self.write_memory(seg.paddr, data)
                .expect("segment checked to fit");
            // Zero the rest (bss): RAM starts zeroed, but the image may be loaded over a
            // machine that already ran.
            self.fill_memory(
                seg.paddr + data.len() as u64,
                seg.memsz - data.len() as u64,
                0,
            )
            .expect("segment checked to fit");
        }
        if let Some(tohost) = image.tohost {
            self.place_htif(tohost, image.fromhost.unwrap_or(tohost.wrapping_add(8)))?;
        }
        self.hart.pc = image.entry;
        Ok(())
    }

    /// The ranges an ELF may load into: (name, start, end).
    fn loadable_ranges(&self) -> Vec<(&'static str, u64, u64)> {
        vec![("RAM", map::RAM_START, map::RAM_START + self.ram_length)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn machine() -> Machine {
        Machine::new(&MachineConfig {
            ram_length: 1 << 20,
            ..MachineConfig::default()
        })
        .unwrap()
    }

    #[test]
    fn htif_placement_is_validated() {
        let mut m = machine();
        let bad = |r: Result<(), ElfError>| matches!(r, Err(ElfError::BadTohost { .. }));
        // Over the shadow page, the DTB, a device, or across RAM's edge.
        assert!(bad(m.place_htif(0, 8)));
        assert!(bad(m.place_htif(map::DTB_START, map::DTB_START + 8)));
        assert!(bad(
            m.place_htif(map::CLINT_START + 0x100, map::CLINT_START + 0x108)
        ));
        assert!(bad(m.place_htif(map::RAM_START, map::HTIF_START)));
        // Misaligned, equal, in different pages, at the very top.
        assert!(bad(m.place_htif(map::RAM_START + 4, map::RAM_START + 16)));
        assert!(bad(m.place_htif(map::RAM_START, map::RAM_START)));
        assert!(bad(m.place_htif(0x5000_0000, 0x5000_1000)));
        assert!(bad(m.place_htif(u64::MAX - 7, 0)));
        // Good: both in RAM; both in a free page.
        assert!(
            m.place_htif(map::RAM_START + 0x1000, map::RAM_START + 0x1008)
                .is_ok()
        );
        assert!(m.place_htif(0x5000_0000, 0x5000_0008).is_ok());
        assert!(
            m.ranges()
                .iter()
                .any(|r| r.name == "HTIF" && r.start == 0x5000_0000)
        );
    }

    #[test]
    fn htif_in_ram_acts_on_the_high_word_and_acks_through_code_watch() {
        let mut m = machine();
        let tohost = map::RAM_START + 0x1000;
        m.place_htif(tohost, tohost + 8).unwrap();
        assert!(m.watch_code_page(tohost));
        let command = (1u64 << 56) | (1 << 48) | u64::from(b'x');
        // The low word alone does nothing.
        m.store::<4>(tohost, command & 0xffff_ffff).unwrap();
        let mut fromhost = [0u8; 8];
        m.read_memory(tohost + 8, &mut fromhost).unwrap();
        assert_eq!(u64::from_le_bytes(fromhost), 0);
        // The high word completes the command: tohost cleared, fromhost acknowledged, and the
        // page (which holds "code") reported stale.
        m.store::<4>(tohost + 4, command >> 32).unwrap();
        let mut regs = [0u8; 16];
        m.read_memory(tohost, &mut regs).unwrap();
        assert_eq!(u64::from_le_bytes(regs[..8].try_into().unwrap()), 0);
        assert_eq!(
            u64::from_le_bytes(regs[8..].try_into().unwrap()),
            0x0101_0000_0000_0178
        );
        let mut stale = Vec::new();
        m.drain_stale_code(|p| stale.push(p));
        assert_eq!(stale, vec![tohost >> map::PAGE_SHIFT]);
    }

    #[test]
    fn htif_device_registers_take_4_and_8_byte_accesses_only() {
        let mut m = machine();
        let tohost = map::HTIF_START;
        assert_eq!(m.load::<1>(tohost), Err(AccessFault));
        assert_eq!(m.store::<2>(tohost, 0), Err(AccessFault));
        assert_eq!(m.load::<4>(tohost + 2), Err(AccessFault));
        assert_eq!(
            m.load::<8>(tohost + 0x100),
            Ok(0),
            "rest of the window reads 0"
        );
        m.store::<4>(tohost, 3).unwrap(); // halt, exit code 1: low word only
        assert_eq!(m.halted(), None);
        m.store::<4>(tohost + 4, 0).unwrap();
        assert_eq!(m.halted(), Some(1));
        assert_eq!(m.load::<8>(tohost), Ok(0), "tohost cleared");
    }

    #[test]
    fn bss_fill_keeps_untouched_ram_zero() {
        let mut m = machine();
        m.write_memory(map::RAM_START + 0x2000, &[0xaa; 16])
            .unwrap();
        m.fill_memory(map::RAM_START, 0x10_0000, 0).unwrap();
        let mut buf = [0xffu8; 16];
        m.read_memory(map::RAM_START + 0x2000, &mut buf).unwrap();
        assert_eq!(buf, [0; 16]);
    }
}
