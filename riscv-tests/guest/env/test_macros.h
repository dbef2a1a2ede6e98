/* rivet guest test macros.
 * Every macro sets TESTNUM (gp) first, runs the code under test and branches
 * to `fail` on a mismatch. Register use: operands in x1/x2, result in x14,
 * expected value in x7, base addresses in x15. Local labels 1..9 are used by
 * the macros; test code between macros may use them too (they are local). */
#ifndef RIVET_TEST_MACROS_H
#define RIVET_TEST_MACROS_H

#define TEST_CASE(testnum, testreg, correctval, code...)                \
        li TESTNUM, testnum;                                            \
        code;                                                           \
        li x7, correctval;                                              \
        bne testreg, x7, fail;

/* ---- register-immediate ---- */
#define TEST_IMM_OP(testnum, inst, result, val1, imm)                   \
        TEST_CASE(testnum, x14, result,                                 \
          li x1, val1; inst x14, x1, imm)

#define TEST_IMM_SRC1_EQ_DEST(testnum, inst, result, val1, imm)         \
        TEST_CASE(testnum, x1, result,                                  \
          li x1, val1; inst x1, x1, imm)

#define TEST_IMM_ZEROSRC1(testnum, inst, result, imm)                   \
        TEST_CASE(testnum, x1, result, inst x1, x0, imm)

#define TEST_IMM_ZERODEST(testnum, inst, val1, imm)                     \
        TEST_CASE(testnum, x0, 0, li x1, val1; inst x0, x1, imm)

/* ---- register-register ---- */
#define TEST_RR_OP(testnum, inst, result, val1, val2)                   \
        TEST_CASE(testnum, x14, result,                                 \
          li x1, val1; li x2, val2; inst x14, x1, x2)

#define TEST_RR_SRC1_EQ_DEST(testnum, inst, result, val1, val2)         \
        TEST_CASE(testnum, x1, result,                                  \
          li x1, val1; li x2, val2; inst x1, x1, x2)

#define TEST_RR_SRC2_EQ_DEST(testnum, inst, result, val1, val2)         \
        TEST_CASE(testnum, x2, result,                                  \
          li x1, val1; li x2, val2; inst x2, x1, x2)

#define TEST_RR_SRC12_EQ_DEST(testnum, inst, result, val1)              \
        TEST_CASE(testnum, x1, result, li x1, val1; inst x1, x1, x1)

#define TEST_RR_ZEROSRC1(testnum, inst, result, val)                    \
        TEST_CASE(testnum, x2, result, li x1, val; inst x2, x0, x1)

#define TEST_RR_ZEROSRC2(testnum, inst, result, val)                    \
        TEST_CASE(testnum, x2, result, li x1, val; inst x2, x1, x0)

#define TEST_RR_ZERODEST(testnum, inst, val1, val2)                     \
        TEST_CASE(testnum, x0, 0, li x1, val1; li x2, val2; inst x0, x1, x2)

/* ---- loads and stores ---- */
#define TEST_LD_OP(testnum, inst, result, offset, base)                 \
        TEST_CASE(testnum, x14, result,                                 \
          la x15, base; inst x14, offset(x15))

/* store `result`, read it back with `load_inst` expecting `expect` */
#define TEST_ST_OP(testnum, load_inst, store_inst, value, expect, offset, base) \
        TEST_CASE(testnum, x14, expect,                                 \
          la x15, base; li x2, value;                                   \
          store_inst x2, offset(x15); load_inst x14, offset(x15))

/* ---- branches ---- */
/* taken forward, then taken backward */
#define TEST_BR2_OP_TAKEN(testnum, inst, val1, val2)                    \
        li TESTNUM, testnum;                                            \
        li x1, val1; li x2, val2;                                       \
        inst x1, x2, 2f;                                                \
        j fail;                                                         \
1:      j 3f;                                                           \
2:      inst x1, x2, 1b;                                                \
        j fail;                                                         \
3:

