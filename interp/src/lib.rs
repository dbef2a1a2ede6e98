//! rivet-interp: the decoder and the reference interpreter — the semantics of the machine.
//!
//! The interpreter implements RV64IMAFDC with Zicsr, Zifencei and Zicntr, and the M, S and U
//! privilege modes with Sv39/Sv48/Sv57 translation and PMP. It defines the behaviour every
//! other engine must reproduce bit for bit; `docs/semantics.md` states the rules.
//!
//! # Determinism rules (DESIGN §3)
//! - The machine clock (`mcycle`) advances by exactly 1 for each retired instruction and each
//!   trap taken (exception or interrupt), and by 1 per cycle while the hart sleeps after a
//!   WFI; `minstret` counts retired instructions only.
//! - [`Interpreter::run`] stops exactly when the clock reaches `mcycle_end`, or earlier when
//!   the guest halts or yields through HTIF (right after the store that asked for it). Any
//!   split of a run into several calls gives the same state as one call.
//! - Interrupts and WFI: see [`interrupt`]. A sleeping hart's clock jumps straight to the
//!   next interrupt event or to `mcycle_end`, as if it had counted cycle by cycle.
//!
//! Without its default `std` feature the crate is `no_std` + `alloc` (over a `no_std`
//! `rivet-machine`): what the step-log verifier ([`step::verify_step`]) needs.

#![cfg_attr(not(feature = "std"), no_std)]

#[macro_use]
extern crate alloc;

pub mod cache;
pub mod csr;
pub mod decode;
pub mod disasm;
pub mod exec;
pub mod fp;
pub mod interrupt;
pub mod mmu;
mod prelude;
pub mod step;
pub mod trap;

#[allow(unused_imports)]
use crate::prelude::*;
use rivet_machine::map::{PAGE_SHIFT, PAGE_SIZE};
use rivet_machine::{Machine, Privilege, RunStop};

pub use cache::DecodeCache;
pub use decode::{Insn, Op, decode};
use exec::Outcome;
pub use trap::Exception;

/// Why [`Interpreter::run`] returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakReason {
    /// The guest halted through HTIF with this exit code (now, or in an earlier run).
    Halted(u64),
    /// The guest yielded to the host through HTIF; calling `run` again resumes it.
    Yielded {
        /// HTIF CMD field.
        cmd: u8,
        /// HTIF payload.
        payload: u64,
    },
    /// The clock reached `mcycle_end`.
    ReachedTarget,
}

/// What one [`Interpreter::step`] did (for tracing and debugging).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepInfo {
    /// Clock before the step.
    pub mcycle: u64,
    /// pc of the instruction.
    pub pc: u64,
    /// The instruction, if it could be fetched.
    pub insn: Option<Insn>,
    /// The trap taken instead of retiring (an exception, or an interrupt taken before the
    /// instruction: then `cause` has bit 63 set), if any.
    pub exception: Option<Exception>,
}

/// The reference interpreter. It holds only caches and hints; all state is in the
/// [`Machine`].
#[derive(Default)]
pub struct Interpreter {
    cache: DecodeCache,
    /// [`Machine::id`] of the machine the cache was filled from.
    machine_id: u64,
    /// The clock value at which the timer interrupt becomes pending (`u64::MAX`: not before
    /// the machine next asks for attention).
    timer_deadline: u64,
    /// Whether the last [`Interpreter::attend`] took an interrupt.
    took_interrupt: bool,
    /// Code pages invalidated by this interpreter, kept for another engine sharing the
    /// machine (see [`Interpreter::log_invalidations`]); `None`: not kept.
    invalidation_log: Option<Vec<u64>>,
    /// [`Machine::code_writes`] as of the last drain by this interpreter.
    code_writes_seen: u64,
}

/// Logged by [`Interpreter::drain_invalidations`] instead of a page number when every cached
/// page must be dropped (another engine drained overwritten pages this one never saw).
pub const INVALIDATE_ALL: u64 = u64::MAX;

impl Interpreter {
    /// A new interpreter with empty caches.
    pub fn new() -> Self {
        Self::default()
    }

    /// Drops every cache (never changes results).
    pub fn clear_caches(&mut self) {
        self.cache.clear();
    }

    /// Keeps the physical page numbers of overwritten code pages this interpreter takes from
    /// the machine ([`Machine::drain_stale_code`]), for [`Interpreter::drain_invalidations`]:
    /// an engine that runs the interpreter alongside its own code cache must see them too.
    pub fn log_invalidations(&mut self) {
        self.invalidation_log.get_or_insert_with(Vec::new);
    }

    /// Calls `f` with each code page logged since the last call (see
    /// [`Interpreter::log_invalidations`]), or with [`INVALIDATE_ALL`].
    pub fn drain_invalidations(&mut self, mut f: impl FnMut(u64)) {
        if let Some(log) = &mut self.invalidation_log {
            for ppn in log.drain(..) {
                f(ppn);
            }
        }
    }

