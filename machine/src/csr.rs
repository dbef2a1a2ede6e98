//! CSR numbers and the bit fields the machine state uses.
//!
//! Numbers follow the RISC-V privileged specification, table "Currently allocated RISC-V
//! machine-level CSR addresses" (and the unprivileged counters).

/// Floating-point accrued exceptions.
pub const FFLAGS: u16 = 0x001;
/// Floating-point dynamic rounding mode.
pub const FRM: u16 = 0x002;
/// Floating-point control and status (`frm` and `fflags`).
pub const FCSR: u16 = 0x003;

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

/// Supervisor status (a view of `mstatus`).
pub const SSTATUS: u16 = 0x100;
/// Supervisor interrupt enable (a view of `mie`).
pub const SIE: u16 = 0x104;
/// Supervisor trap-handler base address.
pub const STVEC: u16 = 0x105;
/// Supervisor counter enable.
pub const SCOUNTEREN: u16 = 0x106;
/// Supervisor environment configuration.
pub const SENVCFG: u16 = 0x10a;
/// Scratch register for supervisor trap handlers.
pub const SSCRATCH: u16 = 0x140;
/// Supervisor exception program counter.
pub const SEPC: u16 = 0x141;
/// Supervisor trap cause.
pub const SCAUSE: u16 = 0x142;
/// Supervisor trap value.
pub const STVAL: u16 = 0x143;
/// Supervisor interrupt pending (a view of `mip`).
pub const SIP: u16 = 0x144;
/// Supervisor address translation and protection.
pub const SATP: u16 = 0x180;

/// Machine status.
pub const MSTATUS: u16 = 0x300;
/// Machine exception delegation.
pub const MEDELEG: u16 = 0x302;
/// Machine interrupt delegation.
pub const MIDELEG: u16 = 0x303;
/// Machine counter enable.
pub const MCOUNTEREN: u16 = 0x306;
/// Machine environment configuration.
pub const MENVCFG: u16 = 0x30a;
/// Machine counter-inhibit.
pub const MCOUNTINHIBIT: u16 = 0x320;
/// First PMP configuration register (`pmpcfg0`; RV64 has the even ones only).
pub const PMPCFG0: u16 = 0x3a0;
/// Last PMP configuration register number of the 16-entry range (`pmpcfg15`).
pub const PMPCFG15: u16 = 0x3af;
/// First PMP address register (`pmpaddr0`).
pub const PMPADDR0: u16 = 0x3b0;
/// Last PMP address register (`pmpaddr63`).
pub const PMPADDR63: u16 = 0x3ef;
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

/// `mstatus.SIE`: supervisor interrupts enabled.
pub const MSTATUS_SIE: u64 = 1 << 1;
/// `mstatus.SPIE`: supervisor interrupt-enable before the trap.
pub const MSTATUS_SPIE: u64 = 1 << 5;
/// `mstatus.SPP`: privilege before a trap into S (one bit).
pub const MSTATUS_SPP: u64 = 1 << 8;
/// `mstatus.FS` (two bits): floating-point state Off (0), Initial, Clean, Dirty (3).
pub const MSTATUS_FS: u64 = 3 << 13;
/// `mstatus.MPRV`: loads and stores use the privilege in MPP.
pub const MSTATUS_MPRV: u64 = 1 << 17;
/// `mstatus.SUM`: S-mode may access U pages.
pub const MSTATUS_SUM: u64 = 1 << 18;
/// `mstatus.MXR`: loads may read executable pages.
pub const MSTATUS_MXR: u64 = 1 << 19;
/// `mstatus.TVM`: trap `satp` accesses and `sfence.vma` in S mode.
pub const MSTATUS_TVM: u64 = 1 << 20;
/// `mstatus.TW`: trap `wfi` in modes below M.
pub const MSTATUS_TW: u64 = 1 << 21;
/// `mstatus.TSR`: trap `sret` in S mode.
pub const MSTATUS_TSR: u64 = 1 << 22;
/// `mstatus.UXL` and `mstatus.SXL` fixed at 2 (64-bit).
pub const MSTATUS_UXL_SXL_64: u64 = (2 << 32) | (2 << 34);
/// `mstatus.SD`.
pub const MSTATUS_SD: u64 = 1 << 63;
/// `mstatus.MIE`: machine interrupts enabled.
pub const MSTATUS_MIE: u64 = 1 << 3;
/// `mstatus.MPIE`: machine interrupt-enable before the trap.
pub const MSTATUS_MPIE: u64 = 1 << 7;
/// `mstatus.MPP`: privilege before the trap (two bits).
pub const MSTATUS_MPP: u64 = 3 << 11;
/// Shift of `mstatus.MPP`.
pub const MSTATUS_MPP_SHIFT: u32 = 11;

/// `mie`/`mip` bit of the supervisor software interrupt.
pub const MIP_SSIP: u64 = 1 << 1;
/// `mie`/`mip` bit of the supervisor timer interrupt.
pub const MIP_STIP: u64 = 1 << 5;
/// `mie`/`mip` bit of the supervisor external interrupt.
pub const MIP_SEIP: u64 = 1 << 9;
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

/// `misa` of this machine: RV64 with I, M, A, F, D, C, and the S and U modes.
pub const MISA_VALUE: u64 = MISA_MXL_64
    | misa_ext(b'I')
    | misa_ext(b'M')
    | misa_ext(b'A')
    | misa_ext(b'F')
    | misa_ext(b'D')
    | misa_ext(b'C')
    | misa_ext(b'S')
    | misa_ext(b'U');

/// `satp.MODE` values (bits 63:60).
pub mod satp_mode {
    /// No translation.
    pub const BARE: u64 = 0;
    /// 39-bit virtual addresses, 3 levels.
    pub const SV39: u64 = 8;
    /// 48-bit virtual addresses, 4 levels.
    pub const SV48: u64 = 9;
    /// 57-bit virtual addresses, 5 levels.
    pub const SV57: u64 = 10;
}