/* not taken forward, then not taken backward */
#define TEST_BR2_OP_NOTTAKEN(testnum, inst, val1, val2)                 \
        li TESTNUM, testnum;                                            \
        li x1, val1; li x2, val2;                                       \
        inst x1, x2, 1f;                                                \
        j 2f;                                                           \
1:      j fail;                                                         \
2:      inst x1, x2, 1b;                                                \

/* ---- expected traps (machine-mode tests) ----
 * MI_TRAP_HANDLER lays down `mi_trap`; MI_INSTALL points mtvec at it.
 * Register contract: s8 = recovery address (0 = no trap expected: the trap
 * goes on to the environment's trap_vector, e.g. for the final pass/fail
 * ecall); on an expected trap the handler records s9 = mcause, s10 = mepc,
 * s11 = mtval, clears s8 and mrets to the recovery address.
 *
 *   EXPECT_TRAP(n); <faulting instruction(s)>; END_TRAP(cause)
 * checks that the trap happened, its cause, and mepc == the first faulting
 * instruction (label 88); CHECK_TVAL(v) / CHECK_TVAL_EPC check mtval. */
#define MI_TRAP_HANDLER                                                 \
        ALIGN4;                                                         \
mi_trap:                                                                \
        bnez s8, 1f;                                                    \
        j trap_vector;                                                  \
1:      csrr s9, mcause;                                                \
        csrr s10, mepc;                                                 \
        csrr s11, mtval;                                                \
        csrw mepc, s8;                                                  \
        li s8, 0;                                                       \
        mret;

#define MI_INSTALL   la t0, mi_trap; csrw mtvec, t0

#define EXPECT_TRAP(testnum)                                            \
        li TESTNUM, testnum;                                            \
        la s8, 89f; li s9, -1; li s10, -1; li s11, -1;                  \
88:

#define END_TRAP(cause)                                                 \
        j fail;                                                         \
89:     li x7, cause; bne s9, x7, fail;                                 \
        la x7, 88b; bne s10, x7, fail;

#define CHECK_TVAL(val)      li x7, val; bne s11, x7, fail;
#define CHECK_TVAL_REG(reg)  bne s11, reg, fail;
#define CHECK_TVAL_EPC       la x7, 88b; bne s11, x7, fail;

/* ---- privileged tests: S and U modes (rv64si-*, rv64mi-* with S/U) ----
 * Constants not in test.h. */
#define PRV_U 0
#define PRV_S 1
#define PRV_M 3
#define MSTATUS_SIE  0x2
#define MSTATUS_SPIE 0x20
#define MSTATUS_SPP  0x100
#define MSTATUS_MPRV (1 << 17)
#define MSTATUS_SUM  (1 << 18)
#define MSTATUS_MXR  (1 << 19)
#define MSTATUS_TVM  (1 << 20)
#define MSTATUS_TW   (1 << 21)
#define MSTATUS_TSR  (1 << 22)
#define CAUSE_FETCH_PAGE_FAULT 12
#define CAUSE_LOAD_PAGE_FAULT  13
#define CAUSE_STORE_PAGE_FAULT 15
#define CAUSE_INTR   0x8000000000000000
#define IRQ_S_SOFT   1
#define IRQ_M_SOFT   3
#define IRQ_S_TIMER  5
#define IRQ_M_TIMER  7
#define IRQ_S_EXT    9
#define IRQ_M_EXT    11
#define MIP_SSIP (1 << IRQ_S_SOFT)
#define MIP_MSIP (1 << IRQ_M_SOFT)
#define MIP_STIP (1 << IRQ_S_TIMER)
#define MIP_MTIP (1 << IRQ_M_TIMER)
#define MIP_SEIP (1 << IRQ_S_EXT)
#define MIP_MEIP (1 << IRQ_M_EXT)
#define CLINT_BASE     0x02000000
#define CLINT_MSIP     0x02000000
#define CLINT_MTIMECMP 0x02004000
#define CLINT_MTIME    0x0200bff8
#define INSN_ECALL  0x00000073
#define INSN_SRET   0x10200073
#define INSN_MRET   0x30200073
#define INSN_WFI    0x10500073

