//! The shadow state page: every register, CSR and device register of the machine at a fixed
//! offset in the 4 KiB page at physical address 0 (DESIGN §4), so that the Merkle root commits
//! to the whole state.
//!
//! Every field is a 64-bit little-endian word. [`FIELDS`] is the table of record; `docs/shadow-state.md`
//! is generated from it ([`render_markdown`]) and a test keeps the two in step. Areas marked
//! *reserved* belong to parts of the machine that do not exist yet; they read as zero and get
//! their fields (with a bump of [`crate::SEMANTICS_VERSION`]) when those parts land.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::csr;
use crate::htif::HtifPlacement;
use crate::machine::Machine;

/// Size of the shadow page.
pub const SIZE: usize = 4096;

/// `x0`..`x31`: `X + 8 * i`.
pub const X: usize = 0x000;
/// `f0`..`f31`: `F + 8 * i`.
pub const F: usize = 0x100;
/// Program counter.
pub const PC: usize = 0x200;
/// The machine clock (what `--max-mcycle` counts).
pub const MCYCLE: usize = 0x208;
/// `minstret`.
pub const MINSTRET: usize = 0x210;
/// `mcycle` CSR minus the machine clock (wrapping).
pub const MCYCLE_CSR_OFFSET: usize = 0x218;
/// Current privilege level (0 = U, 1 = S, 3 = M).
pub const PRIVILEGE: usize = 0x220;
/// LR reservation address, or all ones when none is held.
pub const RESERVATION: usize = 0x228;
/// Run-state flags: bit 0 = halted, bit 1 = asleep after WFI.
pub const IFLAGS: usize = 0x230;
/// Exit code given by the guest when it halted (0 while running).
pub const EXIT_CODE: usize = 0x238;
/// [`crate::SEMANTICS_VERSION`].
pub const SEMANTICS_VERSION: usize = 0x240;
/// RAM length in bytes.
pub const RAM_LENGTH: usize = 0x248;
/// `fcsr`.
pub const FCSR: usize = 0x250;

/// `mstatus`.
pub const MSTATUS: usize = 0x300;
/// `misa`.
pub const MISA: usize = 0x308;
/// `mie`.
pub const MIE: usize = 0x310;
/// `mip`.
pub const MIP: usize = 0x318;
/// `mtvec`.
pub const MTVEC: usize = 0x320;
/// `mscratch`.
pub const MSCRATCH: usize = 0x328;
/// `mepc`.
pub const MEPC: usize = 0x330;
/// `mcause`.
pub const MCAUSE: usize = 0x338;
/// `mtval`.
pub const MTVAL: usize = 0x340;
/// `mvendorid`.
pub const MVENDORID: usize = 0x348;
/// `marchid`.
pub const MARCHID: usize = 0x350;
/// `mimpid`.
pub const MIMPID: usize = 0x358;

/// `medeleg`.
pub const MEDELEG: usize = 0x360;
/// `mideleg`.
pub const MIDELEG: usize = 0x368;
/// `mcounteren`.
pub const MCOUNTEREN: usize = 0x370;
/// `stvec`.
pub const STVEC: usize = 0x400;
/// `sscratch`.
pub const SSCRATCH: usize = 0x408;
/// `sepc`.
pub const SEPC: usize = 0x410;
/// `scause`.
pub const SCAUSE: usize = 0x418;
/// `stval`.
pub const STVAL: usize = 0x420;
/// `satp`.
pub const SATP: usize = 0x428;
/// `scounteren`.
pub const SCOUNTEREN: usize = 0x430;
/// `pmpcfg0` (entries 0–7) and `pmpcfg2` (entries 8–15): 16 bytes.
pub const PMPCFG: usize = 0x480;
/// `pmpaddr0..15`: `PMPADDR + 8 * i`.
pub const PMPADDR: usize = 0x490;
/// CLINT `msip`.
pub const CLINT_MSIP: usize = 0x640;
/// CLINT `mtimecmp`.
pub const CLINT_MTIMECMP: usize = 0x648;

