# rv64mi-ebreak_tval: on ebreak and c.ebreak, mtval = the pc of the ebreak
# (rivet's contract, as on Spike; the privileged spec allows mtval to be
# either 0 or the faulting address for breakpoints).
# KNOWN QEMU 7.2 DIFFERENCE: QEMU 7.2 writes mtval = 0 for ebreak.
# Build-time define QEMU72 (only for check-qemu.sh's QEMU variant): expect 0.
#include "test.h"
#include "test_macros.h"

#ifdef QEMU72
#undef CHECK_TVAL_EPC
#define CHECK_TVAL_EPC CHECK_TVAL(0)
#endif

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL

  EXPECT_TRAP(2); ebreak; END_TRAP(CAUSE_BREAKPOINT); CHECK_TVAL_EPC
  EXPECT_TRAP(3); .option push; .option rvc; c.ebreak; .option pop; END_TRAP(CAUSE_BREAKPOINT); CHECK_TVAL_EPC
  li TESTNUM, 4; ALIGN4; .option push; .option rvc; c.nop; .option pop
  EXPECT_TRAP(4); .option push; .option rvc; c.ebreak; .option pop; END_TRAP(CAUSE_BREAKPOINT); CHECK_TVAL_EPC
  li TESTNUM, 5; ALIGN4; .option push; .option rvc; c.nop; .option pop
  EXPECT_TRAP(5); ebreak; END_TRAP(CAUSE_BREAKPOINT); CHECK_TVAL_EPC

  TEST_PASSFAIL

  MI_TRAP_HANDLER

RVTEST_CODE_END
