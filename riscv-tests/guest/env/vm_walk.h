/* Body shared by rv64si-vm_sv39/sv48/sv57 (VM_LEVELS = 3/4/5): page-table
 * walks at every depth, superpages at every level, canonical addresses,
 * misaligned superpages and invalid PTEs. See rv64si-vm_sv39.S.
 * KNOWN QEMU DIFFERENCE (check 29): QEMU 7.2 raises a load page fault (13)
 * for an AMO; the spec requires a store/AMO page fault (15) (priv. spec
 * 4.3.2: a failing access raises the page-fault exception "corresponding
 * to the original access type", and AMOs are store/AMO accesses). */
#include "test.h"
#include "test_macros.h"
#include "vm.h"

#define UDELTA   (-0x40000000)          /* U alias of the code: VA = PA + UDELTA */
#define VA_4K    0x123456000            /* 4 KiB page -> vpage */
#define VA_INV   0x123457000            /* same l0 table, PTE = 0 */
#define VA_NL    0x123458000            /* level-0 PTE with V only (pointer at level 0) */
#define VA_2M    0x200200000            /* 2 MiB page -> 0x80000000 */
#define VA_M2M   0x200400000            /* 2 MiB page -> vpage (misaligned) */
#define VA_1G    0x300000000            /* 1 GiB page -> 0x80000000 */
#define VA_M1G   0x340000000            /* 1 GiB page -> 0x80200000 (misaligned) */
#define VA_512G  0x8000000000           /* 512 GiB page -> 0 (Sv48, Sv57) */
#define VA_M512G 0x10000000000          /* 512 GiB page -> 0x40000000 (misaligned) */
#define VA_256T  0x1000000000000        /* 256 TiB page -> 0 (Sv57) */
#define VA_M256T 0x2000000000000        /* 256 TiB page -> 0x8000000000 (misaligned) */
#define VA_NEG   0xffffffffc0000000     /* top 1 GiB, sign-extended -> 0x80000000 */
#define VA_NONCANON (1 << (12 + 9 * VM_LEVELS - 1))  /* top VA bit set, bits above clear */

/* load through va + (vpage - base) */
#define VLOAD(reg, va, base)                                            \
        la x1, vpage; li x2, base; sub x1, x1, x2; li x2, va;           \
        add x1, x1, x2; ld reg, 0(x1)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL
  VM_INIT
  VM_MAP(0x80000000, 0x80000000, 2, PTE_RWX_AD)
  VM_MAP(0x80000000 + UDELTA, 0x80000000, 2, PTE_RWX_AD | PTE_U)
  VM_MAP_LBL(VA_4K, vpage, 0, PTE_RWX_AD)
  VM_MAP_LBL(VA_NL, vpage, 0, PTE_V)
  VM_MAP(VA_2M, 0x80000000, 1, PTE_RWX_AD)
  VM_MAP_LBL(VA_M2M, vpage, 1, PTE_RWX_AD)
  VM_MAP(VA_1G, 0x80000000, 2, PTE_RWX_AD)
  VM_MAP(VA_M1G, 0x80200000, 2, PTE_RWX_AD)
  VM_MAP(VA_NEG, 0x80000000, 2, PTE_RWX_AD)
#if VM_LEVELS >= 4
  VM_MAP(VA_512G, 0, 3, PTE_RWX_AD)
  VM_MAP(VA_M512G, 0x40000000, 3, PTE_RWX_AD)
#endif
#if VM_LEVELS >= 5
  VM_MAP(VA_256T, 0, 4, PTE_RWX_AD)
  VM_MAP(VA_M256T, 0x8000000000, 4, PTE_RWX_AD)
#endif
  VM_ON
  la x1, vpage; li x2, 0x0123456789abcdef; sd x2, 0(x1)

  #------------------------------------------------------------- satp
  TEST_CASE(2, x14, 0, csrr x14, satp; la t0, vm_root; srli t0, t0, 12; li t1, VM_SATP_MODE; or t0, t0, t1; sub x14, x14, t0)

  #------------------------------------------------------------- translated loads and stores in S
  GO_MODE(3, PRV_S); li x1, VA_4K; ld x14, 0(x1); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 0x0123456789abcdef; bne x14, x7, fail
  li x2, 0x5555aaaa5555aaaa
  GO_MODE(4, PRV_S); li x1, VA_4K; sd x2, 8(x1); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  la x1, vpage; ld x14, 8(x1); bne x14, x2, fail
  GO_MODE(5, PRV_S); VLOAD(x14, VA_2M, 0x80000000); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 0x0123456789abcdef; bne x14, x7, fail
  GO_MODE(6, PRV_S); VLOAD(x14, VA_1G, 0x80000000); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 0x0123456789abcdef; bne x14, x7, fail
  GO_MODE(7, PRV_S); VLOAD(x14, VA_NEG, 0x80000000); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 0x0123456789abcdef; bne x14, x7, fail
