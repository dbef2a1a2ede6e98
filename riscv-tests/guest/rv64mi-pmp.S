# rv64mi-pmp: physical memory protection (16 entries, 4-byte granularity).
#   pmpaddr holds address bits 55:2 (bits 63:54 read 0).
#   Layout: entry 0 NAPOT over page p0 (R), entry 1 NA4 on p1+8 (no
#   access), entries 2-3 TOR [p2, p2+0x800) (RW; entry 2 OFF provides the
#   base), entry 15 NAPOT over everything (RWX: lets S/U run).
#   S/U: R-only region: load ok, store -> 7, fetch -> 1 (mepc = mtval = the
#   address); NA4: exactly that word faults (5), its neighbours do not;
#   TOR: inside RW, fetch -> 1; lowest-numbered matching entry wins.
#   M: unlocked entries do not apply (M stores to p0 work); with no entry
#   matching, M has full access and S has none (catch-all off: the first
#   S fetch faults, cause 1).
#   Page-table walks are checked as S-mode accesses: with an entry denying
#   the level-0 table page, an S load/store/fetch through it raises the
#   access fault of the original access type (5/7/1), mtval = the VA.
#   Locks: L makes an entry apply to M (locked R-only p0: M store -> 7, M
#   load ok; locked TOR RW p2: M fetch -> 1) and makes its pmpcfg byte and
#   pmpaddr ignore writes; a locked TOR entry also locks pmpaddr[i-1].
# KNOWN QEMU DIFFERENCE (check 2): QEMU 7.2 keeps pmpaddr bits 63:54 as
#   written (spec 3.7.1: RV64 pmpaddr encodes bits 55:2; bits 63:54 are WARL
#   zero in the figure).
#include "test.h"
#include "test_macros.h"
#define VM_LEVELS 3
#include "vm.h"

#define VA_P 0x10000000
#define CFG0 0x0b001019                 /* entries 0-3 as above */

#define S_TRY(n, cause, insn...)                                        \
        GO_MODE(n, PRV_S); 88: insn; END_TRAP(cause)
#define S_OK(n, insn...)                                                \
        GO_MODE(n, PRV_S); insn; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL
  la s3, p0; la s4, p1; la s5, p2

  #------------------------------------------------------------- registers
#ifndef QEMU72
  TEST_CASE(2, x14, 0x003fffffffffffff, li x1, -1; csrw pmpaddr5, x1; csrr x14, pmpaddr5; csrw pmpaddr5, zero)
#endif
  # program the layout
  srli t0, s3, 2; ori t0, t0, 0x1ff; csrw pmpaddr0, t0
  addi t0, s4, 8; srli t0, t0, 2; csrw pmpaddr1, t0
  srli t0, s5, 2; csrw pmpaddr2, t0
  li t1, 0x800; add t0, s5, t1; srli t0, t0, 2; csrw pmpaddr3, t0
  li t0, -1; srli t0, t0, 10; csrw pmpaddr15, t0
  li t0, 0x1f << 56; csrw pmpcfg2, t0
  li t0, CFG0; csrw pmpcfg0, t0
  TEST_CASE(3, x14, CFG0, csrr x14, pmpcfg0)
  TEST_CASE(4, x14, 0, csrr x14, pmpaddr0; srli x7, s3, 2; ori x7, x7, 0x1ff; sub x14, x14, x7)

  #------------------------------------------------------------- S and U
  S_OK(10, ld x14, 8(s3))
  S_TRY(11, CAUSE_STORE_ACCESS, sd x14, 8(s3)); addi x7, s3, 8; CHECK_TVAL_REG(x7)
  GO_MODE(12, PRV_S); jalr ra, 0(s3); 88: j fail
89: li x7, CAUSE_FETCH_ACCESS; bne s9, x7, fail; bne s10, s3, fail; bne s11, s3, fail
  S_TRY(13, CAUSE_STORE_ACCESS, amoswap.d x14, x0, (s3))
  GO_MODE(14, PRV_U); 88: sw x14, 0(s3); END_TRAP(CAUSE_STORE_ACCESS)
  GO_MODE(15, PRV_U); ld x14, 0(s3); 88: ecall; END_TRAP(CAUSE_USER_ECALL)
  # M is not restricted by unlocked entries
  TEST_CASE(16, x14, 7, li x1, 7; sd x1, 16(s3); ld x14, 16(s3))
  # NA4: only p1+8..p1+11
  S_TRY(20, CAUSE_LOAD_ACCESS, lw x14, 8(s4)); addi x7, s4, 8; CHECK_TVAL_REG(x7)
  S_TRY(21, CAUSE_STORE_ACCESS, sb x14, 11(s4)); addi x7, s4, 11; CHECK_TVAL_REG(x7)
  S_OK(22, lw x14, 4(s4); lw x14, 12(s4); sw x14, 12(s4))
  # TOR [p2, p2+0x800): RW, no X
  S_OK(23, sd x14, 0(s5); ld x14, 0x7f8(s5))
  GO_MODE(24, PRV_S); jalr ra, 0(s5); 88: j fail