/// UART registers: IER, LCR, MCR, SCR, FCR, DLL, DLM, THR-empty interrupt raised (one word
/// each, in this order).
pub const UART: usize = 0x700;
/// Number of UART words.
pub const UART_WORDS: usize = 8;
/// PLIC priorities of sources 0..31 (one word each).
pub const PLIC_PRIORITY: usize = 0x800;
/// PLIC pending bits.
pub const PLIC_PENDING: usize = 0x900;
/// PLIC claimed (in-flight) bits.
pub const PLIC_CLAIMED: usize = 0x908;
/// PLIC enable bits of contexts 0 and 1.
pub const PLIC_ENABLE: usize = 0x910;
/// PLIC thresholds of contexts 0 and 1.
pub const PLIC_THRESHOLD: usize = 0x920;
/// Flash drives: start, length, read-only (1) of drive i at `FLASH + 24 * i`; all zero for an
/// absent drive. (Whether guest writes reach the file is a host matter, not machine state.)
pub const FLASH: usize = 0xa00;

/// HTIF `tohost` register (device placement; zero when HTIF lives in RAM).
pub const HTIF_TOHOST: usize = 0x600;
/// HTIF `fromhost` register (device placement; zero when HTIF lives in RAM).
pub const HTIF_FROMHOST: usize = 0x608;
/// Address of `tohost`.
pub const HTIF_TOHOST_ADDR: usize = 0x610;
/// Address of `fromhost`.
pub const HTIF_FROMHOST_ADDR: usize = 0x618;
/// HTIF placement: 0 = device window, 1 = words in RAM.
pub const HTIF_PLACEMENT: usize = 0x620;

/// `mvendorid` of rivet: 0 (a non-commercial implementation).
pub const MVENDORID_VALUE: u64 = 0;
/// `marchid` of rivet: 0 until an open-source architecture ID is allocated.
pub const MARCHID_VALUE: u64 = 0;
/// `mimpid` of rivet: the semantics version.
pub const MIMPID_VALUE: u64 = crate::SEMANTICS_VERSION;

/// One documented entry of the layout.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// Name (register or CSR name).
    pub name: &'static str,
    /// Byte offset in the page.
    pub offset: usize,
    /// Number of consecutive 64-bit words.
    pub words: usize,
    /// What it holds.
    pub doc: &'static str,
}

const fn f(name: &'static str, offset: usize, words: usize, doc: &'static str) -> Field {
    Field {
        name,
        offset,
        words,
        doc,
    }
}

