//! rivet's 32-bit decoder (`decode::decode32`) cross-checked against Capstone 5 (RV64 + C):
//! used by `tests/decode_capstone.rs` and the cargo-fuzz `decode` target.
//!
//! Words come from a fixed-seed xorshift generator: uniformly random words, words built from
//! each instruction-table entry's match bits with random operand fields, and "near misses"
//! (a table entry's word with one identifying bit flipped), plus a short list of fixed words.
//! For each word:
//!
//! * if rivet decodes it, Capstone must decode it to the same instruction (its instruction
//!   id, so printed aliases such as `nop`, `mv`, `ret`, `csrr` do not matter) with the same
//!   registers, immediate, CSR number and aq/rl bits (operands are read back from Capstone's
//!   text through the alias it printed);
//! * if Capstone decodes it to an instruction of an extension rivet implements (RV64IMAFD,
//!   Zicsr, Zifencei, `mret`, `sret`, `wfi`, `sfence.vma`), rivet must decode it as well;
//! * words Capstone decodes to instructions of extensions rivet lacks (Q, Zfh, the N
//!   extension's `uret`, debug mode's `dret`) must be illegal in rivet. Capstone 5 decodes
//!   none of the Q or Zfh encodings (fmt = 11 / 10, the `.q`/`.h` conversions): those words
//!   are checked as illegal on both sides.
//!
//! F and D operands: FP registers are printed by ABI name (`ft0`..`ft11`, `fs0`..`fs11`,
//! `fa0`..`fa7`), integer ones as usual; which operand is which class follows from the
//! instruction (see [`FpOperands`]). Capstone prints the rounding mode of an instruction with
//! an rm field as a last operand `rne`/`rtz`/`rdn`/`rup`/`rmm`, and prints nothing for DYN
//! (111); it rejects the reserved values 101 and 110, and it knows the exact conversions
//! `fcvt.d.s`, `fcvt.d.w`, `fcvt.d.wu` only with rm = 000 (no rm operand): see
//! [`CapstoneDisagreement`] for those words. rivet's decoder keeps any rm value in `imm`
//! (validity of DYN depends on `frm` at run time, so all rounding-mode checks are done at
//! execution).
//!
//! Where Capstone disagrees with the RISC-V specification, the spec wins and the expected
//! result comes from the spec text: see [`CapstoneDisagreement`].

use capstone::Capstone;
use capstone::arch::riscv::{ArchExtraMode, ArchMode};
use capstone::arch::{BuildsCapstone, BuildsCapstoneExtraMode};
use rivet::interp::decode::{Format, Insn, Op, TABLE, decode, decode32};
use std::collections::{BTreeMap, HashMap};

/// The integer registers by ABI name (RISC-V psABI), x0..x31.
const X_ABI: [&str; 32] = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
];

/// The floating-point registers by ABI name (RISC-V psABI), f0..f31.
const F_ABI: [&str; 32] = [
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2",
    "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
    "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
];

/// Rounding-mode operand names, by rm value (unprivileged spec, F chapter, "Rounding mode
/// encoding"); 101 and 110 are reserved and have no name.
pub const RM_NAMES: [(&str, i64); 6] = [
    ("rne", 0),
    ("rtz", 1),
    ("rdn", 2),
    ("rup", 3),
    ("rmm", 4),
    ("dyn", 7),
];
/// DYN: the rounding mode in `frm`.
const RM_DYN: i64 = 7;

// CSR numbers (privileged spec, "CSR Listing"; unprivileged spec, Zicntr and F), for the
// aliases that name them implicitly.
const FFLAGS: i64 = 0x001;
const FRM: i64 = 0x002;
const FCSR: i64 = 0x003;
const CYCLE: i64 = 0xc00;
const TIME: i64 = 0xc01;
const INSTRET: i64 = 0xc02;
// The RV32-only upper halves (privileged spec, "CSR Listing"): Capstone prints their
// `rd*h` aliases on RV64 too; rivet decodes the words as `csrrs` and traps at execution.
const CYCLEH: i64 = 0xc80;
const TIMEH: i64 = 0xc81;
const INSTRETH: i64 = 0xc82;

/// An instruction reduced to its name and operands; unused fields are zero. For CSR
/// instructions `imm` is the CSR number and, for the `*i` forms, `rs1` the 5-bit immediate
/// (as in rivet's `Insn`); `aqrl` holds aq (bit 1) and rl (bit 0). For FP instructions with
/// a rounding-mode field `imm` is the rm value; `rs3` is the third source of the fused
/// multiply-adds. Register numbers are those of the class the operand has (x or f).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Key {
    name: String,
    rd: u32,
    rs1: u32,
    rs2: u32,
    rs3: u32,
    imm: i64,
    aqrl: u32,
}

