//! The F and D extensions: one soft-float implementation (Berkeley SoftFloat 3 with its RISC-V
//! specialisation, through `softfloat-sys`), never the host FPU, so results and flags are the
//! same bits on every host.
//!
//! Rules (unprivileged specification, chapters "F" and "D"):
//! - `mstatus.FS` = Off makes every FP instruction (and the FP CSRs) illegal. Any instruction
//!   that writes an `f` register or may set `fflags` sets FS to Dirty (`sstatus.SD` follows).
//!   FP stores, `fmv.x.*` and `fclass` change no FP state and leave FS alone.
//! - Rounding: the `rm` field, or `frm` when `rm` = 7 (DYN). `rm` = 5 or 6, or DYN with
//!   `frm` >= 5, is an illegal instruction — for every instruction that has an `rm` field,
//!   including the exact conversions `fcvt.d.s` and `fcvt.d.w[u]`.
//! - Singles live NaN-boxed in the 64-bit registers (upper 32 bits all ones); an operand that
//!   is not properly boxed reads as the canonical NaN. Results are boxed. `fmv.x.w` and `fsw`
//!   move the low 32 bits as they are.
//! - NaN results are canonical (`0x7fc00000`, `0x7ff8000000000000`). `fmin`/`fmax` follow IEEE
//!   754-2019 minimumNumber/maximumNumber: a NaN operand yields the other operand, two NaNs
//!   yield the canonical NaN, -0 < +0, and a signalling NaN operand raises NV.
//! - Conversions to integers saturate; NaN converts to the largest value; 32-bit results are
//!   sign-extended to 64 bits (`fcvt.wu` too).

use rivet_machine::Machine;
use rivet_machine::csr::MSTATUS_FS;
use softfloat_sys as sf;

use crate::decode::{Insn, Op};
use crate::trap::Exception;

/// The canonical single-precision NaN.
pub const CANONICAL_NAN_S: u32 = 0x7fc0_0000;
/// The canonical double-precision NaN.
pub const CANONICAL_NAN_D: u64 = 0x7ff8_0000_0000_0000;
/// `fflags` NV (invalid operation).
const NV: u8 = 16;

/// Safe wrappers of the SoftFloat functions used here. Each is a pure function of its value
/// arguments plus SoftFloat's thread-local rounding mode and flags (set and read by
/// [`with_rm`]).
#[allow(non_snake_case)] // keeps SoftFloat's own names (f32_mulAdd)
mod soft {
    use softfloat_sys as sf;

    macro_rules! wrap {
        ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
            $(
                #[inline]
                pub fn $name($($arg: $ty),*) -> $ret {
                    // SAFETY: a SoftFloat arithmetic function: it reads only its value
                    // arguments and the thread-local rounding mode, and writes only the
                    // thread-local exception flags.
                    unsafe { sf::$name($($arg),*) }
                }
            )*
        };
    }

    use sf::{float32_t as F32, float64_t as F64};

    wrap! {
        f32_add(a: F32, b: F32) -> F32;
        f32_sub(a: F32, b: F32) -> F32;
        f32_mul(a: F32, b: F32) -> F32;
        f32_div(a: F32, b: F32) -> F32;
        f32_sqrt(a: F32) -> F32;
        f32_mulAdd(a: F32, b: F32, c: F32) -> F32;
        f32_eq(a: F32, b: F32) -> bool;
        f32_lt(a: F32, b: F32) -> bool;
        f32_le(a: F32, b: F32) -> bool;
        f32_lt_quiet(a: F32, b: F32) -> bool;
        f32_to_i32(a: F32, rm: u8, exact: bool) -> i64;
        f32_to_ui32(a: F32, rm: u8, exact: bool) -> u64;
        f32_to_i64(a: F32, rm: u8, exact: bool) -> i64;
        f32_to_ui64(a: F32, rm: u8, exact: bool) -> u64;
        f32_to_f64(a: F32) -> F64;
        f64_add(a: F64, b: F64) -> F64;
        f64_sub(a: F64, b: F64) -> F64;
        f64_mul(a: F64, b: F64) -> F64;
        f64_div(a: F64, b: F64) -> F64;
        f64_sqrt(a: F64) -> F64;
        f64_mulAdd(a: F64, b: F64, c: F64) -> F64;
        f64_eq(a: F64, b: F64) -> bool;
        f64_lt(a: F64, b: F64) -> bool;
        f64_le(a: F64, b: F64) -> bool;
        f64_lt_quiet(a: F64, b: F64) -> bool;
        f64_to_i32(a: F64, rm: u8, exact: bool) -> i64;
        f64_to_ui32(a: F64, rm: u8, exact: bool) -> u64;
        f64_to_i64(a: F64, rm: u8, exact: bool) -> i64;
        f64_to_ui64(a: F64, rm: u8, exact: bool) -> u64;
        f64_to_f32(a: F64) -> F32;
        i32_to_f32(a: i32) -> F32;
        ui32_to_f32(a: u32) -> F32;
        i64_to_f32(a: i64) -> F32;
        ui64_to_f32(a: u64) -> F32;
        i32_to_f64(a: i32) -> F64;
        ui32_to_f64(a: u32) -> F64;
        i64_to_f64(a: i64) -> F64;
        ui64_to_f64(a: u64) -> F64;
    }
}

