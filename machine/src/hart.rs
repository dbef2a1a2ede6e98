//! The architectural state of the hart.

use crate::csr;

/// A privilege level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Privilege {
    /// User mode.
    User = 0,
    /// Supervisor mode.
    Supervisor = 1,
    /// Machine mode.
    Machine = 3,
}

impl Privilege {
    /// The privilege encoded as in `mstatus.MPP`, if valid.
    pub fn from_bits(bits: u64) -> Option<Self> {
        match bits {
            0 => Some(Privilege::User),
            1 => Some(Privilege::Supervisor),
            3 => Some(Privilege::Machine),
            _ => None,
        }
    }
}

/// No LR reservation is held.
pub const NO_RESERVATION: u64 = u64::MAX;

/// Everything the hart holds: registers, pc, counters, CSRs, privilege and the LR reservation.
///
/// All of it is architectural state and is serialised into the shadow state page
/// ([`crate::shadow`]). Caches are not here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HartState {
    /// Integer registers; `x[0]` is always zero (writes to it are discarded by the interpreter).
    pub x: [u64; 32],
    /// Floating-point registers (single values NaN-boxed in the upper 32 bits).
    pub f: [u64; 32],
    /// `fcsr`: `frm` in bits 7:5, `fflags` in bits 4:0.
    pub fcsr: u64,
    /// Program counter.
    pub pc: u64,
    /// The machine clock: advances by 1 for every retired instruction and every trap taken
    /// (DESIGN §3). It is what `run(mcycle_end)` counts and never goes backwards; the `mcycle`
    /// CSR reads it plus [`HartState::mcycle_csr_offset`], so a guest write to the CSR does not
    /// move the clock.
    pub mcycle: u64,
    /// Difference between the `mcycle` CSR and the machine clock (wrapping).
    pub mcycle_csr_offset: u64,
    /// Instructions retired (the `minstret` CSR itself).
    pub minstret: u64,
    /// Current privilege level.
    pub privilege: Privilege,
    /// Address of the LR reservation, or [`NO_RESERVATION`].
    pub reservation: u64,
    /// Asleep after a WFI: no instruction executes until an interrupt is pending and enabled
    /// in `mie`.
    pub sleeping: bool,
    /// `mstatus`.
    pub mstatus: u64,
    /// `mtvec`.
    pub mtvec: u64,
    /// `mscratch`.
    pub mscratch: u64,
    /// `mepc`.
    pub mepc: u64,
    /// `mcause`.
    pub mcause: u64,
    /// `mtval`.
    pub mtval: u64,
    /// `mie`.
    pub mie: u64,
    /// `mip` bits that software writes (SSIP, STIP, SEIP); MTIP and MSIP come from the CLINT
    /// (see `rivet_interp::csr`).
    pub mip: u64,
    /// `medeleg`.
    pub medeleg: u64,
    /// `mideleg`.
    pub mideleg: u64,
    /// `mcounteren`.
    pub mcounteren: u64,
    /// `mcountinhibit`.
    pub mcountinhibit: u64,
    /// `menvcfg`.
    pub menvcfg: u64,
    /// `stvec`.
    pub stvec: u64,
    /// `sscratch`.
    pub sscratch: u64,
    /// `sepc`.
    pub sepc: u64,
    /// `scause`.
    pub scause: u64,
    /// `stval`.
    pub stval: u64,
    /// `satp`.
    pub satp: u64,
    /// `scounteren`.
    pub scounteren: u64,
    /// `senvcfg`.
    pub senvcfg: u64,
    /// `pmpcfg` bytes of the 16 PMP entries (`pmp{i}cfg`).
    pub pmpcfg: [u8; 16],
    /// `pmpaddr0..15`.
    pub pmpaddr: [u64; 16],
}

impl HartState {
    /// The reset state: M mode, `pc` as given, `a0` = hart id (0), `a1` = `dtb_address`,
    /// every CSR zero except the fixed fields of `mstatus` (UXL = SXL = 64-bit).
    pub fn reset(pc: u64, dtb_address: u64) -> Self {
        let mut x = [0; 32];
        x[11] = dtb_address;
        HartState {
            x,
            f: [0; 32],
            fcsr: 0,
            pc,
            mcycle: 0,
            mcycle_csr_offset: 0,
            minstret: 0,
            privilege: Privilege::Machine,
            reservation: NO_RESERVATION,
            sleeping: false,
            mstatus: csr::MSTATUS_UXL_SXL_64,
            mtvec: 0,
            mscratch: 0,
            mepc: 0,
            mcause: 0,
            mtval: 0,
            mie: 0,
            mip: 0,
            medeleg: 0,
            mideleg: 0,
            mcounteren: 0,
            mcountinhibit: 0,
            menvcfg: 0,
            stvec: 0,
            sscratch: 0,
            sepc: 0,
            scause: 0,
            stval: 0,
            satp: 0,
            scounteren: 0,
            senvcfg: 0,
            pmpcfg: [0; 16],
            pmpaddr: [0; 16],
        }
    }
}