#if VM_LEVELS >= 4
  GO_MODE(8, PRV_S); VLOAD(x14, VA_512G, 0); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 0x0123456789abcdef; bne x14, x7, fail
#endif
#if VM_LEVELS >= 5
  GO_MODE(9, PRV_S); VLOAD(x14, VA_256T, 0); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 0x0123456789abcdef; bne x14, x7, fail
#endif
  # U code through its alias (pc-relative la gives the alias address)
  GO_MODE_AT(10, PRV_U, UDELTA); la x1, vpage; ld x14, 0(x1); auipc x15, 0; 88: ecall; END_TRAP_AT(CAUSE_USER_ECALL, UDELTA)
  li x7, 0x0123456789abcdef; bne x14, x7, fail
  li x7, 0x7fffffff; bgeu x15, x7, fail
  # S code running at the negative VA (fetch through VA_NEG)
  GO_MODE_AT(11, PRV_S, VA_NEG - 0x80000000); auipc x15, 0; 88: ecall; END_TRAP_AT(CAUSE_SUPERVISOR_ECALL, VA_NEG - 0x80000000)
  srli x15, x15, 30; li x7, 0x3ffffffff; bne x15, x7, fail

  #------------------------------------------------------------- page faults
  li x1, VA_NONCANON
  GO_MODE(20, PRV_S); 88: ld x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_NONCANON)
  GO_MODE(21, PRV_S); 88: sd x14, 0(x1); END_TRAP(CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_NONCANON)
  # the same with the bits above set but the top VA bit clear
  li x1, ~VA_NONCANON & ~0xfff
  GO_MODE(22, PRV_S); 88: ld x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL_REG(x1)
  li x1, VA_M2M + 8
  GO_MODE(23, PRV_S); 88: ld x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_M2M + 8)
  li x1, VA_M1G + 16
  GO_MODE(24, PRV_S); 88: sd x14, 0(x1); END_TRAP(CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_M1G + 16)
#if VM_LEVELS >= 4
  li x1, VA_M512G + 0x80000000
  GO_MODE(25, PRV_S); 88: ld x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL_REG(x1)
#endif
#if VM_LEVELS >= 5
  li x1, VA_M256T + 0x80000000
  GO_MODE(26, PRV_S); 88: ld x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL_REG(x1)
#endif
  li x1, VA_INV + 0x10
  GO_MODE(27, PRV_S); 88: lw x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_INV + 0x10)
  GO_MODE(28, PRV_S); 88: sw x14, 0(x1); END_TRAP(CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_INV + 0x10)
#ifndef QEMU72
  GO_MODE(29, PRV_S); 88: amoadd.w x14, x0, (x1); END_TRAP(CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_INV + 0x10)
#else
  /* QEMU 7.2 reports AMO faults as load faults (see rv64mi-amo_faults) */
  GO_MODE(29, PRV_S); 88: amoadd.w x14, x0, (x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_INV + 0x10)
#endif
  # fetch: mepc = mtval = the target, ra = the link
  li x2, VA_INV + 0x20
  GO_MODE(30, PRV_S); jalr ra, 0(x2); 88: j fail
89: li x7, CAUSE_FETCH_PAGE_FAULT; bne s9, x7, fail
  bne s10, x2, fail; bne s11, x2, fail; la x7, 88b; bne ra, x7, fail
  li x1, VA_NL
  GO_MODE(31, PRV_S); 88: ld x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_NL)
  # a faulting load leaves its destination alone
  li x1, VA_INV
  GO_MODE(32, PRV_S); li x14, 77; 88: ld x14, 0(x1); END_TRAP(CAUSE_LOAD_PAGE_FAULT)
  li x7, 77; bne x14, x7, fail
  # M mode is not translated (satp is still on)
  TEST_CASE(33, x14, 0x0123456789abcdef, la x1, vpage; ld x14, 0(x1))

  TEST_PASSFAIL

  MS_TRAP_HANDLER
  VM_CODE
  VM_DATA

RVTEST_CODE_END

  .data
  .balign 4096
vpage:
  .dword 0x0123456789abcdef
  .dword 0
  .skip 4096 - 16
