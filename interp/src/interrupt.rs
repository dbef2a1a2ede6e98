//! Interrupts: which are pending, which is taken, and when they are checked.
//!
//! Rule (the one the JIT must honour): **an interrupt is taken before the next instruction as
//! soon as it is pending and enabled.** Taking it costs one clock cycle, like any trap.
//!
//! Pending and enabled interrupts can only appear at known points, so the interpreter checks
//! only there: after any CSR write, MRET/SRET, a trap, an access to the CLINT, PLIC or UART
//! (device accesses that can change an interrupt line ask for attention), a WFI, and when
//! the clock reaches the CLINT's timer deadline (`mtimecmp * RTC_DIV`). Every `run` also
//! checks once at its start. An engine that checks at these points behaves exactly as one
//! that checks before every instruction.
//!
//! WFI: unless an interrupt is pending and enabled in `mie`, a WFI retires and the hart
//! sleeps (state: `iflags` bit 1): no instruction executes, and the clock runs on until an
//! interrupt is pending and enabled in `mie` (global enables do not matter), which can only
//! be the timer (nothing else changes while no instruction executes). An engine jumps the
//! clock straight to that deadline, or to the end of the run. On waking, the interrupt is
//! taken if it is globally enabled (`xepc` = the instruction after the WFI); otherwise
//! execution goes on after the WFI.
//!
//! Priority (privileged specification): interrupts for M mode before those for S mode, and
//! within a mode MEI > MSI > MTI > SEI > SSI > STI.

use rivet_machine::csr::*;
use rivet_machine::{Machine, Privilege};

/// Interrupt codes in decreasing priority.
const PRIORITY: [u64; 6] = [11, 3, 7, 9, 1, 5];

/// `mip`: the bits software wrote (SSIP, STIP, SEIP) plus MSIP and MTIP from the CLINT and
/// MEIP and SEIP from the PLIC (SEIP reads as the OR of the written bit and the PLIC line).
pub fn pending(m: &Machine) -> u64 {
    let mut mip = (m.hart.mip & (MIP_SSIP | MIP_STIP | MIP_SEIP)) | m.external_interrupts();
    if m.clint.msip & 1 != 0 {
        mip |= MIP_MSIP;
    }
    if m.clint.timer_pending(m.hart.mcycle) {
        mip |= MIP_MTIP;
    }
    mip
}

/// The interrupt to take now, if any: its code and whether it goes to S mode.
pub fn pick(m: &Machine) -> Option<(u64, bool)> {
    let h = &m.hart;
    let active = pending(m) & h.mie;
    if active == 0 {
        return None;
    }
    let m_enabled = h.privilege != Privilege::Machine || h.mstatus & MSTATUS_MIE != 0;
    let s_enabled = match h.privilege {
        Privilege::User => true,
        Privilege::Supervisor => h.mstatus & MSTATUS_SIE != 0,
        Privilege::Machine => false,
    };
    let to_m = if m_enabled { active & !h.mideleg } else { 0 };
    let to_s = if s_enabled { active & h.mideleg } else { 0 };
    let highest = |set: u64| PRIORITY.into_iter().find(|&code| set & (1 << code) != 0);
    if let Some(code) = highest(to_m) {
        Some((code, false))
    } else {
        highest(to_s).map(|code| (code, true))
    }
}

/// Whether a WFI would sleep (or a sleeping hart stays asleep): no interrupt is both pending
/// and enabled in `mie` (global enables do not matter to WFI).
pub fn wfi_would_wait(m: &Machine) -> bool {
    pending(m) & m.hart.mie == 0
}

/// The clock value at which a sleeping hart wakes by itself: the timer deadline if the timer
/// interrupt is enabled in `mie`, else never (`u64::MAX`).
pub fn wake_time(m: &Machine) -> u64 {
    if m.hart.mie & MIP_MTIP != 0 {
        m.clint.timer_deadline()
    } else {
        u64::MAX
    }
}
