//! The structured program generator: a seed becomes a self-contained raw RAM image whose
//! prologue sets the initial state (registers, FP registers, fcsr, mstatus, mie, the trap
//! vector, the timer), followed by random RV64GC code and a trap handler.
//!
//! Image layout (RAM at 0x8000_0000, [`RAM_LENGTH`] bytes):
//!
//! | offset | contents |
//! |---|---|
//! | 0x00000 | prologue (in some cases it also write-protects the first 64 KiB with a locked PMP entry), then the body (an outer loop over segments), then the HTIF halt |
//! | 0x0c000 | trap handler: exceptions skip the faulting instruction (2 or 4 bytes); interrupts clear `mip`, re-arm `mtimecmp` |
//! | 0x10000 | initial x registers (32 words), then f registers (32 words) |
//! | 0x0c800 | S-mode trap handler (cases delegating exceptions to S mode): the same, with `sret` |
//! | 0x20000 | data area (16 KiB of random bytes): `gp` points at +0x2000, `sp` at +0x1000 (or at the same offsets in the data area's alias, see [`crate::paging`]) |
//! | 0x28000 | page tables of S- and U-mode cases with translation ([`crate::paging`]) |
//!
//! Reserved registers (never written by random code, so loops terminate and the handler
//! works): `sp`, `gp` (data pointers), `tp` (inner loop counter), `s9` (outer loop counter),
//! `s10`, `s11` (handler scratch).
//!
//! Random instructions are drawn from the interpreter's declarative instruction table
//! ([`rivet::interp::decode::TABLE`]): a line's fixed bits come from its mask and match, the
//! other bits are random with biased immediates, rounding modes and base registers. On top:
//! forward branches and jumps (32-bit and compressed, `jal` and `auipc`+`jalr`), counted loops
//! (backward branches), CSR accesses, loads/stores into the data area (some misaligned,
//! some out of range: access faults), AMOs and LR/SC sequences, random compressed parcels,
//! ecall/ebreak/illegal words, self-modifying stores into later code (with or without
//! `fence.i`), `wfi`, CLINT `mtime` reads and `mtimecmp` writes, and timer interrupts.
//!
//! Four cases in ten run their body in S or U mode (entered by `mret` from the prologue,
//! with a PMP entry granting S and U access to everything), most of them with random Sv39
//! or Sv48 page tables, `sstatus.SUM`/`MXR` and `mstatus.TVM`/`TW`/`TSR` set at random; some
//! S-mode cases delegate exceptions to an S-mode handler, and switch `satp` between ASIDs
//! and bare mode in their random code.

use rivet::interp::decode::{Format, Op, TABLE, compressed, decode32};
use rivet::machine::map::{CLINT_START, HTIF_START, RAM_START};
use rivet::{Config, Machine};

use crate::asm::{self, reg};
use crate::oracle::RunPlan;
use crate::paging::{self, ALIAS_VA, PT_BASE, PT_PAGES, Scheme};
use crate::rng::Rng;

/// RAM of a generated machine.
pub const RAM_LENGTH: u64 = 256 << 10;
/// Code start (prologue).
pub const CODE: u64 = RAM_START;
/// Bytes available for the prologue, body and epilogue.
pub const CODE_MAX: u64 = 0xc000;
/// Trap handler address (`mtvec`, direct mode).
pub const HANDLER: u64 = RAM_START + 0xc000;
/// S-mode trap handler address (`stvec`, direct mode).
pub const S_HANDLER: u64 = RAM_START + 0xc800;
/// Initial register table.
pub const REGTAB: u64 = RAM_START + 0x1_0000;
/// Data area start.
pub const DATA: u64 = RAM_START + 0x2_0000;
/// Data area length.
pub const DATA_LEN: u64 = 0x4000;
/// `gp` points here.
pub const GP_VALUE: u64 = DATA + 0x2000;
/// `sp` points here.
pub const SP_VALUE: u64 = DATA + 0x1000;
/// Image length (up to the end of the page tables).
pub const IMAGE_LEN: u64 = PT_BASE - RAM_START + PT_PAGES * 0x1000;

/// CLINT `mtimecmp`.
const MTIMECMP: u64 = CLINT_START + 0x4000;
/// CLINT `mtime`.
const MTIME: u64 = CLINT_START + 0xbff8;
/// `pmpaddr0` of the code protection: NAPOT, 64 KiB at RAM start.
const PMP_CODE_ADDR: u64 = (RAM_START >> 2) | ((0x1_0000 >> 3) - 1);
/// `pmp0cfg` of the code protection: L, NAPOT, X, R.
const PMP_CODE_CFG: u64 = 0x80 | 0x18 | 0x4 | 0x1;
/// `pmpaddr7` and `pmp7cfg` of the entry that lets S and U mode access everything (without
/// any matching entry their accesses fail): NAPOT over the whole address space, R W X.
const PMP_ALL_ADDR: u64 = u64::MAX >> 10;
const PMP_ALL_CFG: u64 = (0x18 | 0x7) << 56;
/// Exceptions S-mode cases may delegate: instruction access fault, illegal instruction,
/// breakpoint, load/store misaligned and access faults, ecall from U, page faults.
const DELEGABLE: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 15];
/// UART line status register.
const UART_LSR: u64 = 0x1000_0005;

const RESERVED: [u8; 6] = [reg::SP, reg::GP, reg::TP, reg::S9, reg::S10, reg::S11];

/// Whether random code may write register `r`.
fn writable(r: u8) -> bool {
    !RESERVED.contains(&r)
}

