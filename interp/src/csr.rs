//! CSR reads and writes (Zicsr), with the access rules and WARL legalisation in one place.
//!
//! Rules (privileged specification, "CSR Listing" and "Machine-Level CSRs"):
//! - a CSR that is not implemented raises illegal instruction;
//! - CSR address bits 9:8 give the lowest privilege that may access it;
//! - bits 11:10 = `11` mark read-only CSRs: an instruction that would write one raises illegal
//!   instruction (`csrrs`/`csrrc` with `rs1 = x0` and `csrrsi`/`csrrci` with a zero immediate
//!   do not write, so they may read it);
//! - writes take effect after the instruction: writing `mcycle` or `minstret` sets the value
//!   the next instruction reads (the writing instruction's own increment is suppressed).
//!
//! WARL legalisation:
//!
//! | CSR | writable bits | rule |
//! |---|---|---|
//! | `mstatus` | MIE, MPIE | MPP reads 3 (M mode only) |
//! | `misa` | none | writes ignored |
//! | `mie` | MSIE, MTIE, MEIE | others read 0 |
//! | `mip` | none | no interrupt source is writable from M mode yet |
//! | `mtvec` | all | a write with MODE >= 2 (reserved) is ignored entirely |
//! | `mepc` | all but bit 0 | IALIGN = 16 |
//! | `mcause`, `mtval`, `mscratch` | all | |
//! | `mhpmcounter3..31`, `mhpmevent3..31` | none | read 0 |

use rivet_machine::csr::*;
use rivet_machine::shadow::{MARCHID_VALUE, MIMPID_VALUE, MVENDORID_VALUE};
use rivet_machine::{HartState, Machine};

/// `mstatus` bits that M-mode software can change.
const MSTATUS_WRITABLE: u64 = MSTATUS_MIE | MSTATUS_MPIE;
/// `mie` bits that exist.
const MIE_WRITABLE: u64 = MIP_MSIP | MIP_MTIP | MIP_MEIP;

/// Whether `csr` may be accessed at the hart's privilege (and written, if `write`).
/// `false` means illegal instruction.
pub fn accessible(h: &HartState, csr: u16, write: bool) -> bool {
    let min_privilege = (csr >> 8) & 3;
    if u16::from(h.privilege as u8) < min_privilege {
        return false;
    }
    if write && csr >> 10 == 3 {
        return false;
    }
    read(h, csr).is_some()
}

/// Reads `csr`, or `None` if it is not implemented. No side effects.
pub fn read(h: &HartState, csr: u16) -> Option<u64> {
    Some(match csr {
        CYCLE | MCYCLE => h.mcycle.wrapping_add(h.mcycle_csr_offset),
        INSTRET | MINSTRET => h.minstret,
        HPMCOUNTER3..=HPMCOUNTER31 | MHPMCOUNTER3..=MHPMCOUNTER31 | MHPMEVENT3..=MHPMEVENT31 => 0,
        MVENDORID => MVENDORID_VALUE,
        MARCHID => MARCHID_VALUE,
        MIMPID => MIMPID_VALUE,
        MHARTID => 0,
        MCONFIGPTR => 0,
        MSTATUS => h.mstatus,
        MISA => MISA_VALUE,
        MIE => h.mie,
        MIP => h.mip,
        MTVEC => h.mtvec,
        MSCRATCH => h.mscratch,
        MEPC => h.mepc,
        MCAUSE => h.mcause,
        MTVAL => h.mtval,
        _ => return None,
    })
}

/// Writes `value` to `csr` (already checked with [`accessible`]), legalising WARL fields.
pub fn write(m: &mut Machine, csr: u16, value: u64) {
    let h = &mut m.hart;
    match csr {
        // The clock advances by one when this instruction retires; the CSR must then read
        // `value`.
        MCYCLE => h.mcycle_csr_offset = value.wrapping_sub(h.mcycle.wrapping_add(1)),
        // Likewise minstret is incremented after this write; pre-compensate.
        MINSTRET => h.minstret = value.wrapping_sub(1),
        MSTATUS => h.mstatus = (h.mstatus & !MSTATUS_WRITABLE) | (value & MSTATUS_WRITABLE),
        MIE => h.mie = value & MIE_WRITABLE,
        MTVEC if value & 3 < 2 => {
            h.mtvec = value & !2;
        }
        MSCRATCH => h.mscratch = value,
        MEPC => h.mepc = value & !1,
        MCAUSE => h.mcause = value,
        MTVAL => h.mtval = value,
        // misa, mip, the hpm counters and events: read-only zero / fixed (WARL).
        _ => {}
    }
}
