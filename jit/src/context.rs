//! The block context: what compiled code reads to reach the machine.
//!
//! Compiled blocks are `extern "C" fn(*mut JitContext)`. They address guest registers and
//! counters through [`JitContext::hart`] (with `offset_of!` offsets known when the block is
//! compiled), RAM and its watch bytes through the raw views the machine hands out, and call
//! the helpers in [`crate::helpers`] with the context as first argument.

use std::mem::offset_of;

use rivet_machine::tlb::TlbRaw;
use rivet_machine::{HartState, Machine};

/// The context a compiled block runs with. The layout is fixed (`repr(C)`): compiled code
/// loads its fields at the offsets of [`Field`].
#[repr(C)]
#[derive(Debug)]
pub struct JitContext {
    /// The hart of the machine.
    pub hart: *mut HartState,
    /// Host address of RAM start.
    pub ram: *mut u8,
    /// RAM length in bytes.
    pub ram_length: u64,
    /// One watch byte per RAM page (see [`rivet_machine::machine::RamRaw`]).
    pub watch: *const u8,
    /// The translation cache entries.
    pub tlb_entries: *const u64,
    /// The translation cache's flush generation.
    pub tlb_generation: *const u64,
    /// The machine's attention flag.
    pub attention: *const bool,
    /// 1 when data accesses use physical addresses without checks (see
    /// [`rivet_interp::mmu::data_direct`]), else 0.
    pub data_direct: u64,
    /// Set by a helper when the block must return at once (the helper has left the hart
    /// exactly where the interpreter would be).
    pub exit: u64,
    /// The machine, for helpers.
    pub machine: *mut Machine,
    /// Blocks may chain to a successor only if it ends at or before this clock value (the
    /// end of the run or the next interrupt sampling point, whichever is first).
    pub limit: u64,
    /// Set by a block that left through a chainable exit whose link is empty: the address of
    /// that [`crate::table::Link`], for the dispatcher to fill.
    pub link: u64,
}

/// Fields of [`JitContext`] that compiled code reads.
#[derive(Clone, Copy, Debug)]
pub enum Field {
    /// [`JitContext::hart`].
    Hart,
    /// [`JitContext::ram`].
    Ram,
    /// [`JitContext::ram_length`].
    RamLength,
    /// [`JitContext::watch`].
    Watch,
    /// [`JitContext::tlb_entries`].
    TlbEntries,
    /// [`JitContext::tlb_generation`].
    TlbGeneration,
    /// [`JitContext::attention`].
    Attention,
    /// [`JitContext::data_direct`].
    DataDirect,
    /// [`JitContext::exit`].
    Exit,
    /// [`JitContext::limit`].
    Limit,
    /// [`JitContext::link`].
    Link,
}

impl Field {
    /// Byte offset in [`JitContext`].
    pub fn offset(self) -> i32 {
        let off = match self {
            Field::Hart => offset_of!(JitContext, hart),
            Field::Ram => offset_of!(JitContext, ram),
            Field::RamLength => offset_of!(JitContext, ram_length),
            Field::Watch => offset_of!(JitContext, watch),
            Field::TlbEntries => offset_of!(JitContext, tlb_entries),
            Field::TlbGeneration => offset_of!(JitContext, tlb_generation),
            Field::Attention => offset_of!(JitContext, attention),
            Field::DataDirect => offset_of!(JitContext, data_direct),
            Field::Exit => offset_of!(JitContext, exit),
            Field::Limit => offset_of!(JitContext, limit),
            Field::Link => offset_of!(JitContext, link),
        };
        off as i32
    }
}

/// Byte offset of `x[r]` in [`HartState`].
pub fn x_offset(r: u8) -> i32 {
    (offset_of!(HartState, x) + 8 * usize::from(r & 31)) as i32
}

/// Byte offset of FP register `f[r]` in [`HartState`].
pub fn f_offset(r: u8) -> i32 {
    (offset_of!(HartState, f) + 8 * usize::from(r & 31)) as i32
}

/// Byte offset of `fcsr` in [`HartState`].
pub fn fcsr_offset() -> i32 {
    offset_of!(HartState, fcsr) as i32
}

/// Byte offset of `mstatus` in [`HartState`].
pub fn mstatus_offset() -> i32 {
    offset_of!(HartState, mstatus) as i32
}

/// Byte offset of `pc` in [`HartState`].
pub fn pc_offset() -> i32 {
    offset_of!(HartState, pc) as i32
}

/// Byte offset of `mcycle` in [`HartState`].
pub fn mcycle_offset() -> i32 {
    offset_of!(HartState, mcycle) as i32
}

/// Byte offset of `minstret` in [`HartState`].
pub fn minstret_offset() -> i32 {
    offset_of!(HartState, minstret) as i32
}

impl JitContext {
    /// A context for no machine yet: [`JitContext::refresh`] it before use.
    pub fn empty() -> Self {
        JitContext {
            hart: std::ptr::null_mut(),
            ram: std::ptr::null_mut(),
            ram_length: 0,
            watch: std::ptr::null(),
            tlb_entries: std::ptr::null(),
            tlb_generation: std::ptr::null(),
            attention: std::ptr::null(),
            data_direct: 0,
            exit: 0,
            machine: std::ptr::null_mut(),
            limit: 0,
            link: 0,
        }
    }

    /// Re-derives every pointer from `m` and samples the data access mode. Must be called
    /// after `m` was last used through a reference, before compiled code runs.
    ///
    /// # Safety
    /// `m` must point to a live machine that nothing else references while the context is
    /// in use.
    pub unsafe fn refresh(&mut self, m: *mut Machine) {
        // SAFETY: per the contract.
        let machine = unsafe { &mut *m };
        let ram = machine.ram_raw();
        let TlbRaw {
            entries,
            generation,
        } = machine.tlb.raw_parts();
        self.data_direct = u64::from(rivet_interp::mmu::data_direct(machine));
        self.ram = ram.base;
        self.ram_length = ram.length;
        self.watch = ram.watch;
        self.attention = ram.attention;
        self.tlb_entries = entries;
        self.tlb_generation = generation;
        self.hart = &raw mut machine.hart;
        self.exit = 0;
        self.link = 0;
        self.machine = m;
    }
}
