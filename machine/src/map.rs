//! The physical memory map (DESIGN §2). Every fixed address of the machine lives here.

/// The shadow state page: registers, CSRs and device registers, serialised for the Merkle tree.
/// The guest cannot access it (access fault); the host API can.
pub const SHADOW_START: u64 = 0x0000_0000;
/// Length of the shadow state page.
pub const SHADOW_LENGTH: u64 = 0x1000;

/// The test/syscon device (`sifive,test0`).
pub const SYSCON_START: u64 = 0x0010_0000;
/// Length of the test/syscon device window.
pub const SYSCON_LENGTH: u64 = 0x1000;

/// The core-local interruptor.
pub const CLINT_START: u64 = 0x0200_0000;
/// Length of the CLINT window.
pub const CLINT_LENGTH: u64 = 0x1_0000;

/// The platform-level interrupt controller.
pub const PLIC_START: u64 = 0x0c00_0000;
/// Length of the PLIC window.
pub const PLIC_LENGTH: u64 = 0x400_0000;

/// The 16550A UART (console).
pub const UART_START: u64 = 0x1000_0000;
/// Length of the UART window.
pub const UART_LENGTH: u64 = 0x100;

/// Default HTIF location, used when the loaded ELF has no `tohost` symbol.
pub const HTIF_START: u64 = 0x4000_8000;
/// Length of the HTIF window.
pub const HTIF_LENGTH: u64 = 0x1000;

/// The device-tree blob range (read-only for the guest).
pub const DTB_START: u64 = 0x7ff0_0000;
/// Length of the DTB range.
pub const DTB_LENGTH: u64 = 0x10_0000;

/// Start of RAM; the reset pc for raw images.
pub const RAM_START: u64 = 0x8000_0000;
/// Default RAM length (128 MiB).
pub const RAM_DEFAULT_LENGTH: u64 = 128 << 20;
/// Largest RAM length accepted (64 GiB): the map is sparse, but page tables and
/// per-page bookkeeping still cost host memory proportional to the length.
pub const RAM_MAX_LENGTH: u64 = 64 << 30;

/// The fixed ranges that an HTIF window placed by an ELF must not overlap: (start, length).
pub const FIXED_RANGES: &[(u64, u64)] = &[
    (SHADOW_START, SHADOW_LENGTH),
    (SYSCON_START, SYSCON_LENGTH),
    (CLINT_START, CLINT_LENGTH),
    (PLIC_START, PLIC_LENGTH),
    (UART_START, UART_LENGTH),
    (DTB_START, DTB_LENGTH),
];

/// Size of a page: the granule of RAM lengths, dirty tracking, decode caches and the Merkle tree.
pub const PAGE_SIZE: u64 = 4096;
/// log2 of [`PAGE_SIZE`].
pub const PAGE_SHIFT: u32 = 12;