/// The layout, in offset order. Entries whose name starts with `reserved` read as zero.
#[rustfmt::skip]
pub const FIELDS: &[Field] = &[
    f("x0..x31", X, 32, "integer registers (x0 is always 0)"),
    f("f0..f31", F, 32, "floating-point registers (singles NaN-boxed)"),
    f("pc", PC, 1, "program counter"),
    f("mcycle (clock)", MCYCLE, 1, "machine clock: +1 per retired instruction, per trap taken and per cycle asleep"),
    f("minstret", MINSTRET, 1, "instructions retired"),
    f("mcycle_csr_offset", MCYCLE_CSR_OFFSET, 1, "CSR `mcycle` = clock + this (wrapping)"),
    f("privilege", PRIVILEGE, 1, "0 = U, 1 = S, 3 = M"),
    f("reservation", RESERVATION, 1, "LR reservation: physical address, bit 0 set for 8 bytes; all ones = none"),
    f("iflags", IFLAGS, 1, "bit 0: halted; bit 1: asleep after WFI"),
    f("exit_code", EXIT_CODE, 1, "HTIF exit code once halted"),
    f("semantics_version", SEMANTICS_VERSION, 1, "version of the machine's semantics"),
    f("ram_length", RAM_LENGTH, 1, "RAM length in bytes"),
    f("fcsr", FCSR, 1, "floating-point control and status: frm in bits 7:5, fflags in 4:0"),
    f("reserved: hart", 0x258, 21, "future hart state"),
    f("mstatus", MSTATUS, 1, "machine status (SD is computed when read)"),
    f("misa", MISA, 1, "ISA and extensions (constant)"),
    f("mie", MIE, 1, "machine interrupt enable"),
    f("mip", MIP, 1, "software-written interrupt-pending bits (SSIP, STIP, SEIP)"),
    f("mtvec", MTVEC, 1, "machine trap vector"),
    f("mscratch", MSCRATCH, 1, "machine scratch"),
    f("mepc", MEPC, 1, "machine exception pc"),
    f("mcause", MCAUSE, 1, "machine trap cause"),
    f("mtval", MTVAL, 1, "machine trap value"),
    f("mvendorid", MVENDORID, 1, "vendor ID (constant)"),
    f("marchid", MARCHID, 1, "architecture ID (constant)"),
    f("mimpid", MIMPID, 1, "implementation ID (constant: the semantics version)"),
    f("medeleg", MEDELEG, 1, "exception delegation"),
    f("mideleg", MIDELEG, 1, "interrupt delegation"),
    f("mcounteren", MCOUNTEREN, 1, "counter access from S/U"),
    f("reserved: M-mode CSRs", 0x378, 17, "menvcfg, mcountinhibit (read 0 today)"),
    f("stvec", STVEC, 1, "supervisor trap vector"),
    f("sscratch", SSCRATCH, 1, "supervisor scratch"),
    f("sepc", SEPC, 1, "supervisor exception pc"),
    f("scause", SCAUSE, 1, "supervisor trap cause"),
    f("stval", STVAL, 1, "supervisor trap value"),
    f("satp", SATP, 1, "address translation and protection"),
    f("scounteren", SCOUNTEREN, 1, "counter access from U"),
    f("reserved: S-mode CSRs", 0x438, 9, "senvcfg (reads 0 today)"),
    f("pmpcfg0, pmpcfg2", PMPCFG, 2, "PMP configuration bytes of entries 0..15"),
    f("pmpaddr0..15", PMPADDR, 16, "PMP addresses"),
    f("reserved: hart", 0x510, 30, "future hart state"),
    f("htif.tohost", HTIF_TOHOST, 1, "HTIF tohost (device placement)"),
    f("htif.fromhost", HTIF_FROMHOST, 1, "HTIF fromhost (device placement)"),
    f("htif.tohost_addr", HTIF_TOHOST_ADDR, 1, "physical address of tohost"),
    f("htif.fromhost_addr", HTIF_FROMHOST_ADDR, 1, "physical address of fromhost"),
    f("htif.placement", HTIF_PLACEMENT, 1, "0 = device window, 1 = RAM words"),
    f("reserved: HTIF", 0x628, 3, "future HTIF state"),
    f("clint.msip", CLINT_MSIP, 1, "CLINT software interrupt (bit 0)"),
    f("clint.mtimecmp", CLINT_MTIMECMP, 1, "CLINT timer compare (mtime = mcycle / 100)"),
    f("reserved: CLINT", 0x650, 6, "future CLINT state"),
    f("reserved: syscon", 0x680, 16, "test/syscon device (it has no state: a write halts the machine, see iflags and exit_code)"),
    f("uart.ier, lcr, mcr, scr, fcr, dll, dlm, thre", UART, UART_WORDS, "16550A registers (FCR: bit 0 only) and the THR-empty interrupt flag"),
    f("reserved: UART", UART + 8 * UART_WORDS, 24, "future UART state"),
    f("plic.priority[0..31]", PLIC_PRIORITY, 32, "PLIC source priorities (source 0 is always 0)"),
    f("plic.pending", PLIC_PENDING, 1, "PLIC pending bits (= interrupt levels and not claimed)"),
    f("plic.claimed", PLIC_CLAIMED, 1, "PLIC sources claimed and not completed"),
    f("plic.enable[0..1]", PLIC_ENABLE, 2, "PLIC enable bits of context 0 (M) and 1 (S)"),
    f("plic.threshold[0..1]", PLIC_THRESHOLD, 2, "PLIC priority thresholds of contexts 0 and 1"),
    f("reserved: PLIC", 0x930, 26, "future PLIC state"),
    f("flash[0..7]", FLASH, 24, "flash drives: start, length, read-only (1: guest stores fault); zero when absent"),
    f("reserved", 0xac0, 168, "future state"),
];

