//! F/D rules that the conformance vectors do not exercise: `mstatus.FS` states, illegal
//! rounding modes, NaN-boxing and the FP CSRs. Encodings and expected values are worked out
//! from the unprivileged specification (chapters "F", "D", "Zicsr") by hand.

use rivet_interp::Interpreter;
use rivet_machine::map::RAM_START;
use rivet_machine::{Machine, MachineConfig};

const FS_OFF: u64 = 0;
const FS_INITIAL: u64 = 1 << 13;
const FS_CLEAN: u64 = 2 << 13;
const FS_DIRTY: u64 = 3 << 13;

/// OP-FP R-type: funct7 | rs2 | rs1 | rm | rd | 0x53.
fn op_fp(funct7: u32, rd: u32, rs1: u32, rs2: u32, rm: u32) -> u32 {
    (funct7 << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | 0x53
}

/// `fadd.s rd, rs1, rs2, rm`.
fn fadd_s(rd: u32, rs1: u32, rs2: u32, rm: u32) -> u32 {
    op_fp(0x00, rd, rs1, rs2, rm)
}

/// `fdiv.s rd, rs1, rs2, rm`.
fn fdiv_s(rd: u32, rs1: u32, rs2: u32, rm: u32) -> u32 {
    op_fp(0x0c, rd, rs1, rs2, rm)
}

/// `fmv.x.w rd, rs1`.
fn fmv_x_w(rd: u32, rs1: u32) -> u32 {
    op_fp(0x70, rd, rs1, 0, 0)
}

/// `csrrs rd, csr, x0` (a read).
fn csrr(rd: u32, csr: u32) -> u32 {
    (csr << 20) | (2 << 12) | (rd << 7) | 0x73
}

/// `csrrw x0, csr, rs1`.
fn csrw(csr: u32, rs1: u32) -> u32 {
    (csr << 20) | (rs1 << 15) | (1 << 12) | 0x73
}

fn boxed(v: u32) -> u64 {
    0xffff_ffff_0000_0000 | u64::from(v)
}

const ONE_S: u32 = 0x3f80_0000;
const THREE_S: u32 = 0x4040_0000;

/// Runs `program` for `cycles` in M mode with `mstatus.FS` = `fs`; traps go to RAM + 0x800.
fn run(program: &[u32], fs: u64, setup: impl FnOnce(&mut Machine), cycles: u64) -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    let image: Vec<u8> = program.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.load_raw_image(&image).unwrap();
    m.hart.mtvec = RAM_START + 0x800;
    m.hart.mstatus = (m.hart.mstatus & !FS_DIRTY) | fs;
    setup(&mut m);
    Interpreter::new().run(&mut m, cycles);
    m
}

fn assert_illegal(m: &Machine, bits: u32) {
    assert_eq!(m.hart.pc, RAM_START + 0x800, "trapped");
    assert_eq!(m.hart.mcause, 2, "illegal instruction");
    assert_eq!(m.hart.mtval, u64::from(bits));
}

#[test]
fn fs_off_makes_fp_instructions_and_csrs_illegal() {
    let add = fadd_s(0, 1, 2, 0);
    assert_illegal(&run(&[add], FS_OFF, |_| {}, 1), add);
    let read_fflags = csrr(10, 0x001);
    assert_illegal(&run(&[read_fflags], FS_OFF, |_| {}, 1), read_fflags);
    // flw ft0, 0(a0): 0x00052007
    assert_illegal(&run(&[0x0005_2007], FS_OFF, |_| {}, 1), 0x0005_2007);
}

#[test]
fn writing_fp_state_sets_dirty_and_sd() {
    let m = run(
        &[fadd_s(0, 1, 2, 0)],
        FS_INITIAL,
        |m| {
            m.hart.f[1] = boxed(ONE_S);
            m.hart.f[2] = boxed(ONE_S);
        },
        1,
    );
    assert_eq!(m.hart.f[0], boxed(0x4000_0000), "1 + 1 = 2, boxed");
    assert_eq!(m.hart.mstatus & FS_DIRTY, FS_DIRTY);
    // Reading mstatus shows SD (bit 63) while FS is Dirty.
    let m = run(&[csrr(10, 0x300), csrr(11, 0x100)], FS_DIRTY, |_| {}, 2);
    assert_eq!(m.hart.x[10] >> 63, 1, "mstatus.SD");
    assert_eq!(m.hart.x[11] >> 63, 1, "sstatus.SD");
    assert_eq!(m.hart.x[11] & FS_DIRTY, FS_DIRTY, "sstatus.FS");
}

