# rv64uf-fmin: fmin.s / fmax.s (single precision).
#   ordinary operands in both orders, infinities, -0 < +0 (fmin(-0, +0) = -0,
#   fmax = +0 in both operand orders), one quiet NaN -> the other operand without
#   flags, one signalling NaN -> the other operand with NV, two NaNs -> the
#   canonical NaN (NV if one is signalling), subnormals.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmin
  TEST_FP_OP2N_S(2, fmin.s, 0, 0x3f800000, 0x40200000, 0x3f800000)  # fmin(2.5, 1.0)
  TEST_FP_OP2N_S(3, fmin.s, 0, 0xc49a6333, 0xc49a6333, 0x3f8ccccd)  # fmin(-1235.1, 1.1)
  TEST_FP_OP2N_S(4, fmin.s, 0, 0xc49a6333, 0x3f8ccccd, 0xc49a6333)  # fmin(1.1, -1235.1)
  TEST_FP_OP2N_S(5, fmin.s, 0, 0xc0000000, 0xbf800000, 0xc0000000)  # fmin(-1.0, -2.0)
  TEST_FP_OP2N_S(6, fmin.s, 0, 0x7f7fffff, 0x7f800000, 0x7f7fffff)  # fmin(inf, max)
  TEST_FP_OP2N_S(7, fmin.s, 0, 0xff800000, 0xff800000, 0xff7fffff)  # fmin(-inf, -max)
  TEST_FP_OP2N_S(8, fmin.s, 0, 0x80000000, 0x80000000, 0x00000000)  # fmin(-0, 0.0)
  TEST_FP_OP2N_S(9, fmin.s, 0, 0x80000000, 0x00000000, 0x80000000)  # fmin(0.0, -0)
  TEST_FP_OP2N_S(10, fmin.s, 0, 0x3f800000, 0x7fc00000, 0x3f800000)  # fmin(qnan, 1.0)
  TEST_FP_OP2N_S(11, fmin.s, 0, 0x3f800000, 0x3f800000, 0x7fc00000)  # fmin(1.0, qnan)
  TEST_FP_OP2N_S(12, fmin.s, 0, 0x7fc00000, 0x7fc00001, 0xffc00000)  # fmin(qnanp, -qnan)
  TEST_FP_OP2N_S(13, fmin.s, FFLAGS_NV, 0x3f800000, 0x7f800001, 0x3f800000)  # fmin(snan, 1.0)
  TEST_FP_OP2N_S(14, fmin.s, FFLAGS_NV, 0xbf800000, 0xbf800000, 0x7f800001)  # fmin(-1.0, snan)
  TEST_FP_OP2N_S(15, fmin.s, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x7fc00000)  # fmin(snan, qnan)
  TEST_FP_OP2N_S(16, fmin.s, 0, 0x80000001, 0x00000001, 0x80000001)  # fmin(minsub, -minsub)

  #------------------------------------------------------------- fmax
  TEST_FP_OP2N_S(17, fmax.s, 0, 0x40200000, 0x40200000, 0x3f800000)  # fmax(2.5, 1.0)
  TEST_FP_OP2N_S(18, fmax.s, 0, 0x3f8ccccd, 0xc49a6333, 0x3f8ccccd)  # fmax(-1235.1, 1.1)
  TEST_FP_OP2N_S(19, fmax.s, 0, 0x3f8ccccd, 0x3f8ccccd, 0xc49a6333)  # fmax(1.1, -1235.1)
  TEST_FP_OP2N_S(20, fmax.s, 0, 0xbf800000, 0xbf800000, 0xc0000000)  # fmax(-1.0, -2.0)
  TEST_FP_OP2N_S(21, fmax.s, 0, 0x7f800000, 0x7f800000, 0x7f7fffff)  # fmax(inf, max)
  TEST_FP_OP2N_S(22, fmax.s, 0, 0xff7fffff, 0xff800000, 0xff7fffff)  # fmax(-inf, -max)
  TEST_FP_OP2N_S(23, fmax.s, 0, 0x00000000, 0x80000000, 0x00000000)  # fmax(-0, 0.0)
  TEST_FP_OP2N_S(24, fmax.s, 0, 0x00000000, 0x00000000, 0x80000000)  # fmax(0.0, -0)
  TEST_FP_OP2N_S(25, fmax.s, 0, 0x3f800000, 0x7fc00000, 0x3f800000)  # fmax(qnan, 1.0)
  TEST_FP_OP2N_S(26, fmax.s, 0, 0x3f800000, 0x3f800000, 0x7fc00000)  # fmax(1.0, qnan)
  TEST_FP_OP2N_S(27, fmax.s, 0, 0x7fc00000, 0x7fc00001, 0xffc00000)  # fmax(qnanp, -qnan)
  TEST_FP_OP2N_S(28, fmax.s, FFLAGS_NV, 0x3f800000, 0x7f800001, 0x3f800000)  # fmax(snan, 1.0)
  TEST_FP_OP2N_S(29, fmax.s, FFLAGS_NV, 0xbf800000, 0xbf800000, 0x7f800001)  # fmax(-1.0, snan)
  TEST_FP_OP2N_S(30, fmax.s, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x7fc00000)  # fmax(snan, qnan)
  TEST_FP_OP2N_S(31, fmax.s, 0, 0x00000001, 0x00000001, 0x80000001)  # fmax(minsub, -minsub)

  TEST_PASSFAIL

RVTEST_CODE_END
