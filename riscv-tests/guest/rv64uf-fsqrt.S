# rv64uf-fsqrt: fsqrt.s (single precision).
#   exact and inexact square roots with static rounding modes, sqrt(-0) = -0,
#   sqrt(+inf) = +inf, sqrt of a negative number (also -inf and the smallest
#   negative subnormal) = canonical NaN with NV, subnormal and largest inputs,
#   NaN inputs.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fsqrt
  TEST_FP_OP1_S(2, fsqrt.s, rne, FFLAGS_NX, 0x3fe2dfc5, 0x40490fdb)  # fsqrt(3.14159265) rne
  TEST_FP_OP1_S(3, fsqrt.s, rne, 0, 0x42c80000, 0x461c4000)  # fsqrt(10000.0) rne
  TEST_FP_OP1_S(4, fsqrt.s, rne, 0, 0x40000000, 0x40800000)  # fsqrt(4.0) rne
  TEST_FP_OP1_S(5, fsqrt.s, rne, FFLAGS_NX, 0x3fb504f3, 0x40000000)  # fsqrt(2.0) rne
  TEST_FP_OP1_S(6, fsqrt.s, rtz, FFLAGS_NX, 0x3fb504f3, 0x40000000)  # fsqrt(2.0) rtz
  TEST_FP_OP1_S(7, fsqrt.s, rup, FFLAGS_NX, 0x3fb504f4, 0x40000000)  # fsqrt(2.0) rup
  TEST_FP_OP1_S(8, fsqrt.s, rne, FFLAGS_NX, 0x41513a26, 0x432b0000)  # fsqrt(171.0) rne
  TEST_FP_OP1_S(9, fsqrt.s, rne, FFLAGS_NX, 0x39d23c4e, 0x342ca6fe)  # fsqrt(1.60795e-07) rne
  TEST_FP_OP1_S(10, fsqrt.s, rne, FFLAGS_NV, 0x7fc00000, 0xbf800000)  # fsqrt(-1.0) rne
  TEST_FP_OP1_S(11, fsqrt.s, rne, 0, 0x00000000, 0x00000000)  # fsqrt(0.0) rne
  TEST_FP_OP1_S(12, fsqrt.s, rne, 0, 0x80000000, 0x80000000)  # fsqrt(-0) rne
  TEST_FP_OP1_S(13, fsqrt.s, rne, 0, 0x7f800000, 0x7f800000)  # fsqrt(inf) rne
  TEST_FP_OP1_S(14, fsqrt.s, rne, FFLAGS_NV, 0x7fc00000, 0xff800000)  # fsqrt(-inf) rne
  TEST_FP_OP1_S(15, fsqrt.s, rne, FFLAGS_NV, 0x7fc00000, 0x80000001)  # fsqrt(-minsub) rne
  TEST_FP_OP1_S(16, fsqrt.s, rne, FFLAGS_NX, 0x1a3504f3, 0x00000001)  # fsqrt(minsub) rne
  TEST_FP_OP1_S(17, fsqrt.s, rne, FFLAGS_NX, 0x5f7fffff, 0x7f7fffff)  # fsqrt(max) rne
  TEST_FP_OP1_S(18, fsqrt.s, rne, 0, 0x7fc00000, 0x7fc00001)  # fsqrt(qnanp) rne
  TEST_FP_OP1_S(19, fsqrt.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001)  # fsqrt(snan) rne

  TEST_PASSFAIL

RVTEST_CODE_END
