/* rivet guest test environment, "v" variant (assembler macros), in the style
 * of the riscv-tests "v" environment: the same test bodies as the "p"
 * environment (../test.h), run in U mode with Sv39 address translation on.
 *
 * Virtual memory: the image [0x80000000, _end) is mapped with 4 KiB pages at
 * VA = PA + VM_OFFSET (VM_OFFSET = 0xffffffff00000000, so the code runs at
 * 0xffffffff80000000, a sign-extended Sv39 address: root[510] -> l1[0] ->
 * l0[i]); the leaves are V R W X U A D (code pages are writable so that
 * rv64ui-fencei can patch itself). The page tables (.vm_pt, after _end) are
 * not mapped. Since the tests only use pc-relative addressing (la), the same
 * bodies run unchanged at the virtual addresses.
 * Traps: nothing is delegated; every trap goes to trap_vector in M mode
 * (untranslated, at its physical address), which handles the pass/fail ecall
 * (cause 8 from U) exactly as the "p" environment does.
 *
 * Only the differences from ../test.h are marked; the rest is the same.
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

/* v: Sv39 mapping parameters */
#define VM_OFFSET   0xffffffff00000000
#define VM_PTE_LEAF 0xdf            /* V R W X U A D */
#define VM_SATP_SV39 (8 << 60)

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
/* v: machine-mode tests cannot run in this environment */
#define RVTEST_RV64M .error "RVTEST_RV64M tests need the p environment"

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
        /* v: zero the three page tables, then link and fill them */    \
        la t0, vm_pt_root; li t1, 3 * 4096 / 8;                         \
2:      sd zero, 0(t0); addi t0, t0, 8; addi t1, t1, -1; bnez t1, 2b;   \
        la t0, vm_pt_l1; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, 1; \
        la t1, vm_pt_root; li t2, 510 * 8; add t1, t1, t2; sd t0, 0(t1); \
        la t0, vm_pt_l0; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, 1; \
        la t1, vm_pt_l1; sd t0, 0(t1);                                  \
        /* l0[i] -> 0x80000000 + i * 4096 for every page below _end */  \
        la t0, vm_pt_l0; li t1, 0x80000000; la t2, _end;                \
        li t3, 0x80200000; bleu t2, t3, 3f;                             \
        li TESTNUM, 0x7ff; j write_tohost; /* image > 2 MiB */        \
3:                                                              \
2:      srli t3, t1, 12; slli t3, t3, 10; ori t3, t3, VM_PTE_LEAF;      \
        sd t3, 0(t0); addi t0, t0, 8; li t3, 4096; add t1, t1, t3;      \
        bltu t1, t2, 2b;                                                \
        la t0, vm_pt_root; srli t0, t0, 12; li t1, VM_SATP_SV39;        \
        or t0, t0, t1; csrw satp, t0; sfence.vma;                       \
        /* enter the test body (U mode, MPP = 0) at its virtual address */ \
        la t0, test_body; li t1, VM_OFFSET; add t0, t0, t1;            \
        csrw mepc, t0;                                                  \
        li t0, 0;                                                       \
        csrr a0, mhartid;                                               \
        mret;                                                           \
        .text;                                                          \
        ALIGN4;                                                         \
test_body:

#define RVTEST_CODE_END                                                 \
        unimp;                                                          \
        /* v: page tables, outside the mapped image (see link.ld) */    \
        .pushsection .vm_pt, "aw", @nobits;                             \
        .balign 4096;                                                   \
vm_pt_root: .skip 4096;                                                 \
vm_pt_l1:   .skip 4096;                                                 \
vm_pt_l0:   .skip 4096;                                                 \
        .popsection

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
