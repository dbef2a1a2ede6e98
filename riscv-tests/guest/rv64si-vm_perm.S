# rv64si-vm_perm: Sv39 permission checks, A/D bits, SUM/MXR/MPRV, satp WARL,
# TVM, sfence.vma (tables built with env/vm.h; faults have mtval = the VA).
#   A/D: a load through a PTE with A = D = 0 sets A (D stays 0), a store
#   sets D (hardware update, Svadu-style; QEMU 7.2 does it too).
#   Leaf permissions for S: R-only page: load ok, store -> 15; X-only: load
#   -> 13 unless MXR = 1, store -> 15; W without R (reserved, W=1 R=0, with
#   or without X) -> 13/15 even with MXR; fetch from a non-X page -> 12
#   (mepc = mtval = the VA), from an X page works.
#   U bit: S load/store on a U page -> 13/15 unless SUM = 1; S fetch from a
#   U page -> 12 even with SUM = 1. U load/fetch on a non-U page -> 13/12;
#   U load on a U page ok, on an X-only U page only with MXR.
#   MPRV = 1 in M: loads/stores use MPP's mode and translation (MPP = S:
#   S page ok, page without R -> 13 to M; MPP = U: U page ok, S page -> 13;
#   SUM applies with MPP = S); fetches are not affected.
#   satp: MODE 1..7 and 11+ (reserved/unsupported) -> the write is ignored;
#   Sv48 and Bare writes are taken. TVM = 1: satp access and sfence.vma in
#   S are illegal (mtval = the instruction); TVM = 0: allowed; sfence.vma
#   in U is illegal.
#   S rewrites a leaf PTE through its own mapping, sfence.vma, and then sees
#   the new translation.
#include "test.h"
#include "test_macros.h"
#define VM_LEVELS 3
#include "vm.h"

#define UDELTA (-0x40000000)
#define VA_P   0x10000000      /* data page dpage, flags vary (PTE at s3) */
#define VA_AD  0x10001000      /* data page apage, A = D = 0 (PTE at s4) */
#define VA_X   0x10002000      /* code page xpage, flags vary (PTE at s5) */
#define DVAL   0x1122334455667788
#define DVAL2  0x0badc0de0badc0de

/* set the leaf PTE at reg to label's page with flags, flush */
#define SETPTE(reg, label, flags)                                       \
        la t0, label; srli t0, t0, 12; slli t0, t0, 10;                 \
        li t1, flags; or t0, t0, t1; sd t0, 0(reg); sfence.vma
#define MSTATUS_SET(bits)  li t0, bits; csrs mstatus, t0
#define MSTATUS_CLR(bits)  li t0, bits; csrc mstatus, t0
#define S_LOAD(n, flags, cause)                                         \
        SETPTE(s3, dpage, flags);                                       \
        GO_MODE(n, PRV_S); 88: ld x14, 0(x15); END_TRAP(cause)
#define S_STORE(n, flags, cause)                                        \
        SETPTE(s3, dpage, flags);                                       \
        GO_MODE(n, PRV_S); 88: sd x14, 0(x15); END_TRAP(cause)
