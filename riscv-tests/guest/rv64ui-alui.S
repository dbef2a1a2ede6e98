# rv64ui-alui: RV64I register-immediate instructions, lui and auipc.
#   addi, slti, sltiu, xori, ori, andi, slli, srli, srai, lui, auipc.
# Covers: 12-bit immediates at -2048/-1/0/2047 (sign-extended, also for the
# unsigned compare sltiu), wrap-around, shift amounts 0/1/31/32/62/63,
# lui sign extension of bit 31 (0x80000, 0xfffff), auipc with positive and
# negative offsets (checked against a jal link value), x0 as source and as
# destination (write discarded).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  #------------------------------------------------------------- addi
  TEST_IMM_OP(2, addi, 0x0000000000000000, 0x0000000000000000, 0)
  TEST_IMM_OP(3, addi, 0x0000000000000002, 0x0000000000000001, 1)
  TEST_IMM_OP(4, addi, 0x000000000000000a, 0x0000000000000003, 7)
  TEST_IMM_OP(5, addi, 0xfffffffffffff800, 0x0000000000000000, -2048)
  TEST_IMM_OP(6, addi, 0x00000000000007ff, 0x0000000000000000, 2047)
  TEST_IMM_OP(7, addi, 0x7ffffffffffff800, 0x8000000000000000, -2048)
  TEST_IMM_OP(8, addi, 0x80000000000007fe, 0x7fffffffffffffff, 2047)
  TEST_IMM_OP(9, addi, 0x0000000000000000, 0xffffffffffffffff, 1)
  TEST_IMM_OP(10, addi, 0x0000000080000000, 0x000000007fffffff, 1)
  TEST_IMM_OP(11, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
  TEST_IMM_OP(12, addi, 0xfffffffffffffffe, 0xffffffffffffffff, -1)
  TEST_IMM_OP(13, addi, 0x00000000ffffffff, 0x0000000100000000, -1)
  TEST_IMM_SRC1_EQ_DEST(14, addi, 24, 13, 11)
  TEST_IMM_ZEROSRC1(15, addi, 32, 32)
  TEST_IMM_ZEROSRC1(16, addi, 0xfffffffffffff800, -2048)
  TEST_IMM_ZERODEST(17, addi, 33, 50)

  #------------------------------------------------------------- slti / sltiu
  TEST_IMM_OP(18, slti, 0, 0x0000000000000000, 0)
  TEST_IMM_OP(19, slti, 0, 0x0000000000000001, 1)
  TEST_IMM_OP(20, slti, 1, 0x0000000000000003, 7)
  TEST_IMM_OP(21, slti, 0, 0x0000000000000007, 3)
  TEST_IMM_OP(22, slti, 0, 0x0000000000000000, -2048)
  TEST_IMM_OP(23, slti, 1, 0x8000000000000000, 0)
  TEST_IMM_OP(24, slti, 0, 0x7fffffffffffffff, -1)
  TEST_IMM_OP(25, slti, 1, 0xffffffffffffffff, 2047)
  TEST_IMM_OP(26, slti, 0, 0x0000000000000000, -1)
  TEST_IMM_OP(27, slti, 1, 0xfffffffffffff7ff, -2048)
  TEST_IMM_OP(28, slti, 0, 0xfffffffffffff800, -2048)
  TEST_IMM_OP(29, slti, 0, 0x00000000000007ff, 2047)
  TEST_IMM_OP(30, slti, 1, 0x00000000000007fe, 2047)
  TEST_IMM_SRC1_EQ_DEST(31, slti, 1, 11, 13)
  TEST_IMM_ZEROSRC1(32, slti, 0, -1)
  TEST_IMM_ZERODEST(33, slti, 0, 1)

  TEST_IMM_OP(34, sltiu, 1, 0x0000000000000000, -1)
  TEST_IMM_OP(35, sltiu, 0, 0xffffffffffffffff, -1)
  TEST_IMM_OP(36, sltiu, 1, 0xfffffffffffffffe, -1)
  TEST_IMM_OP(37, sltiu, 1, 0x7fffffffffffffff, -2048)
  TEST_IMM_OP(38, sltiu, 0, 0x8000000000000000, 2047)
  TEST_IMM_OP(39, sltiu, 1, 0x0000000000000000, 1)
  TEST_IMM_OP(40, sltiu, 0, 0x0000000000000001, 1)
  TEST_IMM_OP(41, sltiu, 1, 0x0000000000000005, 7)
  TEST_IMM_OP(42, sltiu, 0, 0xfffffffffffff800, -2048)
  TEST_IMM_OP(43, sltiu, 1, 0xfffffffffffff7ff, -2048)
  TEST_IMM_OP(44, sltiu, 0, 0x0000000000000000, 0)
  TEST_IMM_SRC1_EQ_DEST(45, sltiu, 1, 11, 13)
  TEST_IMM_ZEROSRC1(46, sltiu, 1, -2048)
  TEST_IMM_ZERODEST(47, sltiu, 0, 1)

  #------------------------------------------------------------- xori / ori / andi
  TEST_IMM_OP(48, xori, 0xffffffffff00f00f, 0x0000000000ff0f00, -241)
  TEST_IMM_OP(49, xori, 0xfedcba9876543210, 0x0123456789abcdef, -1)
  TEST_IMM_OP(50, xori, 0x0000000000ff0f00, 0x0000000000ff0ff0, 0x0f0)
  TEST_IMM_OP(51, xori, 0x00ff00ff00ff00ff, 0x00ff00ff00ff00ff, 0)
  TEST_IMM_OP(52, xori, 0xf00ff00ff00ff7f0, 0xf00ff00ff00ff00f, 0x7ff)
  TEST_IMM_SRC1_EQ_DEST(53, xori, 0x0000000000ff000f, 0xffffffffff00ff00, -241)
  TEST_IMM_ZEROSRC1(54, xori, 0xfffffffffffff800, -2048)
  TEST_IMM_ZERODEST(55, xori, 0x00ff00ff, 0x70f)

  TEST_IMM_OP(56, ori, 0xffffffffffffff0f, 0x00000000ff00ff00, -241)
  TEST_IMM_OP(57, ori, 0x00ff00ff00ff07ff, 0x00ff00ff00ff00ff, 0x70f)
  TEST_IMM_OP(58, ori, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM_OP(59, ori, 0xfffffffffffff800, 0x0000000000000000, -2048)
  TEST_IMM_SRC1_EQ_DEST(60, ori, 0xff00fff0, 0xff00ff00, 0x0f0)
  TEST_IMM_ZEROSRC1(61, ori, 0x7ff, 0x7ff)
  TEST_IMM_ZERODEST(62, ori, 0x00ff00ff, 0x70f)

  TEST_IMM_OP(63, andi, 0x00000000ff00ff00, 0x00000000ff00ff00, -241)
  TEST_IMM_OP(64, andi, 0x000000000000000f, 0x00ff00ff00ff00ff, 0x70f)
  TEST_IMM_OP(65, andi, 0xf00ff00ff00ff00f, 0xf00ff00ff00ff00f, -241)
  TEST_IMM_OP(66, andi, 0x0000000000000000, 0xffffffffffffffff, 0)
  TEST_IMM_OP(67, andi, 0x00000000000007ff, 0xffffffffffffffff, 2047)
  TEST_IMM_OP(68, andi, 0x123456789abcd800, 0x123456789abcdef0, -2048)
  TEST_IMM_SRC1_EQ_DEST(69, andi, 0x00000000, 0xff00ff00, 0x0f0)
  TEST_IMM_ZEROSRC1(70, andi, 0, -1)
  TEST_IMM_ZERODEST(71, andi, 0x00ff00ff, 0x70f)

  #------------------------------------------------------------- slli / srli / srai
  TEST_IMM_OP(72, slli, 0x0000000000000001, 0x0000000000000001, 0)
  TEST_IMM_OP(73, slli, 0x0000000000000002, 0x0000000000000001, 1)
  TEST_IMM_OP(74, slli, 0x0000000080000000, 0x0000000000000001, 31)
  TEST_IMM_OP(75, slli, 0x0000000100000000, 0x0000000000000001, 32)
  TEST_IMM_OP(76, slli, 0x8000000000000000, 0x0000000000000001, 63)
  TEST_IMM_OP(77, slli, 0xffffffffffffff80, 0xffffffffffffffff, 7)
  TEST_IMM_OP(78, slli, 0x8000000000000000, 0x0000000021212121, 63)
  TEST_IMM_OP(79, slli, 0x2121212100000000, 0x0000000021212121, 32)
  TEST_IMM_OP(80, slli, 0x9090909080000000, 0x0000000121212121, 31)
  TEST_IMM_SRC1_EQ_DEST(81, slli, 0x80, 1, 7)
  TEST_IMM_ZEROSRC1(82, slli, 0, 31)
  TEST_IMM_ZERODEST(83, slli, 33, 20)

  TEST_IMM_OP(84, srli, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM_OP(85, srli, 0x4000000000000000, 0x8000000000000000, 1)
  TEST_IMM_OP(86, srli, 0x0000000100000000, 0x8000000000000000, 31)
  TEST_IMM_OP(87, srli, 0x0000000080000000, 0x8000000000000000, 32)
  TEST_IMM_OP(88, srli, 0x0000000000000001, 0x8000000000000000, 63)
  TEST_IMM_OP(89, srli, 0x00000000ffffffff, 0xffffffffffffffff, 32)
  TEST_IMM_OP(90, srli, 0x0000000000000001, 0xffffffffffffffff, 63)
  TEST_IMM_OP(91, srli, 0x01ffffffffffffff, 0xffffffffffffffff, 7)
  TEST_IMM_SRC1_EQ_DEST(92, srli, 0x0100000000000000, 0x8000000000000000, 7)
  TEST_IMM_ZEROSRC1(93, srli, 0, 4)
  TEST_IMM_ZERODEST(94, srli, 33, 20)

  TEST_IMM_OP(95, srai, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM_OP(96, srai, 0xc000000000000000, 0x8000000000000000, 1)
  TEST_IMM_OP(97, srai, 0xffffffff00000000, 0x8000000000000000, 31)
  TEST_IMM_OP(98, srai, 0xffffffff80000000, 0x8000000012345678, 32)
  TEST_IMM_OP(99, srai, 0xffffffffffffffff, 0x8000000000000000, 63)
  TEST_IMM_OP(100, srai, 0x0000000000000001, 0x7fffffffffffffff, 62)
  TEST_IMM_OP(101, srai, 0x0000000000000000, 0x7fffffffffffffff, 63)
  TEST_IMM_OP(102, srai, 0xffffffffffffffff, 0xffffffff80000000, 31)
  TEST_IMM_OP(103, srai, 0x0000000000000001, 0x0000000080000000, 31)
  TEST_IMM_SRC1_EQ_DEST(104, srai, 0xff00000000000000, 0x8000000000000000, 7)
  TEST_IMM_ZEROSRC1(105, srai, 0, 4)
  TEST_IMM_ZERODEST(106, srai, 33, 20)

  #------------------------------------------------------------- lui
  TEST_CASE(107, x14, 0x0000000000000000, lui x14, 0x00000)
  TEST_CASE(108, x14, 0xfffffffffffff000, lui x14, 0xfffff)
  TEST_CASE(109, x14, 0x000000007ffff000, lui x14, 0x7ffff)
  TEST_CASE(110, x14, 0xffffffff80000000, lui x14, 0x80000)
  TEST_CASE(111, x14, 0x0000000012345000, lui x14, 0x12345)
  TEST_CASE(112, x14, 0xfffffffffffff000, lui x14, 0xfffff; addi x14, x14, 0x7ff; addi x14, x14, 1; addi x14, x14, -2048)
  TEST_CASE(113, x14, 0xffffffffffffffff, lui x14, 0x80000; srai x14, x14, 31)
  TEST_CASE(114, x0, 0, lui x0, 0x80000)

  #------------------------------------------------------------- auipc
  # the jal link value (address of the next instruction) is the reference pc
  TEST_CASE(115, x14, 0, jal x15, 1f; 1: auipc x14, 0; sub x14, x14, x15)
  TEST_CASE(116, x14, 0x1000, jal x15, 1f; 1: auipc x14, 1; sub x14, x14, x15)
  TEST_CASE(117, x14, 0xfffffffffffff000, jal x15, 1f; 1: auipc x14, 0xfffff; sub x14, x14, x15)
  TEST_CASE(118, x14, 0x000000007ffff000, jal x15, 1f; 1: auipc x14, 0x7ffff; sub x14, x14, x15)
  TEST_CASE(119, x14, 0xffffffff80000000, jal x15, 1f; 1: auipc x14, 0x80000; sub x14, x14, x15)
  TEST_CASE(120, x14, 0x8, jal x15, 1f; 1: nop; nop; auipc x14, 0; sub x14, x14, x15)
  TEST_CASE(121, x0, 0, auipc x0, 0x12345)

  TEST_PASSFAIL

RVTEST_CODE_END
