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
    /// `mip`.
    pub mip: u64,
}

impl HartState {
    /// The reset state: M mode, `pc` as given, `a0` = hart id (0), `a1` = `dtb_address`.
    pub fn reset(pc: u64, dtb_address: u64) -> Self {
        let mut x = [0; 32];
        x[11] = dtb_address;
        HartState {
            x,
            pc,
            mcycle: 0,
            mcycle_csr_offset: 0,
            minstret: 0,
            privilege: Privilege::Machine,
            reservation: NO_RESERVATION,
            // With M mode only, MPP is read-only Machine.
            mstatus: csr::MSTATUS_MPP,
            mtvec: 0,
            mscratch: 0,
            mepc: 0,
            mcause: 0,
            mtval: 0,
            mie: 0,
            mip: 0,
        }
    }
}
