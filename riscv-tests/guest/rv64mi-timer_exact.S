# rv64mi-timer_exact: rivet's deterministic clock and timer (exact values).
# rivet's contract: the clock (mcycle, never written here, so the mcycle
# CSR reads the clock) advances by 1 per retired instruction and by 1 per
# trap taken (taking an interrupt costs one cycle too); mtime = clock / 100
# (RTC_DIV); mip.MTIP = (mtime >= mtimecmp); an interrupt is taken at the
# first instruction boundary where it is pending and enabled; a CSR read of
# mcycle returns the clock before that instruction's own increment.
#   2: mtime == (mcycle + 1) / 100 for `csrr x1, mcycle; ld x2, mtime`
#      (the load executes one cycle after the csrr), 300 times in a row.
#   3: spin with MTIE and MIE set, mtimecmp = mtime + 3 = M. MTIP becomes 1
#      when the clock reaches M * 100, an RTC tick boundary that the spin
#      loop (1 cycle per instruction, no other traps) reaches exactly; the
#      interrupt is taken before the instruction at that boundary and costs
#      one cycle, so the handler's first instruction (csrr mcycle) reads
#      exactly M * 100 + 1; its mtime load reads M (a few cycles later, far
#      below the next tick); mepc is one of the two loop instructions.
#   4: the same with wfi instead of the spin: the wfi retires, the clock
#      jumps to the next timer event (M * 100), the interrupt is taken
#      (+1): the handler reads M * 100 + 1 again, mepc = the wfi + 4.
#   5: an interrupt already pending (mtimecmp = 0) and enabled by
#      csrsi mstatus: `csrr x1, mcycle` (clock c), csrsi (c + 1, retires ->
#      c + 2), trap (-> c + 3): the handler reads c + 3, mepc = csrsi + 4.
# KNOWN QEMU DIFFERENCE: QEMU's mtime follows the host clock (10 MHz) and its
# mcycle is not an instruction count, so none of these values hold there.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  la t0, th; csrw mtvec, t0
  li x15, CLINT_MTIMECMP; li x1, -1; sd x1, 0(x15)
  li x1, MIP_MTIP; csrw mie, x1

  #------------------------------------------------------------- mtime = mcycle / 100
  li TESTNUM, 2
  li x15, CLINT_MTIME
  li x5, 300
  li x6, 100
1: csrr x1, mcycle
  ld x2, 0(x15)
  addi x1, x1, 1
  divu x1, x1, x6
  bne x1, x2, fail
  addi x5, x5, -1
  bnez x5, 1b

  #------------------------------------------------------------- spin until the timer
  li TESTNUM, 3
  li x1, MIP_MTIP; csrw mie, x1
  li x15, CLINT_MTIME; ld x1, 0(x15); addi x1, x1, 3
  li x15, CLINT_MTIMECMP; sd x1, 0(x15)
  la s8, 3f
  csrsi mstatus, MSTATUS_MIE
2: addi x2, x2, 1
  j 2b
3: li x7, CAUSE_INTR | IRQ_M_TIMER; bne s9, x7, fail
  li x7, 100; mul x7, x7, x1; addi x7, x7, 1; bne s10, x7, fail
  bne s11, x1, fail
  la x7, 2b; beq s2, x7, 4f; addi x7, x7, 4; bne s2, x7, fail
4:
  #------------------------------------------------------------- wfi until the timer
  li TESTNUM, 4
  li x1, MIP_MTIP; csrw mie, x1
  li x15, CLINT_MTIME; ld x1, 0(x15); addi x1, x1, 2
  li x15, CLINT_MTIMECMP; sd x1, 0(x15)
  la s8, 3f
  csrsi mstatus, MSTATUS_MIE
  wfi
2: j fail
3: li x7, CAUSE_INTR | IRQ_M_TIMER; bne s9, x7, fail
  li x7, 100; mul x7, x7, x1; addi x7, x7, 1; bne s10, x7, fail
  bne s11, x1, fail
  la x7, 2b; bne s2, x7, fail

  #------------------------------------------------------------- already pending
  li TESTNUM, 5
  li x15, CLINT_MTIMECMP; sd x0, 0(x15)
  li x1, MIP_MTIP; csrw mie, x1
  la s8, 3f
  csrr x1, mcycle
  csrsi mstatus, MSTATUS_MIE
2: j fail
3: li x7, CAUSE_INTR | IRQ_M_TIMER; bne s9, x7, fail
  addi x7, x1, 3; bne s10, x7, fail
  la x7, 2b; bne s2, x7, fail
  li x15, CLINT_MTIMECMP; li x1, -1; sd x1, 0(x15)

  TEST_PASSFAIL

  # handler: s10 = mcycle (first instruction), s9 = mcause, s2 = mepc,
  # s11 = mtime; mie = 0; resume at s8 in M with MIE = 0 (MPIE = 0)
  ALIGN4
th:
  csrr s10, mcycle
  csrr s9, mcause
  csrr s2, mepc
  li s11, CLINT_MTIME
  ld s11, 0(s11)
  csrw mie, zero
  li t0, CAUSE_INTR | IRQ_M_TIMER
  bne s9, t0, trap_vector
  csrw mepc, s8
  li t0, MSTATUS_MPIE
  csrc mstatus, t0
  mret

RVTEST_CODE_END