/* GO_MODE(testnum, mode): from M mode, continue with the code that follows
 * in privilege `mode` (PRV_U / PRV_S / PRV_M, through mret: MPP = mode, the
 * rest of mstatus as set by the test). Like EXPECT_TRAP it arms mi_trap
 * (s8 = label 89), so the code must end by trapping to M, normally with
 *   88: ecall; END_TRAP(CAUSE_USER_ECALL)      (or CAUSE_SUPERVISOR_ECALL)
 * or with any other faulting instruction at label 88. GO_MODE_AT adds
 * `delta` to the entry address (to run the code through an alias mapping:
 * then check mepc with END_TRAP_AT(cause, delta)). */
#define GO_MODE_AT(testnum, mode, delta)                                \
        li TESTNUM, testnum;                                            \
        la s8, 89f; li s9, -1; li s10, -1; li s11, -1;                  \
        li t0, MSTATUS_MPP; csrc mstatus, t0;                           \
        li t0, (mode) << 11; csrs mstatus, t0;                          \
        la t0, 87f; li t1, delta; add t0, t0, t1; csrw mepc, t0;        \
        mret;                                                           \
87:
#define GO_MODE(testnum, mode)  GO_MODE_AT(testnum, mode, 0)

#define END_TRAP_AT(cause, delta)                                       \
        j fail;                                                         \
89:     li x7, cause; bne s9, x7, fail;                                 \
        la x7, 88b; li x6, delta; add x7, x7, x6; bne s10, x7, fail;

/* MS_TRAP_HANDLER: mi_trap for tests that leave M mode (use it instead of
 * MI_TRAP_HANDLER). Same contract, and it also records s2 = mstatus at the
 * trap (MPP/MPIE as the trap left them), then sets MPP = M so that the
 * mret resumes M mode at s8. */
#define MS_TRAP_HANDLER                                                 \
        ALIGN4;                                                         \
mi_trap:                                                                \
        bnez s8, 1f;                                                    \
        j trap_vector;                                                  \
1:      csrr s9, mcause;                                                \
        csrr s10, mepc;                                                 \
        csrr s11, mtval;                                                \
        csrr s2, mstatus;                                               \
        csrw mepc, s8;                                                  \
        li s8, MSTATUS_MPP;                                             \
        csrs mstatus, s8;                                               \
        li s8, 0;                                                       \
        mret;

/* S-mode trap handler (install with SI_INSTALL: stvec = si_trap, direct).
 * Records s4 = scause, s5 = sepc, s6 = stval. If s7 != 0 it then returns
 * with sret to s7 (and clears s7); otherwise it leaves S mode with the
 * ebreak at si_trap_exit (cause 3 must not be delegated), which mi_trap
 * handles like any expected trap (resuming M at s8).
 *   GO_MODE(n, PRV_U); 88: <instruction trapping to S>; END_S_TRAP(cause)
 * checks that the trap went through si_trap with scause = cause and
 * sepc = label 88; CHECK_STVAL(v) checks stval. */
#define SI_TRAP_HANDLER                                                 \
        ALIGN4;                                                         \
si_trap:                                                                \
        csrr s4, scause;                                                \
        csrr s5, sepc;                                                  \
        csrr s6, stval;                                                 \
        beqz s7, si_trap_exit;                                          \
        csrw sepc, s7;                                                  \
        li s7, 0;                                                       \
        sret;                                                           \
si_trap_exit:                                                           \
        ebreak;

#define SI_INSTALL   la t0, si_trap; csrw stvec, t0

#define END_S_TRAP(cause)                                               \
        j fail;                                                         \
89:     li x7, CAUSE_BREAKPOINT; bne s9, x7, fail;                      \
        la x7, si_trap_exit; bne s10, x7, fail;                         \
        li x7, cause; bne s4, x7, fail;                                 \
        la x7, 88b; bne s5, x7, fail;