/// A generated test case: a raw image and where to stop.
#[derive(Clone, Debug)]
pub struct Case {
    /// The seed it was generated from.
    pub seed: u64,
    /// Raw image, loaded at RAM start.
    pub image: Vec<u8>,
    /// Where runs stop.
    pub plan: RunPlan,
    /// What the case exercises beyond random code (`timer`, `self-modifying`, `U mode`…).
    pub features: Vec<&'static str>,
    /// The value of `gp`, which random code never writes (0 when unknown: a case made from
    /// an image file).
    pub gp: u64,
    /// The value of `sp`, likewise.
    pub sp: u64,
}

impl Case {
    /// The machine configuration of the case.
    pub fn config() -> Config {
        Config {
            ram_length: RAM_LENGTH,
            ..Config::default()
        }
    }

    /// A fresh machine with the image loaded (pc at RAM start).
    pub fn machine(&self) -> Machine {
        Machine::from_raw_image(&Self::config(), &self.image).expect("generated image fits RAM")
    }
}

/// Generator knobs.
#[derive(Clone, Copy, Debug)]
pub struct GenConfig {
    /// Largest final mcycle limit.
    pub max_mcycle: u64,
}

impl Default for GenConfig {
    fn default() -> Self {
        GenConfig {
            max_mcycle: 1_000_000,
        }
    }
}

/// One element of the code before layout.
#[derive(Clone, Copy, Debug)]
enum Item {
    /// A 32-bit word.
    W(u32),
    /// A 16-bit parcel.
    H(u16),
    /// A branch target.
    Label(usize),
    /// Conditional branch to a label.
    Branch {
        funct3: u32,
        rs1: u8,
        rs2: u8,
        to: usize,
    },
    /// `jal rd, label`.
    Jal { rd: u8, to: usize },
    /// `c.j label`.
    CJ { to: usize },
    /// `c.beqz`/`c.bnez rs1', label`.
    CBz { bnez: bool, rs1: u8, to: usize },
    /// `auipc tmp, hi; jalr rd, lo(tmp)` to a label.
    FarCall { tmp: u8, rd: u8, to: usize },
    /// `auipc rd, hi; addi rd, rd, lo`: the address of a label.
    La { rd: u8, to: usize },
    /// `auipc tmp, hi; s{h,w} src, lo(tmp)`: a store to a label (self-modifying code).
    StoreTo {
        tmp: u8,
        src: u8,
        half: bool,
        to: usize,
    },
}

impl Item {
    fn size(&self) -> u64 {
        match self {
            Item::W(_) | Item::Branch { .. } | Item::Jal { .. } => 4,
            Item::H(_) | Item::CJ { .. } | Item::CBz { .. } => 2,
            Item::Label(_) => 0,
            Item::FarCall { .. } | Item::StoreTo { .. } | Item::La { .. } => 8,
        }
    }
}

/// Code under construction: items and a label counter.
#[derive(Default)]
struct Code {
    items: Vec<Item>,
    labels: usize,
}

impl Code {
    fn label(&mut self) -> usize {
        self.labels += 1;
        self.labels - 1
    }
    fn w(&mut self, w: u32) {
        self.items.push(Item::W(w));
    }
    fn ws(&mut self, ws: impl IntoIterator<Item = u32>) {
        for w in ws {
            self.w(w);
        }
    }

    /// Lays the items out from `base` and encodes them.
    fn assemble(&self, base: u64) -> Vec<u8> {
        let mut at = vec![0u64; self.labels];
        let mut pc = base;
        for it in &self.items {
            if let Item::Label(l) = it {
                at[*l] = pc;
            }
            pc += it.size();
        }
        let mut out = Vec::new();
        let mut pc = base;
        for it in &self.items {
            let rel = |to: &usize| (at[*to] as i64 - pc as i64) as i32;
            match it {
                Item::W(w) => out.extend(w.to_le_bytes()),
                Item::H(h) => out.extend(h.to_le_bytes()),
                Item::Label(_) => {}
                Item::Branch {
                    funct3,
                    rs1,
                    rs2,
                    to,
                } => out.extend(asm::b_type(*funct3, *rs1, *rs2, rel(to)).to_le_bytes()),
                Item::Jal { rd, to } => out.extend(asm::jal(*rd, rel(to)).to_le_bytes()),
                Item::CJ { to } => out.extend(asm::c_j(rel(to)).to_le_bytes()),
                Item::CBz { bnez, rs1, to } => {
                    let off = rel(to);
                    // Out of c.beqz's reach (±256): a c.nop of the same size instead.
                    let p = if (-256..256).contains(&off) {
                        asm::c_bz(*bnez, *rs1, off)
                    } else {
                        asm::C_NOP
                    };
                    out.extend(p.to_le_bytes())
                }
                Item::FarCall { tmp, rd, to } => {
                    let (hi, lo) = asm::hi_lo(i64::from(rel(to)));
                    out.extend(asm::auipc(*tmp, hi).to_le_bytes());
                    out.extend(asm::jalr(*rd, *tmp, lo).to_le_bytes());
                }
                Item::La { rd, to } => {
                    let (hi, lo) = asm::hi_lo(i64::from(rel(to)));
                    out.extend(asm::auipc(*rd, hi).to_le_bytes());
                    out.extend(asm::addi(*rd, *rd, lo).to_le_bytes());
                }
                Item::StoreTo { tmp, src, half, to } => {
                    let (hi, lo) = asm::hi_lo(i64::from(rel(to)));
                    out.extend(asm::auipc(*tmp, hi).to_le_bytes());
                    let f3 = if *half { 1 } else { 2 };
                    out.extend(asm::s_type(0x23, f3, *tmp, *src, lo).to_le_bytes());
                }
            }
            pc += it.size();
        }
        out
    }
}

