# rv64ui-ma_data: misaligned loads and stores are PERFORMED (not trapped),
# as rivet's contract and the upstream rv64ui ma_data test expect.
#   lh, lhu, lw, lwu, ld at every misaligned offset inside a doubleword and
#   across a doubleword boundary; the 32-byte buffer straddles a 4 KiB page
#   boundary (mdat+16 is page-aligned), so offsets 9..15 also cross a page.
#   sh, sw, sd at the same offsets: the value reads back, the bytes around it
#   are unchanged (checked by aligned ld of the touched doublewords and the
#   next one). Expected values are the little-endian composition of the bytes
#   in mdat_init (RISC-V is little-endian; loads sign/zero-extend per opcode).
#include "test.h"
#include "test_macros.h"

#define RESET_MDAT \
  la x15, mdat_init; la x16, mdat; \
  ld x2, 0(x15); sd x2, 0(x16); ld x2, 8(x15); sd x2, 8(x16); \
  ld x2, 16(x15); sd x2, 16(x16); ld x2, 24(x15); sd x2, 24(x16)

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_LD_OP(2, lh, 0xffffffffffffa312, 1, mdat)
  TEST_LD_OP(3, lh, 0xffffffffffffc534, 3, mdat)
  TEST_LD_OP(4, lh, 0xffffffffffffe756, 5, mdat)
  TEST_LD_OP(5, lh, 0x0000000000000978, 7, mdat)
  TEST_LD_OP(6, lh, 0x00000000000001f0, 15, mdat)

  TEST_LD_OP(7, lhu, 0x000000000000a312, 1, mdat)
  TEST_LD_OP(8, lhu, 0x000000000000c534, 3, mdat)
  TEST_LD_OP(9, lhu, 0x000000000000e756, 5, mdat)
  TEST_LD_OP(10, lhu, 0x0000000000000978, 7, mdat)
  TEST_LD_OP(11, lhu, 0x00000000000001f0, 15, mdat)

  TEST_LD_OP(12, lw, 0xffffffffc534a312, 1, mdat)
  TEST_LD_OP(13, lw, 0x0000000056c534a3, 2, mdat)
  TEST_LD_OP(14, lw, 0xffffffffe756c534, 3, mdat)
  TEST_LD_OP(15, lw, 0x000000000978e756, 5, mdat)
  TEST_LD_OP(16, lw, 0xffffffff9a0978e7, 6, mdat)
  TEST_LD_OP(17, lw, 0x000000002b9a0978, 7, mdat)
  TEST_LD_OP(18, lw, 0x0000000001f06fde, 13, mdat)
  TEST_LD_OP(19, lw, 0xffffffff9201f06f, 14, mdat)
  TEST_LD_OP(20, lw, 0x00000000239201f0, 15, mdat)

  TEST_LD_OP(21, lwu, 0x00000000c534a312, 1, mdat)
  TEST_LD_OP(22, lwu, 0x0000000056c534a3, 2, mdat)
  TEST_LD_OP(23, lwu, 0x00000000e756c534, 3, mdat)
  TEST_LD_OP(24, lwu, 0x000000000978e756, 5, mdat)
  TEST_LD_OP(25, lwu, 0x000000009a0978e7, 6, mdat)
  TEST_LD_OP(26, lwu, 0x000000002b9a0978, 7, mdat)
  TEST_LD_OP(27, lwu, 0x0000000001f06fde, 13, mdat)
  TEST_LD_OP(28, lwu, 0x000000009201f06f, 14, mdat)
  TEST_LD_OP(29, lwu, 0x00000000239201f0, 15, mdat)

  TEST_LD_OP(30, ld, 0x0978e756c534a312, 1, mdat)
  TEST_LD_OP(31, ld, 0x9a0978e756c534a3, 2, mdat)
  TEST_LD_OP(32, ld, 0x2b9a0978e756c534, 3, mdat)
  TEST_LD_OP(33, ld, 0xbc2b9a0978e756c5, 4, mdat)
  TEST_LD_OP(34, ld, 0x4dbc2b9a0978e756, 5, mdat)
  TEST_LD_OP(35, ld, 0xde4dbc2b9a0978e7, 6, mdat)
  TEST_LD_OP(36, ld, 0x6fde4dbc2b9a0978, 7, mdat)
  TEST_LD_OP(37, ld, 0x01f06fde4dbc2b9a, 9, mdat)
  TEST_LD_OP(38, ld, 0x9201f06fde4dbc2b, 10, mdat)
  TEST_LD_OP(39, ld, 0x239201f06fde4dbc, 11, mdat)
  TEST_LD_OP(40, ld, 0xb4239201f06fde4d, 12, mdat)
  TEST_LD_OP(41, ld, 0x45b4239201f06fde, 13, mdat)
  TEST_LD_OP(42, ld, 0xd645b4239201f06f, 14, mdat)
  TEST_LD_OP(43, ld, 0x67d645b4239201f0, 15, mdat)

  TEST_CASE(44, x14, 0x0000000000003210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sh x2, 1(x15); lh x14, 1(x15))
  TEST_CASE(45, x14, 0x78e756c534321081, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(46, x14, 0xf06fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(47, x14, 0x0000000000003210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sh x2, 3(x15); lh x14, 3(x15))
  TEST_CASE(48, x14, 0x78e7563210a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(49, x14, 0xf06fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(50, x14, 0x0000000000003210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sh x2, 5(x15); lh x14, 5(x15))
  TEST_CASE(51, x14, 0x783210c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(52, x14, 0xf06fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(53, x14, 0x0000000000003210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sh x2, 7(x15); lh x14, 7(x15))
  TEST_CASE(54, x14, 0x10e756c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(55, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(56, x14, 0xf06fde4dbc2b9a32, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(57, x14, 0x0000000000003210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sh x2, 15(x15); lh x14, 15(x15))
  TEST_CASE(58, x14, 0x106fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(59, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(60, x14, 0xf867d645b4239232, la x15, mdat; ld x14, 16(x15))

  TEST_CASE(61, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 1(x15); lw x14, 1(x15))
  TEST_CASE(62, x14, 0x78e7567654321081, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(63, x14, 0xf06fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(64, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 2(x15); lw x14, 2(x15))
  TEST_CASE(65, x14, 0x78e7765432101281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(66, x14, 0xf06fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(67, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 3(x15); lw x14, 3(x15))
  TEST_CASE(68, x14, 0x7876543210a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(69, x14, 0xf06fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(70, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 5(x15); lw x14, 5(x15))
  TEST_CASE(71, x14, 0x543210c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(72, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(73, x14, 0xf06fde4dbc2b9a76, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(74, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 6(x15); lw x14, 6(x15))
  TEST_CASE(75, x14, 0x321056c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(76, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(77, x14, 0xf06fde4dbc2b7654, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(78, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 7(x15); lw x14, 7(x15))
  TEST_CASE(79, x14, 0x10e756c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(80, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(81, x14, 0xf06fde4dbc765432, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(82, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 13(x15); lw x14, 13(x15))
  TEST_CASE(83, x14, 0x5432104dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(84, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(85, x14, 0xf867d645b4239276, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(86, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 14(x15); lw x14, 14(x15))
  TEST_CASE(87, x14, 0x3210de4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(88, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(89, x14, 0xf867d645b4237654, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(90, x14, 0x0000000076543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sw x2, 15(x15); lw x14, 15(x15))
  TEST_CASE(91, x14, 0x106fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(92, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(93, x14, 0xf867d645b4765432, la x15, mdat; ld x14, 16(x15))

  TEST_CASE(94, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 1(x15); ld x14, 1(x15))
  TEST_CASE(95, x14, 0xdcba987654321081, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(96, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(97, x14, 0xf06fde4dbc2b9afe, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(98, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 2(x15); ld x14, 2(x15))
  TEST_CASE(99, x14, 0xba98765432101281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(100, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(101, x14, 0xf06fde4dbc2bfedc, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(102, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 3(x15); ld x14, 3(x15))
  TEST_CASE(103, x14, 0x9876543210a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(104, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(105, x14, 0xf06fde4dbcfedcba, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(106, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 4(x15); ld x14, 4(x15))
  TEST_CASE(107, x14, 0x7654321034a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(108, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(109, x14, 0xf06fde4dfedcba98, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(110, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 5(x15); ld x14, 5(x15))
  TEST_CASE(111, x14, 0x543210c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(112, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(113, x14, 0xf06fdefedcba9876, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(114, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 6(x15); ld x14, 6(x15))
  TEST_CASE(115, x14, 0x321056c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(116, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(117, x14, 0xf06ffedcba987654, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(118, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 7(x15); ld x14, 7(x15))
  TEST_CASE(119, x14, 0x10e756c534a31281, la x15, mdat; ld x14, 0(x15))
  TEST_CASE(120, x14, 0xf867d645b4239201, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(121, x14, 0xf0fedcba98765432, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(122, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 9(x15); ld x14, 9(x15))
  TEST_CASE(123, x14, 0xdcba987654321009, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(124, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(125, x14, 0xf867d645b42392fe, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(126, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 10(x15); ld x14, 10(x15))
  TEST_CASE(127, x14, 0xba98765432109a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(128, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(129, x14, 0xf867d645b423fedc, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(130, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 11(x15); ld x14, 11(x15))
  TEST_CASE(131, x14, 0x98765432102b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(132, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(133, x14, 0xf867d645b4fedcba, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(134, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 12(x15); ld x14, 12(x15))
  TEST_CASE(135, x14, 0x76543210bc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(136, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(137, x14, 0xf867d645fedcba98, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(138, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 13(x15); ld x14, 13(x15))
  TEST_CASE(139, x14, 0x5432104dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(140, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(141, x14, 0xf867d6fedcba9876, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(142, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 14(x15); ld x14, 14(x15))
  TEST_CASE(143, x14, 0x3210de4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(144, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(145, x14, 0xf867fedcba987654, la x15, mdat; ld x14, 16(x15))
  TEST_CASE(146, x14, 0xfedcba9876543210, RESET_MDAT; la x15, mdat; li x2, 0xfedcba9876543210; sd x2, 15(x15); ld x14, 15(x15))
  TEST_CASE(147, x14, 0x106fde4dbc2b9a09, la x15, mdat; ld x14, 8(x15))
  TEST_CASE(148, x14, 0x70ef5ecd3cab1a89, la x15, mdat; ld x14, 24(x15))
  TEST_CASE(149, x14, 0xf8fedcba98765432, la x15, mdat; ld x14, 16(x15))

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
  .align 4
mdat_init:
  .byte 0x81, 0x12, 0xa3, 0x34, 0xc5, 0x56, 0xe7, 0x78, 0x09, 0x9a, 0x2b, 0xbc, 0x4d, 0xde, 0x6f, 0xf0, 0x01, 0x92, 0x23, 0xb4, 0x45, 0xd6, 0x67, 0xf8, 0x89, 0x1a, 0xab, 0x3c, 0xcd, 0x5e, 0xef, 0x70
  .align 12
  .skip 4096 - 16
mdat:
  .byte 0x81, 0x12, 0xa3, 0x34, 0xc5, 0x56, 0xe7, 0x78, 0x09, 0x9a, 0x2b, 0xbc, 0x4d, 0xde, 0x6f, 0xf0, 0x01, 0x92, 0x23, 0xb4, 0x45, 0xd6, 0x67, 0xf8, 0x89, 0x1a, 0xab, 0x3c, 0xcd, 0x5e, 0xef, 0x70
