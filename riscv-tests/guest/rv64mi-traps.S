# rv64mi-traps: synchronous exceptions taken in M mode (own handler, see
# MI_TRAP_HANDLER in env/test_macros.h). For every trap: mcause, mepc = the
# faulting instruction, mtval.
#   ecall from M: cause 11, mtval 0.
#   ebreak and c.ebreak: cause 3, mepc = the ebreak (mtval: rv64mi-ebreak_tval).
#   misaligned lr.w/lr.d: cause 4 (load address misaligned), mtval = the
#   effective address. (Misaligned AMOs and SC: rv64mi-amo_misaligned.)
#   access faults on 0x3000_0000 (unmapped on rivet and on QEMU's spike board)
#   and on 0x0 (rivet's shadow page / spike's hole below the boot ROM):
#   loads of every width -> 5, stores -> 7, LR -> 5 (AMO: rv64mi-amo_faults), instruction
#   fetch (jump there) -> 1 with mepc = mtval = the address.
#   mtvec in vectored mode (MODE = 1): exceptions still go to BASE.
#   mret restores mstatus.MIE from MPIE.
#include "test.h"
#include "test_macros.h"

#define BAD_ADDR 0x30000000

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL

  #------------------------------------------------------------- ecall / ebreak
  EXPECT_TRAP(2); ecall; END_TRAP(CAUSE_MACHINE_ECALL); CHECK_TVAL(0)
  EXPECT_TRAP(3); ebreak; END_TRAP(CAUSE_BREAKPOINT)
  EXPECT_TRAP(4); .option push; .option rvc; c.ebreak; .option pop; END_TRAP(CAUSE_BREAKPOINT)
  # c.ebreak at pc % 4 == 2
  li TESTNUM, 5; ALIGN4; .option push; .option rvc; c.nop; .option pop
  EXPECT_TRAP(5); .option push; .option rvc; c.ebreak; .option pop; END_TRAP(CAUSE_BREAKPOINT)

  # mret restores MIE from MPIE (mie = 0, so no interrupt can be taken)
  TEST_CASE(6, x14, MSTATUS_MIE, csrs mstatus, MSTATUS_MIE; EXPECT_TRAP(6); ecall; END_TRAP(CAUSE_MACHINE_ECALL); csrr x14, mstatus; csrc mstatus, MSTATUS_MIE; andi x14, x14, MSTATUS_MIE)
  TEST_CASE(7, x14, 0, EXPECT_TRAP(7); ecall; END_TRAP(CAUSE_MACHINE_ECALL); csrr x14, mstatus; andi x14, x14, MSTATUS_MIE)

  #------------------------------------------------------------- misaligned LR / AMO
  la s2, adat; addi s3, s2, 4; addi s4, s2, 2; addi s5, s2, 1; addi s6, s2, 7
  addi x14, s2, 2; EXPECT_TRAP(10); lr.w x15, (x14); END_TRAP(CAUSE_MISALIGNED_LOAD)
  li TESTNUM, 10; addi x7, s2, 2; bne s11, x7, fail
  EXPECT_TRAP(11); lr.d x15, (s3); END_TRAP(CAUSE_MISALIGNED_LOAD)
  EXPECT_TRAP(16); lr.w x15, (s5); END_TRAP(CAUSE_MISALIGNED_LOAD)
  # the addresses reported in mtval
  TEST_CASE(18, x0, 0, EXPECT_TRAP(18); lr.d x15, (s3); END_TRAP(CAUSE_MISALIGNED_LOAD); CHECK_TVAL_REG(s3))
  # nothing was written: adat is intact
  TEST_CASE(22, x14, 0x0123456789abcdef, ld x14, 0(s2))
  TEST_CASE(23, x14, 0xfedcba9876543210, ld x14, 8(s2))

  #------------------------------------------------------------- access faults
  li s2, BAD_ADDR
  EXPECT_TRAP(30); lb x14, 0(s2); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(BAD_ADDR)
  EXPECT_TRAP(31); lhu x14, 2(s2); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(BAD_ADDR + 2)
  EXPECT_TRAP(32); lw x14, 4(s2); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(BAD_ADDR + 4)
  EXPECT_TRAP(33); ld x14, -8(s2); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(BAD_ADDR - 8)
  EXPECT_TRAP(34); lwu x14, 0x100(s2); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(BAD_ADDR + 0x100)
  EXPECT_TRAP(35); sb x0, 0(s2); END_TRAP(CAUSE_STORE_ACCESS); CHECK_TVAL(BAD_ADDR)
  EXPECT_TRAP(36); sh x0, 6(s2); END_TRAP(CAUSE_STORE_ACCESS); CHECK_TVAL(BAD_ADDR + 6)
  EXPECT_TRAP(37); sw x0, 8(s2); END_TRAP(CAUSE_STORE_ACCESS); CHECK_TVAL(BAD_ADDR + 8)
  EXPECT_TRAP(38); sd x0, 16(s2); END_TRAP(CAUSE_STORE_ACCESS); CHECK_TVAL(BAD_ADDR + 16)
  EXPECT_TRAP(41); lr.d x14, (s2); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(BAD_ADDR)
  # low memory (rivet: the shadow state page; spike: unmapped below the ROM)
  EXPECT_TRAP(42); ld x14, 0(x0); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(0)
  EXPECT_TRAP(43); sd x0, 8(x0); END_TRAP(CAUSE_STORE_ACCESS); CHECK_TVAL(8)
  EXPECT_TRAP(44); lbu x14, 0x7ff(x0); END_TRAP(CAUSE_LOAD_ACCESS); CHECK_TVAL(0x7ff)
  # the destination register is not written by a faulting load
  TEST_CASE(45, x14, 0x55, li x14, 0x55; EXPECT_TRAP(45); ld x14, 0(s2); END_TRAP(CAUSE_LOAD_ACCESS))

  # instruction access fault: mepc = mtval = the target, ra holds the link
  li TESTNUM, 46
  la s8, 1f; li s9, -1; li s10, -1; li s11, -1
  la x15, 2f
  jalr ra, 0(s2)
2: j fail
1:
  li x7, CAUSE_FETCH_ACCESS; bne s9, x7, fail
  bne s10, s2, fail
  bne s11, s2, fail
  bne ra, x15, fail
  li TESTNUM, 47
  la s8, 1f; li s9, -1; li s10, -1; li s11, -1
  jalr x0, 0x10(x0)
  j fail
1:
  li x7, CAUSE_FETCH_ACCESS; bne s9, x7, fail
  li x7, 0x10; bne s10, x7, fail; bne s11, x7, fail

  #------------------------------------------------------------- vectored mtvec
  li TESTNUM, 50
  la t0, mi_trap
  ori t0, t0, 1
  csrw mtvec, t0
  csrr x14, mtvec
  bne x14, t0, fail
  EXPECT_TRAP(51); ecall; END_TRAP(CAUSE_MACHINE_ECALL)
  EXPECT_TRAP(52); ebreak; END_TRAP(CAUSE_BREAKPOINT)
  EXPECT_TRAP(53); ld x14, 0(s2); END_TRAP(CAUSE_LOAD_ACCESS)
  MI_INSTALL
  TEST_CASE(54, x14, 0, la x7, mi_trap; csrr x14, mtvec; sub x14, x14, x7)

  TEST_PASSFAIL

  MI_TRAP_HANDLER

RVTEST_CODE_END

  .data
  .align 4
adat:
  .dword 0x0123456789abcdef
  .dword 0xfedcba9876543210