    /// Drops the decoded code of physical page `ppn`.
    pub fn invalidate_code_page(&mut self, ppn: u64) {
        self.cache.invalidate(ppn);
    }

    /// Takes the overwritten code pages from the machine and drops their decoded code (all
    /// of it if another engine took some of those pages first).
    fn drain_stale_code(&mut self, m: &mut Machine) {
        let cache = &mut self.cache;
        let log = &mut self.invalidation_log;
        let mut drained = 0;
        m.drain_stale_code(|ppn| {
            cache.invalidate(ppn);
            drained += 1;
            if let Some(log) = log {
                log.push(ppn);
            }
        });
        self.code_writes_seen += drained;
        if self.code_writes_seen != m.code_writes() {
            self.forget_all_code(m);
        }
    }

    /// Drops all decoded code and catches up with the machine's count of code writes.
    fn forget_all_code(&mut self, m: &Machine) {
        self.cache.clear();
        if let Some(log) = &mut self.invalidation_log {
            log.push(INVALIDATE_ALL);
        }
        self.code_writes_seen = m.code_writes();
    }

    /// The clock value at which the timer interrupt becomes pending, as of the last
    /// [`Interpreter::attend`] (`u64::MAX`: not before the machine next asks for attention).
    /// Interrupts are sampled there: another engine must not run past it without attending.
    pub fn timer_deadline(&self) -> u64 {
        self.timer_deadline
    }

    /// Executes instructions until one transfers control (a taken branch or jump, a trap),
    /// the clock reaches `mcycle_end` or the machine needs attention. Another engine uses
    /// it to run code it has not compiled, one basic block at a time; the caller must have
    /// attended to the machine first (see [`Interpreter::attend`]).
    pub fn run_block(&mut self, m: &mut Machine, mcycle_end: u64) {
        let mut pc = m.hart.pc;
        while m.hart.mcycle < mcycle_end {
            let outcome = self.execute_one(m, pc);
            let sequential = outcome.retired
                && (outcome.next_pc == pc.wrapping_add(2) || outcome.next_pc == pc.wrapping_add(4));
            pc = outcome.next_pc;
            if !sequential || m.needs_attention() {
                break;
            }
        }
        m.hart.pc = pc;
    }

    /// Runs until the clock reaches `mcycle_end`, or the guest halts or yields.
    pub fn run(&mut self, m: &mut Machine, mcycle_end: u64) -> BreakReason {
        // Attention is a hint, not state: look at everything when a run starts.
        m.request_attention();
        loop {
            if m.needs_attention()
                && let Some(stop) = self.attend(m, mcycle_end)
            {
                return stop;
            }
            if m.hart.mcycle >= mcycle_end {
                return BreakReason::ReachedTarget;
            }
            if m.hart.sleeping {
                // Asleep until the timer deadline: attend wakes the hart there.
                m.request_attention();
                continue;
            }
            self.run_batch(m, mcycle_end.min(self.timer_deadline));
            if m.hart.mcycle >= self.timer_deadline {
                m.request_attention();
            }
        }
    }

    /// Executes one instruction, or takes one trap (an exception of the instruction, or an
    /// interrupt before it), unless the machine has halted.
    pub fn step(&mut self, m: &mut Machine) -> (StepInfo, Option<BreakReason>) {
        let end = m.hart.mcycle.saturating_add(1);
        let mcycle = m.hart.mcycle;
        let pc_before = m.hart.pc;
        m.request_attention();
        if let Some(stop) = self.attend(m, end) {
            let info = StepInfo {
                mcycle,
                pc: pc_before,
                insn: None,
                exception: None,
            };
            return (info, Some(stop));
        }
        if self.took_interrupt {
            // An interrupt was taken: that was this step.
            let info = StepInfo {
                mcycle,
                pc: pc_before,
                insn: None,
                exception: Some(last_trap(m)),
            };
            return (info, None);
        }
        if m.hart.sleeping || m.hart.mcycle >= end {
            // The step was spent asleep (the hart may have just woken at its end).
            let info = StepInfo {
                mcycle,
                pc: pc_before,
                insn: None,
                exception: None,
            };
            return (info, None);
        }
        let pc = m.hart.pc;
        let insn = self.fetch(m, pc).ok();
        let outcome = self.execute_one(m, pc);
        m.hart.pc = outcome.next_pc;
        let exception = (!outcome.retired).then(|| last_trap(m));
        let info = StepInfo {
            mcycle,
            pc,
            insn,
            exception,
        };
        let stop = if m.needs_attention() {
            self.attend(m, end)
        } else {
            None
        };
        (info, stop)
    }