/// Capstone for RV64 with the C extension.
pub fn capstone() -> Capstone {
    Capstone::new()
        .riscv()
        .mode(ArchMode::RiscV64)
        .extra_mode([ArchExtraMode::RiscVC].into_iter())
        .build()
        .expect("capstone")
}

/// Capstone's reading: (instruction-id name, printed mnemonic, operand text).
pub struct CsInsn {
    /// The instruction id's name (`addi` also when printed as `mv`).
    pub name: String,
    /// The printed mnemonic (possibly an alias).
    pub mnemonic: String,
    /// The printed operands.
    pub ops: String,
}

/// Capstone's decoding of the 32-bit `word`, if it decodes it.
pub fn capstone_decode(cs: &Capstone, word: u32) -> Option<CsInsn> {
    let insns = cs
        .disasm_count(&word.to_le_bytes(), 0x1000, 1)
        .expect("capstone disasm");
    let insn = insns.iter().next()?;
    assert_eq!(insn.len(), 4, "{word:#010x}: capstone length");
    Some(CsInsn {
        name: cs.insn_name(insn.id()).expect("insn name"),
        mnemonic: insn.mnemonic().unwrap_or("").to_string(),
        ops: insn.op_str().unwrap_or("").to_string(),
    })
}

/// Capstone prints known CSRs by name. Its own names are mapped back to numbers by
/// disassembling `csrrs a0, <csr>, a1` for each of the 4096 CSR numbers.
fn csr_names(cs: &Capstone) -> HashMap<String, i64> {
    let mut names = HashMap::new();
    for csr in 0..4096u32 {
        let word = (csr << 20) | (11 << 15) | (2 << 12) | (10 << 7) | 0x73;
        let c = capstone_decode(cs, word).expect("csrrs");
        if c.mnemonic != "csrrs" {
            continue; // an alias (frflags, rdcycle, ...): handled by name below
        }
        let name = c.ops.split(", ").nth(1).expect("csr operand").to_string();
        if name.parse::<u32>().is_ok() {
            assert_eq!(name, csr.to_string());
            continue;
        }
        let old = names.insert(name.clone(), i64::from(csr));
        assert!(
            old.is_none(),
            "Capstone prints CSR name {name} for two numbers"
        );
    }
    names
}

// ---- operand parsing of Capstone's text -------------------------------------------------

/// The integer register Capstone names `s` (ABI name).
pub fn xreg(s: &str) -> Result<u32, String> {
    X_ABI
        .iter()
        .position(|&r| r == s)
        .map(|i| i as u32)
        .ok_or_else(|| format!("not an integer register: {s:?}"))
}

/// The FP register Capstone names `s` (ABI name).
pub fn freg(s: &str) -> Result<u32, String> {
    F_ABI
        .iter()
        .position(|&r| r == s)
        .map(|i| i as u32)
        .ok_or_else(|| format!("not an FP register: {s:?}"))
}

/// A register of the given class (`true` = FP).
fn reg(fp: bool, s: &str) -> Result<u32, String> {
    if fp { freg(s) } else { xreg(s) }
}

/// Capstone prints immediates as decimal up to 9 and as `0x..` above, with a `-` sign.
pub fn imm(s: &str) -> Result<i64, String> {
    let (neg, mag) = match s.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, s),
    };
    let v = match mag.strip_prefix("0x") {
        Some(h) => i64::from_str_radix(h, 16),
        None => mag.parse::<i64>(),
    }
    .map_err(|e| format!("bad immediate {s:?}: {e}"))?;
    Ok(if neg { -v } else { v })
}

/// FP loads and stores (`flw`, `fld`, `fsw`, `fsd`): the data register is an FP register.
fn fp_data(name: &str) -> bool {
    matches!(name, "flw" | "fld" | "fsw" | "fsd")
}

/// Register classes of an F/D instruction's operands (unprivileged spec, F and D chapters):
/// the conversions name their integer side `w`/`wu`/`l`/`lu` (`fcvt.<dest>.<source>`), the
/// moves `x` (`fmv.x.w`, `fmv.w.x`, ...); `fclass` and the comparisons write an integer
/// register; everything else reads and writes FP registers.
#[derive(Clone, Copy, Debug)]
struct FpOperands {
    /// rd is an FP register.
    rd_fp: bool,
    /// rs1 is an FP register.
    rs1_fp: bool,
}

impl FpOperands {
    fn of(name: &str) -> FpOperands {
        // In fcvt names `w`/`wu`/`l`/`lu` are integers; in fmv names `w`/`d` are FP formats.
        let int = |s: &str| matches!(s, "w" | "wu" | "l" | "lu");
        let parts: Vec<&str> = name.split('.').collect();
        match parts[..] {
            ["fcvt", dest, source] => FpOperands {
                rd_fp: !int(dest),
                rs1_fp: !int(source),
            },
            ["fmv", dest, source] => FpOperands {
                rd_fp: dest != "x",
                rs1_fp: source != "x",
            },
            ["fclass" | "feq" | "flt" | "fle", _] => FpOperands {
                rd_fp: false,
                rs1_fp: true,
            },
            _ => FpOperands {
                rd_fp: true,
                rs1_fp: true,
            },
        }
    }
}

