# rv64ud-fcmp: feq.d / flt.d / fle.d (double precision).
#   equal / less / greater operands, -0 == +0 (feq 1, flt 0, fle 1), infinities,
#   subnormals. NaN operands give 0; feq is a quiet comparison (NV only for a
#   signalling NaN), flt and fle are signalling (NV for any NaN). A compare
#   with rd = x0 still sets NV.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- feq
  TEST_FP_CMP_D(2, feq.d, 0, 1, 0xbff5c28f5c28f5c3, 0xbff5c28f5c28f5c3)  # feq(-1.36, -1.36)
  TEST_FP_CMP_D(3, feq.d, 0, 0, 0xbff5eb851eb851ec, 0xbff5c28f5c28f5c3)  # feq(-1.37, -1.36)
  TEST_FP_CMP_D(4, feq.d, 0, 0, 0xbff5c28f5c28f5c3, 0xbff5eb851eb851ec)  # feq(-1.36, -1.37)
  TEST_FP_CMP_D(5, feq.d, 0, 0, 0x3ff0000000000000, 0x3ff0000000000001)  # feq(1.0, 1+ulp)
  TEST_FP_CMP_D(6, feq.d, 0, 1, 0x8000000000000000, 0x0000000000000000)  # feq(-0, 0.0)
  TEST_FP_CMP_D(7, feq.d, 0, 1, 0x0000000000000000, 0x8000000000000000)  # feq(0.0, -0)
  TEST_FP_CMP_D(8, feq.d, 0, 1, 0x7ff0000000000000, 0x7ff0000000000000)  # feq(inf, inf)
  TEST_FP_CMP_D(9, feq.d, 0, 0, 0xfff0000000000000, 0x7ff0000000000000)  # feq(-inf, inf)
  TEST_FP_CMP_D(10, feq.d, 0, 0, 0x0000000000000001, 0x0000000000000000)  # feq(minsub, 0.0)
  TEST_FP_CMP_D(11, feq.d, 0, 0, 0x8000000000000001, 0x0000000000000001)  # feq(-minsub, minsub)
  TEST_FP_CMP_D(12, feq.d, 0, 0, 0x7ff8000000000000, 0x0000000000000000)  # feq(qnan, 0.0)
  TEST_FP_CMP_D(13, feq.d, 0, 0, 0x0000000000000000, 0x7ff8000000000000)  # feq(0.0, qnan)
  TEST_FP_CMP_D(14, feq.d, 0, 0, 0x7ff8000000000000, 0x7ff8000000000000)  # feq(qnan, qnan)
  TEST_FP_CMP_D(15, feq.d, FFLAGS_NV, 0, 0x7ff0000000000001, 0x0000000000000000)  # feq(snan, 0.0)
  TEST_FP_CMP_D(16, feq.d, FFLAGS_NV, 0, 0x0000000000000000, 0xfff0000000000001)  # feq(0.0, -snan)
  TEST_FP_CMP_D(17, feq.d, FFLAGS_NV, 0, 0x7ff0000000000001, 0x7ff0000000000001)  # feq(snan, snan)

  #------------------------------------------------------------- flt
  TEST_FP_CMP_D(18, flt.d, 0, 0, 0xbff5c28f5c28f5c3, 0xbff5c28f5c28f5c3)  # flt(-1.36, -1.36)
  TEST_FP_CMP_D(19, flt.d, 0, 1, 0xbff5eb851eb851ec, 0xbff5c28f5c28f5c3)  # flt(-1.37, -1.36)
  TEST_FP_CMP_D(20, flt.d, 0, 0, 0xbff5c28f5c28f5c3, 0xbff5eb851eb851ec)  # flt(-1.36, -1.37)
  TEST_FP_CMP_D(21, flt.d, 0, 1, 0x3ff0000000000000, 0x3ff0000000000001)  # flt(1.0, 1+ulp)
  TEST_FP_CMP_D(22, flt.d, 0, 0, 0x8000000000000000, 0x0000000000000000)  # flt(-0, 0.0)
  TEST_FP_CMP_D(23, flt.d, 0, 0, 0x0000000000000000, 0x8000000000000000)  # flt(0.0, -0)
  TEST_FP_CMP_D(24, flt.d, 0, 0, 0x7ff0000000000000, 0x7ff0000000000000)  # flt(inf, inf)
  TEST_FP_CMP_D(25, flt.d, 0, 1, 0xfff0000000000000, 0x7ff0000000000000)  # flt(-inf, inf)
  TEST_FP_CMP_D(26, flt.d, 0, 0, 0x0000000000000001, 0x0000000000000000)  # flt(minsub, 0.0)
  TEST_FP_CMP_D(27, flt.d, 0, 1, 0x8000000000000001, 0x0000000000000001)  # flt(-minsub, minsub)
  TEST_FP_CMP_D(28, flt.d, FFLAGS_NV, 0, 0x7ff8000000000000, 0x0000000000000000)  # flt(qnan, 0.0)
  TEST_FP_CMP_D(29, flt.d, FFLAGS_NV, 0, 0x0000000000000000, 0x7ff8000000000000)  # flt(0.0, qnan)
  TEST_FP_CMP_D(30, flt.d, FFLAGS_NV, 0, 0x7ff8000000000000, 0x7ff8000000000000)  # flt(qnan, qnan)
  TEST_FP_CMP_D(31, flt.d, FFLAGS_NV, 0, 0x7ff0000000000001, 0x0000000000000000)  # flt(snan, 0.0)
  TEST_FP_CMP_D(32, flt.d, FFLAGS_NV, 0, 0x0000000000000000, 0xfff0000000000001)  # flt(0.0, -snan)
  TEST_FP_CMP_D(33, flt.d, FFLAGS_NV, 0, 0x7ff0000000000001, 0x7ff0000000000001)  # flt(snan, snan)

  #------------------------------------------------------------- fle
  TEST_FP_CMP_D(34, fle.d, 0, 1, 0xbff5c28f5c28f5c3, 0xbff5c28f5c28f5c3)  # fle(-1.36, -1.36)
  TEST_FP_CMP_D(35, fle.d, 0, 1, 0xbff5eb851eb851ec, 0xbff5c28f5c28f5c3)  # fle(-1.37, -1.36)
  TEST_FP_CMP_D(36, fle.d, 0, 0, 0xbff5c28f5c28f5c3, 0xbff5eb851eb851ec)  # fle(-1.36, -1.37)
  TEST_FP_CMP_D(37, fle.d, 0, 1, 0x3ff0000000000000, 0x3ff0000000000001)  # fle(1.0, 1+ulp)
  TEST_FP_CMP_D(38, fle.d, 0, 1, 0x8000000000000000, 0x0000000000000000)  # fle(-0, 0.0)
  TEST_FP_CMP_D(39, fle.d, 0, 1, 0x0000000000000000, 0x8000000000000000)  # fle(0.0, -0)
  TEST_FP_CMP_D(40, fle.d, 0, 1, 0x7ff0000000000000, 0x7ff0000000000000)  # fle(inf, inf)
  TEST_FP_CMP_D(41, fle.d, 0, 1, 0xfff0000000000000, 0x7ff0000000000000)  # fle(-inf, inf)
  TEST_FP_CMP_D(42, fle.d, 0, 0, 0x0000000000000001, 0x0000000000000000)  # fle(minsub, 0.0)
  TEST_FP_CMP_D(43, fle.d, 0, 1, 0x8000000000000001, 0x0000000000000001)  # fle(-minsub, minsub)
  TEST_FP_CMP_D(44, fle.d, FFLAGS_NV, 0, 0x7ff8000000000000, 0x0000000000000000)  # fle(qnan, 0.0)
  TEST_FP_CMP_D(45, fle.d, FFLAGS_NV, 0, 0x0000000000000000, 0x7ff8000000000000)  # fle(0.0, qnan)
  TEST_FP_CMP_D(46, fle.d, FFLAGS_NV, 0, 0x7ff8000000000000, 0x7ff8000000000000)  # fle(qnan, qnan)
  TEST_FP_CMP_D(47, fle.d, FFLAGS_NV, 0, 0x7ff0000000000001, 0x0000000000000000)  # fle(snan, 0.0)
  TEST_FP_CMP_D(48, fle.d, FFLAGS_NV, 0, 0x0000000000000000, 0xfff0000000000001)  # fle(0.0, -snan)
  TEST_FP_CMP_D(49, fle.d, FFLAGS_NV, 0, 0x7ff0000000000001, 0x7ff0000000000001)  # fle(snan, snan)

  #------------------------------------------------------------- rd = x0
  TEST_FP_INT_D(50, FFLAGS_NV, 0, 0x7ff8000000000000, 0, li x14, 0; flt.d x0, f1, f2)  # NV still raised

  TEST_PASSFAIL

RVTEST_CODE_END
