# rv64si-wfi: WFI.
#   WFI returns (and the next instruction runs, no trap) when an interrupt
#   is pending in mip & mie even if it is globally disabled: in M with
#   mstatus.MIE = 0 (MSIP from the CLINT, MTIP from mtimecmp = 0, MTIP that
#   becomes pending later: mtimecmp = mtime + 20, then mip.MTIP = 1), in S
#   with a delegated SSIP and sstatus.SIE = 0.
#   mstatus.TW = 1: WFI in S is illegal (mtval = the instruction); TW does
#   not affect M. WFI in U is illegal (S-mode is implemented).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL
  li s8, 0                      # an unexpected trap fails the test (gp|1337)

  # M, MIE = 0, MSIP pending and enabled
  TEST_CASE(2, x14, 1, li x15, CLINT_MSIP; li x1, 1; sw x1, 0(x15); li x1, MIP_MSIP; csrw mie, x1; li x14, 0; wfi; li x14, 1)
  # TW does not affect M
  TEST_CASE(3, x14, 1, li t0, MSTATUS_TW; csrs mstatus, t0; li x14, 0; wfi; li x14, 1; li t0, MSTATUS_TW; csrc mstatus, t0)
  TEST_CASE(4, x14, 0, li x15, CLINT_MSIP; sw x0, 0(x15); csrw mie, zero; csrr x14, mip; andi x14, x14, MIP_MSIP)
  # MTIP already pending (mtimecmp = 0)
  TEST_CASE(5, x14, 1, li x15, CLINT_MTIMECMP; sd x0, 0(x15); li x1, MIP_MTIP; csrw mie, x1; li x14, 0; wfi; li x14, 1)
  # MTIP pending later: wfi waits for it (rivet: the clock jumps there)
  TEST_CASE(6, x14, MIP_MTIP, li x15, CLINT_MTIME; ld x1, 0(x15); addi x1, x1, 20; li x15, CLINT_MTIMECMP; sd x1, 0(x15); \
            li x2, 1000; 1: wfi; csrr x14, mip; andi x14, x14, MIP_MTIP; bnez x14, 2f; addi x2, x2, -1; bnez x2, 1b; 2: )
  TEST_CASE(7, x14, 1, li x15, CLINT_MTIME; ld x14, 0(x15); sltu x14, x14, x1; xori x14, x14, 1)
  li x15, CLINT_MTIMECMP; li x1, -1; sd x1, 0(x15)
  csrw mie, zero

  # S: delegated SSIP pending, SIE = 0: wfi returns, then ecall
  li t0, MIP_SSIP; csrw mideleg, t0; csrw mie, t0; csrs mip, t0
  li t0, MSTATUS_SIE; csrc mstatus, t0
  GO_MODE(10, PRV_S); li x14, 0; wfi; li x14, 1; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 1; bne x14, x7, fail
  # TW = 1: illegal in S
  li t0, MSTATUS_TW; csrs mstatus, t0
  GO_MODE(11, PRV_S); 88: wfi; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(INSN_WFI)
  li t0, MSTATUS_TW; csrc mstatus, t0
  # U: illegal (TW = 0)
  li t0, MIP_SSIP; csrc mip, t0; csrw mie, zero; csrw mideleg, zero
  GO_MODE(12, PRV_U); 88: wfi; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(INSN_WFI)

  TEST_PASSFAIL

  MS_TRAP_HANDLER

RVTEST_CODE_END