/// A single read from a 64-bit register: the low half if NaN-boxed, else the canonical NaN.
#[inline]
pub fn unbox(v: u64) -> u32 {
    if v >> 32 == 0xffff_ffff {
        v as u32
    } else {
        CANONICAL_NAN_S
    }
}

/// A single NaN-boxed into a 64-bit register.
#[inline]
pub fn nan_box(v: u32) -> u64 {
    0xffff_ffff_0000_0000 | u64::from(v)
}

/// Whether FP instructions may execute (`mstatus.FS` is not Off).
#[inline]
pub fn enabled(m: &Machine) -> bool {
    m.hart.mstatus & MSTATUS_FS != 0
}

/// Marks the FP state Dirty.
#[inline]
pub fn set_dirty(m: &mut Machine) {
    m.hart.mstatus |= MSTATUS_FS;
}

/// Runs `f` with SoftFloat's rounding mode set to `rm` and its flags cleared, and returns the
/// result with the flags raised.
#[inline]
fn with_rm<T>(rm: u8, f: impl FnOnce() -> T) -> (T, u8) {
    // SAFETY: these helpers only read or write SoftFloat's thread-local rounding mode and
    // exception flags; they take and return plain integers.
    unsafe {
        sf::softfloat_roundingMode_write_helper(rm);
        sf::softfloat_exceptionFlags_write_helper(0);
    }
    let result = f();
    // SAFETY: as above.
    // SAFETY: as above.
    let flags = unsafe { sf::softfloat_exceptionFlags_read_helper() };
    (result, flags)
}

fn s(v: u32) -> sf::float32_t {
    sf::float32_t { v }
}

fn d(v: u64) -> sf::float64_t {
    sf::float64_t { v }
}

fn is_nan_s(a: u32) -> bool {
    a & 0x7f80_0000 == 0x7f80_0000 && a & 0x007f_ffff != 0
}

fn is_nan_d(a: u64) -> bool {
    a & 0x7ff0_0000_0000_0000 == 0x7ff0_0000_0000_0000 && a & 0x000f_ffff_ffff_ffff != 0
}

fn is_snan_s(a: u32) -> bool {
    is_nan_s(a) && a & 0x0040_0000 == 0
}

fn is_snan_d(a: u64) -> bool {
    is_nan_d(a) && a & 0x0008_0000_0000_0000 == 0
}

/// `fclass` of a value with `sign`, biased exponent `exp` (all ones = `exp_max`), and whether
/// the fraction is zero and its top bit (quiet bit).
fn classify(sign: bool, exp: u64, exp_max: u64, frac_zero: bool, quiet: bool) -> u64 {
    let bit = match (exp, frac_zero) {
        (e, true) if e == exp_max => {
            if sign {
                0
            } else {
                7
            }
        }
        (e, false) if e == exp_max => {
            if quiet {
                9
            } else {
                8
            }
        }
        (0, true) => {
            if sign {
                3
            } else {
                4
            }
        }
        (0, false) => {
            if sign {
                2
            } else {
                5
            }
        }
        _ => {
            if sign {
                1
            } else {
                6
            }
        }
    };
    1 << bit
}

