# rv64ui-fencei: Zifencei. Self-modifying code becomes visible after fence.i:
#   a called function whose first instruction is overwritten (addi a4, x0, 1
#   -> addi a4, x0, 2), then with a 16-bit instruction (c.li a4, 3 written
#   with sh, followed by c.nop); straight-line code patched just ahead of
#   the pc (the executed instruction is the new one); a word patched twice.
# The code is executed once before patching, so a stale decode cache would
# show the old behaviour.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_CASE(2, x14, 1, jal ra, smc)
  TEST_CASE(3, x14, 2, la x15, smc; li x2, 0x00200713; sw x2, 0(x15); fence.i; jal ra, smc)
  # 16-bit: c.li a4, 3 (0x470d) + c.nop (0x0001) in the same 4 bytes
  TEST_CASE(4, x14, 3, la x15, smc; li x2, 0x470d; sh x2, 0(x15); li x2, 0x0001; sh x2, 2(x15); fence.i; jal ra, smc)
  # back to a 32-bit instruction: addi a4, x0, -5 (0xffb00713)
  TEST_CASE(5, x14, -5, la x15, smc; li x2, 0xffb00713; sw x2, 0(x15); fence.i; jal ra, smc)

  # straight-line: run the loop body twice, patching the next instruction
  # (initially addi a4, a4, 1) to addi a4, a4, 16 (0x01070713) between runs
  TEST_CASE(6, x14, 17, li x14, 0; li x16, 0; la x15, 2f; li x2, 0x01070713; \
            1: fence.i; 2: addi x14, x14, 1; bnez x16, 3f; li x16, 1; sw x2, 0(x15); j 1b; 3: )

  TEST_PASSFAIL

  .align 2
smc:
  addi x14, x0, 1
  ret

RVTEST_CODE_END