#[test]
fn moves_out_of_fp_registers_leave_fs_clean() {
    let m = run(
        &[fmv_x_w(10, 1)],
        FS_CLEAN,
        |m| m.hart.f[1] = 0x0000_0000_bf80_0000,
        1,
    );
    // fmv.x.w moves the low 32 bits as they are (no unboxing), sign-extended.
    assert_eq!(m.hart.x[10], 0xffff_ffff_bf80_0000);
    assert_eq!(m.hart.mstatus & FS_DIRTY, FS_CLEAN);
}

#[test]
fn reserved_rounding_modes_are_illegal() {
    for rm in [5, 6] {
        let bits = fadd_s(0, 1, 2, rm);
        assert_illegal(&run(&[bits], FS_INITIAL, |_| {}, 1), bits);
    }
    // DYN with frm = 5, 6, 7.
    for frm in [5u64, 6, 7] {
        let bits = fadd_s(0, 1, 2, 7);
        assert_illegal(
            &run(&[bits], FS_INITIAL, |m| m.hart.fcsr = frm << 5, 1),
            bits,
        );
    }
    // fcvt.d.s is exact but has an rm field: rm = 5 is still illegal.
    let cvt = op_fp(0x21, 0, 1, 0, 5);
    assert_illegal(&run(&[cvt], FS_INITIAL, |_| {}, 1), cvt);
}

#[test]
fn dynamic_rounding_uses_frm() {
    // 1/3 in single precision: RNE rounds up to 0x3eaaaaab, RTZ truncates to 0x3eaaaaaa;
    // both are inexact (NX = 1).
    let setup = |frm: u64| {
        move |m: &mut Machine| {
            m.hart.f[1] = boxed(ONE_S);
            m.hart.f[2] = boxed(THREE_S);
            m.hart.fcsr = frm << 5;
        }
    };
    let m = run(&[fdiv_s(0, 1, 2, 7)], FS_INITIAL, setup(0), 1);
    assert_eq!(m.hart.f[0], boxed(0x3eaa_aaab));
    assert_eq!(m.hart.fcsr, 1, "frm RNE, NX");
    let m = run(&[fdiv_s(0, 1, 2, 7)], FS_INITIAL, setup(1), 1);
    assert_eq!(m.hart.f[0], boxed(0x3eaa_aaaa));
    assert_eq!(m.hart.fcsr, (1 << 5) | 1, "frm RTZ, NX");
    // A static rm ignores frm.
    let m = run(&[fdiv_s(0, 1, 2, 1)], FS_INITIAL, setup(0), 1);
    assert_eq!(m.hart.f[0], boxed(0x3eaa_aaaa));
}

#[test]
fn improperly_boxed_singles_read_as_the_canonical_nan() {
    // f1 holds 1.0f without the upper ones: it reads as the canonical NaN (quiet: no NV), so
    // the sum is the canonical NaN, boxed.
    let m = run(
        &[fadd_s(0, 1, 2, 0)],
        FS_INITIAL,
        |m| {
            m.hart.f[1] = u64::from(ONE_S);
            m.hart.f[2] = boxed(ONE_S);
        },
        1,
    );
    assert_eq!(m.hart.f[0], 0xffff_ffff_7fc0_0000);
    assert_eq!(m.hart.fcsr & 0x1f, 0);
}

#[test]
fn fcsr_frm_and_fflags_are_views_of_one_register() {
    // csrw fcsr, a0; csrr a1, frm; csrr a2, fflags; csrw fflags, a3; csrr a4, fcsr
    let program = [
        csrw(0x003, 10),
        csrr(11, 0x002),
        csrr(12, 0x001),
        csrw(0x001, 13),
        csrr(14, 0x003),
    ];
    let m = run(
        &program,
        FS_CLEAN,
        |m| {
            m.hart.x[10] = 0xffff_ff7b; // only bits 7:0 are kept: frm = 3, fflags = 0x1b
            m.hart.x[13] = 0x24; // fflags = 0x04
        },
        5,
    );
    assert_eq!(m.hart.x[11], 3);
    assert_eq!(m.hart.x[12], 0x1b);
    assert_eq!(m.hart.x[14], (3 << 5) | 0x04);
    assert_eq!(
        m.hart.mstatus & FS_DIRTY,
        FS_DIRTY,
        "CSR writes dirty the FP state"
    );
}