/// Interesting 64-bit integers.
const INTERESTING: [u64; 16] = [
    0,
    1,
    2,
    u64::MAX,
    u64::MAX - 1,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0xffff_ffff_8000_0000,
    0x0000_0001_0000_0000,
    0xff,
    0xffff,
    0x8000,
    63,
];

/// Interesting floating-point bit patterns (doubles, and NaN-boxed or badly boxed singles).
const FP_INTERESTING: [u64; 24] = [
    0x0000_0000_0000_0000, // +0.0
    0x8000_0000_0000_0000, // -0.0
    0x3ff0_0000_0000_0000, // 1.0
    0xbff0_0000_0000_0000, // -1.0
    0x7ff0_0000_0000_0000, // +inf
    0xfff0_0000_0000_0000, // -inf
    0x7ff8_0000_0000_0000, // canonical qNaN
    0x7ff0_0000_0000_0001, // sNaN
    0xfff8_0000_0000_1234, // negative qNaN with payload
    0x0000_0000_0000_0001, // smallest subnormal
    0x000f_ffff_ffff_ffff, // largest subnormal
    0x0010_0000_0000_0000, // smallest normal
    0x7fef_ffff_ffff_ffff, // largest finite
    0x43e0_0000_0000_0000, // 2^63
    0xc3e0_0000_0000_0000, // -2^63
    0x41e0_0000_0000_0000, // 2^31
    0xffff_ffff_3f80_0000, // 1.0f boxed
    0xffff_ffff_7fc0_0000, // canonical qNaN f boxed
    0xffff_ffff_7f80_0001, // sNaN f boxed
    0xffff_ffff_8000_0000, // -0.0f boxed
    0xffff_ffff_0000_0001, // subnormal f boxed
    0xffff_ffff_7f80_0000, // +inf f boxed
    0x0000_0000_3f80_0000, // 1.0f badly boxed (reads as canonical NaN)
    0xffff_ffff_4f00_0000, // 2^31 f boxed
];

pub(crate) fn random_value(r: &mut Rng) -> u64 {
    match r.below(10) {
        0..=2 => *r.pick(&INTERESTING),
        3 => r.below(64),
        4 => (r.below(4096) as i64 - 2048) as u64,
        5 => DATA + r.below(DATA_LEN),
        6 => i64::from(r.next_u32() as i32) as u64,
        _ => r.next_u64(),
    }
}

pub(crate) fn random_fp(r: &mut Rng) -> u64 {
    match r.below(4) {
        0 | 1 => *r.pick(&FP_INTERESTING),
        2 => 0xffff_ffff_0000_0000 | u64::from(r.next_u32()),
        _ => r.next_u64(),
    }
}

fn random_imm12(r: &mut Rng) -> i32 {
    match r.below(8) {
        0 => 0,
        1 => *r.pick(&[1, -1, 2047, -2048, 8, -8]),
        2 | 3 => r.below(33) as i32 - 16,
        _ => r.below(4096) as i32 - 2048,
    }
}

pub(crate) fn writable_reg(r: &mut Rng) -> u8 {
    loop {
        let x = r.below(32) as u8;
        if writable(x) {
            return x;
        }
    }
}

/// A register that is not x0 and writable.
fn temp_reg(r: &mut Rng) -> u8 {
    loop {
        let x = writable_reg(r);
        if x != 0 {
            return x;
        }
    }
}

fn is_control(op: Op) -> bool {
    matches!(
        op,
        Op::Jal
            | Op::Jalr
            | Op::Beq
            | Op::Bne
            | Op::Blt
            | Op::Bge
            | Op::Bltu
            | Op::Bgeu
            | Op::Mret
            | Op::Sret
    )
}

pub(crate) fn is_memory(op: Op) -> bool {
    matches!(
        op,
        Op::Lb
            | Op::Lh
            | Op::Lw
            | Op::Ld
            | Op::Lbu
            | Op::Lhu
            | Op::Lwu
            | Op::Sb
            | Op::Sh
            | Op::Sw
            | Op::Sd
            | Op::Flw
            | Op::Fld
            | Op::Fsw
            | Op::Fsd
    ) || is_atomic(op)
}

pub(crate) fn is_atomic(op: Op) -> bool {
    let first = Op::LrW as u8;
    let last = Op::AmomaxuD as u8;
    (first..=last).contains(&(op as u8))
}

/// Table lines random code is drawn from: everything but control flow, CSR accesses and
/// system instructions (generated separately, with constraints).
pub(crate) fn plain_defs() -> Vec<&'static rivet::interp::decode::InsnDef> {
    TABLE
        .iter()
        .filter(|d| {
            !is_control(d.op)
                && !matches!(d.format, Format::Csr | Format::CsrI | Format::B | Format::J)
                && !matches!(d.op, Op::Ecall | Op::Ebreak | Op::Wfi)
        })
        .collect()
}

/// A random rounding-mode field: mostly the five valid modes and dynamic, sometimes the
/// reserved 5 and 6 (illegal instruction, or illegal through a bad `frm`).
fn random_rm(r: &mut Rng) -> u32 {
    *r.pick(&[0, 1, 2, 3, 4, 7, 7, 7, 0, 1, 2, 3, 4, 5, 6])
}