89: li x7, CAUSE_FETCH_ACCESS; bne s9, x7, fail; bne s10, s5, fail
  # above the TOR top: the catch-all (RWX) applies
  S_OK(25, li x1, 0x800; add x1, x1, s5; sd x14, 0(x1))
  # no entry matches: S fails at its first fetch, M succeeds
  li t0, 0; csrw pmpcfg2, t0
  GO_MODE(26, PRV_S); 88: nop; END_TRAP(CAUSE_FETCH_ACCESS); CHECK_TVAL_EPC
  TEST_CASE(27, x14, 9, li x1, 9; addi x2, s4, 0x100; sd x1, 0(x2); ld x14, 0(x2))
  li t0, 0x1f << 56; csrw pmpcfg2, t0

  #------------------------------------------------------------- page-table walks
  VM_INIT
  VM_MAP(0x80000000, 0x80000000, 2, PTE_RWX_AD)
  VM_MAP_LBL(VA_P, p1, 0, PTE_RWX_AD)
  # the level-0 table is the second pool page: deny it (entry 4, NAPOT 4 KiB)
  la t0, vm_pool; li t1, 4096; add t0, t0, t1; srli t0, t0, 2; ori t0, t0, 0x1ff; csrw pmpaddr4, t0
  li t0, CFG0 | (0x18 << 32); csrw pmpcfg0, t0
  VM_ON
  li x15, VA_P
  S_TRY(30, CAUSE_LOAD_ACCESS, ld x14, 0(x15)); CHECK_TVAL(VA_P)
  S_TRY(31, CAUSE_STORE_ACCESS, sd x14, 0x10(x15)); CHECK_TVAL(VA_P + 0x10)
  GO_MODE(32, PRV_S); jalr ra, 0(x15); 88: j fail
89: li x7, CAUSE_FETCH_ACCESS; bne s9, x7, fail; bne s10, x15, fail; bne s11, x15, fail
  # allowed again (entry 4 R): the walk works
  li t0, CFG0 | (0x19 << 32); csrw pmpcfg0, t0
  S_OK(33, ld x14, 0x10(x15))
  csrw satp, zero; sfence.vma

  #------------------------------------------------------------- locks
  # entry 0 locked, R only: applies to M
  li t0, (CFG0 & ~0xff) | 0x99; csrw pmpcfg0, t0
  EXPECT_TRAP(40); sd x14, 8(s3); END_TRAP(CAUSE_STORE_ACCESS); addi x7, s3, 8; CHECK_TVAL_REG(x7)
  TEST_CASE(41, x14, 7, ld x14, 16(s3))
  # the locked byte ignores writes, the others take them
  TEST_CASE(42, x14, (CFG0 & ~0xff) | 0x99 | (0x1b << 32), li x1, CFG0 | (0x1b << 32); csrw pmpcfg0, x1; csrr x14, pmpcfg0)
  TEST_CASE(43, x14, 0, csrr x1, pmpaddr0; li x2, 0x12345; csrw pmpaddr0, x2; csrr x14, pmpaddr0; sub x14, x14, x1)
  # entry 3 locked TOR (RW): locks pmpaddr3 and pmpaddr2; M fetch -> 1
  li t0, (CFG0 & ~0xff000000) | 0x99 | (0x8b << 24); csrw pmpcfg0, t0
  TEST_CASE(44, x14, 0, csrr x1, pmpaddr2; li x2, 0x12345; csrw pmpaddr2, x2; csrr x14, pmpaddr2; sub x14, x14, x1)
  TEST_CASE(45, x14, 0, csrr x1, pmpaddr3; li x2, 0x12345; csrw pmpaddr3, x2; csrr x14, pmpaddr3; sub x14, x14, x1)
  TEST_CASE(46, x14, 5, li x1, 5; sd x1, 0(s5); ld x14, 0(s5))
  li TESTNUM, 47
  la s8, 1f; li s9, -1; li s10, -1
  jalr ra, 0(s5)
  j fail
1: li x7, CAUSE_FETCH_ACCESS; bne s9, x7, fail; bne s10, s5, fail
  # entry 1 (NA4, unlocked) still changes
  TEST_CASE(48, x14, 0x13, csrr x1, pmpcfg0; li x2, ~0xff00; and x1, x1, x2; li x2, 0x1300; or x1, x1, x2; csrw pmpcfg0, x1; csrr x14, pmpcfg0; srli x14, x14, 8; andi x14, x14, 0xff)
#ifndef QEMU72
  # R = 0 with W = 1 is reserved (spec 3.7.1); rivet stores it as R = W = 0, as Spike does
  # (QEMU 7.2 keeps W).
  TEST_CASE(49, x14, 0x10, csrr x1, pmpcfg0; li x2, ~0xff00; and x1, x1, x2; li x2, 0x1200; or x1, x1, x2; csrw pmpcfg0, x1; csrr x14, pmpcfg0; srli x14, x14, 8; andi x14, x14, 0xff)
#endif

  TEST_PASSFAIL

  MS_TRAP_HANDLER
  VM_CODE
  VM_DATA

RVTEST_CODE_END

  .data
  .balign 4096
p0: .skip 4096
p1: .skip 4096
p2: .skip 4096
