//! CSR reads and writes (Zicsr), with the access rules and WARL legalisation in one place.
//!
//! Access rules (privileged specification, "CSR Listing"):
//! - a CSR that is not implemented raises illegal instruction;
//! - CSR address bits 9:8 give the lowest privilege that may access it;
//! - bits 11:10 = `11` mark read-only CSRs: an instruction that would write one raises illegal
//!   instruction (`csrrs`/`csrrc` with `rs1 = x0` and `csrrsi`/`csrrci` with a zero immediate
//!   do not write, so they may read it);
//! - `cycle`, `time`, `instret` and `hpmcounterN` are readable below M mode only when bit N
//!   of `mcounteren` (and, in U mode, of `scounteren`) is set;
//! - `satp` is illegal in S mode while `mstatus.TVM` is set;
//! - writes take effect after the instruction: writing `mcycle` or `minstret` sets the value
//!   the next instruction reads (the writing instruction's own increment is suppressed).
//!
//! WARL legalisation:
//!
//! | CSR | writable bits | rule |
//! |---|---|---|
//! | `mstatus` | SIE, MIE, SPIE, MPIE, SPP, MPP, FS, MPRV, SUM, MXR, TVM, TW, TSR | MPP = 2 (reserved) keeps the old MPP; UXL = SXL = 2; XS reads 0; SD reads 1 when FS is Dirty |
//! | `sstatus` | SIE, SPIE, SPP, FS, SUM, MXR | a view of `mstatus` |
//! | `fflags`, `frm`, `fcsr` | bits 4:0, 2:0, 7:0 | illegal while FS is Off; writes set FS Dirty |
//! | `misa` | none | writes ignored |
//! | `medeleg` | causes 0–9, 12, 13, 15 | ecall from M (11) cannot be delegated |
//! | `mideleg` | SSIP, STIP, SEIP | |
//! | `mie` | SSIE, MSIE, STIE, MTIE, SEIE, MEIE | `sie` is its view through `mideleg` |
//! | `mip` | SSIP, STIP, SEIP | MSIP and MTIP come from the CLINT; `sip` writes SSIP only |
//! | `mtvec`, `stvec` | all | a write with MODE >= 2 (reserved) is ignored entirely |
//! | `mepc`, `sepc` | all but bit 0 | IALIGN = 16 |
//! | `mcounteren`, `scounteren` | bits 0–31 | |
//! | `satp` | MODE, PPN (ASID reads 0) | a write with an unsupported MODE is ignored entirely |
//! | `pmpcfg0`, `pmpcfg2` | per entry: R, W, X, A, L | R = 0 with W = 1 clears W; locked entries ignore writes |
//! | `pmpaddr0..15` | bits 53:0 | locked entries (and the lower bound of a locked TOR entry) ignore writes |
//! | `menvcfg`, `senvcfg`, `mcountinhibit`, `mhpm*`, `pmpcfg4..14`, `pmpaddr16..63` | none | read 0 |

use rivet_machine::clint;
use rivet_machine::csr::*;
use rivet_machine::shadow::{MARCHID_VALUE, MIMPID_VALUE, MVENDORID_VALUE};
use rivet_machine::{Machine, Privilege};

use crate::interrupt;

/// `mstatus` bits that software can change.
const MSTATUS_WRITABLE: u64 = MSTATUS_SIE
    | MSTATUS_FS
    | MSTATUS_MIE
    | MSTATUS_SPIE
    | MSTATUS_MPIE
    | MSTATUS_SPP
    | MSTATUS_MPP
    | MSTATUS_MPRV
    | MSTATUS_SUM
    | MSTATUS_MXR
    | MSTATUS_TVM
    | MSTATUS_TW
    | MSTATUS_TSR;
/// `mstatus` bits visible through `sstatus`.
const SSTATUS_VISIBLE: u64 = MSTATUS_SIE
    | MSTATUS_SPIE
    | MSTATUS_SPP
    | MSTATUS_FS
    | MSTATUS_SUM
    | MSTATUS_MXR
    | (3 << 32)
    | MSTATUS_SD;
/// `sstatus` bits that software can change.
const SSTATUS_WRITABLE: u64 =
    MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR;