/// A base register: mostly the data pointers, sometimes any register but `ra` (which holds
/// code addresses: return addresses and `auipc` results; stores through it would overwrite
/// code, dropping compiled blocks on every loop iteration).
fn base_reg(r: &mut Rng) -> u8 {
    match r.below(10) {
        0..=3 => reg::GP,
        4..=7 => reg::SP,
        _ => loop {
            let x = r.below(32) as u8;
            if x != reg::RA {
                break x;
            }
        },
    }
}

/// A random non-control-flow 32-bit instruction from the table.
fn plain_insn(r: &mut Rng, defs: &[&rivet::interp::decode::InsnDef]) -> u32 {
    let d = *r.pick(defs);
    let mut w = r.next_u32();
    // Destination: never a reserved register (for FP destinations this is merely cautious).
    if !matches!(
        d.format,
        Format::S | Format::B | Format::Fence | Format::None
    ) {
        w = (w & !(31 << 7)) | u32::from(writable_reg(r)) << 7;
    }
    match d.format {
        Format::I => {
            w = (w & 0x000f_ffff) | ((random_imm12(r) as u32) & 0xfff) << 20;
        }
        Format::S => {
            let imm = random_imm12(r) as u32;
            w = (w & 0x01ff_f07f) | ((imm >> 5) & 0x7f) << 25 | (imm & 0x1f) << 7;
        }
        Format::FpRm | Format::Fp4 => {
            w = (w & !(7 << 12)) | random_rm(r) << 12;
        }
        _ => {}
    }
    if is_memory(d.op) {
        w = (w & !(31 << 15)) | u32::from(base_reg(r)) << 15;
    }
    if d.op == Op::Auipc {
        w = (w & !(31 << 7)) | u32::from(reg::RA) << 7;
    }
    (w & !d.mask) | d.bits
}

/// A random valid compressed parcel that is not control flow and writes no reserved
/// register.
fn compressed_insn(r: &mut Rng) -> u16 {
    loop {
        let mut p = r.next_u32() as u16;
        if p & 3 == 3 {
            p &= !1;
        }
        let Some(word) = compressed::expand(p) else {
            continue;
        };
        let insn = decode32(word);
        if is_control(insn.op) || !writable(insn.rd) || insn.op == Op::Illegal {
            continue;
        }
        // c.addi16sp / c.lwsp etc. writing sp are excluded by the rd check; c.*sp loads and
        // stores use sp, the data pointer.
        return p;
    }
}

/// CSRs random code may write (the handler needs mtvec; the loops need nothing else).
const CSR_WRITABLE: [u16; 10] = [
    0x340, // mscratch
    0x140, // sscratch
    0x003, // fcsr
    0x002, // frm
    0x001, // fflags
    0xb00, // mcycle
    0xb02, // minstret
    0x304, // mie
    0x344, // mip
    0x341, // mepc (only read by the handler after a trap has set it)
];

/// CSRs random code reads.
const CSR_READABLE: [u16; 20] = [
    0xb00, 0xb02, 0xc00, 0xc01, 0xc02, 0x300, 0x301, 0x304, 0x344, 0x341, 0x342, 0x343, 0x340,
    0x003, 0x002, 0x001, 0xf14, 0x100, 0x180, 0x306,
];

/// CSRs random code in S or U mode mostly uses (the M-mode ones trap there): the S-mode
/// CSRs, the FP CSRs and the counters (readable as `mcounteren`/`scounteren` allow).
const CSR_LOWER: [u16; 14] = [
    0x100, 0x104, 0x105, 0x140, 0x141, 0x142, 0x143, 0x144, 0x001, 0x002, 0x003, 0xc00, 0xc01,
    0xc02,
];

/// Bits of mstatus random code sets or clears: FS, MIE, MPRV, SUM, MXR, SIE, MPIE.
const MSTATUS_BITS: [u64; 8] = [
    0x6000, 0x2000, 0x4000, 0x8, 0x2_0000, 0x4_0000, 0x8_0000, 0x80,
];

struct Gen<'a> {
    r: &'a mut Rng,
    defs: Vec<&'static rivet::interp::decode::InsnDef>,
    code: Code,
    /// Whether the timer may be re-armed near (interrupts expected).
    timer: bool,
    /// Whether this case has self-modifying code (a minority of cases: every code write
    /// drops the compiled blocks of its page, so such cases mostly exercise recompilation).
    smc: bool,
    /// The privilege the body runs in (3 = M, 1 = S, 0 = U).
    privilege: u64,
    /// `satp` values S-mode code may switch between (empty: none).
    satps: Vec<u64>,
}

