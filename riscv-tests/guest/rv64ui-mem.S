# rv64ui-mem: RV64I loads, stores and fences (naturally aligned accesses).
#   lb, lh, lw, ld, lbu, lhu, lwu: sign vs zero extension, positive and
#   negative offsets, offsets -2048/2047, rd == base, loads into x0;
#   sb, sh, sw, sd: only the addressed bytes change (checked by reading the
#   whole doubleword back), negative offsets, offsets -2048/2047, reading back
#   narrower/wider; fence, fence rw,rw, fence w,r, fence.tso, fence with I/O
#   bits, pause (a fence
#   hint, must run as a no-op).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- lb / lbu
  TEST_LD_OP(2, lb, 0xffffffffffffff81, 0, tdat)
  TEST_LD_OP(3, lb, 0x0000000000000002, 1, tdat)
  TEST_LD_OP(4, lb, 0xffffffffffffff84, 3, tdat)
  TEST_LD_OP(5, lb, 0xffffffffffffff88, 7, tdat)
  TEST_LD_OP(6, lb, 0xffffffffffffffff, 8, tdat)
  TEST_LD_OP(7, lb, 0x000000000000007f, 9, tdat)
  TEST_LD_OP(8, lb, 0x0000000000000000, 10, tdat)
  TEST_LD_OP(9, lb, 0xffffffffffffff81, -8, tdat+8)
  TEST_LD_OP(10, lbu, 0x0000000000000081, 0, tdat)
  TEST_LD_OP(11, lbu, 0x00000000000000ff, 8, tdat)
  TEST_LD_OP(12, lbu, 0x000000000000007f, 9, tdat)
  TEST_LD_OP(13, lbu, 0x0000000000000088, -1, tdat+8)

  #------------------------------------------------------------- lh / lhu
  TEST_LD_OP(14, lh, 0x0000000000000281, 0, tdat)
  TEST_LD_OP(15, lh, 0xffffffffffff8403, 2, tdat)
  TEST_LD_OP(16, lh, 0xffffffffffff8807, 6, tdat)
  TEST_LD_OP(17, lh, 0x0000000000007fff, 8, tdat)
  TEST_LD_OP(18, lh, 0xffffffffffff8000, 10, tdat)
  TEST_LD_OP(19, lh, 0x0000000000001234, 14, tdat)
  TEST_LD_OP(20, lh, 0xffffffffffff8807, -2, tdat+8)
  TEST_LD_OP(21, lhu, 0x0000000000008403, 2, tdat)
  TEST_LD_OP(22, lhu, 0x0000000000008000, 10, tdat)
  TEST_LD_OP(23, lhu, 0x0000000000007fff, 8, tdat)
  TEST_LD_OP(24, lhu, 0x0000000000008807, -10, tdat+16)

  #------------------------------------------------------------- lw / lwu
  TEST_LD_OP(25, lw, 0xffffffff84030281, 0, tdat)
  TEST_LD_OP(26, lw, 0xffffffff88070605, 4, tdat)
  TEST_LD_OP(27, lw, 0xffffffff80007fff, 8, tdat)
  TEST_LD_OP(28, lw, 0x0000000012345678, 12, tdat)
  TEST_LD_OP(29, lw, 0xffffffff88070605, -4, tdat+8)
  TEST_LD_OP(30, lwu, 0x0000000084030281, 0, tdat)
  TEST_LD_OP(31, lwu, 0x0000000080007fff, 8, tdat)
  TEST_LD_OP(32, lwu, 0x0000000012345678, 12, tdat)
  TEST_LD_OP(33, lwu, 0x0000000088070605, -12, tdat+16)

  #------------------------------------------------------------- ld
  TEST_LD_OP(34, ld, 0x8807060584030281, 0, tdat)
  TEST_LD_OP(35, ld, 0x1234567880007fff, 8, tdat)
  TEST_LD_OP(36, ld, 0x8807060584030281, -8, tdat+8)

  #------------------------------------------------------------- extreme offsets, rd == base, x0
  TEST_LD_OP(37, ld, 0x8807060584030281, 2047, tdat-2047)
  TEST_LD_OP(38, ld, 0x1234567880007fff, -2048, tdat+2056)
  TEST_LD_OP(39, lbu, 0x0000000000000081, 2047, tdat-2047)
  TEST_CASE(40, x14, 0x1234567880007fff, la x14, tdat+8; ld x14, 0(x14))
  TEST_CASE(41, x14, 0xffffffffffffff84, la x14, tdat; lb x14, 3(x14))
  TEST_CASE(42, x0, 0, la x15, tdat; ld x0, 0(x15); lw x0, 4(x15); lb x0, 0(x15); lhu x0, 2(x15); lwu x0, 0(x15))

  #------------------------------------------------------------- stores
  # tst starts as 0xaaaa... in both doublewords
  TEST_CASE(43, x14, 0xaaaaaaaaaaaaaaaa, la x15, tst; ld x14, 0(x15))
  TEST_CASE(44, x14, 0xaaaaaaaaaaaaaaff, la x15, tst; li x2, 0x123456789abcdeff; sb x2, 0(x15); ld x14, 0(x15))
  TEST_CASE(45, x14, 0xaaaaaaaabeefaaff, la x15, tst; li x2, 0xffffffffffffbeef; sh x2, 2(x15); ld x14, 0(x15))
  TEST_CASE(46, x14, 0x55667788beefaaff, la x15, tst; li x2, 0x1122334455667788; sw x2, 4(x15); ld x14, 0(x15))
  TEST_CASE(47, x14, 0xaaaaaaaaaaaaaaaa, la x15, tst; ld x14, 8(x15))
  TEST_CASE(48, x14, 0x0123456789abcdef, la x15, tst; li x2, 0x0123456789abcdef; sd x2, 8(x15); ld x14, 8(x15))
  TEST_CASE(49, x14, 0x55667788beefaaff, la x15, tst; ld x14, 0(x15))
  # read back narrower, with sign/zero extension
  TEST_CASE(50, x14, 0xffffffffffffffff, la x15, tst; lb x14, 0(x15))
  TEST_CASE(51, x14, 0xffffffffffffbeef, la x15, tst; lh x14, 2(x15))
  TEST_CASE(52, x14, 0x000000000000beef, la x15, tst; lhu x14, 2(x15))
  TEST_CASE(53, x14, 0x0000000055667788, la x15, tst; lw x14, 4(x15))
  TEST_CASE(54, x14, 0xffffffff89abcdef, la x15, tst; lw x14, 8(x15))
  TEST_CASE(55, x14, 0x0000000089abcdef, la x15, tst; lwu x14, 8(x15))
  # negative store offsets
  TEST_CASE(56, x14, 0x0123456789ab0000, la x15, tst+16; sh x0, -8(x15); ld x14, -8(x15))
  TEST_CASE(57, x14, 0x80004567ffffffff, la x15, tst+16; li x2, -1; sw x2, -8(x15); li x2, 0x80; sb x2, -1(x15); sb x0, -2(x15); ld x14, -8(x15))
  TEST_CASE(58, x14, 0x80004567ffffffff, la x15, tst+16; li x2, 0x55; sb x2, -2(x15); sb x0, -2(x15); ld x14, -8(x15))
  TEST_CASE(59, x14, 0xffffffffffffff80, la x15, tst; lb x14, 15(x15))
  TEST_CASE(60, x14, 0xfedcba9876543210, la x15, tst+16; li x2, 0xfedcba9876543210; sd x2, -16(x15); ld x14, -16(x15))
  # extreme offsets
  TEST_CASE(61, x14, 0x00000000a5a5a5a5, la x15, tst-2047; li x2, 0x00000000a5a5a5a5; sd x2, 2047(x15); la x15, tst; ld x14, 0(x15))
  TEST_CASE(62, x14, 0x5a5a5a5a5a5a5a5a, la x15, tst+2056; li x2, 0x5a5a5a5a5a5a5a5a; sd x2, -2048(x15); la x15, tst; ld x14, 8(x15))
  TEST_CASE(63, x14, 0xffffffffa5a5a5a5, la x15, tst; lw x14, 0(x15))
  # base == source register
  TEST_CASE(64, x14, 0, la x15, tst; sd x15, 0(x15); ld x14, 0(x15); sub x14, x14, x15)

  #------------------------------------------------------------- fences
  TEST_CASE(65, x14, 0x77, la x15, tst; li x2, 0x77; sd x2, 0(x15); fence; ld x14, 0(x15))
  TEST_CASE(66, x14, 0x78, la x15, tst; li x2, 0x78; sd x2, 0(x15); fence rw, rw; ld x14, 0(x15))
  TEST_CASE(67, x14, 0x79, la x15, tst; li x2, 0x79; sd x2, 0(x15); fence w, r; ld x14, 0(x15))
  TEST_CASE(68, x14, 0x7a, la x15, tst; li x2, 0x7a; sd x2, 0(x15); fence.tso; ld x14, 0(x15))
  TEST_CASE(69, x14, 0x7b, la x15, tst; li x2, 0x7b; sd x2, 0(x15); fence iorw, iorw; fence i, o; ld x14, 0(x15))
  # pause = fence w,0 (0x0100000f), a hint: no-op
  TEST_CASE(70, x14, 3, li x14, 3; .word 0x0100000f)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
  .align 4
tdat:
  .byte 0x81, 0x02, 0x03, 0x84, 0x05, 0x06, 0x07, 0x88
  .byte 0xff, 0x7f, 0x00, 0x80, 0x78, 0x56, 0x34, 0x12
  .align 4
tst:
  .dword 0xaaaaaaaaaaaaaaaa
  .dword 0xaaaaaaaaaaaaaaaa