#define CHECK_STVAL(val)      li x7, val; bne s6, x7, fail;
#define CHECK_STVAL_REG(reg)  bne s6, reg, fail;
/* (reg & mask) == val, for CSR fields */
#define CHECK_FIELD(reg, mask, val)                                     \
        li x7, mask; and x6, reg, x7; li x7, val; bne x6, x7, fail;

/* ---- F and D extensions (rv64uf-*, rv64ud-*) ----
 * Operands and results are bit patterns. Single-precision operands are
 * written with fmv.w.x (so they are NaN-boxed), double-precision ones with
 * fmv.d.x, into f1 / f2 / f3; an FP result goes to f4 and is read back with
 * fmv.x.d, so a single-precision result must also be NaN-boxed: its expected
 * 64-bit value is 0xffffffff00000000 | result. An integer result goes to x14.
 * fflags is cleared before the instruction under test and read-and-cleared
 * (fsflags x13, x0) after it; the result is checked first, then the flags.
 * The tests run with frm = 0 (RNE) unless they set it. */
#define FFLAGS_NX 0x01
#define FFLAGS_UF 0x02
#define FFLAGS_OF 0x04
#define FFLAGS_DZ 0x08
#define FFLAGS_NV 0x10
#define MSTATUS_SD 0x8000000000000000

#define FP_LOAD_S(freg, val)  li x1, val; fmv.w.x freg, x1
#define FP_LOAD_D(freg, val)  li x1, val; fmv.d.x freg, x1
#define FP_CHECK_FLAGS(flags) li x7, flags; bne x13, x7, fail

/* code reads f1/f2/f3 and writes f4 */
#define TEST_FP_S(testnum, flags, result, val1, val2, val3, code...)   \
        li TESTNUM, testnum;                                            \
        FP_LOAD_S(f1, val1); FP_LOAD_S(f2, val2); FP_LOAD_S(f3, val3);  \
        fsflags x0;                                                     \
        code;                                                           \
        fsflags x13, x0;                                                \
        fmv.x.d x14, f4;                                                \
        li x7, 0xffffffff00000000 | (result); bne x14, x7, fail;        \
        FP_CHECK_FLAGS(flags);

#define TEST_FP_D(testnum, flags, result, val1, val2, val3, code...)   \
        li TESTNUM, testnum;                                            \
        FP_LOAD_D(f1, val1); FP_LOAD_D(f2, val2); FP_LOAD_D(f3, val3);  \
        fsflags x0;                                                     \
        code;                                                           \
        fsflags x13, x0;                                                \
        fmv.x.d x14, f4;                                                \
        li x7, result; bne x14, x7, fail;                               \
        FP_CHECK_FLAGS(flags);

/* code reads f1/f2 and writes x14 (compares, fclass, fcvt to integer) */
#define TEST_FP_INT_S(testnum, flags, result, val1, val2, code...)     \
        li TESTNUM, testnum;                                            \
        FP_LOAD_S(f1, val1); FP_LOAD_S(f2, val2);                       \
        fsflags x0;                                                     \
        code;                                                           \
        fsflags x13, x0;                                                \
        li x7, result; bne x14, x7, fail;                               \
        FP_CHECK_FLAGS(flags);

#define TEST_FP_INT_D(testnum, flags, result, val1, val2, code...)     \
        li TESTNUM, testnum;                                            \
        FP_LOAD_D(f1, val1); FP_LOAD_D(f2, val2);                       \
        fsflags x0;                                                     \
        code;                                                           \
        fsflags x13, x0;                                                \
        li x7, result; bne x14, x7, fail;                               \
        FP_CHECK_FLAGS(flags);

/* code reads x2 and writes f4 (fcvt from integer) */
#define TEST_INT_FP_S(testnum, flags, result, ival, code...)           \
        li TESTNUM, testnum;                                            \
        li x2, ival;                                                    \
        fsflags x0;                                                     \
        code;                                                           \
        fsflags x13, x0;                                                \
        fmv.x.d x14, f4;                                                \
        li x7, 0xffffffff00000000 | (result); bne x14, x7, fail;        \
        FP_CHECK_FLAGS(flags);

