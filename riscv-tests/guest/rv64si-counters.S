# rv64si-counters: Zicntr access control (mcounteren, scounteren).
#   cycle/time/instret (CY bit 0, TM bit 1, IR bit 2) are readable in S only
#   when the mcounteren bit is set, in U only when both mcounteren and
#   scounteren bits are set; otherwise illegal instruction (to M, not
#   delegated), mtval = the instruction bits. mcounteren/scounteren keep
#   the CY/TM/IR bits written; S can write scounteren; U cannot access it;
#   mcounteren is not accessible from S. M reads all three regardless.
#   time = mtime (read mtime, time, mtime: in order).
#   Readable counters advance (cycle, instret read twice in S/U).
# KNOWN QEMU DIFFERENCE: QEMU 7.2's spike board has no rdtime source, so
#   reading `time` is illegal in every mode there; the checks that expect a
#   successful time read (18, 34, 41) are replaced with -DQEMU72.
#include "test.h"
#include "test_macros.h"

#define RDCYCLE_A4   0xc0002773
#define RDTIME_A4    0xc0102773
#define RDINSTRET_A4 0xc0202773

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL

  TEST_CASE(2, x14, 7, li x1, 7; csrw mcounteren, x1; csrr x14, mcounteren; andi x14, x14, 7)
  TEST_CASE(3, x14, 7, li x1, 7; csrw scounteren, x1; csrr x14, scounteren; andi x14, x14, 7)
  TEST_CASE(4, x14, 0, csrw mcounteren, zero; csrw scounteren, zero; csrr x14, mcounteren; csrr x1, scounteren; or x14, x14, x1; andi x14, x14, 7)

  #------------------------------------------------------------- S mode
  # mcounteren = 0: all illegal in S
  GO_MODE(10, PRV_S); 88: rdcycle x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(RDCYCLE_A4)
  GO_MODE(11, PRV_S); 88: rdtime x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(RDTIME_A4)
  GO_MODE(12, PRV_S); 88: rdinstret x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(RDINSTRET_A4)
  # CY only
  li x1, 1; csrw mcounteren, x1
  GO_MODE(13, PRV_S); rdcycle x1; nop; rdcycle x2; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  bgeu x1, x2, fail
  GO_MODE(14, PRV_S); 88: rdinstret x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  # IR only
  li x1, 4; csrw mcounteren, x1
  GO_MODE(15, PRV_S); rdinstret x1; nop; rdinstret x2; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  bgeu x1, x2, fail
  GO_MODE(16, PRV_S); 88: rdcycle x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  GO_MODE(17, PRV_S); 88: rdtime x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  # TM only
  li x1, 2; csrw mcounteren, x1
#ifndef QEMU72
  li x15, CLINT_MTIME
  GO_MODE(18, PRV_S); ld x1, 0(x15); rdtime x2; ld x3, 0(x15); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  bltu x2, x1, fail
  bltu x3, x2, fail
#else
  GO_MODE(18, PRV_S); 88: rdtime x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
#endif
  GO_MODE(19, PRV_S); 88: rdcycle x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  # S may write scounteren, may not touch mcounteren
  GO_MODE(20, PRV_S); li x1, 5; csrw scounteren, x1; csrr x14, scounteren; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  andi x14, x14, 7; li x7, 5; bne x14, x7, fail
  GO_MODE(21, PRV_S); 88: csrr x14, mcounteren; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  csrw scounteren, zero

  #------------------------------------------------------------- U mode
  # mcounteren = 7, scounteren = 0: illegal in U
  li x1, 7; csrw mcounteren, x1
  GO_MODE(30, PRV_U); 88: rdcycle x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(RDCYCLE_A4)
  GO_MODE(31, PRV_U); 88: rdtime x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(RDTIME_A4)
  GO_MODE(32, PRV_U); 88: rdinstret x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(RDINSTRET_A4)
  # both 7: all readable
  li x1, 7; csrw scounteren, x1
  GO_MODE(33, PRV_U); rdcycle x1; rdinstret x2; nop; rdcycle x3; rdinstret x4; 88: ecall; END_TRAP(CAUSE_USER_ECALL)
  bgeu x1, x3, fail
  bgeu x2, x4, fail
#ifndef QEMU72
  li x15, CLINT_MTIME
  GO_MODE(34, PRV_U); ld x1, 0(x15); rdtime x2; ld x3, 0(x15); 88: ecall; END_TRAP(CAUSE_USER_ECALL)
  bltu x2, x1, fail
  bltu x3, x2, fail
#endif
  # scounteren = 7, mcounteren = 0: still illegal in U
  csrw mcounteren, zero
  GO_MODE(35, PRV_U); 88: rdcycle x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  GO_MODE(36, PRV_U); 88: rdinstret x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  # mcounteren = CY, scounteren = IR: neither in U
  li x1, 1; csrw mcounteren, x1; li x1, 4; csrw scounteren, x1
  GO_MODE(37, PRV_U); 88: rdcycle x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  GO_MODE(38, PRV_U); 88: rdinstret x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)
  # U cannot access scounteren
  GO_MODE(39, PRV_U); 88: csrr x14, scounteren; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION)

  #------------------------------------------------------------- M mode
  csrw mcounteren, zero; csrw scounteren, zero
  TEST_CASE(40, x14, 1, rdcycle x1; rdinstret x2; nop; rdcycle x3; rdinstret x4; sltu x14, x1, x3; sltu x5, x2, x4; and x14, x14, x5)
#ifndef QEMU72
  TEST_CASE(41, x14, 1, li x15, CLINT_MTIME; ld x1, 0(x15); rdtime x2; ld x3, 0(x15); sltu x14, x2, x1; sltu x5, x3, x2; or x14, x14, x5; xori x14, x14, 1)
#endif

  TEST_PASSFAIL

  MS_TRAP_HANDLER

RVTEST_CODE_END