fn fclass_s(a: u32) -> u64 {
    classify(
        a >> 31 != 0,
        u64::from((a >> 23) & 0xff),
        0xff,
        a & 0x7f_ffff == 0,
        a & 0x40_0000 != 0,
    )
}

fn fclass_d(a: u64) -> u64 {
    classify(
        a >> 63 != 0,
        (a >> 52) & 0x7ff,
        0x7ff,
        a & 0xf_ffff_ffff_ffff == 0,
        a & 0x8_0000_0000_0000 != 0,
    )
}

/// IEEE 754-2019 minimumNumber (`max` = false) or maximumNumber of two singles.
fn minmax_s(a: u32, b: u32, max: bool) -> (u32, u8) {
    let flags = if is_snan_s(a) || is_snan_s(b) { NV } else { 0 };
    let r = match (is_nan_s(a), is_nan_s(b)) {
        (true, true) => CANONICAL_NAN_S,
        (true, false) => b,
        (false, true) => a,
        _ => {
            // No NaN reaches the comparison, so it raises no flag.
            let a_lt_b = soft::f32_lt_quiet(s(a), s(b));
            let b_lt_a = soft::f32_lt_quiet(s(b), s(a));
            match (a_lt_b, b_lt_a, max) {
                (true, _, false) | (_, true, true) => a,
                (_, true, false) | (true, _, true) => b,
                // Equal: only ±0 differ in bits; min prefers -0, max +0.
                _ if max => a & b,
                _ => a | b,
            }
        }
    };
    (r, flags)
}

/// IEEE 754-2019 minimumNumber (`max` = false) or maximumNumber of two doubles.
fn minmax_d(a: u64, b: u64, max: bool) -> (u64, u8) {
    let flags = if is_snan_d(a) || is_snan_d(b) { NV } else { 0 };
    let r = match (is_nan_d(a), is_nan_d(b)) {
        (true, true) => CANONICAL_NAN_D,
        (true, false) => b,
        (false, true) => a,
        _ => {
            let a_lt_b = soft::f64_lt_quiet(d(a), d(b));
            let b_lt_a = soft::f64_lt_quiet(d(b), d(a));
            match (a_lt_b, b_lt_a, max) {
                (true, _, false) | (_, true, true) => a,
                (_, true, false) | (true, _, true) => b,
                _ if max => a & b,
                _ => a | b,
            }
        }
    };
    (r, flags)
}

/// Where an FP instruction's result goes.
enum Dest {
    /// An FP register (raw 64-bit image).
    F(u64),
    /// An integer register.
    X(u64),
}

