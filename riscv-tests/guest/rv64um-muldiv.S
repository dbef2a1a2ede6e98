# rv64um-muldiv: the RV64M extension.
#   mul, mulh, mulhsu, mulhu, mulw: low/high 64 bits of signed x signed,
#   signed x unsigned, unsigned x unsigned products at 0 / 1 / -1 / INT64_MIN /
#   INT64_MAX; mulw sign-extends the low 32 bits and ignores the upper source bits.
#   div, divu, rem, remu, divw, divuw, remw, remuw: truncation toward zero
#   (remainder takes the dividend's sign), all sign combinations, overflow
#   MIN / -1 (quotient MIN, remainder 0), division by zero (quotient all ones,
#   remainder = dividend), W forms use the low 32 bits and sign-extend the
#   32-bit result (also for divuw/remuw), rd == rs1/rs2, x0 destination.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- mul
  TEST_RR_OP(2, mul, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  TEST_RR_OP(3, mul, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001)
  TEST_RR_OP(4, mul, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)
  TEST_RR_OP(5, mul, 0x0000000000000000, 0xffffffffffff8000, 0x0000000000000000)
  TEST_RR_OP(6, mul, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR_OP(7, mul, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR_OP(8, mul, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR_OP(9, mul, 0xfffffffe00000001, 0x00000000ffffffff, 0x00000000ffffffff)
  TEST_RR_OP(10, mul, 0x2236d88fe5618cf0, 0x123456789abcdef0, 0x0fedcba987654321)
  TEST_RR_OP(11, mul, 0xffffffffffffffeb, 0xfffffffffffffffd, 0x0000000000000007)
  TEST_RR_SRC1_EQ_DEST(12, mul, 143, 13, 11)
  TEST_RR_SRC2_EQ_DEST(13, mul, 154, 14, 11)
  TEST_RR_SRC12_EQ_DEST(14, mul, 169, 13)
  TEST_RR_ZERODEST(15, mul, 3, 5)

  #------------------------------------------------------------- mulh (signed x signed)
  TEST_RR_OP(16, mulh, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  TEST_RR_OP(17, mulh, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR_OP(18, mulh, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
  TEST_RR_OP(19, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR_OP(20, mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR_OP(21, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR_OP(22, mulh, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR_OP(23, mulh, 0x0121fa00ad77d742, 0x123456789abcdef0, 0x0fedcba987654321)
  TEST_RR_OP(24, mulh, 0xffeb49923cc09532, 0xfedcba9876543210, 0x123456789abcdef0)
  TEST_RR_OP(25, mulh, 0x0000000000000000, 0x0000000100000000, 0x00000000ffffffff)
  TEST_RR_OP(26, mulh, 0x0000000000000001, 0x0000000100000000, 0x0000000100000000)
  TEST_RR_ZERODEST(27, mulh, 3, 5)

  #------------------------------------------------------------- mulhsu (signed x unsigned)
  TEST_RR_OP(28, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  TEST_RR_OP(29, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR_OP(30, mulhsu, 0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff)
  TEST_RR_OP(31, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR_OP(32, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffe, 0x0000000000000001)
  TEST_RR_OP(33, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR_OP(34, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR_OP(35, mulhsu, 0xffeb49923cc09532, 0xfedcba9876543210, 0x123456789abcdef0)
  TEST_RR_OP(36, mulhsu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210)
  TEST_RR_ZERODEST(37, mulhsu, 3, 5)

  #------------------------------------------------------------- mulhu (unsigned x unsigned)
  TEST_RR_OP(38, mulhu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  TEST_RR_OP(39, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR_OP(40, mulhu, 0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff)
  TEST_RR_OP(41, mulhu, 0x0000000000000001, 0x8000000000000000, 0x0000000000000002)
  TEST_RR_OP(42, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR_OP(43, mulhu, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR_OP(44, mulhu, 0x121fa00ad77d7422, 0xfedcba9876543210, 0x123456789abcdef0)
  TEST_RR_OP(45, mulhu, 0x0000000000000000, 0x0000000100000000, 0x00000000ffffffff)
  TEST_RR_OP(46, mulhu, 0x00000000ffffffff, 0xffffffff00000000, 0x0000000100000000)
  TEST_RR_ZERODEST(47, mulhu, 3, 5)

  #------------------------------------------------------------- mulw
  TEST_RR_OP(48, mulw, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)
  TEST_RR_OP(49, mulw, 0xfffffffffffffffe, 0x000000007fffffff, 0x0000000000000002)
  TEST_RR_OP(50, mulw, 0x0000000000000000, 0x0000000000010000, 0x0000000000010000)
  TEST_RR_OP(51, mulw, 0x0000000000000015, 0xffffffff00000003, 0x1234567800000007)
  TEST_RR_OP(52, mulw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff)
  TEST_RR_OP(53, mulw, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR_OP(54, mulw, 0xffffffffe242d208, 0x0000000012345678, 0x0000000009abcdef)
  TEST_RR_OP(55, mulw, 0xffffffffffffffeb, 0x00000000fffffffd, 0x0000000000000007)
  TEST_RR_SRC12_EQ_DEST(56, mulw, 0x0000000000000000, 0x0000000080000000)
  TEST_RR_ZERODEST(57, mulw, 3, 5)

  #------------------------------------------------------------- div
  TEST_RR_OP(58, div, 3, 20, 6)
  TEST_RR_OP(59, div, -3, -20, 6)
  TEST_RR_OP(60, div, -3, 20, -6)
  TEST_RR_OP(61, div, 3, -20, -6)
  TEST_RR_OP(62, div, 0, 5, 6)
  TEST_RR_OP(63, div, 0, -5, 6)
  TEST_RR_OP(64, div, 0x8000000000000000, 0x8000000000000000, 1)
  TEST_RR_OP(65, div, 0x8000000000000000, 0x8000000000000000, -1)
  TEST_RR_OP(66, div, 0x8000000000000001, 0x7fffffffffffffff, -1)
  TEST_RR_OP(67, div, 0xc000000000000000, 0x8000000000000000, 2)
  TEST_RR_OP(68, div, -1, 0x8000000000000000, 0)
  TEST_RR_OP(69, div, -1, 1, 0)
  TEST_RR_OP(70, div, -1, 0, 0)
  TEST_RR_OP(71, div, -1, -1, 0)
  TEST_RR_OP(72, div, 0xffe2df75a56ed1cf, 0xfedcba9876543210, 10)
  TEST_RR_SRC1_EQ_DEST(73, div, 2, 13, 6)
  TEST_RR_SRC2_EQ_DEST(74, div, -2, -14, 6)
  TEST_RR_SRC12_EQ_DEST(75, div, 1, -13)
  TEST_RR_ZEROSRC2(76, div, -1, 7)
  TEST_RR_ZERODEST(77, div, 30, 5)

  #------------------------------------------------------------- divu
  TEST_RR_OP(78, divu, 3, 20, 6)
  TEST_RR_OP(79, divu, 0x2aaaaaaaaaaaaaa7, -20, 6)
  TEST_RR_OP(80, divu, 0, 20, -6)
  TEST_RR_OP(81, divu, 0, -20, -6)
  TEST_RR_OP(82, divu, 1, -6, -20)
  TEST_RR_OP(83, divu, 0, 0x8000000000000000, -1)
  TEST_RR_OP(84, divu, 0x4000000000000000, 0x8000000000000000, 2)
  TEST_RR_OP(85, divu, 0x2492492492492492, 0xffffffffffffffff, 7)
  TEST_RR_OP(86, divu, 0xffffffffffffffff, 0x8000000000000000, 0)
  TEST_RR_OP(87, divu, 0xffffffffffffffff, 0, 0)
  TEST_RR_OP(88, divu, 0xffffffffffffffff, 1, 0)
  TEST_RR_ZEROSRC2(89, divu, -1, 7)
  TEST_RR_ZERODEST(90, divu, 30, 5)

  #------------------------------------------------------------- rem
  TEST_RR_OP(91, rem, 2, 20, 6)
  TEST_RR_OP(92, rem, -2, -20, 6)
  TEST_RR_OP(93, rem, 2, 20, -6)
  TEST_RR_OP(94, rem, -2, -20, -6)
  TEST_RR_OP(95, rem, -5, -5, 6)
  TEST_RR_OP(96, rem, 0, 0x8000000000000000, 1)
  TEST_RR_OP(97, rem, 0, 0x8000000000000000, -1)
  TEST_RR_OP(98, rem, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_RR_OP(99, rem, 1, 1, 0)
  TEST_RR_OP(100, rem, 0, 0, 0)
  TEST_RR_OP(101, rem, -1, -1, 0)
  TEST_RR_OP(102, rem, -1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR_OP(103, rem, 0xfffffffffffffffa, 0xfedcba9876543210, 10)
  TEST_RR_SRC12_EQ_DEST(104, rem, 0, -13)
  TEST_RR_ZEROSRC2(105, rem, 7, 7)
  TEST_RR_ZERODEST(106, rem, 30, 7)

  #------------------------------------------------------------- remu
  TEST_RR_OP(107, remu, 2, 20, 6)
  TEST_RR_OP(108, remu, 2, -20, 6)
  TEST_RR_OP(109, remu, 20, 20, -6)
  TEST_RR_OP(110, remu, -20, -20, -6)
  TEST_RR_OP(111, remu, 14, -6, -20)
  TEST_RR_OP(112, remu, 0x8000000000000000, 0x8000000000000000, -1)
  TEST_RR_OP(113, remu, 1, 0xffffffffffffffff, 7)
  TEST_RR_OP(114, remu, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_RR_OP(115, remu, 0, 0, 0)
  TEST_RR_OP(116, remu, 0xffffffffffffffff, 0xffffffffffffffff, 0)
  TEST_RR_ZEROSRC2(117, remu, 7, 7)
  TEST_RR_ZERODEST(118, remu, 30, 7)

  #------------------------------------------------------------- divw
  TEST_RR_OP(119, divw, 3, 20, 6)
  TEST_RR_OP(120, divw, -3, -20, 6)
  TEST_RR_OP(121, divw, -3, 20, -6)
  TEST_RR_OP(122, divw, 3, -20, -6)
  TEST_RR_OP(123, divw, 0xffffffff80000000, 0x0000000080000000, -1)
  TEST_RR_OP(124, divw, 0xffffffff80000000, 0xffffffff80000000, 1)
  TEST_RR_OP(125, divw, 0xffffffffc0000000, 0x0000000080000000, 2)
  TEST_RR_OP(126, divw, -1, 0x0000000080000000, 0)
  TEST_RR_OP(127, divw, -1, 0, 0)
  TEST_RR_OP(128, divw, -1, 5, 0x0000000100000000)
  TEST_RR_OP(129, divw, 3, 0x1234567800000014, 0xabcdef0000000006)
  TEST_RR_OP(130, divw, -3, 0x00000000ffffffec, 0x0000000000000006)
  TEST_RR_OP(131, divw, 0x7fffffff, 0x000000007fffffff, 1)
  TEST_RR_ZERODEST(132, divw, 30, 5)

  #------------------------------------------------------------- divuw
  TEST_RR_OP(133, divuw, 3, 20, 6)
  TEST_RR_OP(134, divuw, 0x000000002aaaaaa7, -20, 6)
  TEST_RR_OP(135, divuw, 0x000000007ffffff8, 0x00000000fffffff0, 2)
  TEST_RR_OP(136, divuw, 0xffffffffffffffff, 0x00000000ffffffff, 1)
  TEST_RR_OP(137, divuw, 0xffffffff80000000, 0x0000000080000000, 1)
  TEST_RR_OP(138, divuw, 0, 0x0000000080000000, -1)
  TEST_RR_OP(139, divuw, 0xffffffffffffffff, 0x0000000000000005, 0)
  TEST_RR_OP(140, divuw, 0xffffffffffffffff, 0x1234567800000000, 0xffffffff00000000)
  TEST_RR_OP(141, divuw, 3, 0xffffffff00000014, 0x0000000100000006)
  TEST_RR_ZERODEST(142, divuw, 30, 5)

  #------------------------------------------------------------- remw
  TEST_RR_OP(143, remw, 2, 20, 6)
  TEST_RR_OP(144, remw, -2, -20, 6)
  TEST_RR_OP(145, remw, 2, 20, -6)
  TEST_RR_OP(146, remw, -2, -20, -6)
  TEST_RR_OP(147, remw, 0, 0x0000000080000000, -1)
  TEST_RR_OP(148, remw, 0xffffffff80000000, 0x0000000180000000, 0)
  TEST_RR_OP(149, remw, 0x0000000012345678, 0xabcdef0012345678, 0)
  TEST_RR_OP(150, remw, 0xffffffffffffffff, 0x00000000ffffffff, 0)
  TEST_RR_OP(151, remw, 2, 0x1234567800000014, 0xabcdef0000000006)
  TEST_RR_ZERODEST(152, remw, 30, 7)

  #------------------------------------------------------------- remuw
  TEST_RR_OP(153, remuw, 2, 20, 6)
  TEST_RR_OP(154, remuw, 2, -20, 6)
  TEST_RR_OP(155, remuw, 20, 20, -6)
  TEST_RR_OP(156, remuw, 0xffffffffffffffec, -20, -6)
  TEST_RR_OP(157, remuw, 0xfffffffffffffff0, 0x00000001fffffff0, 0)
  TEST_RR_OP(158, remuw, 0x0000000000000001, 0x0000000080000001, 0x0000000080000000)
  TEST_RR_OP(159, remuw, 0xffffffff80000000, 0x0000000080000000, -1)
  TEST_RR_OP(160, remuw, 0x0000000012345678, 0xabcdef0012345678, 0)
  TEST_RR_ZERODEST(161, remuw, 30, 7)

  TEST_PASSFAIL

RVTEST_CODE_END