/// The exact conversions (to double from single or from a 32-bit integer): Capstone 5 has
/// no rounding-mode operand for them and accepts only rm = 000.
fn capstone_exact_conversion(name: &str) -> bool {
    matches!(name, "fcvt.d.s" | "fcvt.d.w" | "fcvt.d.wu")
}

/// `off(reg)` or `(reg)` to (offset, register).
pub fn mem(s: &str) -> Result<(i64, u32), String> {
    let (off, rest) = s
        .split_once('(')
        .ok_or_else(|| format!("not a memory operand: {s:?}"))?;
    let reg = rest
        .strip_suffix(')')
        .ok_or_else(|| format!("not a memory operand: {s:?}"))?;
    let off = if off.is_empty() { 0 } else { imm(off)? };
    Ok((off, xreg(reg)?))
}

/// A CSR operand: a number (decimal) or one of Capstone's names.
fn csr(s: &str, names: &HashMap<String, i64>) -> Result<i64, String> {
    match s.parse::<i64>() {
        Ok(n) => Ok(n),
        Err(_) => names
            .get(s)
            .copied()
            .ok_or_else(|| format!("unknown CSR name {s:?}")),
    }
}

/// FENCE predecessor/successor sets: letters i, o, r, w = bits 3..0; `unknown` = empty.
fn fence_set(s: &str) -> Result<i64, String> {
    if s == "unknown" {
        return Ok(0);
    }
    let mut v = 0;
    for c in s.chars() {
        v |= match c {
            'i' => 8,
            'o' => 4,
            'r' => 2,
            'w' => 1,
            _ => return Err(format!("bad fence set {s:?}")),
        };
    }
    Ok(v)
}

/// U-type: Capstone prints the 20-bit upper immediate; the instruction's value is that << 12,
/// sign-extended from 32 bits.
fn upper(s: &str) -> Result<i64, String> {
    let v = imm(s)?;
    if !(0..1 << 20).contains(&v) {
        return Err(format!("upper immediate out of range: {s}"));
    }
    Ok(i64::from(((v as u32) << 12) as i32))
}