/// Interrupts that exist (`mie`/`mip` bits).
pub const INTERRUPTS: u64 = MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP;
/// `mip` bits that software writes.
const MIP_WRITABLE: u64 = MIP_SSIP | MIP_STIP | MIP_SEIP;
/// Delegable interrupts.
const MIDELEG_WRITABLE: u64 = MIP_SSIP | MIP_STIP | MIP_SEIP;
/// Delegable exceptions: 0–9, 12, 13, 15.
const MEDELEG_WRITABLE: u64 = 0xb3ff;
/// `satp.PPN`.
pub const SATP_PPN: u64 = (1 << 44) - 1;
/// Writable bits of `pmpaddr`.
const PMPADDR_MASK: u64 = (1 << 54) - 1;
/// `pmpcfg` L bit.
pub const PMP_L: u8 = 0x80;
/// `pmpcfg` A field (bits 4:3).
pub const PMP_A: u8 = 0x18;
/// A = TOR.
pub const PMP_TOR: u8 = 0x08;

/// Whether `csr` may be accessed at the hart's privilege (and written, if `write`).
/// `false` means illegal instruction.
pub fn accessible(m: &Machine, csr: u16, write: bool) -> bool {
    let h = &m.hart;
    let privilege = h.privilege;
    if (privilege as u16) < (csr >> 8) & 3 {
        return false;
    }
    if write && csr >> 10 == 3 {
        return false;
    }
    match csr {
        CYCLE..=HPMCOUNTER31 => {
            let bit = 1 << (csr - CYCLE);
            let m_ok = privilege == Privilege::Machine || h.mcounteren & bit != 0;
            let s_ok = privilege != Privilege::User || h.scounteren & bit != 0;
            m_ok && s_ok
        }
        SATP => !(privilege == Privilege::Supervisor && h.mstatus & MSTATUS_TVM != 0),
        FFLAGS | FRM | FCSR => crate::fp::enabled(m),
        _ => read(m, csr).is_some(),
    }
}

/// Reads `csr`, or `None` if it is not implemented. No side effects.
pub fn read(m: &Machine, csr: u16) -> Option<u64> {
    let h = &m.hart;
    Some(match csr {
        CYCLE | MCYCLE => h.mcycle.wrapping_add(h.mcycle_csr_offset),
        TIME => clint::mtime(h.mcycle),
        INSTRET | MINSTRET => h.minstret,
        HPMCOUNTER3..=HPMCOUNTER31 | MHPMCOUNTER3..=MHPMCOUNTER31 | MHPMEVENT3..=MHPMEVENT31 => 0,
        MVENDORID => MVENDORID_VALUE,
        MARCHID => MARCHID_VALUE,
        MIMPID => MIMPID_VALUE,
        MHARTID | MCONFIGPTR => 0,
        MSTATUS => with_sd(h.mstatus),
        SSTATUS => with_sd(h.mstatus) & SSTATUS_VISIBLE,
        FFLAGS => h.fcsr & 0x1f,
        FRM => (h.fcsr >> 5) & 7,
        FCSR => h.fcsr & 0xff,
        MISA => MISA_VALUE,
        MEDELEG => h.medeleg,
        MIDELEG => h.mideleg,
        MIE => h.mie,
        SIE => h.mie & h.mideleg,
        MIP => interrupt::pending(m),
        SIP => interrupt::pending(m) & h.mideleg,
        MTVEC => h.mtvec,
        STVEC => h.stvec,
        MCOUNTEREN => h.mcounteren,
        SCOUNTEREN => h.scounteren,
        MENVCFG | SENVCFG | MCOUNTINHIBIT => 0,
        MSCRATCH => h.mscratch,
        SSCRATCH => h.sscratch,
        MEPC => h.mepc,
        SEPC => h.sepc,
        MCAUSE => h.mcause,
        SCAUSE => h.scause,
        MTVAL => h.mtval,
        STVAL => h.stval,
        SATP => h.satp,
        PMPCFG0..=PMPCFG15 if csr.is_multiple_of(2) => {
            let first = usize::from(csr - PMPCFG0) * 4;
            if first < 16 {
                u64::from_le_bytes(h.pmpcfg[first..first + 8].try_into().expect("8 bytes"))
            } else {
                0
            }
        }
        PMPADDR0..=PMPADDR63 => {
            let i = usize::from(csr - PMPADDR0);
            if i < 16 { h.pmpaddr[i] } else { 0 }
        }
        _ => return None,
    })
}

