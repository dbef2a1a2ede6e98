# rv64uf-ldst: flw and fsw.
#   flw with positive, zero and negative offsets; the loaded value is NaN-boxed
#   (read back with fmv.x.d: bits 63:32 all ones, also when the register held a
#   double before) and is not modified (signalling-NaN payloads are kept, no
#   flags); fmv.x.w of the loaded value sign-extends bit 31.
#   fsw with positive and negative offsets stores exactly the low 32 bits,
#   also of a register that is not NaN-boxed (a double), and leaves the
#   neighbouring words alone.
# The boxing checks read the whole 64-bit register with fmv.x.d / fsd (D).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- flw
  TEST_CASE(2, x14, 0xffffffffbf800000, la x15, fdat; flw f1, 0(x15); fmv.x.w x14, f1)
  TEST_CASE(3, x14, 0x0000000040000000, la x15, fdat; flw f1, 4(x15); fmv.x.w x14, f1)
  TEST_CASE(4, x14, 0xffffffffc0800000, la x15, fdat; flw f1, 12(x15); fmv.x.w x14, f1)
  TEST_CASE(5, x14, 0x0000000040400000, la x15, fdat + 12; flw f1, -4(x15); fmv.x.w x14, f1)
  TEST_CASE(6, x14, 0xffffffffbf800000, la x15, fdat + 12; flw f1, -12(x15); fmv.x.w x14, f1)
  # NaN-boxed: the upper 32 bits are all ones
  TEST_CASE(7, x14, 0xffffffff40000000, la x15, fdat; flw f2, 4(x15); fmv.x.d x14, f2)
  TEST_CASE(8, x14, 0xffffffffc0800000, la x15, fdat; li x1, 0x0123456789abcdef; fmv.d.x f3, x1; flw f3, 12(x15); fmv.x.d x14, f3)
  TEST_CASE(9, x14, 0xffffffff7f800001, la x15, fdat; flw f3, 16(x15); fsd f3, 32(x15); ld x14, 32(x15))
  # loads are not arithmetic: an sNaN is kept as is and no flag is raised
  TEST_CASE(10, x14, 0x000000007f800001, fsflags x0; la x15, fdat; flw f4, 16(x15); fmv.x.w x14, f4)
  TEST_CASE(11, x14, 0, frflags x14)
  TEST_CASE(12, x14, 0xffffffffffc12345, la x15, fdat; flw f4, 20(x15); fmv.x.w x14, f4)
  # rd = f0 is an ordinary register
  TEST_CASE(13, x14, 0xffffffffbf800000, la x15, fdat; flw f0, 0(x15); fmv.x.w x14, f0)
  TEST_CASE(14, x14, 0xffffffffc0800000, la x15, fdat; flw f31, 12(x15); fmv.x.w x14, f31)

  #------------------------------------------------------------- fsw
  TEST_CASE(20, x14, 0xffffffffbf800000, la x15, fdat; la x16, tdat; flw f1, 0(x15); fsw f1, 0(x16); lw x14, 0(x16))
  TEST_CASE(21, x14, 0x0000000040000000, la x15, fdat; la x16, tdat; flw f1, 4(x15); fsw f1, 4(x16); lw x14, 4(x16))
  TEST_CASE(22, x14, 0x0000000040400000, la x15, fdat; la x16, tdat + 16; flw f1, 8(x15); fsw f1, -8(x16); lw x14, -8(x16))
  TEST_CASE(23, x14, 0x00000000c0800000, la x15, fdat; la x16, tdat + 16; flw f1, 12(x15); fsw f1, -4(x16); lwu x14, -4(x16))
  # the whole doubleword: two fsw, the upper bits of the registers are not stored
  TEST_CASE(24, x14, 0x40000000bf800000, la x16, tdat; ld x14, 0(x16))
  # fsw of a register that is not NaN-boxed stores its low 32 bits
  TEST_CASE(25, x14, 0x0000000089abcdef, la x16, tdat; li x1, 0x0123456789abcdef; fmv.d.x f5, x1; fsw f5, 0(x16); lwu x14, 0(x16))
  TEST_CASE(26, x14, 0x40000000, la x16, tdat; lw x14, 4(x16))
  # sNaN stored unchanged, no flags
  TEST_CASE(27, x14, 0x000000007f800001, fsflags x0; la x15, fdat; la x16, tdat; flw f6, 16(x15); fsw f6, 8(x16); lwu x14, 8(x16))
  TEST_CASE(28, x14, 0, frflags x14)
  # fsw writes 4 bytes only
  TEST_CASE(29, x14, 0x55555555c0800000, la x16, tdat; li x1, 0x5555555555555555; sd x1, 24(x16); fmv.w.x f7, x0; li x1, 0xc0800000; fmv.w.x f7, x1; fsw f7, 24(x16); ld x14, 24(x16))

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
  .align 4
fdat:
  .word 0xbf800000          # -1.0
  .word 0x40000000          #  2.0
  .word 0x40400000          #  3.0
  .word 0xc0800000          # -4.0
  .word 0x7f800001          #  sNaN
  .word 0xffc12345          #  qNaN with a payload, sign set
  .dword 0, 0, 0
tdat:
  .dword 0, 0, 0, 0