/// Serialises the machine's state into a shadow page.
pub fn serialize(m: &Machine) -> [u8; SIZE] {
    let mut page = [0u8; SIZE];
    let mut put = |offset: usize, value: u64| {
        page[offset..offset + 8].copy_from_slice(&value.to_le_bytes());
    };
    let h = &m.hart;
    for (i, &x) in h.x.iter().enumerate() {
        put(X + 8 * i, x);
    }
    for (i, &f) in h.f.iter().enumerate() {
        put(F + 8 * i, f);
    }
    put(FCSR, h.fcsr);
    put(PC, h.pc);
    put(MCYCLE, h.mcycle);
    put(MINSTRET, h.minstret);
    put(MCYCLE_CSR_OFFSET, h.mcycle_csr_offset);
    put(PRIVILEGE, h.privilege as u64);
    put(RESERVATION, h.reservation);
    put(
        IFLAGS,
        u64::from(m.halted().is_some()) | (u64::from(h.sleeping) << 1),
    );
    put(EXIT_CODE, m.halted().unwrap_or(0));
    put(SEMANTICS_VERSION, crate::SEMANTICS_VERSION);
    put(RAM_LENGTH, m.ram_length());
    put(MSTATUS, h.mstatus);
    put(MISA, csr::MISA_VALUE);
    put(MIE, h.mie);
    put(MIP, h.mip);
    put(MTVEC, h.mtvec);
    put(MSCRATCH, h.mscratch);
    put(MEPC, h.mepc);
    put(MCAUSE, h.mcause);
    put(MTVAL, h.mtval);
    put(MVENDORID, MVENDORID_VALUE);
    put(MARCHID, MARCHID_VALUE);
    put(MIMPID, MIMPID_VALUE);
    put(MEDELEG, h.medeleg);
    put(MIDELEG, h.mideleg);
    put(MCOUNTEREN, h.mcounteren);
    put(STVEC, h.stvec);
    put(SSCRATCH, h.sscratch);
    put(SEPC, h.sepc);
    put(SCAUSE, h.scause);
    put(STVAL, h.stval);
    put(SATP, h.satp);
    put(SCOUNTEREN, h.scounteren);
    put(
        PMPCFG,
        u64::from_le_bytes(h.pmpcfg[..8].try_into().expect("8 bytes")),
    );
    put(
        PMPCFG + 8,
        u64::from_le_bytes(h.pmpcfg[8..].try_into().expect("8 bytes")),
    );
    for (i, &a) in h.pmpaddr.iter().enumerate() {
        put(PMPADDR + 8 * i, a);
    }
    put(CLINT_MSIP, u64::from(m.clint.msip));
    put(CLINT_MTIMECMP, m.clint.mtimecmp);
    let u = &m.uart;
    for (i, v) in [
        u.ier,
        u.lcr,
        u.mcr,
        u.scr,
        u.fcr,
        u.dll,
        u.dlm,
        u8::from(u.thre_pending),
    ]
    .into_iter()
    .enumerate()
    {
        put(UART + 8 * i, u64::from(v));
    }
    let p = &m.plic;
    for (i, &prio) in p.priority.iter().enumerate() {
        put(PLIC_PRIORITY + 8 * i, u64::from(prio));
    }
    put(PLIC_PENDING, u64::from(p.pending));
    put(PLIC_CLAIMED, u64::from(p.claimed));
    for c in 0..2 {
        put(PLIC_ENABLE + 8 * c, u64::from(p.enable[c]));
        put(PLIC_THRESHOLD + 8 * c, u64::from(p.threshold[c]));
    }
    for (i, d) in m.flash_drives().iter().enumerate() {
        put(FLASH + 24 * i, d.start());
        put(FLASH + 24 * i + 8, d.length);
        put(FLASH + 24 * i + 16, u64::from(!d.guest_writable()));
    }
    put(HTIF_TOHOST, m.htif.tohost);
    put(HTIF_FROMHOST, m.htif.fromhost);
    put(HTIF_TOHOST_ADDR, m.htif.placement.tohost());
    put(HTIF_FROMHOST_ADDR, m.htif.placement.fromhost());
    put(
        HTIF_PLACEMENT,
        u64::from(matches!(m.htif.placement, HtifPlacement::Ram { .. })),
    );
    page
}