/// Capstone's reading as a [`Key`], or `Ok(None)` when its instruction is not in rivet's
/// table (another extension).
fn capstone_key(c: &CsInsn, names: &HashMap<String, i64>) -> Result<Option<Key>, String> {
    // The id names the real instruction (aliases only change the printing); AMO/LR/SC ids
    // carry the ordering suffix.
    let (base, aqrl) = if let Some(b) = c.name.strip_suffix(".aqrl") {
        (b, 3)
    } else if let Some(b) = c.name.strip_suffix(".aq") {
        (b, 2)
    } else if let Some(b) = c.name.strip_suffix(".rl") {
        (b, 1)
    } else {
        (c.name.as_str(), 0)
    };
    let mut k = Key {
        name: base.to_string(),
        aqrl,
        ..Key::default()
    };
    let t: Vec<&str> = c.ops.split(", ").filter(|s| !s.is_empty()).collect();
    let n = |want: usize| -> Result<(), String> {
        if t.len() == want {
            Ok(())
        } else {
            Err(format!(
                "{} {}: expected {want} operands",
                c.mnemonic, c.ops
            ))
        }
    };
    // FENCE.TSO is FENCE with fm = 1000, pred = succ = rw (unprivileged spec, "Memory
    // Ordering Instructions"): rivet's `fence` with the whole 12-bit field as immediate.
    // Capstone has its own id for `unimp`, which the RISC-V assembly manual defines as
    // `csrrw x0, cycle, x0` (0xc0001073): a CSR write, trapping at run time since `cycle`
    // is read-only.
    if base == "unimp" {
        n(0)?;
        k.name = "csrrw".into();
        k.imm = CYCLE;
        return Ok(Some(k));
    }
    if base == "sfence.vma" {
        // `sfence.vma [rs1[, rs2]]`: omitted operands are x0.
        if t.len() > 2 {
            n(2)?;
        }
        if let Some(r) = t.first() {
            k.rs1 = xreg(r)?;
        }
        if let Some(r) = t.get(1) {
            k.rs2 = xreg(r)?;
        }
        return Ok(Some(k));
    }
    if base == "fence.tso" {
        n(0)?;
        k.name = "fence".into();
        k.imm = i64::from((0x833_u32 << 20) as i32 >> 20);
        return Ok(Some(k));
    }
    let Some(def) = TABLE.iter().find(|d| d.name == base) else {
        return Ok(None);
    };
    let m = c.mnemonic.as_str();
    match (def.format, m) {
        // ---- aliases (RISC-V assembly manual / spec "pseudoinstructions") ----
        (Format::I, "nop") => n(0)?,
        (Format::I, "mv" | "sext.w") => {
            n(2)?;
            (k.rd, k.rs1) = (xreg(t[0])?, xreg(t[1])?);
        }
        (Format::I, "not" | "seqz") => {
            n(2)?;
            (k.rd, k.rs1) = (xreg(t[0])?, xreg(t[1])?);
            k.imm = if m == "not" { -1 } else { 1 };
        }
        (Format::R, "neg" | "negw" | "snez" | "sgtz") => {
            n(2)?;
            (k.rd, k.rs2) = (xreg(t[0])?, xreg(t[1])?);
        }
        (Format::R, "sltz") => {
            n(2)?;
            (k.rd, k.rs1) = (xreg(t[0])?, xreg(t[1])?);
        }
        (Format::B, "beqz" | "bnez" | "bltz" | "bgez") => {
            n(2)?;
            (k.rs1, k.imm) = (xreg(t[0])?, imm(t[1])?);
        }
        (Format::B, "blez" | "bgtz") => {
            n(2)?;
            (k.rs2, k.imm) = (xreg(t[0])?, imm(t[1])?);
        }
        (Format::J, "j") => {
            n(1)?;
            k.imm = imm(t[0])?;
        }
        (Format::J, "jal") if t.len() == 1 => {
            (k.rd, k.imm) = (1, imm(t[0])?);
        }
        (Format::I, "ret") => {
            n(0)?;
            k.rs1 = 1;
        }
        (Format::I, "jr") => {
            n(1)?;
            k.rs1 = xreg(t[0])?;
        }
        (Format::I, "jalr") if t.len() == 1 => {
            (k.rd, k.rs1) = (1, xreg(t[0])?);
        }
        (Format::Csr, "csrr") => {
            n(2)?;
            (k.rd, k.imm) = (xreg(t[0])?, csr(t[1], names)?);
        }
        (Format::Csr, "csrw" | "csrs" | "csrc") => {
            n(2)?;
            (k.imm, k.rs1) = (csr(t[0], names)?, xreg(t[1])?);
        }
        (Format::CsrI, "csrwi" | "csrsi" | "csrci") => {
            n(2)?;
            k.imm = csr(t[0], names)?;
            k.rs1 = imm(t[1])? as u32;
        }
        (
            Format::Csr,
            "rdcycle" | "rdtime" | "rdinstret" | "rdcycleh" | "rdtimeh" | "rdinstreth" | "frcsr"
            | "frrm" | "frflags",
        ) => {
            n(1)?;
            k.rd = xreg(t[0])?;
            k.imm = match m {
                "rdcycle" => CYCLE,
                "rdtime" => TIME,
                "rdinstret" => INSTRET,
                "rdcycleh" => CYCLEH,
                "rdtimeh" => TIMEH,
                "rdinstreth" => INSTRETH,
                "frcsr" => FCSR,
                "frrm" => FRM,
                _ => FFLAGS,
            };
        }
        (Format::Csr, "fscsr" | "fsrm" | "fsflags") => {
            k.imm = match m {
                "fscsr" => FCSR,
                "fsrm" => FRM,
                _ => FFLAGS,
            };
            match t.len() {
                1 => k.rs1 = xreg(t[0])?,
                _ => {
                    n(2)?;
                    (k.rd, k.rs1) = (xreg(t[0])?, xreg(t[1])?);
                }
            }
        }
        (Format::CsrI, "fsrmi" | "fsflagsi") => {
            k.imm = if m == "fsrmi" { FRM } else { FFLAGS };
            match t.len() {
                1 => k.rs1 = imm(t[0])? as u32,
                _ => {
                    n(2)?;
                    (k.rd, k.rs1) = (xreg(t[0])?, imm(t[1])? as u32);
                }
            }
        }
        (Format::Fence, "fence") if t.is_empty() => k.imm = 0xff,
        // Sign injection with rs1 = rs2 (F/D chapters, "Floating-Point Sign-Injection
        // Instructions"): fmv/fneg/fabs.
        (Format::Fp, "fmv.s" | "fneg.s" | "fabs.s" | "fmv.d" | "fneg.d" | "fabs.d") => {
            n(2)?;
            k.rd = freg(t[0])?;
            (k.rs1, k.rs2) = (freg(t[1])?, freg(t[1])?);
        }
        // The pre-2.2 names of fmv.x.w / fmv.w.x (F chapter, "Single-Precision
        // Floating-Point Conversion and Move Instructions").
        (Format::Fp, "fmv.x.s" | "fmv.s.x") => {
            n(2)?;
            let ops = FpOperands::of(if m == "fmv.x.s" { "fmv.x.w" } else { "fmv.w.x" });
            (k.rd, k.rs1) = (reg(ops.rd_fp, t[0])?, reg(ops.rs1_fp, t[1])?);
        }
        // ---- the instruction's own syntax ----
        (_, m) if m == c.name => match def.format {
            Format::R => {
                n(3)?;
                (k.rd, k.rs1, k.rs2) = (xreg(t[0])?, xreg(t[1])?, xreg(t[2])?);
            }
            Format::I | Format::Shift if t.len() == 2 => {
                let (off, base) = mem(t[1])?;
                (k.rd, k.rs1, k.imm) = (reg(fp_data(def.name), t[0])?, base, off);
            }
            Format::I | Format::Shift => {
                n(3)?;
                (k.rd, k.rs1, k.imm) = (xreg(t[0])?, xreg(t[1])?, imm(t[2])?);
            }
            Format::S => {
                n(2)?;
                let (off, base) = mem(t[1])?;
                (k.rs2, k.rs1, k.imm) = (reg(fp_data(def.name), t[0])?, base, off);
            }
            Format::B => {
                n(3)?;
                (k.rs1, k.rs2, k.imm) = (xreg(t[0])?, xreg(t[1])?, imm(t[2])?);
            }
            Format::U => {
                n(2)?;
                (k.rd, k.imm) = (xreg(t[0])?, upper(t[1])?);
            }
            Format::J => {
                n(2)?;
                (k.rd, k.imm) = (xreg(t[0])?, imm(t[1])?);
            }
            Format::Csr => {
                n(3)?;
                (k.rd, k.imm, k.rs1) = (xreg(t[0])?, csr(t[1], names)?, xreg(t[2])?);
            }
            Format::CsrI => {
                n(3)?;
                (k.rd, k.imm, k.rs1) = (xreg(t[0])?, csr(t[1], names)?, imm(t[2])? as u32);
            }
            Format::Amo => {
                n(3)?;
                let (off, base) = mem(t[2])?;
                if off != 0 {
                    return Err(format!("AMO with an offset: {}", c.ops));
                }
                (k.rd, k.rs2, k.rs1) = (xreg(t[0])?, xreg(t[1])?, base);
            }
            Format::Lr => {
                n(2)?;
                let (off, base) = mem(t[1])?;
                if off != 0 {
                    return Err(format!("LR with an offset: {}", c.ops));
                }
                (k.rd, k.rs1) = (xreg(t[0])?, base);
            }
            // Capstone's FENCE has fm = 0 (it rejects other fm values).
            Format::Fence => {
                n(2)?;
                k.imm = (fence_set(t[0])? << 4) | fence_set(t[1])?;
            }
            Format::FpRm | Format::Fp | Format::Fp4 => {
                // An optional last rounding-mode operand (FpRm, Fp4): absent means DYN,
                // except for the exact conversions, whose only Capstone encoding is rm = 000.
                let mut t = t.clone();
                if def.format != Format::Fp {
                    k.imm = if capstone_exact_conversion(def.name) {
                        0
                    } else {
                        RM_DYN
                    };
                    if let Some(&(_, rm)) = t
                        .last()
                        .and_then(|l| RM_NAMES.iter().find(|(name, _)| name == l))
                    {
                        if capstone_exact_conversion(def.name) {
                            return Err(format!("rounding mode on {}: {}", c.name, c.ops));
                        }
                        k.imm = rm;
                        t.pop();
                    }
                }
                // rs2 fixed by the encoding (fsqrt, fcvt, fmv, fclass) is not an operand.
                let fixed_rs2 = def.mask & 0x01f0_0000 == 0x01f0_0000;
                let regs = match def.format {
                    Format::Fp4 => 4,
                    _ if fixed_rs2 => 2,
                    _ => 3,
                };
                if t.len() != regs {
                    return Err(format!(
                        "{} {}: expected {regs} registers",
                        c.mnemonic, c.ops
                    ));
                }
                let ops = FpOperands::of(def.name);
                k.rd = reg(ops.rd_fp, t[0])?;
                k.rs1 = reg(ops.rs1_fp, t[1])?;
                if regs > 2 {
                    k.rs2 = freg(t[2])?;
                }
                if regs > 3 {
                    k.rs3 = freg(t[3])?;
                }
            }
            Format::None => n(0)?,
        },
        _ => return Err(format!("unknown alias {m:?} of {} ({})", c.name, c.ops)),
    }
    Ok(Some(k))
}

