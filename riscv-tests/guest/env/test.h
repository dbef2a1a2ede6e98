/* rivet guest test environment (assembler macros), in the style of the
 * riscv-tests "p" environment: physical addressing, a single hart, no virtual memory.
 *
 * Conventions
 *   TESTNUM (gp / x3) holds the number of the check being run.
 *   RVTEST_PASS  -> tohost = 1              -> exit code 0
 *   RVTEST_FAIL  -> tohost = (TESTNUM<<1)|1 -> exit code TESTNUM
 *   Pass/fail go through ecall; the trap vector writes gp to tohost as two 32-bit
 *   stores (low word, then high word) and repeats forever.
 *   An unexpected trap (anything but an ecall) jumps to the weak symbol
 *   mtvec_handler when a test defines it, otherwise it reports gp|1337.
 *
 * The whole file is assembled with `.option norvc` (so the instruction under
 * test keeps its 32-bit encoding); tests of compressed forms switch back with
 * `.option rvc` locally.
 *
 * RVTEST_RV64U: the test body runs with mstatus = 0, i.e. mret to U mode when U
 *               exists (MPP is WARL: an M-only hart stays in M).
 * RVTEST_RV64M: the test body runs in M mode (MPP = 3).
 * RVTEST_RV64UF / RVTEST_RV64UD: RVTEST_RV64U with the FPU on (mstatus.FS =
 *               Initial) and fcsr = 0, for the F and D tests.
 */
#ifndef RIVET_TEST_H
#define RIVET_TEST_H

#define TESTNUM gp

#define CAUSE_MISALIGNED_FETCH   0
#define CAUSE_FETCH_ACCESS       1
#define CAUSE_ILLEGAL_INSTRUCTION 2
#define CAUSE_BREAKPOINT         3
#define CAUSE_MISALIGNED_LOAD    4
#define CAUSE_LOAD_ACCESS        5
#define CAUSE_MISALIGNED_STORE   6
#define CAUSE_STORE_ACCESS       7
#define CAUSE_USER_ECALL         8
#define CAUSE_SUPERVISOR_ECALL   9
#define CAUSE_MACHINE_ECALL      11

#define MSTATUS_MIE  0x8
#define MSTATUS_MPIE 0x80
#define MSTATUS_MPP  0x1800
#define MSTATUS_FS   0x6000

/* 4-byte alignment that also works after 16-bit instructions: GNU as does
 * not pad a 2-byte misalignment under `.option norvc`, so pad with c.nop. */
#define ALIGN4  .option push; .option rvc; .balign 4; .option pop

#define RVTEST_RV64U .macro init; .endm
/* RVTEST_RV64UF / RVTEST_RV64UD: as RVTEST_RV64U, with the FPU enabled
 * (mstatus.FS = Initial) and fcsr cleared (frm = RNE, no flags) first. */
#define RVTEST_RV64UF .macro init; li a0, MSTATUS_FS & (MSTATUS_FS >> 1); \
        csrs mstatus, a0; csrwi fcsr, 0; .endm
#define RVTEST_RV64UD RVTEST_RV64UF
#ifndef RVTEST_RV64M
#define RVTEST_RV64M .macro init; li t0, MSTATUS_MPP; csrs mstatus, t0; .endm
#endif

/* Hooks for other environments (env/v/test.h defines them before including this
 * file): RVTEST_ENV_ENTRY leaves the test body's entry address in t0 (after any
 * setup of its own), RVTEST_ENV_END follows the code. */
#ifndef RVTEST_ENV_ENTRY
#define RVTEST_ENV_ENTRY la t0, test_body
#endif
#ifndef RVTEST_ENV_END
#define RVTEST_ENV_END
#endif

/* Point mtvec at the next (4-aligned) label so that, if the CSR access that
 * follows is illegal on this hart, the trap simply continues after it. */
#define PROBE_BEGIN  la t0, 1f; csrw mtvec, t0
#define PROBE_END    ALIGN4; 1:

