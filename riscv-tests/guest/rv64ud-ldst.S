# rv64ud-ldst: fld and fsd, and the compressed c.fld / c.fsd / c.fldsp / c.fsdsp.
#   fld/fsd with positive, zero and negative offsets; the 64 bits are moved
#   unchanged (a signalling NaN keeps its payload, a NaN-boxed single is
#   stored with its all-ones upper half; no flags); fsd leaves the neighbouring
#   doublewords alone.
#   c.fld / c.fsd (rd'/rs2' = f8..f15, base x8..x15, offsets 0..248 in steps
#   of 8) and c.fldsp / c.fsdsp (base sp, offsets 0..504), including the
#   largest offsets.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fld
  TEST_CASE(2, x14, 0xbff0000000000000, la x15, fdat; fld f1, 0(x15); fmv.x.d x14, f1)
  TEST_CASE(3, x14, 0x4000000000000000, la x15, fdat; fld f1, 8(x15); fmv.x.d x14, f1)
  TEST_CASE(4, x14, 0x4008000000000000, la x15, fdat + 24; fld f1, -8(x15); fmv.x.d x14, f1)
  TEST_CASE(5, x14, 0xbff0000000000000, la x15, fdat + 24; fld f1, -24(x15); fmv.x.d x14, f1)
  TEST_CASE(6, x14, 0x7ff0000000000001, fsflags x0; la x15, fdat; fld f2, 24(x15); fmv.x.d x14, f2)
  TEST_CASE(7, x14, 0, frflags x14)
  TEST_CASE(8, x14, 0x0123456789abcdef, la x15, fdat; fld f31, 32(x15); fmv.x.d x14, f31)
  # fld overwrites a NaN-boxed single completely
  TEST_CASE(9, x14, 0x4000000000000000, la x15, fdat; li x1, 0x3f800000; fmv.w.x f3, x1; fld f3, 8(x15); fmv.x.d x14, f3)

  #------------------------------------------------------------- fsd
  TEST_CASE(20, x14, 0xbff0000000000000, la x15, fdat; la x16, tdat; fld f1, 0(x15); fsd f1, 0(x16); ld x14, 0(x16))
  TEST_CASE(21, x14, 0x4000000000000000, la x15, fdat; la x16, tdat; fld f1, 8(x15); fsd f1, 8(x16); ld x14, 8(x16))
  TEST_CASE(22, x14, 0x4008000000000000, la x15, fdat; la x16, tdat + 24; fld f1, 16(x15); fsd f1, -8(x16); ld x14, -8(x16))
  TEST_CASE(23, x14, 0x7ff0000000000001, fsflags x0; la x15, fdat; la x16, tdat; fld f1, 24(x15); fsd f1, 24(x16); ld x14, 24(x16))
  TEST_CASE(24, x14, 0, frflags x14)
  # a NaN-boxed single is stored with its upper half
  TEST_CASE(25, x14, 0xffffffff3f800000, la x16, tdat; li x1, 0x3f800000; fmv.w.x f4, x1; fsd f4, 32(x16); ld x14, 32(x16))
  # neighbours untouched
  TEST_CASE(26, x14, 0x4000000000000000, la x16, tdat; ld x14, 8(x16))
  TEST_CASE(27, x14, 0x5555555555555555, la x16, tdat; ld x14, 40(x16))

  #------------------------------------------------------------- c.fld / c.fsd
  la x9, cdat
  TEST_CASE(40, x14, 0x1111111111111111, .option push; .option rvc; c.fld f8, 0(x9); c.nop; .option pop; fmv.x.d x14, f8)
  TEST_CASE(41, x14, 0x2222222222222222, .option push; .option rvc; c.fld f15, 8(x9); c.nop; .option pop; fmv.x.d x14, f15)
  TEST_CASE(42, x14, 0x3333333333333333, .option push; .option rvc; c.fld f12, 248(x9); c.nop; .option pop; fmv.x.d x14, f12)
  TEST_CASE(43, x14, 0x1111111111111111, .option push; .option rvc; c.fsd f8, 16(x9); c.nop; .option pop; ld x14, 16(x9))
  TEST_CASE(44, x14, 0x2222222222222222, .option push; .option rvc; c.fsd f15, 240(x9); c.nop; .option pop; ld x14, 240(x9))
  TEST_CASE(45, x14, 0x3333333333333333, la x10, cdat + 8; .option push; .option rvc; c.fsd f12, 0(x10); c.nop; .option pop; ld x14, 8(x9))

  #------------------------------------------------------------- c.fldsp / c.fsdsp
  la sp, cdat
  TEST_CASE(50, x14, 0x1111111111111111, .option push; .option rvc; c.fldsp f1, 0(sp); c.nop; .option pop; fmv.x.d x14, f1)
  TEST_CASE(51, x14, 0x3333333333333333, .option push; .option rvc; c.fldsp f31, 248(sp); c.nop; .option pop; fmv.x.d x14, f31)
  TEST_CASE(52, x14, 0x4444444444444444, .option push; .option rvc; c.fldsp f0, 504(sp); c.nop; .option pop; fmv.x.d x14, f0)
  TEST_CASE(53, x14, 0x4444444444444444, .option push; .option rvc; c.fsdsp f0, 496(sp); c.nop; .option pop; ld x14, 496(sp))
  TEST_CASE(54, x14, 0x3333333333333333, .option push; .option rvc; c.fsdsp f31, 32(sp); c.nop; .option pop; ld x14, 32(sp))
  TEST_CASE(55, x14, 0x1111111111111111, .option push; .option rvc; c.fsdsp f1, 0(sp); c.nop; .option pop; ld x14, 0(sp))
  li sp, 0

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
  .align 4
fdat:
  .dword 0xbff0000000000000  # -1.0
  .dword 0x4000000000000000  #  2.0
  .dword 0x4008000000000000  #  3.0
  .dword 0x7ff0000000000001  #  sNaN
  .dword 0x0123456789abcdef
tdat:
  .dword 0, 0, 0, 0, 0
  .dword 0x5555555555555555
  .align 4
cdat:
  .dword 0x1111111111111111
  .dword 0x2222222222222222
  .fill 29, 8, 0
  .dword 0x3333333333333333  # cdat + 248
  .fill 31, 8, 0
  .dword 0x4444444444444444  # cdat + 504