    /// Handles what the machine flagged: another machine, stale code pages, halt, yield, a
    /// waiting WFI, interrupts; and refreshes the interpreter's hints. Returns why the run
    /// must stop, if it must. Engines call it whenever [`Machine::needs_attention`] is set.
    pub fn attend(&mut self, m: &mut Machine, mcycle_end: u64) -> Option<BreakReason> {
        if self.machine_id != m.id() {
            // The cache holds another machine's code.
            self.forget_all_code(m);
            self.machine_id = m.id();
        }
        self.drain_stale_code(m);
        self.took_interrupt = false;
        if let Some(code) = m.halted() {
            // A halted machine stays halted; drop any pending report of the halt itself.
            m.take_stop();
            return Some(BreakReason::Halted(code));
        }
        if let Some(RunStop::Yield { cmd, payload }) = m.take_stop() {
            return Some(BreakReason::Yielded { cmd, payload });
        }
        m.clear_attention();
        if m.hart.sleeping {
            if interrupt::wfi_would_wait(m) {
                // Nothing can change until the wake time: skip the cycles in between.
                let wake = interrupt::wake_time(m).min(mcycle_end);
                m.hart.mcycle = m.hart.mcycle.max(wake);
            }
            if interrupt::wfi_would_wait(m) {
                // Still asleep (the run ends first).
                return None;
            }
            m.hart.sleeping = false;
        }
        if m.hart.mcycle < mcycle_end
            && let Some((code, to_s)) = interrupt::pick(m)
        {
            let pc = m.hart.pc;
            m.hart.pc = trap::take_interrupt(m, pc, code, to_s);
            m.hart.mcycle += 1;
            m.clear_attention();
            self.took_interrupt = true;
        }
        m.tlb.check_context(&m.hart);
        self.cache.set_fast(mmu::fetch_direct(m));
        self.timer_deadline = if m.clint.timer_pending(m.hart.mcycle) {
            u64::MAX
        } else {
            m.clint.timer_deadline()
        };
        None
    }

    /// The hot loop: executes until the clock reaches `mcycle_end` or the machine needs
    /// attention. The pc lives in a local while it runs (nothing reads the hart's pc during an
    /// instruction: [`exec::execute`] gets it as an argument).
    fn run_batch(&mut self, m: &mut Machine, mcycle_end: u64) {
        let mut pc = m.hart.pc;
        while m.hart.mcycle < mcycle_end {
            pc = self.execute_one(m, pc).next_pc;
            if m.needs_attention() {
                break;
            }
        }
        m.hart.pc = pc;
    }

    /// Fetches and executes the instruction at `pc` (or takes its trap) and advances the
    /// counters; the caller stores the returned pc.
    #[inline(always)]
    fn execute_one(&mut self, m: &mut Machine, pc: u64) -> Outcome {
        let outcome = match self.cache.lookup(pc) {
            Some(insn) => exec::execute(m, insn, pc),
            None => self.fetch_and_execute(m, pc),
        };
        m.hart.minstret = m.hart.minstret.wrapping_add(u64::from(outcome.retired));
        m.hart.mcycle += 1;
        outcome
    }

    /// Fetches the instruction at virtual address `pc`.
    fn fetch(&mut self, m: &mut Machine, pc: u64) -> Result<Insn, Exception> {
        if mmu::fetch_direct(m) {
            return self.cache.fetch(m, pc, pc, |_| Ok(pc.wrapping_add(2)));
        }
        let paddr = mmu::translate(m, pc, 2, mmu::Access::Fetch)?;
        if m.needs_attention() {
            // The walk's A/D update may have rewritten decoded code: drop it before decoding.
            self.drain_stale_code(m);
        }
        let insn = self.cache.fetch(m, pc, paddr, |m| {
            mmu::translate(m, pc.wrapping_add(2), 2, mmu::Access::Fetch)
        })?;
        // The upper parcel of a 32-bit instruction in the same page needs its own PMP check
        // (the granule is 4 bytes and the instruction may start at 2 mod 4).
        if insn.len == 4
            && pc & 0xfff != 0xffe
            && !mmu::fetch_allowed(m, pc.wrapping_add(2), paddr + 2)
        {
            return Err(Exception::fetch_fault(pc.wrapping_add(2)));
        }
        if m.tlb.lookup(mmu::Access::Fetch as usize, pc).is_some() {
            // The page's translation is cached (uniform PMP verdict, all RAM): let the fast
            // path serve this page by its virtual address until translation may change.
            self.cache
                .set_virtual_page(pc & !(PAGE_SIZE - 1), paddr >> PAGE_SHIFT);
        }
        Ok(insn)
    }

    #[inline(never)]
    fn fetch_and_execute(&mut self, m: &mut Machine, pc: u64) -> Outcome {
        match self.fetch(m, pc) {
            Ok(insn) => exec::execute(m, &insn, pc),
            Err(e) => Outcome {
                next_pc: trap::take_exception(m, pc, e),
                retired: false,
            },
        }
    }
}

/// The cause and value of the trap just taken, from the registers of the mode it went to.
fn last_trap(m: &Machine) -> Exception {
    let h = &m.hart;
    if h.privilege == Privilege::Supervisor {
        Exception {
            cause: h.scause,
            tval: h.stval,
        }
    } else {
        Exception {
            cause: h.mcause,
            tval: h.mtval,
        }
    }
}