impl Gen<'_> {
    /// One unit (a few instructions) of random code; `skip_to` is the label a forward
    /// branch may target, placed by the caller after some later units. Returns true when the
    /// unit stores over the instruction at `skip_to` (which must then be a placeholder).
    fn unit(&mut self, skip_to: Option<usize>) -> bool {
        let r = &mut *self.r;
        let c = &mut self.code;
        match r.below(100) {
            0..=39 => {
                let w = plain_insn(r, &self.defs);
                c.w(w);
            }
            40..=51 => {
                let p = compressed_insn(r);
                c.items.push(Item::H(p));
            }
            52..=59 => {
                // Forward control flow.
                let Some(to) = skip_to else {
                    c.w(asm::NOP);
                    return false;
                };
                match r.below(6) {
                    0 | 1 => c.items.push(Item::Branch {
                        funct3: *r.pick(&[0, 1, 4, 5, 6, 7]),
                        rs1: r.below(32) as u8,
                        rs2: r.below(32) as u8,
                        to,
                    }),
                    2 => c.items.push(Item::Jal {
                        rd: *r.pick(&[0, reg::RA]),
                        to,
                    }),
                    3 => c.items.push(Item::CJ { to }),
                    4 => c.items.push(Item::CBz {
                        bnez: r.chance(50),
                        rs1: 8 + r.below(8) as u8,
                        to,
                    }),
                    _ => c.items.push(Item::FarCall {
                        tmp: reg::RA,
                        rd: *r.pick(&[0, reg::RA]),
                        to,
                    }),
                }
            }
            60..=69 => {
                // CSR access.
                let rd = writable_reg(r);
                if self.privilege != 3 && r.chance(70) {
                    // A CSR of the lower privilege levels: read, or written with a random
                    // register.
                    let csr = *r.pick(&CSR_LOWER);
                    let csr = if csr == 0x105 && r.chance(80) {
                        0x140
                    } else {
                        csr
                    };
                    let s = r.below(32) as u8;
                    c.w(match r.below(3) {
                        0 => asm::csrrs(rd, csr, 0),
                        1 => asm::csrrw(rd, csr, s),
                        _ => asm::csrrc(rd, csr, s),
                    });
                } else if r.chance(40) {
                    let csr = if r.chance(90) {
                        *r.pick(&CSR_READABLE)
                    } else {
                        r.below(4096) as u16
                    };
                    c.w(asm::csrrs(rd, csr, 0));
                } else if !self.satps.is_empty() && r.chance(10) {
                    // Another address space (or none), sometimes with a fence.
                    let t = temp_reg(r);
                    c.ws(asm::li(t, *r.pick(&self.satps)));
                    c.w(asm::csrrw(rd, 0x180, t));
                    if r.chance(50) {
                        c.w(asm::SFENCE_VMA);
                    }
                } else if r.chance(30) {
                    // mstatus bits (through sstatus in S mode).
                    let t = temp_reg(r);
                    let csr = if self.privilege == 1 && r.chance(80) {
                        0x100
                    } else {
                        0x300
                    };
                    c.ws(asm::li(t, *r.pick(&MSTATUS_BITS)));
                    c.w(if r.chance(50) {
                        asm::csrrs(rd, csr, t)
                    } else {
                        asm::csrrc(rd, csr, t)
                    });
                } else {
                    let csr = *r.pick(&CSR_WRITABLE);
                    let csr = if csr == 0x341 { 0x340 } else { csr };
                    let s = r.below(32) as u8;
                    let imm = r.below(32) as u8;
                    c.w(match r.below(6) {
                        0 => asm::csrrw(rd, csr, s),
                        1 => asm::csrrs(rd, csr, s),
                        2 => asm::csrrc(rd, csr, s),
                        3 => asm::csrrwi(rd, csr, imm),
                        4 => asm::csrrsi(rd, csr, imm),
                        _ => asm::csrrci(rd, csr, imm),
                    });
                }
            }
            70..=75 => {
                // Atomics at a computed (sometimes misaligned) address in the data area.
                let t = temp_reg(r);
                let off = (r.below(512) as i32 - 256) * 4 + if r.chance(10) { 2 } else { 0 };
                c.w(asm::addi(t, reg::GP, off));
                let d = if r.chance(50) { 3 } else { 2 };
                let amo = |funct5: u32, rd: u8, rs1: u8, rs2: u8, aqrl: u32| {
                    funct5 << 27
                        | aqrl << 25
                        | u32::from(rs2) << 20
                        | u32::from(rs1) << 15
                        | d << 12
                        | u32::from(rd) << 7
                        | 0x2f
                };
                if r.chance(50) {
                    // LR, a few instructions, SC.
                    c.w(amo(0b00010, writable_reg(r), t, 0, r.below(4) as u32));
                    for _ in 0..r.below(3) {
                        let w = plain_insn(r, &self.defs);
                        c.w(w);
                    }
                    c.w(amo(
                        0b00011,
                        writable_reg(r),
                        t,
                        r.below(32) as u8,
                        r.below(4) as u32,
                    ));
                } else {
                    let f5 = *r.pick(&[
                        0b00001, 0b00000, 0b00100, 0b01100, 0b01000, 0b10000, 0b10100, 0b11000,
                        0b11100, 0b00011,
                    ]);
                    c.w(amo(
                        f5,
                        writable_reg(r),
                        t,
                        r.below(32) as u8,
                        r.below(4) as u32,
                    ));
                }
            }
            76..=79 => {
                // Traps: ecall, ebreak, c.ebreak, illegal words.
                match r.below(6) {
                    0 => c.w(asm::ECALL),
                    1 => c.w(asm::EBREAK),
                    2 => c.items.push(Item::H(asm::C_EBREAK)),
                    3 => c.items.push(Item::H(0)),
                    4 => c.w(0xffff_ffff),
                    _ => {
                        // A random word that decodes as illegal.
                        loop {
                            let w = r.next_u32() | 3;
                            if decode32(w).op == Op::Illegal {
                                c.w(w);
                                break;
                            }
                        }
                    }
                }
            }
            80..=84 if self.smc => {
                // Self-modifying code: store a new instruction over a later placeholder.
                let Some(to) = skip_to else {
                    c.w(asm::FENCE_I);
                    return false;
                };
                let (t, s) = (temp_reg(r), temp_reg(r));
                let half = r.chance(30);
                let new = if half {
                    u64::from(compressed_insn(r))
                } else {
                    u64::from(plain_insn(r, &self.defs))
                };
                c.ws(asm::li(s, new));
                c.items.push(Item::StoreTo {
                    tmp: t,
                    src: s,
                    half,
                    to,
                });
                if r.chance(50) {
                    c.w(asm::FENCE_I);
                }
                // The placeholder is emitted by the caller at `to` (see `segment`).
                return true;
            }
            85..=89 => {
                // Devices: mtime reads, mtimecmp writes, UART status reads.
                let t = temp_reg(r);
                let rd = writable_reg(r);
                match r.below(3) {
                    0 => {
                        c.ws(asm::li(t, MTIME));
                        c.w(asm::ld(rd, t, 0));
                    }
                    1 if self.timer => {
                        let v = temp_reg(r);
                        c.ws(asm::li(t, MTIME));
                        c.w(asm::ld(v, t, 0));
                        c.w(asm::addi(v, v, r.range(0, 40) as i32));
                        c.ws(asm::li(t, MTIMECMP));
                        c.w(asm::sd(t, v, 0));
                    }
                    _ => {
                        c.ws(asm::li(t, UART_LSR));
                        c.w(asm::i_type(0x03, rd, 4, t, 0));
                    }
                }
            }
            90 if self.timer => c.w(asm::WFI),
            _ => {
                // Loads and stores at the data pointers (with random offsets).
                let w = loop {
                    let d = *r.pick(&self.defs);
                    if is_memory(d.op) && !is_atomic(d.op) {
                        break plain_insn(r, &[d]);
                    }
                };
                c.w(w);
            }
        }
        false
    }

    /// A straight-line segment of `n` units with forward branches inside it; self-modifying
    /// stores target placeholders inside it.
    fn segment(&mut self, n: usize) {
        // Labels placed after unit i (pending: (unit index, label, placeholder)).
        let mut pending: Vec<(usize, usize, bool)> = Vec::new();
        for i in 0..n {
            let skip = self.r.below(6) as usize;
            let to = self.code.label();
            let placeholder = self.r.chance(50);
            let smc = self.unit(Some(to));
            pending.push((i + skip, to, placeholder || smc));
            let mut k = 0;
            while k < pending.len() {
                if pending[k].0 <= i {
                    let (_, l, ph) = pending.remove(k);
                    self.code.items.push(Item::Label(l));
                    if ph {
                        // A placeholder a self-modifying store may overwrite.
                        if self.r.chance(30) {
                            self.code.items.push(Item::H(asm::C_NOP));
                        } else {
                            self.code.w(asm::NOP);
                        }
                    }
                } else {
                    k += 1;
                }
            }
        }
        for (_, l, _) in pending {
            self.code.items.push(Item::Label(l));
            self.code.w(asm::NOP);
        }
    }

    /// A counted loop around a segment: `tp` = count; body; `tp -= 1`; `bnez tp, body`.
    fn counted_loop(&mut self, count: u64, n: usize) {
        self.code.w(asm::addi(reg::TP, 0, count as i32));
        let top = self.code.label();
        self.code.items.push(Item::Label(top));
        self.segment(n);
        self.code.w(asm::addi(reg::TP, reg::TP, -1));
        self.code.items.push(Item::Branch {
            funct3: 1,
            rs1: reg::TP,
            rs2: 0,
            to: top,
        });
    }
}