/// rivet's decoded instruction as a [`Key`] (fields by operand format).
fn rivet_key(i: &Insn) -> Key {
    let def = i.op.def().expect("a decoded instruction");
    let (rd, rs1, rs2) = (u32::from(i.rd), u32::from(i.rs1), u32::from(i.rs2));
    let imm = i64::from(i.imm);
    let mut k = Key {
        name: def.name.to_string(),
        ..Key::default()
    };
    match def.format {
        Format::R => (k.rd, k.rs1, k.rs2) = (rd, rs1, rs2),
        Format::I | Format::Shift | Format::Csr | Format::CsrI => {
            (k.rd, k.rs1, k.imm) = (rd, rs1, imm);
        }
        Format::S | Format::B => (k.rs1, k.rs2, k.imm) = (rs1, rs2, imm),
        Format::U | Format::J => (k.rd, k.imm) = (rd, imm),
        Format::Amo => (k.rd, k.rs1, k.rs2, k.aqrl) = (rd, rs1, rs2, u32::from(i.rs3)),
        Format::Lr => (k.rd, k.rs1, k.aqrl) = (rd, rs1, u32::from(i.rs3)),
        Format::Fence => k.imm = imm,
        Format::FpRm | Format::Fp | Format::Fp4 => {
            (k.rd, k.rs1, k.rs2) = (rd, rs1, rs2);
            // A fixed rs2 field is part of the opcode (fsqrt, fcvt, fmv, fclass).
            if def.mask & 0x01f0_0000 == 0x01f0_0000 {
                k.rs2 = 0;
            }
            if def.format != Format::Fp {
                k.imm = imm;
            }
            if def.format == Format::Fp4 {
                k.rs3 = u32::from(i.rs3);
            }
        }
        Format::None => {}
    }
    k
}

