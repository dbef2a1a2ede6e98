//! rivet-interp: the decoder and the reference interpreter — the semantics of the machine.
//!
//! The interpreter implements RV64IMAC with Zicsr and Zifencei in M mode. It defines the
//! behaviour every other engine must reproduce bit for bit.
//!
//! # Determinism rules (DESIGN §3)
//! - The machine clock (`mcycle`) advances by exactly 1 for each retired instruction and for
//!   each trap taken; `minstret` for retired instructions only (ECALL, EBREAK and faulting
//!   instructions do not retire).
//! - [`Interpreter::run`] stops exactly when the clock reaches `mcycle_end`, or earlier when
//!   the guest halts or yields through HTIF (right after the store that asked for it). Any
//!   split of a run into several calls gives the same state as one call.
//! - Misaligned loads and stores are performed (not trapped) when they lie entirely within one
//!   memory range; otherwise they raise an access fault with `mtval` = the address. Misaligned
//!   LR raises load-address-misaligned, misaligned SC/AMO store/AMO-address-misaligned.
//! - With the C extension, every jump target is 2-byte aligned (JALR clears bit 0), so
//!   instruction-address-misaligned never occurs.

pub mod cache;
pub mod csr;
pub mod decode;
pub mod disasm;
pub mod exec;
pub mod trap;

use rivet_machine::{Machine, RunStop};

use exec::Outcome;

pub use cache::DecodeCache;
pub use decode::{Insn, Op, decode};
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
    /// The exception taken instead of retiring, if any.
    pub exception: Option<Exception>,
}

/// The reference interpreter. It holds only caches; all state is in the [`Machine`].
#[derive(Default)]
pub struct Interpreter {
    cache: DecodeCache,
    /// [`Machine::id`] of the machine the cache was filled from.
    machine_id: u64,
}

impl Interpreter {
    /// A new interpreter with empty caches.
    pub fn new() -> Self {
        Self::default()
    }

    /// Drops every cache (never changes results).
    pub fn clear_caches(&mut self) {
        self.cache.clear();
    }

    /// Runs until the clock reaches `mcycle_end`, or the guest halts or yields.
    pub fn run(&mut self, m: &mut Machine, mcycle_end: u64) -> BreakReason {
        loop {
            if let Some(stop) = self.attend(m) {
                return stop;
            }
            if m.hart.mcycle >= mcycle_end {
                return BreakReason::ReachedTarget;
            }
            self.run_batch(m, mcycle_end);
        }
    }

    /// Executes one instruction (or takes one trap), unless the machine has halted.
    pub fn step(&mut self, m: &mut Machine) -> (StepInfo, Option<BreakReason>) {
        if let Some(stop) = self.attend(m) {
            let info = StepInfo {
                mcycle: m.hart.mcycle,
                pc: m.hart.pc,
                insn: None,
                exception: None,
            };
            return (info, Some(stop));
        }
        let pc = m.hart.pc;
        let mcycle = m.hart.mcycle;
        let insn = self.cache.fetch(m, pc).ok();
        let outcome = self.execute_one(m, pc);
        m.hart.pc = outcome.next_pc;
        let exception = (!outcome.retired).then_some(Exception {
            cause: m.hart.mcause,
            tval: m.hart.mtval,
        });
        let info = StepInfo {
            mcycle,
            pc,
            insn,
            exception,
        };
        (info, self.attend(m))
    }

    /// Handles what the machine flagged: stale code pages, halt, yield.
    #[inline]
    fn attend(&mut self, m: &mut Machine) -> Option<BreakReason> {
        if self.machine_id != m.id() {
            // The cache holds another machine's code.
            self.cache.clear();
            self.machine_id = m.id();
        }
        if let Some(code) = m.halted() {
            // A halted machine stays halted; drop any pending report of the halt itself.
            m.take_stop();
            return Some(BreakReason::Halted(code));
        }
        if !m.needs_attention() {
            return None;
        }
        let cache = &mut self.cache;
        m.drain_stale_code(|ppn| cache.invalidate(ppn));
        match m.take_stop()? {
            RunStop::Halt(code) => Some(BreakReason::Halted(code)),
            RunStop::Yield { cmd, payload } => Some(BreakReason::Yielded { cmd, payload }),
        }
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

    #[inline(never)]
    fn fetch_and_execute(&mut self, m: &mut Machine, pc: u64) -> Outcome {
        match self.cache.fetch(m, pc) {
            Ok(insn) => exec::execute(m, &insn, pc),
            Err(e) => Outcome {
                next_pc: trap::take_exception(m, pc, e),
                retired: false,
            },
        }
    }
}
