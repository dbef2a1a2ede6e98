# rv64mi-minstret: exact instruction counting (rivet's determinism contract).
#   A CSR write to minstret suppresses that instruction's own increment, so
#   `csrw minstret, v` followed at once by `csrr minstret` reads exactly v;
#   with k instructions in between it reads v + k. Also the same through
#   csrrw (old value returned), csrrsi/csrrci and across a taken branch.
#   mcycle/minstret difference over a straight-line block equals the block
#   length (mcycle advances exactly 1 per retired instruction).
# KNOWN QEMU DIFFERENCE: without -icount, QEMU derives mcycle/minstret from
# the host tick counter, so these exact values cannot hold there.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN

  TEST_CASE(2, x14, 1000, li x1, 1000; csrw minstret, x1; csrr x14, minstret)
  TEST_CASE(3, x14, 1003, li x1, 1000; csrw minstret, x1; nop; nop; nop; csrr x14, minstret)
  TEST_CASE(4, x14, 0x7fffffffffffffff, li x1, 0x7fffffffffffffff; csrw minstret, x1; csrr x14, minstret)
  TEST_CASE(5, x14, 0, li x1, -1; csrw minstret, x1; nop; csrr x14, minstret)
  TEST_CASE(6, x14, 500, li x1, 500; csrw minstret, x1; li x2, 7; csrrw x14, minstret, x2; sub x14, x14, x0; addi x14, x14, -1)
  # After test 6's csrrw wrote 7: sub, addi, li x7, bne (end of test 6) and
  # li gp, 7 (start of test 7) retire before the csrr reads: 7 + 5 = 12.
  TEST_CASE(7, x14, 12, csrr x14, minstret)
  TEST_CASE(8, x14, 0x1f, csrw minstret, x0; csrrsi x0, minstret, 0x1f; csrr x14, minstret)
  TEST_CASE(9, x14, 0x12, li x1, 0x1f; csrw minstret, x1; csrrci x0, minstret, 0xd; csrr x14, minstret)
  # j, the nop at 1: and li retire between the write and the read: 0 + 3.
  TEST_CASE(10, x14, 3, csrw minstret, x0; j 1f; nop; nop; 1: nop; li x1, 1; csrr x14, minstret)
  # exactly 5 instructions between the two reads
  # Between the two reads the first csrr and four nops retire: a difference of 5.
  TEST_CASE(11, x14, 5, csrr x1, minstret; nop; nop; nop; nop; csrr x2, minstret; sub x14, x2, x1)
  TEST_CASE(12, x14, 5, csrr x1, mcycle; nop; nop; nop; nop; csrr x2, mcycle; sub x14, x2, x1)

  TEST_PASSFAIL

RVTEST_CODE_END