// ---- where Capstone and the specification disagree ---------------------------------------

/// Classes of words where Capstone 5 disagrees with the RISC-V specification (unprivileged
/// ISA, 20191213 and later). rivet must follow the spec; the expected decoding of each class
/// is worked out here from the spec text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CapstoneDisagreement {
    /// FENCE (MISC-MEM, funct3 = 000) with rd != 0, rs1 != 0, or fm not 0000 (other than the
    /// exact FENCE.TSO word): Capstone rejects. Spec, RV32I "Memory Ordering Instructions":
    /// "The unused fields in the FENCE instructions—rs1 and rd—are reserved for finer-grain
    /// fences in future extensions. For forward compatibility, base implementations shall
    /// ignore these fields", and reserved fm/pred/succ configurations are to be treated "as
    /// normal fences with fm=0000". -> `fence` (imm = bits 31:20).
    FenceReservedFields,
    /// FENCE.I (MISC-MEM, funct3 = 001) with imm, rs1 or rd non-zero: Capstone rejects.
    /// Spec, chapter "Zifencei": "The unused fields in the FENCE.I instruction, imm[11:0],
    /// rs1, and rd, are reserved for finer-grain fences in future extensions. For forward
    /// compatibility, base implementations shall ignore these fields". -> `fence.i`.
    FenceIReservedFields,
    /// An F/D instruction with a rounding-mode field (bits 14:12) holding one of the
    /// reserved values 101 or 110: Capstone rejects. Spec, F chapter, "Floating-Point
    /// Control and Status Register", table "Rounding mode encoding": 101 and 110 are
    /// "Reserved for future use"; executing such an instruction raises an illegal-instruction
    /// exception. rivet decodes the word (rm in `imm`) and raises that exception at
    /// execution, where DYN (whose validity depends on `frm`) is checked too. -> the
    /// instruction of the spec's listings with imm = rm.
    FpReservedRm,
    /// `fcvt.d.s`, `fcvt.d.w`, `fcvt.d.wu` (exact conversions) with rm in {001, 010, 011,
    /// 100, 111}: Capstone knows them only with rm = 000 and rejects. Spec, F chapter, same
    /// section: "Some instructions, including widening conversions, have the rm field but
    /// are nevertheless mathematically unaffected by the rounding mode; software should set
    /// their rm field to RNE (000) but implementations must treat the rm field as usual (in
    /// particular, with regard to decoding legal vs. reserved encodings)"; the D chapter
    /// lists these with an rm field. -> the instruction with imm = rm.
    ExactConversionRm,
}

