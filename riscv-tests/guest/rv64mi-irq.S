# rv64mi-irq: interrupts (timing-independent): CLINT, mip/mie/sip/sie,
# vectored mtvec and stvec, priorities, delegation (mideleg), global enables.
#   CLINT (SiFive layout at 0x02000000): msip bit 0 -> mip.MSIP; mtimecmp
#   -> mip.MTIP = (mtime >= mtimecmp); mtime advances. mip.MSIP/MTIP are
#   read-only in mip; mip.STIP and SSIP are writable from M.
#   sip/sie: with an interrupt delegated, its sip/sie bits are those of
#   mip/mie; not delegated, they read 0 (spec 4.1.3).
#   Vectored mode (MODE = 1): an interrupt with cause c lands at BASE + 4*c
#   (each slot records its number in s3 / s6), mcause/scause = 2^63 | c,
#   xepc = the next instruction to execute. Interrupts are taken as soon as
#   they are pending and enabled: right after the CSR write that enables
#   them (xepc = that write + 4), or before the first instruction after an
#   mret/sret (xepc = that instruction).
#   Priorities: MSI > MTI > SSI > STI (spec 3.1.9: MEI, MSI, MTI, SEI, SSI,
#   STI), with both sources pending when the global enable is set.
# KNOWN QEMU DIFFERENCE (check 23): QEMU 7.2 (without AIA) takes the
#   lowest-numbered pending interrupt first, so SSI (1) beats MTI (7);
#   spec 3.1.9: "Multiple simultaneous interrupts destined for M-mode are
#   handled in the following decreasing priority order: MEI, MSI, MTI,
#   SEI, SSI, STI." (MSI > MTI and SSI > STI agree with QEMU.)
#   Global enables: M-level interrupts are always enabled in S/U (taken with
#   mstatus.MIE = 0); delegated S-level interrupts are never taken in M
#   (even with MIE = SIE = 1), always in U (SIE = 0), in S only with SIE = 1.
#   Undelegated S-level interrupts go to M (slots 1 and 5 of mtvec).
#   Timer with wfi: mtimecmp = mtime + 20; wfi; the interrupt arrives with
#   mepc = the instruction after the wfi, and then mtime >= mtimecmp.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL
  SI_INSTALL
  li s7, 0
  li s3, -1
  li s4, -1
  li s2, CLINT_BASE             # s2 is clobbered by mi_trap; reload before use
#define MSIP_SET(v)     li x15, CLINT_MSIP; li x16, v; sw x16, 0(x15)
#define MTIMECMP_SET(v) li x15, CLINT_MTIMECMP; li x16, v; sd x16, 0(x15)
#define MIP_BIT(reg, bit) csrr reg, mip; andi reg, reg, bit

  #------------------------------------------------------------- CLINT and mip
  TEST_CASE(2, x14, MIP_MSIP, MSIP_SET(1); MIP_BIT(x14, MIP_MSIP))
  TEST_CASE(3, x14, 0, MSIP_SET(0); MIP_BIT(x14, MIP_MSIP))
  TEST_CASE(4, x14, 0, MTIMECMP_SET(-1); MIP_BIT(x14, MIP_MTIP))
  TEST_CASE(5, x14, MIP_MTIP, MTIMECMP_SET(0); MIP_BIT(x14, MIP_MTIP))
  TEST_CASE(6, x14, -1, MTIMECMP_SET(-1); li x15, CLINT_MTIMECMP; ld x14, 0(x15))
  # mtime advances (10000 instructions = 100 ticks on rivet)
  TEST_CASE(7, x14, 1, li x15, CLINT_MTIME; ld x1, 0(x15); li x2, 5000; 1: addi x2, x2, -1; bnez x2, 1b; ld x2, 0(x15); sltu x14, x1, x2)
  # MSIP/MTIP are read-only in mip
  TEST_CASE(8, x14, 0, li x1, MIP_MSIP | MIP_MTIP; csrs mip, x1; csrr x14, mip; and x14, x14, x1)
  TEST_CASE(9, x14, MIP_STIP | MIP_SSIP, li x1, MIP_STIP | MIP_SSIP; csrs mip, x1; csrr x14, mip; and x14, x14, x1)
  TEST_CASE(10, x14, 0, li x1, MIP_STIP | MIP_SSIP; csrc mip, x1; csrr x14, mip; and x14, x14, x1)
  # sip/sie: delegated bits are the mip/mie bits, others read 0
  TEST_CASE(11, x14, 0, li x1, MIP_SSIP | MIP_STIP; csrw mideleg, x1; csrs mip, x1; csrr x14, sip; li x7, MIP_SSIP | MIP_STIP; xor x14, x14, x7)
  TEST_CASE(12, x14, 0, csrw mideleg, zero; csrr x14, sip)
  TEST_CASE(13, x14, MIP_SSIP, li x1, MIP_SSIP; csrw mideleg, x1; li x1, -1; csrw mie, x1; csrr x14, sie; csrw mie, zero)
  TEST_CASE(14, x14, MIP_SSIP, li x1, -1; csrw sie, x1; csrr x14, mie; csrw mie, zero)
  TEST_CASE(15, x14, 0, li x1, MIP_SSIP | MIP_STIP; csrc mip, x1; csrw mideleg, zero; csrr x14, mip; and x14, x14, x1)

  #------------------------------------------------------------- vectored mtvec
  la t0, mvec; ori t0, t0, 1; csrw mtvec, t0
  # MSI: pending, then enabled by setting MIE -> slot 3, mepc = after the csrs
  li TESTNUM, 20
  MSIP_SET(1); li x1, MIP_MSIP; csrw mie, x1
  li s3, -1; csrsi mstatus, MSTATUS_MIE