/// The layout as a Markdown document (the content of `docs/shadow-state.md`).
pub fn render_markdown() -> String {
    let mut s = String::from(
        "# Shadow state layout\n\n\
         Generated from `machine/src/shadow.rs` (`rivet_machine::shadow::render_markdown`); a test \
         keeps this file and the code in step.\n\n\
         The shadow state page sits at physical address 0x0 (4 KiB). Every field is a 64-bit \
         little-endian word. The guest cannot access the page (access fault); the Merkle tree \
         hashes it like any other page, so the root commits to every register, CSR and device \
         register. Reserved areas read as zero until the part of the machine they are for exists; \
         filling one changes roots and bumps the semantics version.\n\n\
         | offset | words | field | contents |\n|---|---|---|---|\n",
    );
    for field in FIELDS {
        s.push_str(&format!(
            "| {:#05x} | {} | {} | {} |\n",
            field.offset, field.words, field.name, field.doc
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::machine::MachineConfig;

    #[test]
    fn fields_are_ordered_aligned_and_disjoint() {
        let mut end = 0;
        for field in FIELDS {
            assert_eq!(field.offset % 8, 0, "{} misaligned", field.name);
            assert!(
                field.offset >= end,
                "{} overlaps the previous field",
                field.name
            );
            end = field.offset + 8 * field.words;
            assert!(end <= SIZE, "{} runs past the page", field.name);
        }
    }

    #[test]
    fn docs_match_the_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/shadow-state.md");
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == render_markdown(),
            "docs/shadow-state.md is stale: regenerate it with `cargo run -p rivet -- shadow-layout > docs/shadow-state.md`"
        );
    }

    #[test]
    fn reserved_areas_stay_zero_however_busy_the_machine() {
        let mut m = Machine::new(&MachineConfig::default()).unwrap();
        let h = &mut m.hart;
        h.x = [u64::MAX; 32];
        h.f = [u64::MAX; 32];
        (h.pc, h.mcycle, h.minstret, h.mcycle_csr_offset, h.fcsr) = (!0, !0, !0, !0, !0);
        (
            h.mstatus, h.mie, h.mip, h.mtvec, h.mscratch, h.mepc, h.mcause, h.mtval,
        ) = (!0, !0, !0, !0, !0, !0, !0, !0);
        (
            h.medeleg,
            h.mideleg,
            h.mcounteren,
            h.mcountinhibit,
            h.menvcfg,
        ) = (!0, !0, !0, !0, !0);
        (
            h.stvec,
            h.sscratch,
            h.sepc,
            h.scause,
            h.stval,
            h.satp,
            h.scounteren,
            h.senvcfg,
        ) = (!0, !0, !0, !0, !0, !0, !0, !0);
        h.pmpcfg = [!0; 16];
        h.pmpaddr = [!0; 16];
        h.sleeping = true;
        m.clint.msip = !0;
        m.clint.mtimecmp = !0;
        m.htif.tohost = !0;
        m.htif.fromhost = !0;
        let page = serialize(&m);
        for field in FIELDS.iter().filter(|f| f.name.starts_with("reserved")) {
            let bytes = &page[field.offset..field.offset + 8 * field.words];
            assert!(
                bytes.iter().all(|&b| b == 0),
                "{} at {:#x} is written",
                field.name,
                field.offset
            );
        }
    }

    #[test]
    fn serialize_places_each_register_at_its_offset() {
        let mut m = Machine::new(&MachineConfig::default()).unwrap();
        for i in 0..32 {
            m.hart.x[i] = 0x1000 + i as u64;
        }
        m.hart.pc = 0x8000_0004;
        m.hart.mcycle = 77;
        m.hart.minstret = 66;
        m.hart.mtvec = 0x8000_0100;
        m.hart.mepc = 0x8000_0200;
        m.hart.mcause = 11;
        m.hart.mtval = 0xdead;
        m.hart.mscratch = 0x5555;
        let page = serialize(&m);
        let get = |off: usize| u64::from_le_bytes(page[off..off + 8].try_into().unwrap());
        assert_eq!(get(X + 8 * 5), 0x1005);
        assert_eq!(get(X + 8 * 31), 0x101f);
        assert_eq!(get(PC), 0x8000_0004);
        assert_eq!(get(MCYCLE), 77);
        assert_eq!(get(MINSTRET), 66);
        assert_eq!(get(MTVEC), 0x8000_0100);
        assert_eq!(get(MEPC), 0x8000_0200);
        assert_eq!(get(MCAUSE), 11);
        assert_eq!(get(MTVAL), 0xdead);
        assert_eq!(get(MSCRATCH), 0x5555);
        // RV64 (MXL = 2) with A, C, D, F, I, M, S, U: 0x8000_0000_0014_112d.
        assert_eq!(get(MISA), 0x8000_0000_0014_112d);
        assert_eq!(get(CLINT_MTIMECMP), u64::MAX);
        assert_eq!(get(RAM_LENGTH), 128 << 20);
        assert_eq!(get(HTIF_TOHOST_ADDR), 0x4000_8000);
        assert_eq!(get(RESERVATION), u64::MAX);
        assert_eq!(get(PRIVILEGE), 3);
        // Reserved areas are zero.
        assert!(page[0x800..].iter().all(|&b| b == 0));
    }
}