#define TEST_INT_FP_D(testnum, flags, result, ival, code...)           \
        li TESTNUM, testnum;                                            \
        li x2, ival;                                                    \
        fsflags x0;                                                     \
        code;                                                           \
        fsflags x13, x0;                                                \
        fmv.x.d x14, f4;                                                \
        li x7, result; bne x14, x7, fail;                               \
        FP_CHECK_FLAGS(flags);

/* shorthands: inst f4, f1[, f2[, f3]][, rm] */
#define TEST_FP_OP1_S(n, inst, rm, flags, result, v1)                   \
        TEST_FP_S(n, flags, result, v1, 0, 0, inst f4, f1, rm)
#define TEST_FP_OP2_S(n, inst, rm, flags, result, v1, v2)               \
        TEST_FP_S(n, flags, result, v1, v2, 0, inst f4, f1, f2, rm)
#define TEST_FP_OP3_S(n, inst, rm, flags, result, v1, v2, v3)           \
        TEST_FP_S(n, flags, result, v1, v2, v3, inst f4, f1, f2, f3, rm)
#define TEST_FP_OP1_D(n, inst, rm, flags, result, v1)                   \
        TEST_FP_D(n, flags, result, v1, 0, 0, inst f4, f1, rm)
#define TEST_FP_OP2_D(n, inst, rm, flags, result, v1, v2)               \
        TEST_FP_D(n, flags, result, v1, v2, 0, inst f4, f1, f2, rm)
#define TEST_FP_OP3_D(n, inst, rm, flags, result, v1, v2, v3)           \
        TEST_FP_D(n, flags, result, v1, v2, v3, inst f4, f1, f2, f3, rm)
/* instructions without a rounding mode (fmin/fmax, fsgnj*) */
#define TEST_FP_OP2N_S(n, inst, flags, result, v1, v2)                  \
        TEST_FP_S(n, flags, result, v1, v2, 0, inst f4, f1, f2)
#define TEST_FP_OP2N_D(n, inst, flags, result, v1, v2)                  \
        TEST_FP_D(n, flags, result, v1, v2, 0, inst f4, f1, f2)
/* compares: inst x14, f1, f2 */
#define TEST_FP_CMP_S(n, inst, flags, result, v1, v2)                   \
        TEST_FP_INT_S(n, flags, result, v1, v2, inst x14, f1, f2)
#define TEST_FP_CMP_D(n, inst, flags, result, v1, v2)                   \
        TEST_FP_INT_D(n, flags, result, v1, v2, inst x14, f1, f2)
/* fclass: inst x14, f1 */
#define TEST_FCLASS_S(n, result, v1)                                    \
        TEST_FP_INT_S(n, 0, result, v1, 0, fclass.s x14, f1)
#define TEST_FCLASS_D(n, result, v1)                                    \
        TEST_FP_INT_D(n, 0, result, v1, 0, fclass.d x14, f1)
/* FP -> integer: inst x14, f1, rm */
#define TEST_FCVT_TO_INT_S(n, inst, rm, flags, result, v1)              \
        TEST_FP_INT_S(n, flags, result, v1, 0, inst x14, f1, rm)
#define TEST_FCVT_TO_INT_D(n, inst, rm, flags, result, v1)              \
        TEST_FP_INT_D(n, flags, result, v1, 0, inst x14, f1, rm)
/* integer -> FP: inst f4, x2, rm */
#define TEST_FCVT_FROM_INT_S(n, inst, rm, flags, result, ival)          \
        TEST_INT_FP_S(n, flags, result, ival, inst f4, x2, rm)
#define TEST_FCVT_FROM_INT_D(n, inst, rm, flags, result, ival)          \
        TEST_INT_FP_D(n, flags, result, ival, inst f4, x2, rm)

#define TEST_PASSFAIL                                                   \
        bne x0, TESTNUM, pass;                                          \
fail:                                                                   \
        RVTEST_FAIL;                                                    \
pass:                                                                   \
        RVTEST_PASS;

#endif