/// Executes a computational F/D instruction (not a load or store). Returns the next pc.
pub fn execute(m: &mut Machine, insn: &Insn, next: u64) -> Result<u64, Exception> {
    if !enabled(m) {
        return Err(Exception::illegal(insn.raw));
    }
    let h = &m.hart;
    let (fa, fb, fc) = (
        h.f[usize::from(insn.rs1 & 31)],
        h.f[usize::from(insn.rs2 & 31)],
        h.f[usize::from(insn.rs3 & 31)],
    );
    let xa = h.x[usize::from(insn.rs1 & 31)];
    let frm = ((h.fcsr >> 5) & 7) as u8;
    let uses_rm = insn.op.def().is_some_and(|d| {
        matches!(
            d.format,
            crate::decode::Format::FpRm | crate::decode::Format::Fp4
        )
    });
    let rm = if uses_rm {
        let rm = if insn.imm == 7 { frm } else { insn.imm as u8 };
        if rm > 4 {
            return Err(Exception::illegal(insn.raw));
        }
        rm
    } else {
        0
    };
    let (sa, sb, sc) = (unbox(fa), unbox(fb), unbox(fc));
    const SIGN_S: u32 = 1 << 31;
    const SIGN_D: u64 = 1 << 63;
    let (dest, flags) = match insn.op {
        Op::FaddS => with_rm(rm, || Dest::F(nan_box(soft::f32_add(s(sa), s(sb)).v))),
        Op::FsubS => with_rm(rm, || Dest::F(nan_box(soft::f32_sub(s(sa), s(sb)).v))),
        Op::FmulS => with_rm(rm, || Dest::F(nan_box(soft::f32_mul(s(sa), s(sb)).v))),
        Op::FdivS => with_rm(rm, || Dest::F(nan_box(soft::f32_div(s(sa), s(sb)).v))),
        Op::FsqrtS => with_rm(rm, || Dest::F(nan_box(soft::f32_sqrt(s(sa)).v))),
        Op::FmaddS => with_rm(rm, || {
            Dest::F(nan_box(soft::f32_mulAdd(s(sa), s(sb), s(sc)).v))
        }),
        Op::FmsubS => with_rm(rm, || {
            Dest::F(nan_box(soft::f32_mulAdd(s(sa), s(sb), s(sc ^ SIGN_S)).v))
        }),
        Op::FnmsubS => with_rm(rm, || {
            Dest::F(nan_box(soft::f32_mulAdd(s(sa ^ SIGN_S), s(sb), s(sc)).v))
        }),
        Op::FnmaddS => with_rm(rm, || {
            Dest::F(nan_box(
                soft::f32_mulAdd(s(sa ^ SIGN_S), s(sb), s(sc ^ SIGN_S)).v,
            ))
        }),
        Op::FaddD => with_rm(rm, || Dest::F(soft::f64_add(d(fa), d(fb)).v)),
        Op::FsubD => with_rm(rm, || Dest::F(soft::f64_sub(d(fa), d(fb)).v)),
        Op::FmulD => with_rm(rm, || Dest::F(soft::f64_mul(d(fa), d(fb)).v)),
        Op::FdivD => with_rm(rm, || Dest::F(soft::f64_div(d(fa), d(fb)).v)),
        Op::FsqrtD => with_rm(rm, || Dest::F(soft::f64_sqrt(d(fa)).v)),
        Op::FmaddD => with_rm(rm, || Dest::F(soft::f64_mulAdd(d(fa), d(fb), d(fc)).v)),
        Op::FmsubD => with_rm(rm, || {
            Dest::F(soft::f64_mulAdd(d(fa), d(fb), d(fc ^ SIGN_D)).v)
        }),
        Op::FnmsubD => with_rm(rm, || {
            Dest::F(soft::f64_mulAdd(d(fa ^ SIGN_D), d(fb), d(fc)).v)
        }),
        Op::FnmaddD => with_rm(rm, || {
            Dest::F(soft::f64_mulAdd(d(fa ^ SIGN_D), d(fb), d(fc ^ SIGN_D)).v)
        }),
        Op::FsgnjS => (Dest::F(nan_box((sa & !SIGN_S) | (sb & SIGN_S))), 0),
        Op::FsgnjnS => (Dest::F(nan_box((sa & !SIGN_S) | (!sb & SIGN_S))), 0),
        Op::FsgnjxS => (Dest::F(nan_box(sa ^ (sb & SIGN_S))), 0),
        Op::FsgnjD => (Dest::F((fa & !SIGN_D) | (fb & SIGN_D)), 0),
        Op::FsgnjnD => (Dest::F((fa & !SIGN_D) | (!fb & SIGN_D)), 0),
        Op::FsgnjxD => (Dest::F(fa ^ (fb & SIGN_D)), 0),
        Op::FminS | Op::FmaxS => {
            let (r, flags) = minmax_s(sa, sb, insn.op == Op::FmaxS);
            (Dest::F(nan_box(r)), flags)
        }
        Op::FminD | Op::FmaxD => {
            let (r, flags) = minmax_d(fa, fb, insn.op == Op::FmaxD);
            (Dest::F(r), flags)
        }
        Op::FeqS => with_rm(0, || Dest::X(u64::from(soft::f32_eq(s(sa), s(sb))))),
        Op::FltS => with_rm(0, || Dest::X(u64::from(soft::f32_lt(s(sa), s(sb))))),
        Op::FleS => with_rm(0, || Dest::X(u64::from(soft::f32_le(s(sa), s(sb))))),
        Op::FeqD => with_rm(0, || Dest::X(u64::from(soft::f64_eq(d(fa), d(fb))))),
        Op::FltD => with_rm(0, || Dest::X(u64::from(soft::f64_lt(d(fa), d(fb))))),
        Op::FleD => with_rm(0, || Dest::X(u64::from(soft::f64_le(d(fa), d(fb))))),
        Op::FclassS => (Dest::X(fclass_s(sa)), 0),
        Op::FclassD => (Dest::X(fclass_d(fa)), 0),
        Op::FcvtWS => with_rm(rm, || {
            Dest::X(soft::f32_to_i32(s(sa), rm, true) as i32 as i64 as u64)
        }),
        Op::FcvtWuS => with_rm(rm, || {
            Dest::X(soft::f32_to_ui32(s(sa), rm, true) as u32 as i32 as i64 as u64)
        }),
        Op::FcvtLS => with_rm(rm, || Dest::X(soft::f32_to_i64(s(sa), rm, true) as u64)),
        Op::FcvtLuS => with_rm(rm, || Dest::X(soft::f32_to_ui64(s(sa), rm, true))),
        Op::FcvtWD => with_rm(rm, || {
            Dest::X(soft::f64_to_i32(d(fa), rm, true) as i32 as i64 as u64)
        }),
        Op::FcvtWuD => with_rm(rm, || {
            Dest::X(soft::f64_to_ui32(d(fa), rm, true) as u32 as i32 as i64 as u64)
        }),
        Op::FcvtLD => with_rm(rm, || Dest::X(soft::f64_to_i64(d(fa), rm, true) as u64)),
        Op::FcvtLuD => with_rm(rm, || Dest::X(soft::f64_to_ui64(d(fa), rm, true))),
        Op::FcvtSW => with_rm(rm, || Dest::F(nan_box(soft::i32_to_f32(xa as i32).v))),
        Op::FcvtSWu => with_rm(rm, || Dest::F(nan_box(soft::ui32_to_f32(xa as u32).v))),
        Op::FcvtSL => with_rm(rm, || Dest::F(nan_box(soft::i64_to_f32(xa as i64).v))),
        Op::FcvtSLu => with_rm(rm, || Dest::F(nan_box(soft::ui64_to_f32(xa).v))),
        Op::FcvtDW => with_rm(rm, || Dest::F(soft::i32_to_f64(xa as i32).v)),
        Op::FcvtDWu => with_rm(rm, || Dest::F(soft::ui32_to_f64(xa as u32).v)),
        Op::FcvtDL => with_rm(rm, || Dest::F(soft::i64_to_f64(xa as i64).v)),
        Op::FcvtDLu => with_rm(rm, || Dest::F(soft::ui64_to_f64(xa).v)),
        Op::FcvtSD => with_rm(rm, || Dest::F(nan_box(soft::f64_to_f32(d(fa)).v))),
        Op::FcvtDS => with_rm(rm, || Dest::F(soft::f32_to_f64(s(sa)).v)),
        Op::FmvXW => (Dest::X(fa as u32 as i32 as i64 as u64), 0),
        Op::FmvXD => (Dest::X(fa), 0),
        Op::FmvWX => (Dest::F(nan_box(xa as u32)), 0),
        Op::FmvDX => (Dest::F(xa), 0),
        _ => return Err(Exception::illegal(insn.raw)),
    };
    // fmv.x.* and fclass change no FP state.
    let changes_fp_state = !matches!(insn.op, Op::FmvXW | Op::FmvXD | Op::FclassS | Op::FclassD);
    let h = &mut m.hart;
    match dest {
        Dest::F(v) => h.f[usize::from(insn.rd & 31)] = v,
        Dest::X(v) => {
            h.x[usize::from(insn.rd & 31)] = v;
            h.x[0] = 0;
        }
    }
    h.fcsr |= u64::from(flags & 0x1f);
    if changes_fp_state {
        set_dirty(m);
    }
    Ok(next)
}