/// `mstatus` with SD, which reads 1 when FS is Dirty (the only extension state there is).
fn with_sd(mstatus: u64) -> u64 {
    if mstatus & MSTATUS_FS == MSTATUS_FS {
        mstatus | MSTATUS_SD
    } else {
        mstatus
    }
}

/// Writes `value` to `csr` (already checked with [`accessible`]), legalising WARL fields.
pub fn write(m: &mut Machine, csr: u16, value: u64) {
    let h = &mut m.hart;
    match csr {
        FFLAGS | FRM | FCSR => {
            h.fcsr = match csr {
                FFLAGS => (h.fcsr & !0x1f) | (value & 0x1f),
                FRM => (h.fcsr & !0xe0) | ((value & 7) << 5),
                _ => value & 0xff,
            };
            h.mstatus |= MSTATUS_FS;
        }
        // The clock advances by one when this instruction retires; the CSR must then read
        // `value`.
        MCYCLE => h.mcycle_csr_offset = value.wrapping_sub(h.mcycle.wrapping_add(1)),
        // Likewise minstret is incremented after this write; pre-compensate.
        MINSTRET => h.minstret = value.wrapping_sub(1),
        MSTATUS => {
            let mut new = (h.mstatus & !MSTATUS_WRITABLE) | (value & MSTATUS_WRITABLE);
            if (new & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT == 2 {
                new = (new & !MSTATUS_MPP) | (h.mstatus & MSTATUS_MPP);
            }
            h.mstatus = new;
        }
        SSTATUS => h.mstatus = (h.mstatus & !SSTATUS_WRITABLE) | (value & SSTATUS_WRITABLE),
        MEDELEG => h.medeleg = value & MEDELEG_WRITABLE,
        MIDELEG => h.mideleg = value & MIDELEG_WRITABLE,
        MIE => h.mie = value & INTERRUPTS,
        SIE => h.mie = (h.mie & !h.mideleg) | (value & h.mideleg),
        MIP => h.mip = value & MIP_WRITABLE,
        SIP => {
            let mask = MIP_SSIP & h.mideleg;
            h.mip = (h.mip & !mask) | (value & mask);
        }
        MTVEC if value & 3 < 2 => {
            h.mtvec = value;
        }
        STVEC if value & 3 < 2 => {
            h.stvec = value;
        }
        MCOUNTEREN => h.mcounteren = value & 0xffff_ffff,
        SCOUNTEREN => h.scounteren = value & 0xffff_ffff,
        MSCRATCH => h.mscratch = value,
        SSCRATCH => h.sscratch = value,
        MEPC => h.mepc = value & !1,
        SEPC => h.sepc = value & !1,
        MCAUSE => h.mcause = value,
        SCAUSE => h.scause = value,
        MTVAL => h.mtval = value,
        STVAL => h.stval = value,
        SATP => {
            let mode = value >> 60;
            if matches!(
                mode,
                satp_mode::BARE | satp_mode::SV39 | satp_mode::SV48 | satp_mode::SV57
            ) {
                h.satp = (mode << 60) | (value & SATP_PPN);
            }
        }
        PMPCFG0 | 0x3a2 => {
            let first = usize::from(csr - PMPCFG0) * 4;
            for (i, byte) in value.to_le_bytes().into_iter().enumerate() {
                let entry = first + i;
                if h.pmpcfg[entry] & PMP_L != 0 {
                    continue;
                }
                // Bits 6:5 are reserved (zero); R = 0 with W = 1 is reserved: clear W.
                let mut cfg = byte & 0x9f;
                if cfg & 1 == 0 {
                    cfg &= !2;
                }
                h.pmpcfg[entry] = cfg;
            }
        }
        PMPADDR0..=PMPADDR63 => {
            let i = usize::from(csr - PMPADDR0);
            let locked = i < 16
                && (h.pmpcfg[i] & PMP_L != 0
                    || (i + 1 < 16
                        && h.pmpcfg[i + 1] & PMP_L != 0
                        && h.pmpcfg[i + 1] & PMP_A == PMP_TOR));
            if i < 16 && !locked {
                h.pmpaddr[i] = value & PMPADDR_MASK;
            }
        }
        // misa, the hpm counters and events, envcfg, mcountinhibit, pmpcfg4..14: read-only
        // zero or fixed (WARL).
        _ => {}
    }
}
