# rv64ui-aluw: RV64I 32-bit ("W") operations.
#   addiw, slliw, srliw, sraiw, addw, subw, sllw, srlw, sraw.
# Every result is the low 32 bits sign-extended to 64 (also for shifts by 0,
# for srlw/srliw whose bit 31 ends up set, and for sext.w = addiw rd, rs, 0);
# the upper 32 bits of the sources are ignored; register shift amounts use
# only rs2[4:0] (32 -> 0, 33 -> 1, 63 -> 31); x0 as destination is discarded.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- addw
  TEST_RR_OP(2, addw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  TEST_RR_OP(3, addw, 0x000000000000000a, 0x0000000000000003, 0x0000000000000007)
  TEST_RR_OP(4, addw, 0xffffffff80000000, 0x000000007fffffff, 0x0000000000000001)
  TEST_RR_OP(5, addw, 0x0000000000000000, 0x00000000ffffffff, 0x0000000000000001)
  TEST_RR_OP(6, addw, 0x0000000000000000, 0x0000000080000000, 0x0000000080000000)
  TEST_RR_OP(7, addw, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR_OP(8, addw, 0x0000000023456789, 0x0000000123456789, 0x0000000000000000)
  TEST_RR_OP(9, addw, 0xffffffffffffffff, 0x00000000ffffffff, 0x0000000000000000)
  TEST_RR_OP(10, addw, 0xffffffff80000000, 0x000000017fffffff, 0x0000000100000001)
  TEST_RR_OP(11, addw, 0x000000007fffffff, 0xffffffff80000000, 0xffffffffffffffff)
  TEST_RR_SRC1_EQ_DEST(12, addw, 24, 13, 11)
  TEST_RR_SRC2_EQ_DEST(13, addw, 25, 14, 11)
  TEST_RR_SRC12_EQ_DEST(14, addw, 0xffffffff80000000, 0x40000000)
  TEST_RR_ZEROSRC1(15, addw, 0xffffffff80000000, 0x1234567880000000)
  TEST_RR_ZERODEST(16, addw, 16, 30)

  #------------------------------------------------------------- subw
  TEST_RR_OP(17, subw, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000001)
  TEST_RR_OP(18, subw, 0x000000007fffffff, 0x0000000080000000, 0x0000000000000001)
  TEST_RR_OP(19, subw, 0xffffffff80000000, 0x0000000000000000, 0x0000000080000000)
  TEST_RR_OP(20, subw, 0xffffffffffffffff, 0x0000000100000000, 0x0000000000000001)
  TEST_RR_OP(21, subw, 0xfffffffffffffffc, 0x0000000000000003, 0x0000000000000007)
  TEST_RR_OP(22, subw, 0xffffffff80000000, 0x000000007fffffff, 0xffffffffffffffff)
  TEST_RR_OP(23, subw, 0x0000000000000000, 0x1234567800000005, 0xabcdef0000000005)
  TEST_RR_SRC12_EQ_DEST(24, subw, 0, 0x123456789)
  TEST_RR_ZEROSRC1(25, subw, 0xffffffffffffffde, 34)
  TEST_RR_ZEROSRC2(26, subw, 0xffffffff80000000, 0x0000000080000000)
  TEST_RR_ZERODEST(27, subw, 16, 30)

  #------------------------------------------------------------- sllw
  TEST_RR_OP(28, sllw, 0x0000000000000001, 0x0000000000000001, 0)
  TEST_RR_OP(29, sllw, 0x0000000000000002, 0x0000000000000001, 1)
  TEST_RR_OP(30, sllw, 0xffffffff80000000, 0x0000000000000001, 31)
  TEST_RR_OP(31, sllw, 0x0000000000000001, 0x0000000000000001, 32)
  TEST_RR_OP(32, sllw, 0x0000000000000002, 0x0000000000000001, 33)
  TEST_RR_OP(33, sllw, 0xffffffff80000000, 0x0000000021212121, 63)
  TEST_RR_OP(34, sllw, 0x0000000023456780, 0xffffffff12345678, 4)
  TEST_RR_OP(35, sllw, 0x0000000000000002, 0x0000000100000001, 1)
  TEST_RR_OP(36, sllw, 0xffffffff80000000, 0xffffffffffffffff, 31)
  TEST_RR_OP(37, sllw, 0xffffffff80000000, 0x0000000040000000, 1)
  TEST_RR_OP(38, sllw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_RR_OP(39, sllw, 0x0000000042424242, 0x0000000021212121, 0xffffffffffffffe1)
  TEST_RR_SRC12_EQ_DEST(40, sllw, 24, 3)
  TEST_RR_ZEROSRC2(41, sllw, 0xffffffff80000000, 0x0000000180000000)
  TEST_RR_ZERODEST(42, sllw, 16, 30)

  #------------------------------------------------------------- srlw
  TEST_RR_OP(43, srlw, 0xffffffff80000000, 0xffffffff80000000, 0)
  TEST_RR_OP(44, srlw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_RR_OP(45, srlw, 0x0000000040000000, 0xffffffff80000000, 1)
  TEST_RR_OP(46, srlw, 0x0000000000000001, 0xffffffff80000000, 31)
  TEST_RR_OP(47, srlw, 0x0000000008000000, 0x0000000180000000, 4)
  TEST_RR_OP(48, srlw, 0xffffffffffffffff, 0xffffffffffffffff, 32)
  TEST_RR_OP(49, srlw, 0x000000007fffffff, 0xffffffffffffffff, 1)
  TEST_RR_OP(50, srlw, 0x000000007fffffff, 0xffffffffffffffff, 33)
  TEST_RR_OP(51, srlw, 0x0000000000000001, 0xffffffffffffffff, 63)
  TEST_RR_OP(52, srlw, 0x0000000000000001, 0x1234567800000001, 0)
  TEST_RR_OP(53, srlw, 0x0000000000000000, 0xffffffff00000000, 1)
  TEST_RR_SRC12_EQ_DEST(54, srlw, 0, 7)
  TEST_RR_ZEROSRC2(55, srlw, 0xffffffff80000000, 0x0000000080000000)
  TEST_RR_ZERODEST(56, srlw, 16, 30)

  #------------------------------------------------------------- sraw
  TEST_RR_OP(57, sraw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_RR_OP(58, sraw, 0xffffffffc0000000, 0x0000000080000000, 1)
  TEST_RR_OP(59, sraw, 0xffffffffffffffff, 0x0000000080000000, 31)
  TEST_RR_OP(60, sraw, 0x0000000000000000, 0x000000007fffffff, 31)
  TEST_RR_OP(61, sraw, 0x000000007fffffff, 0x000000007fffffff, 32)
  TEST_RR_OP(62, sraw, 0x000000003fffffff, 0xffffffff7fffffff, 1)
  TEST_RR_OP(63, sraw, 0xfffffffff8000000, 0x0000000180000000, 4)
  TEST_RR_OP(64, sraw, 0xffffffffc0000000, 0x0000000080000000, 33)
  TEST_RR_OP(65, sraw, 0xffffffffffffffff, 0x0000000080000000, 63)
  TEST_RR_OP(66, sraw, 0x0000000000000000, 0x8000000000000000, 5)
  TEST_RR_SRC12_EQ_DEST(67, sraw, 0, 7)
  TEST_RR_ZEROSRC1(68, sraw, 0, 5)
  TEST_RR_ZERODEST(69, sraw, 16, 30)

  #------------------------------------------------------------- addiw
  TEST_IMM_OP(70, addiw, 0xffffffff80000000, 0x000000007fffffff, 1)
  TEST_IMM_OP(71, addiw, 0xfffffffffffff800, 0x0000000000000000, -2048)
  TEST_IMM_OP(72, addiw, 0x00000000000007ff, 0x0000000000000000, 2047)
  TEST_IMM_OP(73, addiw, 0xffffffff800007fe, 0x000000007fffffff, 2047)
  TEST_IMM_OP(74, addiw, 0x000000007fffffff, 0x0000000080000000, -1)
  TEST_IMM_OP(75, addiw, 0x000000007ffff800, 0xffffffff80000000, -2048)
  TEST_IMM_OP(76, addiw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0)
  TEST_IMM_OP(77, addiw, 0xffffffffffffffff, 0x00000000ffffffff, 0)
  TEST_IMM_OP(78, addiw, 0x0000000000000000, 0x00000000ffffffff, 1)
  TEST_IMM_OP(79, addiw, 0x0000000012345678, 0xffffffff12345678, 0)
  TEST_IMM_SRC1_EQ_DEST(80, addiw, 0xffffffff80000000, 0x7fffffff, 1)
  TEST_IMM_ZEROSRC1(81, addiw, 0xfffffffffffff800, -2048)
  TEST_IMM_ZERODEST(82, addiw, 0x7fffffff, 1)

  #------------------------------------------------------------- slliw / srliw / sraiw
  TEST_IMM_OP(83, slliw, 0x0000000000000001, 0x0000000000000001, 0)
  TEST_IMM_OP(84, slliw, 0xffffffff80000000, 0x0000000000000001, 31)
  TEST_IMM_OP(85, slliw, 0x0000000000000001, 0xffffffff00000001, 0)
  TEST_IMM_OP(86, slliw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_IMM_OP(87, slliw, 0x0000000023456780, 0x0000000012345678, 4)
  TEST_IMM_OP(88, slliw, 0xffffffff80000000, 0x0000000100000001, 31)
  TEST_IMM_OP(89, slliw, 0x0000000000000000, 0x0000000080000000, 1)
  TEST_IMM_SRC1_EQ_DEST(90, slliw, 0xffffffff80000000, 0x40000000, 1)
  TEST_IMM_ZERODEST(91, slliw, 1, 3)

  TEST_IMM_OP(92, srliw, 0xffffffff80000000, 0xffffffff80000000, 0)
  TEST_IMM_OP(93, srliw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_IMM_OP(94, srliw, 0x0000000040000000, 0xffffffff80000000, 1)
  TEST_IMM_OP(95, srliw, 0x0000000000000001, 0xffffffff80000000, 31)
  TEST_IMM_OP(96, srliw, 0x0000000008765432, 0x1234567887654321, 4)
  TEST_IMM_OP(97, srliw, 0x0000000000000000, 0xffffffff00000000, 31)
  TEST_IMM_SRC1_EQ_DEST(98, srliw, 0x01000000, 0x80000000, 7)
  TEST_IMM_ZERODEST(99, srliw, 1, 3)

  TEST_IMM_OP(100, sraiw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_IMM_OP(101, sraiw, 0xffffffffc0000000, 0x0000000080000000, 1)
  TEST_IMM_OP(102, sraiw, 0xffffffffffffffff, 0x0000000080000000, 31)
  TEST_IMM_OP(103, sraiw, 0x0000000000000000, 0x000000007fffffff, 31)
  TEST_IMM_OP(104, sraiw, 0xfffffffff8765432, 0x1234567887654321, 4)
  TEST_IMM_OP(105, sraiw, 0x0000000000000000, 0xffffffff7fffffff, 31)
  TEST_IMM_OP(106, sraiw, 0x000000007fffffff, 0xffffffff7fffffff, 0)
  TEST_IMM_SRC1_EQ_DEST(107, sraiw, 0xffffffffff000000, 0x80000000, 7)
  TEST_IMM_ZERODEST(108, sraiw, 1, 3)

  TEST_PASSFAIL

RVTEST_CODE_END