#define OK_VAL  li x7, DVAL; bne x14, x7, fail

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL
  VM_INIT
  VM_MAP(0x80000000, 0x80000000, 2, PTE_RWX_AD)
  VM_MAP(0x80000000 + UDELTA, 0x80000000, 2, PTE_RWX_AD | PTE_U)
  VM_MAP_LBL(VA_P, dpage, 0, PTE_V | PTE_R | PTE_A | PTE_D)
  mv s3, a4
  VM_MAP_LBL(VA_AD, apage, 0, PTE_V | PTE_R | PTE_W)
  mv s4, a4
  VM_MAP_LBL(VA_X, xpage, 0, PTE_V | PTE_X | PTE_A)
  mv s5, a4
  VM_ON
  li x15, VA_P

  #------------------------------------------------------------- A and D
  li x1, VA_AD
  GO_MODE(2, PRV_S); ld x14, 0(x1); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  ld x14, 0(s4); CHECK_FIELD(x14, PTE_A | PTE_D, PTE_A)
  GO_MODE(3, PRV_S); sd x14, 8(x1); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  ld x14, 0(s4); CHECK_FIELD(x14, 0x3ff, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

  #------------------------------------------------------------- S permissions
  # R only
  SETPTE(s3, dpage, PTE_V | PTE_R | PTE_A | PTE_D)
  GO_MODE(10, PRV_S); ld x14, 0(x15); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  OK_VAL
  S_STORE(11, PTE_V | PTE_R | PTE_A | PTE_D, CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_P)
  # X only: load faults without MXR, works with it; store faults
  S_LOAD(12, PTE_V | PTE_X | PTE_A | PTE_D, CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_P)
  MSTATUS_SET(MSTATUS_MXR)
  GO_MODE(13, PRV_S); ld x14, 0(x15); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  OK_VAL
  S_STORE(14, PTE_V | PTE_X | PTE_A | PTE_D, CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_P)
  # reserved: W without R (with MXR still set)
  S_LOAD(15, PTE_V | PTE_W | PTE_A | PTE_D, CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_P)
  S_STORE(16, PTE_V | PTE_W | PTE_A | PTE_D, CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_P)
  S_LOAD(17, PTE_V | PTE_W | PTE_X | PTE_A | PTE_D, CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_P)
  MSTATUS_CLR(MSTATUS_MXR)
  # invalid (V = 0) with permissions
  S_LOAD(18, PTE_R | PTE_W | PTE_A | PTE_D, CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_P)
  # R W: both work
  SETPTE(s3, dpage, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
  GO_MODE(19, PRV_S); ld x14, 0(x15); sd x14, 8(x15); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  OK_VAL
  # fetch: X page works, non-X page faults
  li x2, VA_X
  GO_MODE(20, PRV_S); li x14, 0; jalr ra, 0(x2); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 42; bne x14, x7, fail
  SETPTE(s5, xpage, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
  GO_MODE(21, PRV_S); jalr ra, 0(x2); 88: j fail
89: li x7, CAUSE_FETCH_PAGE_FAULT; bne s9, x7, fail
  bne s10, x2, fail; bne s11, x2, fail

  #------------------------------------------------------------- U bit, SUM
  S_LOAD(30, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D, CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_P)
  S_STORE(31, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D, CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_P)
  MSTATUS_SET(MSTATUS_SUM)
  GO_MODE(32, PRV_S); ld x14, 0(x15); sd x14, 8(x15); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  OK_VAL
  # S fetch from a U page faults even with SUM
  SETPTE(s5, xpage, PTE_V | PTE_X | PTE_U | PTE_A | PTE_D)
  GO_MODE(33, PRV_S); jalr ra, 0(x2); 88: j fail
89: li x7, CAUSE_FETCH_PAGE_FAULT; bne s9, x7, fail
  bne s10, x2, fail; bne s11, x2, fail
  MSTATUS_CLR(MSTATUS_SUM)
  # U: U page ok (load, store, fetch)
  GO_MODE_AT(34, PRV_U, UDELTA); ld x14, 0(x15); sd x14, 8(x15); li x14, 0; jalr ra, 0(x2); 88: ecall; END_TRAP_AT(CAUSE_USER_ECALL, UDELTA)
  li x7, 42; bne x14, x7, fail
  # U: S page -> 13, S code page fetch -> 12
  SETPTE(s3, dpage, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
  GO_MODE_AT(35, PRV_U, UDELTA); 88: ld x14, 0(x15); END_TRAP_AT(CAUSE_LOAD_PAGE_FAULT, UDELTA); CHECK_TVAL(VA_P)
  GO_MODE_AT(36, PRV_U, UDELTA); 88: sd x14, 0(x15); END_TRAP_AT(CAUSE_STORE_PAGE_FAULT, UDELTA); CHECK_TVAL(VA_P)
  SETPTE(s5, xpage, PTE_V | PTE_X | PTE_A | PTE_D)
  GO_MODE_AT(37, PRV_U, UDELTA); jalr ra, 0(x2); 88: j fail
89: li x7, CAUSE_FETCH_PAGE_FAULT; bne s9, x7, fail
  bne s10, x2, fail; bne s11, x2, fail
  # U: X-only U page readable only with MXR
  SETPTE(s3, dpage, PTE_V | PTE_X | PTE_U | PTE_A | PTE_D)
  GO_MODE_AT(38, PRV_U, UDELTA); 88: ld x14, 0(x15); END_TRAP_AT(CAUSE_LOAD_PAGE_FAULT, UDELTA); CHECK_TVAL(VA_P)
  MSTATUS_SET(MSTATUS_MXR)
  GO_MODE_AT(39, PRV_U, UDELTA); ld x14, 0(x15); 88: ecall; END_TRAP_AT(CAUSE_USER_ECALL, UDELTA)
  OK_VAL
  MSTATUS_CLR(MSTATUS_MXR)

  #------------------------------------------------------------- MPRV
  SETPTE(s3, dpage, PTE_V | PTE_R | PTE_A | PTE_D)
  MSTATUS_CLR(MSTATUS_MPP); MSTATUS_SET(PRV_S << 11)
  TEST_CASE(40, x14, DVAL, li x14, 0; MSTATUS_SET(MSTATUS_MPRV); ld x14, 0(x15); MSTATUS_CLR(MSTATUS_MPRV))
  MSTATUS_SET(MSTATUS_MPRV)
  EXPECT_TRAP(41); sd x14, 0(x15); END_TRAP(CAUSE_STORE_PAGE_FAULT); CHECK_TVAL(VA_P)
  # the trap (from M) set MPP = M, MPRV stays: M's own accesses are not
  # translated any more
  li TESTNUM, 42; CHECK_FIELD(s2, MSTATUS_MPRV | MSTATUS_MPP, MSTATUS_MPRV | MSTATUS_MPP)
  MSTATUS_CLR(MSTATUS_MPRV | MSTATUS_MPP)
  # MPP = U: U page ok, S page faults
  SETPTE(s3, dpage, PTE_V | PTE_R | PTE_U | PTE_A | PTE_D)
  MSTATUS_CLR(MSTATUS_MPP)
  TEST_CASE(43, x14, DVAL, li x14, 0; MSTATUS_SET(MSTATUS_MPRV); ld x14, 0(x15); MSTATUS_CLR(MSTATUS_MPRV))
  # MPP = S on a U page: needs SUM
  MSTATUS_SET(PRV_S << 11)
  MSTATUS_SET(MSTATUS_MPRV)
  EXPECT_TRAP(44); ld x14, 0(x15); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_P)
  MSTATUS_SET(MSTATUS_SUM | (PRV_S << 11))
  TEST_CASE(45, x14, DVAL, li x14, 0; ld x14, 0(x15); MSTATUS_CLR(MSTATUS_MPRV | MSTATUS_SUM))
  SETPTE(s3, dpage, PTE_V | PTE_R | PTE_A | PTE_D)
  MSTATUS_CLR(MSTATUS_MPP)
  MSTATUS_SET(MSTATUS_MPRV)
  EXPECT_TRAP(46); ld x14, 0(x15); END_TRAP(CAUSE_LOAD_PAGE_FAULT); CHECK_TVAL(VA_P)
  MSTATUS_CLR(MSTATUS_MPRV)

  #------------------------------------------------------------- satp WARL, TVM, sfence.vma
  csrr s6, satp
  TEST_CASE(50, x14, 0, li x1, (1 << 60) | 0x1234; csrw satp, x1; csrr x14, satp; sub x14, x14, s6)
  TEST_CASE(51, x14, 0, li x1, (7 << 60) | 0x1234; csrw satp, x1; csrr x14, satp; sub x14, x14, s6)
  TEST_CASE(52, x14, 0, li x1, (11 << 60) | 0x1234; csrw satp, x1; csrr x14, satp; sub x14, x14, s6)
  TEST_CASE(53, x14, 0, li x1, (15 << 60) | 0x1234; csrw satp, x1; csrr x14, satp; sub x14, x14, s6)
  TEST_CASE(54, x14, 0, li x1, (9 << 60) | 0x1234; csrw satp, x1; csrr x14, satp; sub x14, x14, x1)
  TEST_CASE(55, x14, 0, csrw satp, zero; csrr x14, satp)
  csrw satp, s6; sfence.vma
  MSTATUS_SET(MSTATUS_TVM)
  GO_MODE(56, PRV_S); 88: csrr x14, satp; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x18002773)
  GO_MODE(57, PRV_S); 88: sfence.vma; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x12000073)
  MSTATUS_CLR(MSTATUS_TVM)
  GO_MODE(58, PRV_S); csrr x14, satp; sfence.vma; csrw satp, x14; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  bne x14, s6, fail
  GO_MODE_AT(59, PRV_U, UDELTA); 88: sfence.vma; END_TRAP_AT(CAUSE_ILLEGAL_INSTRUCTION, UDELTA); CHECK_TVAL(0x12000073)
  # S remaps VA_P to dpage2 by rewriting the PTE through its identity map
  SETPTE(s3, dpage, PTE_V | PTE_R | PTE_A | PTE_D)
  la x12, dpage2; srli x12, x12, 12; slli x12, x12, 10; ori x12, x12, PTE_V | PTE_R | PTE_A | PTE_D
  GO_MODE(60, PRV_S); ld x13, 0(x15); sd x12, 0(s3); sfence.vma; ld x14, 0(x15); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, DVAL; bne x13, x7, fail
  li x7, DVAL2; bne x14, x7, fail

  TEST_PASSFAIL

  MS_TRAP_HANDLER
  VM_CODE
  VM_DATA

  # code page: returns 42 in a4
  .balign 4096
xpage:
  li x14, 42
  ret
  .balign 4096

RVTEST_CODE_END

  .data
  .balign 4096
dpage:
  .dword DVAL
  .skip 4096 - 8
apage:
  .dword 5
  .skip 4096 - 8
dpage2:
  .dword DVAL2
  .skip 4096 - 8
