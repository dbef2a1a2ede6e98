//! Step logs (DESIGN §5): what `n` cycles of a machine did, checkable by anyone who holds only
//! the Merkle root of the state before them.
//!
//! - [`record`] runs the interpreter on a real machine for `n` cycles while the machine notes
//!   every 4 KiB page that the run reads or writes (with its contents before the run). The log
//!   holds the roots before and after, `n`, those pages (the shadow state page, which holds
//!   every register and device register, is always one of them) and the sibling hashes that
//!   prove them against the root (a multiproof, [`rivet_machine::merkle::multiproof`]).
//! - [`verify_step`] checks the pages against the root before, rebuilds a machine that holds
//!   only them, replays the `n` cycles on it with the same interpreter (the same semantics,
//!   the same source), checks that the replay touched exactly the logged pages, and folds the
//!   pages as the replay left them with the same siblings into the root after.
//!
//! Why this is sound: the interpreter's behaviour depends only on the machine state, and the
//! machine reports every physical memory access it performs (see
//! [`Machine::start_tracking`]); the caches (decode cache, TLB) start empty in both runs, so
//! they are invisible. If the replay read any page the log does not hold, the log is
//! rejected, whatever that read returned. Otherwise every value the replay read was proven
//! against the root before, so it computed exactly what the machine did.
//!
//! The format is in [`format`] and `docs/step-log.md`.

#[allow(unused_imports)]
use crate::prelude::*;

pub mod format;
mod verify;

pub use format::{FormatError, decode, encode};
pub use verify::{VerifyError, verify_step};

use rivet_machine::map::PAGE_SIZE;
use rivet_machine::merkle::Hash;
use rivet_machine::{Machine, RestoreError};

use crate::{BreakReason, Interpreter};

/// The most cycles one step log may cover. A verifier replays every cycle, so a log must not
/// be able to ask for an unbounded amount of work; longer runs are split into several logs.
pub const MAX_CYCLES: u64 = 1 << 24;

/// One logged 4 KiB page: its physical page number and its contents before the cycles.
#[derive(Clone, PartialEq, Eq)]
pub struct LoggedPage {
    /// Physical page number (address >> 12).
    pub ppn: u64,
    /// The page's bytes before the logged cycles.
    pub data: Box<[u8; PAGE_SIZE as usize]>,
}

impl core::fmt::Debug for LoggedPage {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "LoggedPage({:#x})", self.ppn << 12)
    }
}

/// What `cycles` cycles of a machine did: see the [module documentation](self).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepLog {
    /// How many cycles the log covers (the machine's clock advances by this much, unless the
    /// guest halts first).
    pub cycles: u64,
    /// The root of the state before the cycles.
    pub root_before: Hash,
    /// The root of the state after them.
    pub root_after: Hash,
    /// The pages the cycles read or wrote, in increasing page-number order; the first is the
    /// shadow state page (page 0).
    pub pages: Vec<LoggedPage>,
    /// The multiproof of the pages: sibling hashes bottom-up, each level in address order.
    pub siblings: Vec<Hash>,
}

/// Why a step log cannot be recorded.
#[derive(Debug, thiserror::Error)]
pub enum StepError {
    /// More cycles than one log may cover.
    #[error("a step log covers at most {max} cycles, not {cycles}")]
    TooManyCycles {
        /// Cycles asked for.
        cycles: u64,
        /// [`MAX_CYCLES`].
        max: u64,
    },
    /// The clock would pass 2^64.
    #[error("the clock would overflow: mcycle {mcycle} + {cycles} cycles")]
    ClockOverflow {
        /// The clock at the start.
        mcycle: u64,
        /// Cycles asked for.
        cycles: u64,
    },
    /// The machine's shadow page does not restore (a bug: it is the machine's own state).
    #[error("the machine's shadow page does not restore: {0}")]
    Shadow(#[from] RestoreError),
}

/// Runs `m` with a fresh interpreter until its clock reaches `mcycle_end` or the guest halts
/// (a yield to the host does not end a step: the run resumes at once, as a host that does
/// nothing would).
fn run_cycles(m: &mut Machine, mcycle_end: u64) {
    let mut interp = Interpreter::new();
    while let BreakReason::Yielded { .. } = interp.run(m, mcycle_end) {}
}

/// The clock value at which a step of `cycles` cycles starting at `mcycle` ends.
fn step_end(mcycle: u64, cycles: u64) -> Result<u64, StepError> {
    if cycles > MAX_CYCLES {
        return Err(StepError::TooManyCycles {
            cycles,
            max: MAX_CYCLES,
        });
    }
    mcycle
        .checked_add(cycles)
        .ok_or(StepError::ClockOverflow { mcycle, cycles })
}

/// Runs `m` for `cycles` cycles on the interpreter and returns the log of what they did (see
/// the [module documentation](self)). The machine ends exactly where `cycles` cycles of any
/// engine take it (yields to the host are resumed).
pub fn record(m: &mut Machine, cycles: u64) -> Result<StepLog, StepError> {
    let end = step_end(m.hart.mcycle, cycles)?;
    let root_before = m.root_hash();
    m.start_tracking();
    run_cycles(m, end);
    let pages = m.stop_tracking();
    let root_after = m.root_hash();
    let ppns: Vec<u64> = pages.iter().map(|&(ppn, _)| ppn).collect();
    let siblings = m.multiproof_siblings(&ppns);
    Ok(StepLog {
        cycles,
        root_before,
        root_after,
        pages: pages
            .into_iter()
            .map(|(ppn, data)| LoggedPage { ppn, data })
            .collect(),
        siblings,
    })
}