1: csrci mstatus, MSTATUS_MIE
  li x7, 3; bne s3, x7, fail
  li x7, CAUSE_INTR | IRQ_M_SOFT; bne s9, x7, fail
  la x7, 1b; bne s10, x7, fail
  MSIP_SET(0)
  # MTI -> slot 7
  li TESTNUM, 21
  MTIMECMP_SET(0); li x1, MIP_MTIP; csrw mie, x1
  li s3, -1; csrsi mstatus, MSTATUS_MIE
1: csrci mstatus, MSTATUS_MIE
  li x7, 7; bne s3, x7, fail
  li x7, CAUSE_INTR | IRQ_M_TIMER; bne s9, x7, fail
  la x7, 1b; bne s10, x7, fail
  # MSI before MTI (both pending)
  li TESTNUM, 22
  MSIP_SET(1); li x1, MIP_MSIP | MIP_MTIP; csrw mie, x1
  li s3, -1; csrsi mstatus, MSTATUS_MIE
  csrci mstatus, MSTATUS_MIE
  li x7, 3; bne s3, x7, fail
  MSIP_SET(0)
  # MTI before an (undelegated) SSI
  li TESTNUM, 23
  li x1, MIP_SSIP; csrs mip, x1; li x1, MIP_SSIP | MIP_MTIP; csrw mie, x1
  li s3, -1; csrsi mstatus, MSTATUS_MIE
  csrci mstatus, MSTATUS_MIE
#ifndef QEMU72
  li x7, 7; bne s3, x7, fail
#else
  li x7, 1; bne s3, x7, fail    # QEMU 7.2: lowest interrupt number first
  li x1, MIP_MTIP; csrw mie, x1; csrsi mstatus, MSTATUS_MIE; csrci mstatus, MSTATUS_MIE
#endif
  MTIMECMP_SET(-1)
  # undelegated SSI -> M slot 1, before STI
  li TESTNUM, 24
  li x1, MIP_STIP; csrs mip, x1; li x1, MIP_SSIP | MIP_STIP; csrw mie, x1
  li s3, -1; csrsi mstatus, MSTATUS_MIE
1: csrci mstatus, MSTATUS_MIE
  li x7, 1; bne s3, x7, fail
  li x7, CAUSE_INTR | IRQ_S_SOFT; bne s9, x7, fail
  la x7, 1b; bne s10, x7, fail
  li x1, MIP_SSIP; csrc mip, x1
  # undelegated STI -> M slot 5
  li TESTNUM, 25
  li x1, MIP_STIP; csrw mie, x1
  li s3, -1; csrsi mstatus, MSTATUS_MIE
  csrci mstatus, MSTATUS_MIE
  li x7, 5; bne s3, x7, fail
  li x7, CAUSE_INTR | IRQ_S_TIMER; bne s9, x7, fail
  li x1, MIP_STIP; csrc mip, x1
  # exceptions still go to BASE with MODE = 1
  EXPECT_TRAP(26); ecall; END_TRAP(CAUSE_MACHINE_ECALL)

  #------------------------------------------------------------- timer + wfi
  li TESTNUM, 30
  li x15, CLINT_MTIME; ld x1, 0(x15)
#ifndef QEMU72
  addi x1, x1, 20
#else
  # QEMU's mtime follows host time: 20 ticks (2 us) can pass before the wfi on
  # a loaded host, the interrupt is then taken early (mie = 0 afterwards) and
  # the wfi would wait forever. 100000 ticks = 10 ms closes that window.
  li x3, 100000; add x1, x1, x3
#endif
  li x15, CLINT_MTIMECMP; sd x1, 0(x15)
  li x2, MIP_MTIP; csrw mie, x2
  li s3, -1; csrsi mstatus, MSTATUS_MIE
  li x2, 1000
2: wfi
3: bgez s3, 4f
  addi x2, x2, -1; bnez x2, 2b
  j fail
