//! The interpreter against QEMU (`qemu-system-riscv64 -M spike`) on random user-level
//! instruction sequences.
//!
//! A case is an assembly file: a prologue loads random x and f registers and fcsr, the
//! sequence runs (integer, M, A, F, D instructions from the instruction table; loads, stores
//! and AMOs at aligned offsets from `gp` into a data area; no traps, no CSRs, no control
//! flow), then a dump writes every x and f register, fcsr and the data area as hex lines to
//! the HTIF console and halts. The GNU toolchain builds the ELF; QEMU and the interpreter
//! run it and their console outputs are compared (never counters: QEMU's follow host time).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use rivet::interp::decode::{Format, Op};
use rivet::{Config, Engine, Machine};

use crate::generator::{is_atomic, is_memory, plain_defs, random_fp, random_value, writable_reg};
use crate::rng::Rng;

/// The QEMU binary.
pub const QEMU: &str = "qemu-system-riscv64";
/// The cross compiler.
pub const CC: &str = "riscv64-unknown-elf-gcc";

/// Errors of a QEMU comparison (not divergences: those are [`QemuResult::Differ`]).
#[derive(Debug, thiserror::Error)]
pub enum QemuError {
    /// A file could not be written or a tool not started.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The assembler or linker rejected the generated source.
    #[error("building {path}: {stderr}")]
    Build {
        /// The source.
        path: PathBuf,
        /// The compiler's messages.
        stderr: String,
    },
    /// The ELF did not load into rivet.
    #[error("loading into rivet: {0}")]
    Load(#[from] rivet::Error),
}

/// Whether QEMU and the cross compiler are installed.
pub fn available() -> bool {
    let ok = |cmd: &str| {
        Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    ok(QEMU) && ok(CC)
}

/// Words of the data area.
const DATA_WORDS: usize = 64;

/// A random user-level instruction that cannot trap or transfer control.
fn user_insn(r: &mut Rng, defs: &[&'static rivet::interp::decode::InsnDef]) -> u32 {
    loop {
        let d = *r.pick(defs);
        if matches!(
            d.op,
            Op::FenceI
                | Op::SfenceVma
                | Op::Auipc
                | Op::Fence
                | Op::LrW
                | Op::LrD
                | Op::ScW
                | Op::ScD
        ) || matches!(d.format, Format::None)
        {
            continue;
        }
        let mut w = r.next_u32();
        if !matches!(d.format, Format::S) {
            w = (w & !(31 << 7)) | u32::from(writable_reg(r)) << 7;
        }
        if matches!(d.format, Format::FpRm | Format::Fp4) {
            // Valid static modes or dynamic (fcsr.frm is always valid here).
            w = (w & !(7 << 12)) | (*r.pick(&[0u32, 1, 2, 3, 4, 7])) << 12;
        }
        if is_memory(d.op) {
            // gp-relative, aligned to 8, inside the data area (gp points at its middle).
            let half = (DATA_WORDS as i64 / 2) * 8;
            let off = if is_atomic(d.op) {
                0
            } else {
                (r.below(DATA_WORDS as u64) as i64 * 8 - half) as i32
            };
            w = (w & !(31 << 15)) | 3 << 15;
            w = match d.format {
                Format::S => {
                    let imm = off as u32;
                    (w & 0x01ff_f07f) | ((imm >> 5) & 0x7f) << 25 | (imm & 0x1f) << 7
                }
                _ if is_atomic(d.op) => w,
                _ => (w & 0x000f_ffff) | ((off as u32) & 0xfff) << 20,
            };
        }
        return (w & !d.mask) | d.bits;
    }
}

/// The assembly source of the QEMU case of `seed`, with `len` random instructions.
pub fn source(seed: u64, len: usize) -> String {
    let mut r = Rng::new(seed);
    let defs = plain_defs();
    let mut s = String::new();
    let x: Vec<u64> = (0..32).map(|_| random_value(&mut r)).collect();
    let f: Vec<u64> = (0..32).map(|_| random_fp(&mut r)).collect();
    let data: Vec<u64> = (0..DATA_WORDS).map(|_| random_value(&mut r)).collect();
    let frm = r.below(5);
    let _ = writeln!(
        s,
        "# rivet-fuzz QEMU case, seed {seed:#x}\n\
         .section .text.init\n.globl _start\n_start:\n\
         li t0, 0x6000\ncsrs mstatus, t0\n\
         la t0, regtab\n"
    );
    for i in 0..32 {
        let _ = writeln!(s, "fld f{i}, {}(t0)", 256 + 8 * i);
    }
    let _ = writeln!(s, "li t1, {}\ncsrw fcsr, t1", frm << 5);
    for i in (1..32).filter(|&i| i != 3 && i != 5) {
        let _ = writeln!(s, "ld x{i}, {}(t0)", 8 * i);
    }
    let _ = writeln!(s, "la gp, data + {}\nld t0, 40(t0)", DATA_WORDS * 4);
    s.push_str("# the sequence\n");
    for _ in 0..len {
        let _ = writeln!(s, ".word {:#010x}", user_insn(&mut r, &defs));
    }
    s.push_str(
        "# dump: x registers, f registers, fcsr, data\n\
         csrw mscratch, t0\nla t0, sig\n",
    );
    for i in (1..32).filter(|&i| i != 5) {
        let _ = writeln!(s, "sd x{i}, {}(t0)", 8 * i);
    }
    s.push_str("csrr t1, mscratch\nsd t1, 40(t0)\n");
    for i in 0..32 {
        let _ = writeln!(s, "fsd f{i}, {}(t0)", 256 + 8 * i);
    }
    let words = 65 + DATA_WORDS;
    let _ = writeln!(
        s,
        "csrr t1, fcsr\nsd t1, 512(t0)\n\
         la s3, data\naddi s4, t0, 520\nli s5, {DATA_WORDS}\n\
         5: ld s6, 0(s3)\nsd s6, 0(s4)\naddi s3, s3, 8\naddi s4, s4, 8\naddi s5, s5, -1\nbnez s5, 5b\n\
         la s0, sig\nli s1, {words}\n\
         1: ld a0, 0(s0)\nli s2, 16\n\
         2: srli a1, a0, 60\nla a2, hex\nadd a2, a2, a1\nlbu a1, 0(a2)\ncall putc\n\
         slli a0, a0, 4\naddi s2, s2, -1\nbnez s2, 2b\n\
         li a1, 10\ncall putc\naddi s0, s0, 8\naddi s1, s1, -1\nbnez s1, 1b\n\
         li t0, 1\nla t1, tohost\nsd t0, 0(t1)\n3: j 3b\n\
         putc: li t0, 0x0101000000000000\nor t0, t0, a1\nla t1, tohost\nsd t0, 0(t1)\n\
         la t1, fromhost\n4: ld t2, 0(t1)\nbeqz t2, 4b\nsd zero, 0(t1)\nret\n\
         .section .tohost, \"aw\", @progbits\n.align 6\n\
         .globl tohost\ntohost: .dword 0\n.size tohost, 8\n\
         .globl fromhost\nfromhost: .dword 0\n.size fromhost, 8\n\
         .data\n.align 3\nhex: .ascii \"0123456789abcdef\"\n.align 3\nregtab:"
    );
    for v in x.iter().chain(&f) {
        let _ = writeln!(s, ".dword {v:#x}");
    }
    s.push_str("data:\n");
    for v in &data {
        let _ = writeln!(s, ".dword {v:#x}");
    }
    let _ = writeln!(s, ".bss\n.align 3\nsig: .zero {}", 8 * words);
    s
}

/// Outcome of one comparison.
#[derive(Debug, PartialEq, Eq)]
pub enum QemuResult {
    /// Identical dumps.
    Agree,
    /// The dumps differ: the first differing line (what it holds, rivet's, QEMU's).
    Differ {
        /// `x5`, `f3`, `fcsr`, `data[12]`…
        what: String,
        /// rivet's value.
        rivet: String,
        /// QEMU's value.
        qemu: String,
    },
}

/// Lines of a complete dump: 32 x registers, 32 f registers, fcsr, the data area.
pub const DUMP_LINES: usize = 65 + DATA_WORDS;

/// Builds the case of `seed` in `dir`, runs it on both and compares.
pub fn compare(seed: u64, len: usize, dir: &Path) -> Result<QemuResult, QemuError> {
    let (ours, theirs) = run_both(seed, len, dir)?;
    Ok(diff_dumps(&ours, &theirs))
}

/// Builds the case of `seed` in `dir` and runs it on the interpreter and on QEMU: their
/// console outputs.
pub fn run_both(seed: u64, len: usize, dir: &Path) -> Result<(String, String), QemuError> {
    let io = |what: String| move |source| QemuError::Io { what, source };
    std::fs::create_dir_all(dir).map_err(io(format!("create {}", dir.display())))?;
    let src = dir.join(format!("q-{seed:016x}.S"));
    let elf = src.with_extension("elf");
    let ld = dir.join("link.ld");
    std::fs::write(
        &ld,
        "OUTPUT_ARCH(\"riscv\")\nENTRY(_start)\nSECTIONS {\n. = 0x80000000;\n\
         .text.init : { *(.text.init) }\n. = ALIGN(0x1000);\n.tohost : ALIGN(64) { *(.tohost) }\n\
         . = ALIGN(0x1000);\n.text : { *(.text) }\n. = ALIGN(0x1000);\n.data : { *(.data) }\n\
         .bss : { *(.bss) }\n/DISCARD/ : { *(.riscv.attributes) }\n}\n",
    )
    .map_err(io(format!("write {}", ld.display())))?;
    let text = source(seed, len);
    std::fs::write(&src, &text).map_err(io(format!("write {}", src.display())))?;
    let out = Command::new(CC)
        .args([
            "-march=rv64gc",
            "-mabi=lp64d",
            "-nostdlib",
            "-nostartfiles",
            "-T",
        ])
        .arg(&ld)
        .arg("-o")
        .arg(&elf)
        .arg(&src)
        .output()
        .map_err(io(format!("run {CC}")))?;
    if !out.status.success() {
        return Err(QemuError::Build {
            path: src,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    let bytes = std::fs::read(&elf).map_err(io(format!("read {}", elf.display())))?;
    let mut m = Machine::from_elf(
        &Config {
            ram_length: 1 << 20,
            ..Config::default()
        },
        &bytes,
    )?;
    let console = Arc::new(Mutex::new(Vec::new()));
    m.set_console(Box::new(SharedBuf(console.clone())));
    m.set_engine(Engine::Interpreter);
    m.run(10_000_000);
    let _ = m.flush_console();
    let ours = String::from_utf8_lossy(&console.lock().expect("console")).into_owned();
    let q = Command::new("timeout")
        .args([
            "20",
            QEMU,
            "-M",
            "spike",
            "-nographic",
            "-bios",
            "none",
            "-kernel",
        ])
        .arg(&elf)
        .output()
        .map_err(io(format!("run {QEMU}")))?;
    let theirs = String::from_utf8_lossy(&q.stdout).replace('\r', "");
    Ok((ours, theirs))
}

/// Compares two dumps line by line.
pub fn diff_dumps(ours: &str, theirs: &str) -> QemuResult {
    let name = |i: usize| match i {
        0..=31 => format!("x{i}"),
        32..=63 => format!("f{}", i - 32),
        64 => "fcsr".to_string(),
        n => format!("data[{}]", n - 65),
    };
    let a: Vec<&str> = ours.lines().collect();
    let b: Vec<&str> = theirs.lines().collect();
    if a.len() != DUMP_LINES || b.len() != DUMP_LINES {
        return QemuResult::Differ {
            what: "dump length (lines)".into(),
            rivet: a.len().to_string(),
            qemu: b.len().to_string(),
        };
    }
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i).copied(), b.get(i).copied());
        if x != y {
            return QemuResult::Differ {
                what: name(i),
                rivet: x.unwrap_or("<missing>").to_string(),
                qemu: y.unwrap_or("<missing>").to_string(),
            };
        }
    }
    QemuResult::Agree
}

/// A console sink shared with the caller.
struct SharedBuf(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("console").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