/// Generates the case of `seed`.
pub fn generate(seed: u64, config: &GenConfig) -> Case {
    let mut r = Rng::new(seed);
    let mut image = vec![0u8; IMAGE_LEN as usize];

    // Initial registers and FP registers.
    let mut x = [0u64; 32];
    for v in x.iter_mut().skip(1) {
        *v = random_value(&mut r);
    }
    x[reg::SP as usize] = SP_VALUE;
    x[reg::GP as usize] = GP_VALUE;
    let f: Vec<u64> = (0..32).map(|_| random_fp(&mut r)).collect();
    let tab = (REGTAB - RAM_START) as usize;
    for (i, v) in x.iter().chain(&f).enumerate() {
        image[tab + 8 * i..tab + 8 * i + 8].copy_from_slice(&v.to_le_bytes());
    }
    // Data area.
    let data = (DATA - RAM_START) as usize;
    for chunk in image[data..].chunks_mut(8) {
        let v = if r.chance(30) {
            random_value(&mut r)
        } else {
            r.next_u64()
        };
        chunk.copy_from_slice(&v.to_le_bytes()[..chunk.len()]);
    }

    let timer = r.chance(60);
    let smc = r.chance(15);
    let pmp = !smc && r.chance(25);
    let delta_ticks = r.range(1, 60) as i32;
    // The body's privilege and translation.
    let privilege = match r.below(10) {
        0..=5 => 3,
        6..=7 => 1,
        _ => 0,
    };
    let scheme = match r.below(10) {
        _ if privilege == 3 => None,
        0..=1 => None,
        2..=6 => Some(Scheme::Sv39),
        _ => Some(Scheme::Sv48),
    };
    let tables = scheme.map(|s| paging::build(&mut r, s, privilege == 0, smc));
    let delegate = privilege == 1 && r.chance(40);
    let (gp, sp) = match &tables {
        Some(t) if t.alias => (ALIAS_VA + (GP_VALUE - DATA), ALIAS_VA + (SP_VALUE - DATA)),
        _ => (GP_VALUE, SP_VALUE),
    };
    if let Some(t) = &tables {
        for &(at, pte) in &t.ptes {
            let o = (at - RAM_START) as usize;
            image[o..o + 8].copy_from_slice(&pte.to_le_bytes());
        }
    }
    let satps = match (&tables, privilege) {
        (Some(t), 1) => vec![t.satp, t.other_satp[0], t.other_satp[1]],
        _ => Vec::new(),
    };
    let mut g = Gen {
        r: &mut r,
        defs: plain_defs(),
        code: Code::default(),
        timer,
        smc,
        privilege,
        satps,
    };

    // Prologue.
    let c = &mut g.code;
    c.ws(asm::li(reg::T0, 0x6000)); // mstatus.FS = dirty, to load the FP registers
    c.w(asm::csrrs(0, 0x300, reg::T0));
    c.ws(asm::li(reg::T0, REGTAB));
    for i in 0..32 {
        c.w(asm::fld(i, reg::T0, 256 + 8 * i32::from(i)));
    }
    c.ws(asm::li(reg::T0, HANDLER));
    c.w(asm::csrrw(0, 0x305, reg::T0));
    if pmp {
        // A locked PMP entry makes the code and handler (the first 64 KiB) read-and-execute
        // only, for M mode too: stray stores through registers holding code addresses
        // (link registers, auipc results) then fault instead of overwriting code, which would
        // drop compiled blocks on every loop iteration (and wreck the loops).
        c.ws(asm::li(reg::T0, PMP_CODE_ADDR));
        c.w(asm::csrrw(0, 0x3b0, reg::T0)); // pmpaddr0
    }
    if privilege != 3 {
        c.ws(asm::li(reg::T0, PMP_ALL_ADDR));
        c.w(asm::csrrw(0, 0x3b7, reg::T0)); // pmpaddr7
    }
    let pmpcfg0 = if pmp { PMP_CODE_CFG } else { 0 } | if privilege != 3 { PMP_ALL_CFG } else { 0 };
    if pmpcfg0 != 0 {
        c.ws(asm::li(reg::T0, pmpcfg0));
        c.w(asm::csrrw(0, 0x3a0, reg::T0)); // pmpcfg0
    }
    if let Some(t) = &tables {
        c.ws(asm::li(reg::T0, t.satp));
        c.w(asm::csrrw(0, 0x180, reg::T0));
    }
    if privilege != 3 {
        // Counter access from S and U mode: random enables.
        let (m, s) = (g.r.below(8), g.r.below(8));
        c.w(asm::csrrwi(0, 0x306, m as u8)); // mcounteren
        c.w(asm::csrrwi(0, 0x106, s as u8)); // scounteren
    }
    if delegate {
        c.ws(asm::li(reg::T0, S_HANDLER));
        c.w(asm::csrrw(0, 0x105, reg::T0)); // stvec
        let mut medeleg = 0u64;
        for &e in &DELEGABLE {
            if g.r.chance(50) {
                medeleg |= 1 << e;
            }
        }
        c.ws(asm::li(reg::T0, medeleg));
        c.w(asm::csrrw(0, 0x302, reg::T0));
    }
    let fcsr = if g.r.chance(70) {
        g.r.below(5) << 5
    } else {
        g.r.below(256)
    };
    c.ws(asm::li(reg::T0, fcsr));
    c.w(asm::csrrw(0, 0x003, reg::T0));
    // mtimecmp: near (interrupts soon) or never.
    c.ws(asm::li(reg::T0, MTIMECMP));
    let cmp = if timer { g.r.range(1, 300) } else { u64::MAX };
    c.ws(asm::li(reg::T1, cmp));
    c.w(asm::sd(reg::T0, reg::T1, 0));
    let mie = if timer { 1 << 7 } else { 0 };
    c.ws(asm::li(reg::T0, mie));
    c.w(asm::csrrw(0, 0x304, reg::T0));
    // mstatus: MPP = the body's privilege (the prologue enters it with mret; traps taken
    // from it set MPP back to it), FS random (mostly on), MIE with the timer; for S and U
    // bodies SUM, MXR, TVM, TW and TSR at random.
    let fs = *g.r.pick(&[3u64, 3, 3, 2, 1, 0]);
    let mut mstatus = (privilege << 11) | (fs << 13) | if timer && g.r.chance(80) { 8 } else { 0 };
    if privilege != 3 {
        for (bit, percent) in [(18, 30), (19, 20), (20, 10), (21, 10), (22, 10)] {
            if g.r.chance(percent) {
                mstatus |= 1 << bit;
            }
        }
    }
    c.ws(asm::li(reg::T0, mstatus));
    c.w(asm::csrrw(0, 0x300, reg::T0));
    let body = c.label();
    if privilege != 3 {
        c.items.push(Item::La {
            rd: reg::T0,
            to: body,
        });
        c.w(asm::csrrw(0, 0x341, reg::T0)); // mepc
    }
    // Code writes drop the compiled blocks of their page: self-modifying cases loop less, or
    // recompilation would dominate the campaign's time.
    let outer = if smc {
        g.r.range(1, 4)
    } else {
        g.r.range(1, 200)
    };
    c.w(asm::addi(reg::S9, 0, outer as i32));
    c.ws(asm::li(reg::SP, sp));
    c.ws(asm::li(reg::GP, gp));
    c.ws(asm::li(reg::T0, REGTAB));
    for i in (1..32u8).filter(|&i| writable(i) && i != reg::T0) {
        c.w(asm::ld(i, reg::T0, 8 * i32::from(i)));
    }
    c.w(asm::ld(reg::T0, reg::T0, 8 * i32::from(reg::T0)));
    if privilege != 3 {
        c.w(asm::MRET);
    }
    c.items.push(Item::Label(body));

    // Body: an outer loop over segments and counted loops.
    let outer_top = g.code.label();
    g.code.items.push(Item::Label(outer_top));
    let parts = g.r.range(1, 6);
    for _ in 0..parts {
        let n = g.r.range(4, 60) as usize;
        if g.r.chance(60) {
            let count = if smc {
                g.r.range(1, 8)
            } else {
                g.r.range(1, 60)
            };
            g.counted_loop(count, n);
        } else {
            g.segment(n);
        }
    }
    g.code.w(asm::addi(reg::S9, reg::S9, -1));
    let done = g.code.label();
    g.code.items.push(Item::Branch {
        funct3: 0,
        rs1: reg::S9,
        rs2: 0,
        to: done,
    });
    g.code.items.push(Item::Jal {
        rd: 0,
        to: outer_top,
    });
    g.code.items.push(Item::Label(done));
    // Halt through HTIF (exit code 0), then spin.
    let c = &mut g.code;
    c.ws(asm::li(reg::S10, HTIF_START));
    c.w(asm::addi(reg::S11, 0, 1));
    c.w(asm::sd(reg::S10, reg::S11, 0));
    let spin = c.label();
    c.items.push(Item::Label(spin));
    c.items.push(Item::Jal { rd: 0, to: spin });

    let code = g.code.assemble(CODE);
    assert!(code.len() as u64 <= CODE_MAX, "generated code too long");
    image[..code.len()].copy_from_slice(&code);
    for (at, supervisor) in [(HANDLER, false), (S_HANDLER, true)] {
        let code = handler(delta_ticks, supervisor);
        let h = (at - RAM_START) as usize;
        image[h..h + code.len()].copy_from_slice(&code);
    }

    // Run plan: a final limit and a few intermediate ones.
    let end = r.range(config.max_mcycle / 8, config.max_mcycle);
    let mut chunks: Vec<u64> = (0..r.range(1, 4)).map(|_| r.range(1, end - 1)).collect();
    if r.chance(30) {
        // Limits a few cycles apart: the JIT must stop exactly at each.
        let base = r.range(1, end / 2);
        chunks.extend((1..r.range(2, 6)).map(|k| base + k * r.range(1, 5)));
    }
    chunks.sort_unstable();
    chunks.dedup();
    let mut features = Vec::new();
    if timer {
        features.push("timer");
    }
    if smc {
        features.push("self-modifying");
    }
    if pmp {
        features.push("code write-protected (PMP)");
    }
    features.extend(match privilege {
        1 => Some("S mode"),
        0 => Some("U mode"),
        _ => None,
    });
    features.extend(match scheme {
        Some(Scheme::Sv39) => Some("Sv39"),
        Some(Scheme::Sv48) => Some("Sv48"),
        None => None,
    });
    if tables.as_ref().is_some_and(|t| t.alias) {
        features.push("data alias");
    }
    if delegate {
        features.push("exceptions delegated to S");
    }
    Case {
        seed,
        image,
        plan: RunPlan { chunks, end },
        features,
        gp,
        sp,
    }
}