#define RVTEST_CODE_BEGIN                                               \
        .pushsection .tohost, "aw", @progbits;                          \
        .align 6;                                                       \
        .globl tohost; .type tohost, @object; .size tohost, 8;          \
tohost: .dword 0;                                                       \
        .globl fromhost; .type fromhost, @object; .size fromhost, 8;    \
fromhost: .dword 0;                                                     \
        .popsection;                                                    \
        .option norvc;                                                  \
        .section .text.init, "ax", @progbits;                           \
        .align 6;                                                       \
        .weak mtvec_handler;                                            \
        .globl _start;                                                  \
_start:                                                                 \
        j reset_vector;                                                 \
        ALIGN4;                                                         \
trap_vector:                                                            \
        csrr t5, mcause;                                                \
        li t6, CAUSE_USER_ECALL;                                        \
        beq t5, t6, write_tohost;                                       \
        li t6, CAUSE_SUPERVISOR_ECALL;                                  \
        beq t5, t6, write_tohost;                                       \
        li t6, CAUSE_MACHINE_ECALL;                                     \
        beq t5, t6, write_tohost;                                       \
        la t5, mtvec_handler;                                           \
        beqz t5, 1f;                                                    \
        jr t5;                                                          \
1:      ori TESTNUM, TESTNUM, 1337;                                     \
write_tohost:                                                           \
        sw TESTNUM, tohost, t5;                                         \
        sw zero, tohost + 4, t5;                                        \
        j write_tohost;                                                 \
reset_vector:                                                           \
        li x1, 0;  li x2, 0;  li x3, 0;  li x4, 0;                      \
        li x5, 0;  li x6, 0;  li x7, 0;  li x8, 0;                      \
        li x9, 0;  li x10, 0; li x11, 0; li x12, 0;                     \
        li x13, 0; li x14, 0; li x15, 0; li x16, 0;                     \
        li x17, 0; li x18, 0; li x19, 0; li x20, 0;                     \
        li x21, 0; li x22, 0; li x23, 0; li x24, 0;                     \
        li x25, 0; li x26, 0; li x27, 0; li x28, 0;                     \
        li x29, 0; li x30, 0; li x31, 0;                                \
        /* optional CSRs: skipped on a hart that does not have them */  \
        PROBE_BEGIN; csrwi satp, 0; PROBE_END;                          \
        PROBE_BEGIN; li t1, -1; srli t1, t1, 10; csrw pmpaddr0, t1;     \
        li t1, 0x1f; csrw pmpcfg0, t1; PROBE_END;                       \
        PROBE_BEGIN; csrwi medeleg, 0; PROBE_END;                       \
        PROBE_BEGIN; csrwi mideleg, 0; PROBE_END;                       \
        PROBE_BEGIN; csrwi mie, 0; PROBE_END;                           \
        li TESTNUM, 0;                                                  \
        la t0, trap_vector;                                             \
        csrw mtvec, t0;                                                 \
        csrwi mstatus, 0;                                               \
        init;                                                           \
        RVTEST_ENV_ENTRY;                                               \
        csrw mepc, t0;                                                  \
        li t0, 0;                                                       \
        csrr a0, mhartid;                                               \
        mret;                                                           \
        .text;                                                          \
        ALIGN4;                                                         \
test_body:

#define RVTEST_CODE_END  unimp; RVTEST_ENV_END

#define RVTEST_PASS                                                     \
        fence;                                                          \
        li TESTNUM, 1;                                                  \
        li a7, 93;                                                      \
        li a0, 0;                                                       \
        ecall

#define RVTEST_FAIL                                                     \
        fence;                                                          \
1:      beqz TESTNUM, 1b;                                               \
        sll TESTNUM, TESTNUM, 1;                                        \
        or TESTNUM, TESTNUM, 1;                                         \
        li a7, 93;                                                      \
        mv a0, TESTNUM;                                                 \
        ecall

#define RVTEST_DATA_BEGIN  .data; .align 4;
#define RVTEST_DATA_END

#endif