/// The F/D instructions with a rounding-mode field, from the spec's listings ("RV32/64G
/// Instruction Set Listings", RV32F/RV64F/RV32D/RV64D): the name and whether rs2 is a fixed
/// part of the encoding rather than an operand. Fused multiply-adds (4 registers) included.
fn spec_rm_insn(w: u32) -> Option<(&'static str, bool)> {
    let opcode = w & 0x7f;
    let fmt = (w >> 25) & 3;
    let funct7 = w >> 25;
    let rs2 = (w >> 20) & 0x1f;
    if matches!(opcode, 0x43 | 0x47 | 0x4b | 0x4f) {
        return match (opcode, fmt) {
            (0x43, 0) => Some(("fmadd.s", false)),
            (0x47, 0) => Some(("fmsub.s", false)),
            (0x4b, 0) => Some(("fnmsub.s", false)),
            (0x4f, 0) => Some(("fnmadd.s", false)),
            (0x43, 1) => Some(("fmadd.d", false)),
            (0x47, 1) => Some(("fmsub.d", false)),
            (0x4b, 1) => Some(("fnmsub.d", false)),
            (0x4f, 1) => Some(("fnmadd.d", false)),
            _ => None,
        };
    }
    if opcode != 0x53 {
        return None;
    }
    let any_rs2 = match funct7 {
        0x00 => Some("fadd.s"),
        0x04 => Some("fsub.s"),
        0x08 => Some("fmul.s"),
        0x0c => Some("fdiv.s"),
        0x01 => Some("fadd.d"),
        0x05 => Some("fsub.d"),
        0x09 => Some("fmul.d"),
        0x0d => Some("fdiv.d"),
        _ => None,
    };
    if let Some(name) = any_rs2 {
        return Some((name, false));
    }
    let name = match (funct7, rs2) {
        (0x2c, 0) => "fsqrt.s",
        (0x2d, 0) => "fsqrt.d",
        (0x20, 1) => "fcvt.s.d",
        (0x21, 0) => "fcvt.d.s",
        (0x60, 0) => "fcvt.w.s",
        (0x60, 1) => "fcvt.wu.s",
        (0x60, 2) => "fcvt.l.s",
        (0x60, 3) => "fcvt.lu.s",
        (0x61, 0) => "fcvt.w.d",
        (0x61, 1) => "fcvt.wu.d",
        (0x61, 2) => "fcvt.l.d",
        (0x61, 3) => "fcvt.lu.d",
        (0x68, 0) => "fcvt.s.w",
        (0x68, 1) => "fcvt.s.wu",
        (0x68, 2) => "fcvt.s.l",
        (0x68, 3) => "fcvt.s.lu",
        (0x69, 0) => "fcvt.d.w",
        (0x69, 1) => "fcvt.d.wu",
        (0x69, 2) => "fcvt.d.l",
        (0x69, 3) => "fcvt.d.lu",
        _ => return None,
    };
    Some((name, true))
}

impl CapstoneDisagreement {
    fn of(w: u32) -> Option<Self> {
        let (opcode, funct3) = (w & 0x7f, (w >> 12) & 7);
        let rd_rs1 = w & 0x000f_8f80;
        let fm = w >> 28;
        match (opcode, funct3) {
            (0x0f, 0) if w != 0x8330_000f && (rd_rs1 != 0 || fm != 0) => {
                Some(Self::FenceReservedFields)
            }
            (0x0f, 1) if w & 0xffff_8f80 != 0 => Some(Self::FenceIReservedFields),
            _ => match spec_rm_insn(w) {
                Some(_) if funct3 == 5 || funct3 == 6 => Some(Self::FpReservedRm),
                Some((name, _)) if capstone_exact_conversion(name) && funct3 != 0 => {
                    Some(Self::ExactConversionRm)
                }
                _ => None,
            },
        }
    }

    /// The spec's decoding of `w`.
    fn spec_key(self, w: u32) -> Key {
        match self {
            Self::FenceReservedFields => Key {
                name: "fence".into(),
                imm: i64::from((w as i32) >> 20),
                ..Key::default()
            },
            Self::FenceIReservedFields => Key {
                name: "fence.i".into(),
                ..Key::default()
            },
            Self::FpReservedRm | Self::ExactConversionRm => {
                let (name, fixed_rs2) = spec_rm_insn(w).expect("an rm instruction");
                let fma = matches!(w & 0x7f, 0x43 | 0x47 | 0x4b | 0x4f);
                Key {
                    name: name.into(),
                    rd: (w >> 7) & 0x1f,
                    rs1: (w >> 15) & 0x1f,
                    rs2: if fixed_rs2 { 0 } else { (w >> 20) & 0x1f },
                    rs3: if fma { w >> 27 } else { 0 },
                    imm: i64::from((w >> 12) & 7),
                    aqrl: 0,
                }
            }
        }
    }
}

/// Capstone instructions from extensions rivet does not implement: these words must be
/// illegal in rivet. Q and Zfh (quad- and half-precision: a `.q` or `.h` component in the
/// name, or their loads and stores), and privileged instructions of the N extension (`uret`)
/// and debug mode (`dret`). (Capstone 5 decodes no Q or Zfh encoding; see `fixed_words`.)
pub fn lacking_extension(name: &str) -> Option<&'static str> {
    let q_or_h = |p: &str| p == "q" || p == "h";
    if name.starts_with('f')
        && (name.split('.').skip(1).any(q_or_h) || matches!(name, "flq" | "fsq" | "flh" | "fsh"))
    {
        Some("Q/Zfh")
    } else if matches!(name, "uret" | "dret") {
        Some("N/debug privileged")
    } else {
        None
    }
}