4: csrci mstatus, MSTATUS_MIE
  li x7, 7; bne s3, x7, fail
  li x7, CAUSE_INTR | IRQ_M_TIMER; bne s9, x7, fail
  la x7, 3b; bne s10, x7, fail
  li TESTNUM, 31
  li x15, CLINT_MTIME; ld x14, 0(x15); bltu x14, x1, fail
  MTIMECMP_SET(-1)

  #------------------------------------------------------------- M-level interrupts in S/U
  # MSI pending and enabled in mie, mstatus.MIE = 0: taken at once in S
  MSIP_SET(1); li x1, MIP_MSIP; csrw mie, x1
  li t0, MSTATUS_MPIE; csrc mstatus, t0
  GO_MODE(40, PRV_S); 88: nop; END_TRAP(CAUSE_INTR | IRQ_M_SOFT)
  li TESTNUM, 41; li x7, 3; bne s3, x7, fail
  CHECK_FIELD(s2, MSTATUS_MPP, PRV_S << 11)
  li x1, MIP_MSIP; csrw mie, x1
  GO_MODE(42, PRV_U); 88: nop; END_TRAP(CAUSE_INTR | IRQ_M_SOFT)
  MSIP_SET(0)
  csrw mie, zero

  #------------------------------------------------------------- vectored stvec, delegated
  la t0, svec; ori t0, t0, 1; csrw stvec, t0
  li t0, MIP_SSIP | MIP_STIP; csrw mideleg, t0
  # S sets its own SSIP through sip with SIE = 1 -> S slot 1, sepc = after the csrs
  li t0, MSTATUS_SIE; csrs mstatus, t0
  li s4, -1
  GO_MODE(50, PRV_S); li t0, MIP_SSIP; csrw sie, t0; csrs sip, t0; 1: nop; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, CAUSE_INTR | IRQ_S_SOFT; bne s4, x7, fail
  la x7, 1b; bne s5, x7, fail
  li x7, 1; bne s6, x7, fail
  # after the S trap and sret: SIE = 1 again, SPIE = 1, SPP = 0
  CHECK_FIELD(s2, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SIE | MSTATUS_SPIE)
  # STIP (written by M) with MIE = SIE = 1 in M: not taken in M...
  li TESTNUM, 51
  li s4, -1; li s3, -1
  li t0, MIP_STIP; csrw mie, t0; csrs mip, t0
  li t0, MSTATUS_SIE; csrs mstatus, t0
  csrsi mstatus, MSTATUS_MIE
  nop
  csrci mstatus, MSTATUS_MIE
  bgez s4, fail
  bgez s3, fail
  # ...but at the first instruction in S: slot 5
  GO_MODE(52, PRV_S); 1: nop; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, CAUSE_INTR | IRQ_S_TIMER; bne s4, x7, fail
  la x7, 1b; bne s5, x7, fail
  li x7, 5; bne s6, x7, fail
  bgez s3, fail
  # SSI before STI (both pending and enabled)
  li s4, -1
  li t0, MIP_SSIP | MIP_STIP; csrw mie, t0; csrs mip, t0
  li t0, MSTATUS_SIE; csrs mstatus, t0
  GO_MODE(53, PRV_S); nop; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  li x7, 1; bne s6, x7, fail
  li t0, MIP_SSIP | MIP_STIP; csrc mip, t0
  # in U with SIE = 0: taken (SPP = 0, sepc = the first U instruction)
  li s4, -1
  li t0, MSTATUS_SIE; csrc mstatus, t0
  li t0, MIP_SSIP; csrw mie, t0; csrs mip, t0
  GO_MODE(54, PRV_U); 1: nop; 88: ecall; END_TRAP(CAUSE_USER_ECALL)
  li x7, CAUSE_INTR | IRQ_S_SOFT; bne s4, x7, fail
  la x7, 1b; bne s5, x7, fail
  CHECK_FIELD(s2, MSTATUS_SPP | MSTATUS_SIE, 0)
  # in S with SIE = 0: not taken
  li s4, -1
  li t0, MIP_SSIP; csrw mie, t0; csrs mip, t0
  li t0, MSTATUS_SIE; csrc mstatus, t0
  GO_MODE(55, PRV_S); nop; nop; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  bgez s4, fail
  li t0, MIP_SSIP; csrc mip, t0
  csrw mie, zero
  csrw mideleg, zero

  TEST_PASSFAIL

  MS_TRAP_HANDLER
  SI_TRAP_HANDLER

  # machine vector table: slot c -> s3 = c
  .balign 256
mvec:
  j mi_trap
  .irp c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
  j mvec_\c
  .endr
  .irp c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
mvec_\c: li s3, \c; j mvec_common
  .endr
  # record like mi_trap (s9, s10, s11, s2), disable all interrupts (mie = 0),
  # then resume at s8 in M if set (an expected trap), else at mepc
mvec_common:
  csrr s9, mcause
  csrr s10, mepc
  csrr s11, mtval
  csrr s2, mstatus
  csrw mie, zero
  beqz s8, 1f
  csrw mepc, s8
  li s8, MSTATUS_MPP
  csrs mstatus, s8
  li s8, 0
1: mret

  # supervisor vector table: slot c -> s4 = scause, s5 = sepc, s6 = c;
  # sie = 0, sip.SSIP = 0, then sret to the interrupted code
  .balign 256
svec:
  j si_trap
  .irp c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
  j svec_\c
  .endr
  .irp c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
svec_\c: li s6, \c; j svec_common
  .endr
svec_common:
  csrr s4, scause
  csrr s5, sepc
  csrw sie, zero
  csrci sip, MIP_SSIP
  sret

RVTEST_CODE_END
