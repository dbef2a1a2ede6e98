//! Synchronous exceptions, interrupts and trap entry (privileged specification, "Machine-Level
//! ISA" and "Supervisor-Level ISA").

use rivet_machine::csr::*;
use rivet_machine::{Machine, Privilege};

/// A synchronous exception: its cause code and trap value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exception {
    /// Exception code (`xcause` with the interrupt bit clear).
    pub cause: u64,
    /// Trap value written to `xtval`.
    pub tval: u64,
}

/// Exception codes of the privileged specification (table "Machine cause register values").
pub mod cause {
    /// Instruction address misaligned.
    pub const INSTRUCTION_MISALIGNED: u64 = 0;
    /// Instruction access fault.
    pub const INSTRUCTION_ACCESS_FAULT: u64 = 1;
    /// Illegal instruction.
    pub const ILLEGAL_INSTRUCTION: u64 = 2;
    /// Breakpoint.
    pub const BREAKPOINT: u64 = 3;
    /// Load address misaligned.
    pub const LOAD_MISALIGNED: u64 = 4;
    /// Load access fault.
    pub const LOAD_ACCESS_FAULT: u64 = 5;
    /// Store/AMO address misaligned.
    pub const STORE_MISALIGNED: u64 = 6;
    /// Store/AMO access fault.
    pub const STORE_ACCESS_FAULT: u64 = 7;
    /// Environment call from U-mode.
    pub const ECALL_FROM_U: u64 = 8;
    /// Environment call from S-mode.
    pub const ECALL_FROM_S: u64 = 9;
    /// Environment call from M-mode.
    pub const ECALL_FROM_M: u64 = 11;
    /// Instruction page fault.
    pub const INSTRUCTION_PAGE_FAULT: u64 = 12;
    /// Load page fault.
    pub const LOAD_PAGE_FAULT: u64 = 13;
    /// Store/AMO page fault.
    pub const STORE_PAGE_FAULT: u64 = 15;
}

/// The interrupt bit of `xcause`.
pub const INTERRUPT_BIT: u64 = 1 << 63;

impl Exception {
    /// Illegal instruction; `mtval` = the instruction bits.
    #[inline]
    pub fn illegal(bits: u32) -> Self {
        Exception {
            cause: cause::ILLEGAL_INSTRUCTION,
            tval: u64::from(bits),
        }
    }
    /// Instruction address misaligned at `addr`.
    #[inline]
    pub fn fetch_misaligned(addr: u64) -> Self {
        Exception {
            cause: cause::INSTRUCTION_MISALIGNED,
            tval: addr,
        }
    }
    /// Instruction access fault at `addr`.
    #[inline]
    pub fn fetch_fault(addr: u64) -> Self {
        Exception {
            cause: cause::INSTRUCTION_ACCESS_FAULT,
            tval: addr,
        }
    }
    /// Load access fault at `addr`.
    #[inline]
    pub fn load_fault(addr: u64) -> Self {
        Exception {
            cause: cause::LOAD_ACCESS_FAULT,
            tval: addr,
        }
    }
    /// Store/AMO access fault at `addr`.
    #[inline]
    pub fn store_fault(addr: u64) -> Self {
        Exception {
            cause: cause::STORE_ACCESS_FAULT,
            tval: addr,
        }
    }
    /// Load address misaligned at `addr`.
    #[inline]
    pub fn load_misaligned(addr: u64) -> Self {
        Exception {
            cause: cause::LOAD_MISALIGNED,
            tval: addr,
        }
    }
    /// Store/AMO address misaligned at `addr`.
    #[inline]
    pub fn store_misaligned(addr: u64) -> Self {
        Exception {
            cause: cause::STORE_MISALIGNED,
            tval: addr,
        }
    }
    /// Breakpoint at `pc`.
    #[inline]
    pub fn breakpoint(pc: u64) -> Self {
        Exception {
            cause: cause::BREAKPOINT,
            tval: pc,
        }
    }
    /// Environment call from privilege `from`.
    #[inline]
    pub fn ecall(from: Privilege) -> Self {
        Exception {
            cause: match from {
                Privilege::User => cause::ECALL_FROM_U,
                Privilege::Supervisor => cause::ECALL_FROM_S,
                Privilege::Machine => cause::ECALL_FROM_M,
            },
            tval: 0,
        }
    }
}

/// Takes a synchronous exception raised by the instruction at `pc`: into S mode if it was
/// raised below M mode and its cause is delegated in `medeleg`, else into M mode. Returns the
/// new pc (also stored in the hart); exceptions ignore vectored mode.
///
/// The caller advances the clock: a trap costs one cycle, like a retired instruction, but
/// `minstret` does not advance (the instruction did not retire).
#[cold]
#[inline(never)]
pub fn take_exception(m: &mut Machine, pc: u64, e: Exception) -> u64 {
    let to_s = m.hart.privilege != Privilege::Machine && (m.hart.medeleg >> e.cause) & 1 != 0;
    enter(m, pc, e.cause, e.tval, to_s)
}

/// Takes interrupt `code` before the instruction at `pc` (into S mode if `to_s`). Returns the
/// new pc: the vector's base, plus 4 × code in vectored mode.
#[cold]
pub fn take_interrupt(m: &mut Machine, pc: u64, code: u64, to_s: bool) -> u64 {
    enter(m, pc, INTERRUPT_BIT | code, 0, to_s)
}

/// Trap entry. Into M: `mepc`, `mcause`, `mtval`, MPIE = MIE, MIE = 0, MPP = privilege.
/// Into S: the same with `sepc`, `scause`, `stval`, SPIE, SIE, SPP.
fn enter(m: &mut Machine, pc: u64, cause: u64, tval: u64, to_s: bool) -> u64 {
    let h = &mut m.hart;
    let from = h.privilege as u64;
    let (tvec, target) = if to_s {
        h.sepc = pc;
        h.scause = cause;
        h.stval = tval;
        let sie = h.mstatus & MSTATUS_SIE != 0;
        h.mstatus &= !(MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP);
        if sie {
            h.mstatus |= MSTATUS_SPIE;
        }
        if from != 0 {
            h.mstatus |= MSTATUS_SPP;
        }
        (h.stvec, Privilege::Supervisor)
    } else {
        h.mepc = pc;
        h.mcause = cause;
        h.mtval = tval;
        let mie = h.mstatus & MSTATUS_MIE != 0;
        h.mstatus &= !(MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP);
        if mie {
            h.mstatus |= MSTATUS_MPIE;
        }
        h.mstatus |= from << MSTATUS_MPP_SHIFT;
        (h.mtvec, Privilege::Machine)
    };
    h.privilege = target;
    let base = tvec & !3;
    h.pc = if cause & INTERRUPT_BIT != 0 && tvec & 3 == 1 {
        base.wrapping_add(4 * (cause & !INTERRUPT_BIT))
    } else {
        base
    };
    // Privilege and enables changed: let the engine re-check interrupts and fetch modes.
    m.request_attention();
    m.hart.pc
}