/// Counts and failures of a run of [`Stats::check`].
#[derive(Default)]
pub struct Stats {
    /// Words checked.
    pub words: usize,
    /// Words both decode to the same instruction and operands.
    pub both_decode: usize,
    /// Words both reject.
    pub both_illegal: usize,
    /// Agreements by rivet instruction name.
    pub by_op: BTreeMap<&'static str, usize>,
    /// Words of each class where Capstone disagrees with the spec (checked against the spec).
    pub spec_classes: BTreeMap<CapstoneDisagreement, usize>,
    /// Capstone instructions of extensions rivet lacks (illegal in rivet), by name.
    pub lacking: BTreeMap<String, usize>,
    /// One line per mismatch.
    pub failures: Vec<String>,
}

impl Stats {
    /// Compares rivet's and Capstone's decoding of `w` (its two low bits forced to 11).
    pub fn check(&mut self, cs: &Capstone, names: &HashMap<String, i64>, w: u32) {
        let w = w | 3;
        self.words += 1;
        let r = decode32(w);
        // decode() of a 32-bit word is decode32().
        if decode(w) != r {
            self.failures
                .push(format!("{w:#010x}: decode() != decode32()"));
        }
        let c = capstone_decode(cs, w);
        let c_text = c.as_ref().map_or("rejected".to_string(), |c| {
            format!("{} [{} {}]", c.name, c.mnemonic, c.ops)
        });
        let r_text = if r.op == Op::Illegal {
            "illegal".to_string()
        } else {
            format!("{:?}", rivet_key(&r))
        };
        let fail = |s: &mut Self, why: &str| {
            s.failures.push(format!(
                "{w:#010x}: {why}: rivet {r_text}, Capstone {c_text}"
            ));
        };

        if let Some(class) = CapstoneDisagreement::of(w) {
            *self.spec_classes.entry(class).or_default() += 1;
            if c.is_some() {
                fail(
                    self,
                    &format!("{class:?}: Capstone was documented to reject"),
                );
            }
            if r.op == Op::Illegal || rivet_key(&r) != class.spec_key(w) {
                fail(
                    self,
                    &format!("{class:?}: spec says {:?}", class.spec_key(w)),
                );
            }
            return;
        }
        let ck = match c.as_ref().map(|c| capstone_key(c, names)) {
            None => None,
            Some(Err(e)) => return fail(self, &e),
            Some(Ok(None)) => {
                let name = &c.as_ref().unwrap().name;
                if lacking_extension(name).is_none() {
                    return fail(self, "Capstone instruction of an unexpected extension");
                }
                *self.lacking.entry(name.clone()).or_default() += 1;
                if r.op != Op::Illegal {
                    fail(
                        self,
                        "rivet decodes an instruction of an extension it lacks",
                    );
                }
                return;
            }
            Some(Ok(Some(k))) => Some(k),
        };
        match (r.op, ck) {
            (Op::Illegal, None) => self.both_illegal += 1,
            (Op::Illegal, Some(_)) => fail(self, "rivet says illegal"),
            (_, None) => fail(self, "Capstone rejects"),
            (op, Some(k)) => {
                if rivet_key(&r) == k {
                    self.both_decode += 1;
                    *self.by_op.entry(op.name()).or_default() += 1;
                } else {
                    fail(self, &format!("operands differ: Capstone reads {k:?}"));
                }
            }
        }
    }

    /// Prints the counts and panics with the mismatches, if any.
    pub fn report(&self, label: &str) {
        println!(
            "{label}: {} words; both decode (same instruction and operands): {}; both illegal: {}",
            self.words, self.both_decode, self.both_illegal
        );
        println!(
            "  checked against the spec where Capstone disagrees: {:?}",
            self.spec_classes
        );
        let lacking: usize = self.lacking.values().sum();
        println!(
            "  Capstone-only (Q/Zfh, N/debug), illegal in rivet: {lacking} in {} instructions",
            self.lacking.len()
        );
        println!(
            "    {}",
            self.lacking.keys().cloned().collect::<Vec<_>>().join(" ")
        );
        println!(
            "  instructions hit: {} of {}",
            self.by_op.len(),
            TABLE.len()
        );
        assert!(
            self.failures.is_empty(),
            "{label}: {} mismatches:\n{}",
            self.failures.len(),
            self.failures
                .iter()
                .take(60)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// Capstone for RV64GC and its CSR names (see [`csr_names`]).
pub fn setup() -> (Capstone, HashMap<String, i64>) {
    let cs = capstone();
    let names = csr_names(&cs);
    (cs, names)
}
