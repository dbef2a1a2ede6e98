# rv64ud-fsqrt: fsqrt.d (double precision).
#   exact and inexact square roots with static rounding modes, sqrt(-0) = -0,
#   sqrt(+inf) = +inf, sqrt of a negative number (also -inf and the smallest
#   negative subnormal) = canonical NaN with NV, subnormal and largest inputs,
#   NaN inputs.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fsqrt
  TEST_FP_OP1_D(2, fsqrt.d, rne, FFLAGS_NX, 0x3ffc5bf8916f587b, 0x400921fb53c8d4f1)  # fsqrt(3.14159265) rne
  TEST_FP_OP1_D(3, fsqrt.d, rne, 0, 0x4059000000000000, 0x40c3880000000000)  # fsqrt(10000.0) rne
  TEST_FP_OP1_D(4, fsqrt.d, rne, 0, 0x4000000000000000, 0x4010000000000000)  # fsqrt(4.0) rne
  TEST_FP_OP1_D(5, fsqrt.d, rne, FFLAGS_NX, 0x3ff6a09e667f3bcd, 0x4000000000000000)  # fsqrt(2.0) rne
  TEST_FP_OP1_D(6, fsqrt.d, rtz, FFLAGS_NX, 0x3ff6a09e667f3bcc, 0x4000000000000000)  # fsqrt(2.0) rtz
  TEST_FP_OP1_D(7, fsqrt.d, rup, FFLAGS_NX, 0x3ff6a09e667f3bcd, 0x4000000000000000)  # fsqrt(2.0) rup
  TEST_FP_OP1_D(8, fsqrt.d, rne, FFLAGS_NX, 0x402a2744ce9674f5, 0x4065600000000000)  # fsqrt(171.0) rne
  TEST_FP_OP1_D(9, fsqrt.d, rne, FFLAGS_NX, 0x3f3a4789c0e37f99, 0x3e8594dfc70aa105)  # fsqrt(1.60795e-07) rne
  TEST_FP_OP1_D(10, fsqrt.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0xbff0000000000000)  # fsqrt(-1.0) rne
  TEST_FP_OP1_D(11, fsqrt.d, rne, 0, 0x0000000000000000, 0x0000000000000000)  # fsqrt(0.0) rne
  TEST_FP_OP1_D(12, fsqrt.d, rne, 0, 0x8000000000000000, 0x8000000000000000)  # fsqrt(-0) rne
  TEST_FP_OP1_D(13, fsqrt.d, rne, 0, 0x7ff0000000000000, 0x7ff0000000000000)  # fsqrt(inf) rne
  TEST_FP_OP1_D(14, fsqrt.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0xfff0000000000000)  # fsqrt(-inf) rne
  TEST_FP_OP1_D(15, fsqrt.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x8000000000000001)  # fsqrt(-minsub) rne
  TEST_FP_OP1_D(16, fsqrt.d, rne, 0, 0x1e60000000000000, 0x0000000000000001)  # fsqrt(minsub) rne
  TEST_FP_OP1_D(17, fsqrt.d, rne, FFLAGS_NX, 0x5fefffffffffffff, 0x7fefffffffffffff)  # fsqrt(max) rne
  TEST_FP_OP1_D(18, fsqrt.d, rne, 0, 0x7ff8000000000000, 0x7ff8000000000001)  # fsqrt(qnanp) rne
  TEST_FP_OP1_D(19, fsqrt.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001)  # fsqrt(snan) rne

  TEST_PASSFAIL

RVTEST_CODE_END
