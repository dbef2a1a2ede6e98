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
 * Everything else (conventions, trap vector, reset code, PASS/FAIL) is ../test.h,
 * which this file includes after defining its hooks.
 */
#ifndef RIVET_V_TEST_H
#define RIVET_V_TEST_H

/* v: Sv39 mapping parameters */
#define VM_OFFSET   0xffffffff00000000
#define VM_PTE_LEAF 0xdf            /* V R W X U A D */
#define VM_SATP_SV39 (8 << 60)

/* v: machine-mode tests cannot run in this environment */
#define RVTEST_RV64M .error "RVTEST_RV64M tests need the p environment"

#define RVTEST_ENV_ENTRY                                                \
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
        la t0, test_body; li t1, VM_OFFSET; add t0, t0, t1;

#define RVTEST_ENV_END                                                  \
        /* v: page tables, outside the mapped image (see link.ld) */    \
        .pushsection .vm_pt, "aw", @nobits;                             \
        .balign 4096;                                                   \
vm_pt_root: .skip 4096;                                                 \
vm_pt_l1:   .skip 4096;                                                 \
vm_pt_l0:   .skip 4096;                                                 \
        .popsection

#include "../test.h"

#endif
