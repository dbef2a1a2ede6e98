# rv64ud-fadd: fadd.d / fsub.d (double precision).
#   exact and inexact sums, ties to even and static rounding modes (rne, rup,
#   rtz, rdn), overflow to inf or to the largest finite value depending on the
#   rounding mode (OF|NX), inf - inf = canonical NaN with NV, the sign of zero
#   sums (-0 + -0 = -0, x - x = +0 except rdn: -0), qNaN input -> canonical NaN
#   without flags, sNaN input -> NV, subnormal operands.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fadd
  TEST_FP_OP2_D(2, fadd.d, rne, 0, 0x400c000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fadd(2.5, 1.0) rne
  TEST_FP_OP2_D(3, fadd.d, rne, FFLAGS_NX, 0xc093480000000000, 0xc0934c6666666666, 0x3ff199999999999a)  # fadd(-1235.1, 1.1) rne
  TEST_FP_OP2_D(4, fadd.d, rne, FFLAGS_NX, 0x400921fb55206ddf, 0x400921fb53c8d4f1, 0x3e45798ee2308c3a)  # fadd(3.14159265, 1e-08) rne
  TEST_FP_OP2_D(5, fadd.d, rne, FFLAGS_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000)  # fadd(1.0, ulp/2) rne
  TEST_FP_OP2_D(6, fadd.d, rne, FFLAGS_NX, 0x3ff0000000000002, 0x3ff0000000000001, 0x3ca0000000000000)  # fadd(1+ulp, ulp/2) rne
  TEST_FP_OP2_D(7, fadd.d, rup, FFLAGS_NX, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ca0000000000000)  # fadd(1.0, ulp/2) rup
  TEST_FP_OP2_D(8, fadd.d, rtz, FFLAGS_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000)  # fadd(1.0, ulp/2) rtz
  TEST_FP_OP2_D(9, fadd.d, rne, 0, 0xc000000000000000, 0xbff0000000000000, 0xbff0000000000000)  # fadd(-1.0, -1.0) rne
  TEST_FP_OP2_D(10, fadd.d, rne, FFLAGS_OF|FFLAGS_NX, 0x7ff0000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff)  # fadd(max, max) rne
  TEST_FP_OP2_D(11, fadd.d, rtz, FFLAGS_OF|FFLAGS_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x7fefffffffffffff)  # fadd(max, max) rtz
  TEST_FP_OP2_D(12, fadd.d, rdn, FFLAGS_OF|FFLAGS_NX, 0xfff0000000000000, 0xffefffffffffffff, 0xffefffffffffffff)  # fadd(-max, -max) rdn
  TEST_FP_OP2_D(13, fadd.d, rup, FFLAGS_OF|FFLAGS_NX, 0xffefffffffffffff, 0xffefffffffffffff, 0xffefffffffffffff)  # fadd(-max, -max) rup
  TEST_FP_OP2_D(14, fadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0xfff0000000000000)  # fadd(inf, -inf) rne
  TEST_FP_OP2_D(15, fadd.d, rne, 0, 0x7ff0000000000000, 0x7ff0000000000000, 0x3ff0000000000000)  # fadd(inf, 1.0) rne
  TEST_FP_OP2_D(16, fadd.d, rne, 0, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000)  # fadd(-0, -0) rne
  TEST_FP_OP2_D(17, fadd.d, rne, 0, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000)  # fadd(-0, 0.0) rne
  TEST_FP_OP2_D(18, fadd.d, rdn, 0, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)  # fadd(-0, 0.0) rdn
  TEST_FP_OP2_D(19, fadd.d, rne, 0, 0x7ff8000000000000, 0x7ff8000000000001, 0x3ff0000000000000)  # fadd(qnanp, 1.0) rne
  TEST_FP_OP2_D(20, fadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x3ff0000000000000)  # fadd(snan, 1.0) rne
  TEST_FP_OP2_D(21, fadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x3ff0000000000000, 0xfff0000000000001)  # fadd(1.0, -snan) rne
  TEST_FP_OP2_D(22, fadd.d, rne, 0, 0x0000000000000002, 0x0000000000000001, 0x0000000000000001)  # fadd(minsub, minsub) rne
  TEST_FP_OP2_D(23, fadd.d, rne, 0, 0x0000000000000001, 0x0010000000000000, 0x800fffffffffffff)  # fadd(minnorm, -maxsub) rne

  #------------------------------------------------------------- fsub
  TEST_FP_OP2_D(24, fsub.d, rne, 0, 0x3ff8000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fsub(2.5, 1.0) rne
  TEST_FP_OP2_D(25, fsub.d, rne, FFLAGS_NX, 0xc093480000000000, 0xc0934c6666666666, 0xbff199999999999a)  # fsub(-1235.1, -1.1) rne
  TEST_FP_OP2_D(26, fsub.d, rne, FFLAGS_NX, 0x400921fb52713c03, 0x400921fb53c8d4f1, 0x3e45798ee2308c3a)  # fsub(3.14159265, 1e-08) rne
  TEST_FP_OP2_D(27, fsub.d, rne, 0, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000)  # fsub(1.0, 1.0) rne
  TEST_FP_OP2_D(28, fsub.d, rdn, 0, 0x8000000000000000, 0x3ff0000000000000, 0x3ff0000000000000)  # fsub(1.0, 1.0) rdn
  TEST_FP_OP2_D(29, fsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x7ff0000000000000)  # fsub(inf, inf) rne
  TEST_FP_OP2_D(30, fsub.d, rne, 0, 0xfff0000000000000, 0xfff0000000000000, 0x7ff0000000000000)  # fsub(-inf, inf) rne
  TEST_FP_OP2_D(31, fsub.d, rne, 0, 0x0000000000000000, 0x0000000000000000, 0x8000000000000000)  # fsub(0.0, -0) rne
  TEST_FP_OP2_D(32, fsub.d, rne, 0, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)  # fsub(-0, 0.0) rne
  TEST_FP_OP2_D(33, fsub.d, rne, 0, 0x3cb0000000000000, 0x3ff0000000000001, 0x3ff0000000000000)  # fsub(1+ulp, 1.0) rne
  TEST_FP_OP2_D(34, fsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff8000000000000, 0x7ff0000000000001)  # fsub(qnan, snan) rne

  TEST_PASSFAIL

RVTEST_CODE_END
