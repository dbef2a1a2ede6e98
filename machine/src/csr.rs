//! CSR numbers and the bit fields the machine state uses.
//!
//! Numbers follow the RISC-V privileged specification, table "Currently allocated RISC-V
//! machine-level CSR addresses" (and the unprivileged counters).

/// Unprivileged cycle counter (read-only shadow of `mcycle`).
pub const CYCLE: u16 = 0xc00;
/// Unprivileged real-time counter.
pub const TIME: u16 = 0xc01;
/// Unprivileged instructions-retired counter (read-only shadow of `minstret`).
pub const INSTRET: u16 = 0xc02;
/// First unprivileged hardware performance counter (`hpmcounter3`).
pub const HPMCOUNTER3: u16 = 0xc03;
/// Last unprivileged hardware performance counter (`hpmcounter31`).
pub const HPMCOUNTER31: u16 = 0xc1f;

/// Vendor ID.
pub const MVENDORID: u16 = 0xf11;
/// Architecture ID.
pub const MARCHID: u16 = 0xf12;
/// Implementation ID.
pub const MIMPID: u16 = 0xf13;
/// Hart ID.
pub const MHARTID: u16 = 0xf14;
/// Pointer to the configuration data structure.
pub const MCONFIGPTR: u16 = 0xf15;

/// Machine status.
pub const MSTATUS: u16 = 0x300;
/// ISA and extensions.
pub const MISA: u16 = 0x301;
/// Machine interrupt enable.
pub const MIE: u16 = 0x304;
/// Machine trap-handler base address.
pub const MTVEC: u16 = 0x305;
/// Scratch register for machine trap handlers.
pub const MSCRATCH: u16 = 0x340;
/// Machine exception program counter.
pub const MEPC: u16 = 0x341;
/// Machine trap cause.
pub const MCAUSE: u16 = 0x342;
/// Machine trap value.
pub const MTVAL: u16 = 0x343;
/// Machine interrupt pending.
pub const MIP: u16 = 0x344;

/// Machine cycle counter.
pub const MCYCLE: u16 = 0xb00;
/// Machine instructions-retired counter.
pub const MINSTRET: u16 = 0xb02;
/// First machine hardware performance counter (`mhpmcounter3`).
pub const MHPMCOUNTER3: u16 = 0xb03;
/// Last machine hardware performance counter (`mhpmcounter31`).
pub const MHPMCOUNTER31: u16 = 0xb1f;
/// First machine performance-monitoring event selector (`mhpmevent3`).
pub const MHPMEVENT3: u16 = 0x323;
/// Last machine performance-monitoring event selector (`mhpmevent31`).
pub const MHPMEVENT31: u16 = 0x33f;

/// `mstatus.MIE`: machine interrupts enabled.
pub const MSTATUS_MIE: u64 = 1 << 3;
/// `mstatus.MPIE`: machine interrupt-enable before the trap.
pub const MSTATUS_MPIE: u64 = 1 << 7;
/// `mstatus.MPP`: privilege before the trap (two bits).
pub const MSTATUS_MPP: u64 = 3 << 11;
/// `mstatus.UXL` (bits 33:32) and `mstatus.SXL` (bits 35:34) are fixed at 2 (64-bit) once U
/// and S exist; with M mode only they read zero.
pub const MSTATUS_MPP_SHIFT: u32 = 11;

/// `mie`/`mip` bit of the machine software interrupt.
pub const MIP_MSIP: u64 = 1 << 3;
/// `mie`/`mip` bit of the machine timer interrupt.
pub const MIP_MTIP: u64 = 1 << 7;
/// `mie`/`mip` bit of the machine external interrupt.
pub const MIP_MEIP: u64 = 1 << 11;

/// `misa.MXL` = 2 (XLEN 64) in bits 63:62.
pub const MISA_MXL_64: u64 = 2 << 62;

/// The `misa` extension bit of letter `c` (`'A'..='Z'`).
pub const fn misa_ext(c: u8) -> u64 {
    1 << (c - b'A')
}

/// `misa` of this machine: RV64 with I, M, A, C.
pub const MISA_VALUE: u64 =
    MISA_MXL_64 | misa_ext(b'I') | misa_ext(b'M') | misa_ext(b'A') | misa_ext(b'C');
