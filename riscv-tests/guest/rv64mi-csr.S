# rv64mi-csr: Zicsr semantics and machine-mode information CSRs.
#   csrrw/csrrs/csrrc/csrrwi/csrrsi/csrrci on mscratch: rd gets the old value,
#   the new value is written / bits set / bits cleared; uimm is zero-extended
#   5 bits; rd = x0 forms; csrrs/csrrc with rs1 = x0 and csrrsi/csrrci with
#   uimm = 0 do not write (so they are legal on a read-only CSR).
#   misa: MXL = 2 (bits 63:62), extensions I, M, A, C set. mhartid = 0.
#   mvendorid/marchid/mimpid/mhartid: readable; csrw/csrrwi/csrrs with a
#   nonzero mask is illegal (mtval = the instruction).
#   mcycle and minstret increase (exact minstret: rv64mi-minstret).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL

  #------------------------------------------------------------- mscratch
  TEST_CASE(2, x14, 0x0123456789abcdef, li x1, 0x0123456789abcdef; csrw mscratch, x1; csrr x14, mscratch)
  TEST_CASE(3, x14, 0x0123456789abcdef, li x1, 0xfedcba9876543210; csrrw x14, mscratch, x1)
  TEST_CASE(4, x14, 0xfedcba9876543210, csrr x14, mscratch)
  TEST_CASE(5, x14, 0xfedcba9876543210, li x1, 0x000000000000000f; csrrs x14, mscratch, x1)
  TEST_CASE(6, x14, 0xfedcba987654321f, csrr x14, mscratch)
  TEST_CASE(7, x14, 0xfedcba987654321f, li x1, 0xff00000000000000; csrrc x14, mscratch, x1)
  TEST_CASE(8, x14, 0x00dcba987654321f, csrr x14, mscratch)
  TEST_CASE(9, x14, 0x00dcba987654321f, csrrwi x14, mscratch, 31)
  TEST_CASE(10, x14, 0x000000000000001f, csrr x14, mscratch)
  TEST_CASE(11, x14, 0x000000000000001f, csrrci x14, mscratch, 0x15)
  TEST_CASE(12, x14, 0x000000000000000a, csrr x14, mscratch)
  TEST_CASE(13, x14, 0x000000000000000a, csrrsi x14, mscratch, 0x11)
  TEST_CASE(14, x14, 0x000000000000001b, csrr x14, mscratch)
  # rs1 = x0 / uimm = 0: no change
  TEST_CASE(15, x14, 0x000000000000001b, csrrs x14, mscratch, x0; csrrc x14, mscratch, x0; csrrsi x14, mscratch, 0; csrrci x14, mscratch, 0; csrr x14, mscratch)
  # rd = x0 forms still write
  TEST_CASE(16, x14, 0xffffffffffffffff, li x1, -1; csrrw x0, mscratch, x1; csrr x14, mscratch)
  TEST_CASE(17, x14, 0xfffffffffffffff0, csrrci x0, mscratch, 15; csrr x14, mscratch)
  TEST_CASE(18, x14, 0x0000000000000000, csrrwi x0, mscratch, 0; csrr x14, mscratch)
  # rd == rs1
  TEST_CASE(19, x14, 0x0000000000000000, li x14, 0x55; csrrw x14, mscratch, x14)
  TEST_CASE(20, x14, 0x0000000000000055, csrr x14, mscratch)
  TEST_CASE(21, x0,  0, li x1, 0x66; csrrw x0, mscratch, x1; csrrs x0, mscratch, x0)

  #------------------------------------------------------------- misa, mhartid
  TEST_CASE(30, x14, 2, csrr x14, misa; srli x14, x14, 62)
  TEST_CASE(31, x14, 0x1105, csrr x14, misa; li x7, 0x1105; and x14, x14, x7)
  TEST_CASE(32, x14, 0, csrr x14, mhartid)
  # read-only information CSRs read fine
  TEST_CASE(33, x0, 0, csrr x14, mvendorid; csrr x14, marchid; csrr x14, mimpid; csrr x14, mhartid)
  TEST_CASE(34, x0, 0, csrrs x14, mvendorid, x0; csrrc x14, marchid, x0; csrrsi x14, mimpid, 0; csrrci x14, mhartid, 0)

  #------------------------------------------------------------- writes to read-only CSRs are illegal
  EXPECT_TRAP(40); csrw mvendorid, x0; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xf1101073)
  EXPECT_TRAP(41); csrrw x14, marchid, x14; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xf1271773)
  EXPECT_TRAP(42); csrrwi x0, mimpid, 0; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xf1305073)
  EXPECT_TRAP(43); csrrsi x0, mhartid, 1; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xf140e073)
  li x1, 1
  EXPECT_TRAP(44); csrrs x14, mvendorid, x1; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xf110a773)
  EXPECT_TRAP(45); csrrc x14, mhartid, x1; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xf140b773)

  #------------------------------------------------------------- counters advance
  TEST_CASE(60, x14, 1, csrr x1, mcycle; nop; nop; csrr x2, mcycle; sltu x14, x1, x2)
  TEST_CASE(61, x14, 1, csrr x1, minstret; nop; nop; csrr x2, minstret; sltu x14, x1, x2)
  TEST_CASE(62, x14, 1, rdcycle x1; nop; nop; csrr x2, mcycle; sltu x14, x1, x2)

  TEST_PASSFAIL

  MI_TRAP_HANDLER

RVTEST_CODE_END