/// The trap handler: exceptions skip the faulting instruction (its length read from its
/// first parcel); interrupts clear the software-writable `mip` bits and set `mtimecmp` to
/// `mtime + delta_ticks`. `supervisor`: the S-mode handler (`scause`, `sepc`, `sip`,
/// `sret`; S mode takes no interrupts here, as none is delegated, but the path is the same).
fn handler(delta_ticks: i32, supervisor: bool) -> Vec<u8> {
    let (cause, epc, ip, ret) = if supervisor {
        (0x142, 0x141, 0x144, asm::SRET)
    } else {
        (0x342, 0x341, 0x344, asm::MRET)
    };
    let mut c = Code::default();
    let irq = c.label();
    let four = c.label();
    c.w(asm::csrrs(reg::S10, cause, 0));
    c.items.push(Item::Branch {
        funct3: 4,
        rs1: reg::S10,
        rs2: 0,
        to: irq,
    }); // blt s10, x0: interrupt
    c.w(asm::csrrs(reg::S10, epc, 0));
    c.w(asm::lhu(reg::S11, reg::S10, 0));
    c.w(asm::andi(reg::S11, reg::S11, 3));
    c.w(asm::addi(reg::S11, reg::S11, -3));
    c.w(asm::addi(reg::S10, reg::S10, 2));
    c.items.push(Item::Branch {
        funct3: 1,
        rs1: reg::S11,
        rs2: 0,
        to: four,
    }); // 16-bit: done
    c.w(asm::addi(reg::S10, reg::S10, 2));
    c.items.push(Item::Label(four));
    c.w(asm::csrrw(0, epc, reg::S10));
    c.w(ret);
    c.items.push(Item::Label(irq));
    c.w(asm::csrrw(0, ip, 0)); // clear the software-writable pending bits
    c.ws(asm::li(reg::S10, MTIME));
    c.w(asm::ld(reg::S11, reg::S10, 0));
    c.w(asm::addi(reg::S11, reg::S11, delta_ticks));
    c.ws(asm::li(reg::S10, MTIMECMP));
    c.w(asm::sd(reg::S10, reg::S11, 0));
    c.w(ret);
    c.assemble(if supervisor { S_HANDLER } else { HANDLER })
}
