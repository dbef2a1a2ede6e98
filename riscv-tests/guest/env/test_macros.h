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

#define TEST_PASSFAIL                                                   \
        bne x0, TESTNUM, pass;                                          \
fail:                                                                   \
        RVTEST_FAIL;                                                    \
pass:                                                                   \
        RVTEST_PASS;

#endif
