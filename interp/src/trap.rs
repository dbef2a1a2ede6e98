//! Synchronous exceptions and trap entry (privileged specification, "Machine-Level ISA").

use rivet_machine::csr::{MSTATUS_MIE, MSTATUS_MPIE, MSTATUS_MPP, MSTATUS_MPP_SHIFT};
use rivet_machine::{Machine, Privilege};

/// A synchronous exception: its `mcause` code and `mtval` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exception {
    /// Exception code (`mcause` with the interrupt bit clear).
    pub cause: u64,
    /// Trap value written to `mtval`.
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
}

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

/// Takes a synchronous exception raised by the instruction at `pc` into M mode: `mepc` = pc,
/// `mcause`, `mtval`, `mstatus.MPIE` = MIE, MIE = 0, MPP = current privilege, and jumps to
/// the base of `mtvec` (exceptions ignore vectored mode). Returns the new pc (also stored in
/// the hart).
///
/// The caller advances the clock: a trap costs one cycle, like a retired instruction, but
/// `minstret` does not advance (the instruction did not retire).
#[cold]
#[inline(never)]
pub fn take_exception(m: &mut Machine, pc: u64, e: Exception) -> u64 {
    let h = &mut m.hart;
    h.mepc = pc;
    h.mcause = e.cause;
    h.mtval = e.tval;
    let mie = h.mstatus & MSTATUS_MIE != 0;
    h.mstatus &= !(MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP);
    if mie {
        h.mstatus |= MSTATUS_MPIE;
    }
    h.mstatus |= (h.privilege as u64) << MSTATUS_MPP_SHIFT;
    h.privilege = Privilege::Machine;
    h.pc = h.mtvec & !3;
    h.pc
}
