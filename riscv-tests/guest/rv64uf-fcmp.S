# rv64uf-fcmp: feq.s / flt.s / fle.s (single precision).
#   equal / less / greater operands, -0 == +0 (feq 1, flt 0, fle 1), infinities,
#   subnormals. NaN operands give 0; feq is a quiet comparison (NV only for a
#   signalling NaN), flt and fle are signalling (NV for any NaN). A compare
#   with rd = x0 still sets NV.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- feq
  TEST_FP_CMP_S(2, feq.s, 0, 1, 0xbfae147b, 0xbfae147b)  # feq(-1.36, -1.36)
  TEST_FP_CMP_S(3, feq.s, 0, 0, 0xbfaf5c29, 0xbfae147b)  # feq(-1.37, -1.36)
  TEST_FP_CMP_S(4, feq.s, 0, 0, 0xbfae147b, 0xbfaf5c29)  # feq(-1.36, -1.37)
  TEST_FP_CMP_S(5, feq.s, 0, 0, 0x3f800000, 0x3f800001)  # feq(1.0, 1+ulp)
  TEST_FP_CMP_S(6, feq.s, 0, 1, 0x80000000, 0x00000000)  # feq(-0, 0.0)
  TEST_FP_CMP_S(7, feq.s, 0, 1, 0x00000000, 0x80000000)  # feq(0.0, -0)
  TEST_FP_CMP_S(8, feq.s, 0, 1, 0x7f800000, 0x7f800000)  # feq(inf, inf)
  TEST_FP_CMP_S(9, feq.s, 0, 0, 0xff800000, 0x7f800000)  # feq(-inf, inf)
  TEST_FP_CMP_S(10, feq.s, 0, 0, 0x00000001, 0x00000000)  # feq(minsub, 0.0)
  TEST_FP_CMP_S(11, feq.s, 0, 0, 0x80000001, 0x00000001)  # feq(-minsub, minsub)
  TEST_FP_CMP_S(12, feq.s, 0, 0, 0x7fc00000, 0x00000000)  # feq(qnan, 0.0)
  TEST_FP_CMP_S(13, feq.s, 0, 0, 0x00000000, 0x7fc00000)  # feq(0.0, qnan)
  TEST_FP_CMP_S(14, feq.s, 0, 0, 0x7fc00000, 0x7fc00000)  # feq(qnan, qnan)
  TEST_FP_CMP_S(15, feq.s, FFLAGS_NV, 0, 0x7f800001, 0x00000000)  # feq(snan, 0.0)
  TEST_FP_CMP_S(16, feq.s, FFLAGS_NV, 0, 0x00000000, 0xff800001)  # feq(0.0, -snan)
  TEST_FP_CMP_S(17, feq.s, FFLAGS_NV, 0, 0x7f800001, 0x7f800001)  # feq(snan, snan)

  #------------------------------------------------------------- flt
  TEST_FP_CMP_S(18, flt.s, 0, 0, 0xbfae147b, 0xbfae147b)  # flt(-1.36, -1.36)
  TEST_FP_CMP_S(19, flt.s, 0, 1, 0xbfaf5c29, 0xbfae147b)  # flt(-1.37, -1.36)
  TEST_FP_CMP_S(20, flt.s, 0, 0, 0xbfae147b, 0xbfaf5c29)  # flt(-1.36, -1.37)
  TEST_FP_CMP_S(21, flt.s, 0, 1, 0x3f800000, 0x3f800001)  # flt(1.0, 1+ulp)
  TEST_FP_CMP_S(22, flt.s, 0, 0, 0x80000000, 0x00000000)  # flt(-0, 0.0)
  TEST_FP_CMP_S(23, flt.s, 0, 0, 0x00000000, 0x80000000)  # flt(0.0, -0)
  TEST_FP_CMP_S(24, flt.s, 0, 0, 0x7f800000, 0x7f800000)  # flt(inf, inf)
  TEST_FP_CMP_S(25, flt.s, 0, 1, 0xff800000, 0x7f800000)  # flt(-inf, inf)
  TEST_FP_CMP_S(26, flt.s, 0, 0, 0x00000001, 0x00000000)  # flt(minsub, 0.0)
  TEST_FP_CMP_S(27, flt.s, 0, 1, 0x80000001, 0x00000001)  # flt(-minsub, minsub)
  TEST_FP_CMP_S(28, flt.s, FFLAGS_NV, 0, 0x7fc00000, 0x00000000)  # flt(qnan, 0.0)
  TEST_FP_CMP_S(29, flt.s, FFLAGS_NV, 0, 0x00000000, 0x7fc00000)  # flt(0.0, qnan)
  TEST_FP_CMP_S(30, flt.s, FFLAGS_NV, 0, 0x7fc00000, 0x7fc00000)  # flt(qnan, qnan)
  TEST_FP_CMP_S(31, flt.s, FFLAGS_NV, 0, 0x7f800001, 0x00000000)  # flt(snan, 0.0)
  TEST_FP_CMP_S(32, flt.s, FFLAGS_NV, 0, 0x00000000, 0xff800001)  # flt(0.0, -snan)
  TEST_FP_CMP_S(33, flt.s, FFLAGS_NV, 0, 0x7f800001, 0x7f800001)  # flt(snan, snan)

  #------------------------------------------------------------- fle
  TEST_FP_CMP_S(34, fle.s, 0, 1, 0xbfae147b, 0xbfae147b)  # fle(-1.36, -1.36)
  TEST_FP_CMP_S(35, fle.s, 0, 1, 0xbfaf5c29, 0xbfae147b)  # fle(-1.37, -1.36)
  TEST_FP_CMP_S(36, fle.s, 0, 0, 0xbfae147b, 0xbfaf5c29)  # fle(-1.36, -1.37)
  TEST_FP_CMP_S(37, fle.s, 0, 1, 0x3f800000, 0x3f800001)  # fle(1.0, 1+ulp)
  TEST_FP_CMP_S(38, fle.s, 0, 1, 0x80000000, 0x00000000)  # fle(-0, 0.0)
  TEST_FP_CMP_S(39, fle.s, 0, 1, 0x00000000, 0x80000000)  # fle(0.0, -0)
  TEST_FP_CMP_S(40, fle.s, 0, 1, 0x7f800000, 0x7f800000)  # fle(inf, inf)
  TEST_FP_CMP_S(41, fle.s, 0, 1, 0xff800000, 0x7f800000)  # fle(-inf, inf)
  TEST_FP_CMP_S(42, fle.s, 0, 0, 0x00000001, 0x00000000)  # fle(minsub, 0.0)
  TEST_FP_CMP_S(43, fle.s, 0, 1, 0x80000001, 0x00000001)  # fle(-minsub, minsub)
  TEST_FP_CMP_S(44, fle.s, FFLAGS_NV, 0, 0x7fc00000, 0x00000000)  # fle(qnan, 0.0)
  TEST_FP_CMP_S(45, fle.s, FFLAGS_NV, 0, 0x00000000, 0x7fc00000)  # fle(0.0, qnan)
  TEST_FP_CMP_S(46, fle.s, FFLAGS_NV, 0, 0x7fc00000, 0x7fc00000)  # fle(qnan, qnan)
  TEST_FP_CMP_S(47, fle.s, FFLAGS_NV, 0, 0x7f800001, 0x00000000)  # fle(snan, 0.0)
  TEST_FP_CMP_S(48, fle.s, FFLAGS_NV, 0, 0x00000000, 0xff800001)  # fle(0.0, -snan)
  TEST_FP_CMP_S(49, fle.s, FFLAGS_NV, 0, 0x7f800001, 0x7f800001)  # fle(snan, snan)

  #------------------------------------------------------------- rd = x0
  TEST_FP_INT_S(50, FFLAGS_NV, 0, 0x7fc00000, 0, li x14, 0; flt.s x0, f1, f2)  # NV still raised

  TEST_PASSFAIL

RVTEST_CODE_END
