# rv64ud-fmin: fmin.d / fmax.d (double precision).
#   ordinary operands in both orders, infinities, -0 < +0 (fmin(-0, +0) = -0,
#   fmax = +0 in both operand orders), one quiet NaN -> the other operand without
#   flags, one signalling NaN -> the other operand with NV, two NaNs -> the
#   canonical NaN (NV if one is signalling), subnormals.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmin
  TEST_FP_OP2N_D(2, fmin.d, 0, 0x3ff0000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fmin(2.5, 1.0)
  TEST_FP_OP2N_D(3, fmin.d, 0, 0xc0934c6666666666, 0xc0934c6666666666, 0x3ff199999999999a)  # fmin(-1235.1, 1.1)
  TEST_FP_OP2N_D(4, fmin.d, 0, 0xc0934c6666666666, 0x3ff199999999999a, 0xc0934c6666666666)  # fmin(1.1, -1235.1)
  TEST_FP_OP2N_D(5, fmin.d, 0, 0xc000000000000000, 0xbff0000000000000, 0xc000000000000000)  # fmin(-1.0, -2.0)
  TEST_FP_OP2N_D(6, fmin.d, 0, 0x7fefffffffffffff, 0x7ff0000000000000, 0x7fefffffffffffff)  # fmin(inf, max)
  TEST_FP_OP2N_D(7, fmin.d, 0, 0xfff0000000000000, 0xfff0000000000000, 0xffefffffffffffff)  # fmin(-inf, -max)
  TEST_FP_OP2N_D(8, fmin.d, 0, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)  # fmin(-0, 0.0)
  TEST_FP_OP2N_D(9, fmin.d, 0, 0x8000000000000000, 0x0000000000000000, 0x8000000000000000)  # fmin(0.0, -0)
  TEST_FP_OP2N_D(10, fmin.d, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000)  # fmin(qnan, 1.0)
  TEST_FP_OP2N_D(11, fmin.d, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000)  # fmin(1.0, qnan)
  TEST_FP_OP2N_D(12, fmin.d, 0, 0x7ff8000000000000, 0x7ff8000000000001, 0xfff8000000000000)  # fmin(qnanp, -qnan)
  TEST_FP_OP2N_D(13, fmin.d, FFLAGS_NV, 0x3ff0000000000000, 0x7ff0000000000001, 0x3ff0000000000000)  # fmin(snan, 1.0)
  TEST_FP_OP2N_D(14, fmin.d, FFLAGS_NV, 0xbff0000000000000, 0xbff0000000000000, 0x7ff0000000000001)  # fmin(-1.0, snan)
  TEST_FP_OP2N_D(15, fmin.d, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x7ff8000000000000)  # fmin(snan, qnan)
  TEST_FP_OP2N_D(16, fmin.d, 0, 0x8000000000000001, 0x0000000000000001, 0x8000000000000001)  # fmin(minsub, -minsub)

  #------------------------------------------------------------- fmax
  TEST_FP_OP2N_D(17, fmax.d, 0, 0x4004000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fmax(2.5, 1.0)
  TEST_FP_OP2N_D(18, fmax.d, 0, 0x3ff199999999999a, 0xc0934c6666666666, 0x3ff199999999999a)  # fmax(-1235.1, 1.1)
  TEST_FP_OP2N_D(19, fmax.d, 0, 0x3ff199999999999a, 0x3ff199999999999a, 0xc0934c6666666666)  # fmax(1.1, -1235.1)
  TEST_FP_OP2N_D(20, fmax.d, 0, 0xbff0000000000000, 0xbff0000000000000, 0xc000000000000000)  # fmax(-1.0, -2.0)
  TEST_FP_OP2N_D(21, fmax.d, 0, 0x7ff0000000000000, 0x7ff0000000000000, 0x7fefffffffffffff)  # fmax(inf, max)
  TEST_FP_OP2N_D(22, fmax.d, 0, 0xffefffffffffffff, 0xfff0000000000000, 0xffefffffffffffff)  # fmax(-inf, -max)
  TEST_FP_OP2N_D(23, fmax.d, 0, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000)  # fmax(-0, 0.0)
  TEST_FP_OP2N_D(24, fmax.d, 0, 0x0000000000000000, 0x0000000000000000, 0x8000000000000000)  # fmax(0.0, -0)
  TEST_FP_OP2N_D(25, fmax.d, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000)  # fmax(qnan, 1.0)
  TEST_FP_OP2N_D(26, fmax.d, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000)  # fmax(1.0, qnan)
  TEST_FP_OP2N_D(27, fmax.d, 0, 0x7ff8000000000000, 0x7ff8000000000001, 0xfff8000000000000)  # fmax(qnanp, -qnan)
  TEST_FP_OP2N_D(28, fmax.d, FFLAGS_NV, 0x3ff0000000000000, 0x7ff0000000000001, 0x3ff0000000000000)  # fmax(snan, 1.0)
  TEST_FP_OP2N_D(29, fmax.d, FFLAGS_NV, 0xbff0000000000000, 0xbff0000000000000, 0x7ff0000000000001)  # fmax(-1.0, snan)
  TEST_FP_OP2N_D(30, fmax.d, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x7ff8000000000000)  # fmax(snan, qnan)
  TEST_FP_OP2N_D(31, fmax.d, 0, 0x0000000000000001, 0x0000000000000001, 0x8000000000000001)  # fmax(minsub, -minsub)

  TEST_PASSFAIL

RVTEST_CODE_END
