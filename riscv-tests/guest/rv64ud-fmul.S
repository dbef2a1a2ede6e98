# rv64ud-fmul: fmul.d (double precision).
#   exact and inexact products, static rounding modes, overflow (OF|NX; rtz ->
#   largest finite), underflow to subnormal / zero (UF|NX), exact subnormal
#   result (no flags), 0 * inf = canonical NaN with NV, signs of zero and
#   infinite products, NaN inputs.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmul
  TEST_FP_OP2_D(2, fmul.d, rne, 0, 0x4004000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fmul(2.5, 1.0) rne
  TEST_FP_OP2_D(3, fmul.d, rne, FFLAGS_NX, 0x40953a70a3d70a3d, 0xc0934c6666666666, 0xbff199999999999a)  # fmul(-1235.1, -1.1) rne
  TEST_FP_OP2_D(4, fmul.d, rne, FFLAGS_NX, 0x3e60ddc5a5c1ff09, 0x400921fb53c8d4f1, 0x3e45798ee2308c3a)  # fmul(3.14159265, 1e-08) rne
  TEST_FP_OP2_D(5, fmul.d, rne, 0, 0xc024000000000000, 0x4004000000000000, 0xc010000000000000)  # fmul(2.5, -4.0) rne
  TEST_FP_OP2_D(6, fmul.d, rne, FFLAGS_NX, 0x3ff0000000000002, 0x3ff0000000000001, 0x3ff0000000000001)  # fmul(1+ulp, 1+ulp) rne
  TEST_FP_OP2_D(7, fmul.d, rne, FFLAGS_NX, 0x3ff0000000000000, 0x3ff0000000000001, 0x3fefffffffffffff)  # fmul(1+ulp, 1-ulp) rne
  TEST_FP_OP2_D(8, fmul.d, rup, FFLAGS_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0x3fefffffffffffff)  # fmul(1+ulp, 1-ulp) rup
  TEST_FP_OP2_D(9, fmul.d, rne, FFLAGS_OF|FFLAGS_NX, 0x7ff0000000000000, 0x7fefffffffffffff, 0x4000000000000000)  # fmul(max, 2.0) rne
  TEST_FP_OP2_D(10, fmul.d, rtz, FFLAGS_OF|FFLAGS_NX, 0xffefffffffffffff, 0x7fefffffffffffff, 0xc000000000000000)  # fmul(max, -2.0) rtz
  TEST_FP_OP2_D(11, fmul.d, rne, 0, 0x0008000000000000, 0x0010000000000000, 0x3fe0000000000000)  # fmul(minnorm, 0.5) rne
  TEST_FP_OP2_D(12, fmul.d, rne, FFLAGS_UF|FFLAGS_NX, 0x0000000000000000, 0x0000000000000001, 0x3fe0000000000000)  # fmul(minsub, 0.5) rne
  TEST_FP_OP2_D(13, fmul.d, rup, FFLAGS_UF|FFLAGS_NX, 0x0000000000000001, 0x0000000000000001, 0x3fe0000000000000)  # fmul(minsub, 0.5) rup
  TEST_FP_OP2_D(14, fmul.d, rdn, FFLAGS_UF|FFLAGS_NX, 0x8000000000000001, 0x8000000000000001, 0x3fd0000000000000)  # fmul(-minsub, 0.25) rdn
  TEST_FP_OP2_D(15, fmul.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000)  # fmul(inf, 0.0) rne
  TEST_FP_OP2_D(16, fmul.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x8000000000000000, 0x7ff0000000000000)  # fmul(-0, inf) rne
  TEST_FP_OP2_D(17, fmul.d, rne, 0, 0x8000000000000000, 0x8000000000000000, 0x4008000000000000)  # fmul(-0, 3.0) rne
  TEST_FP_OP2_D(18, fmul.d, rne, 0, 0x7ff0000000000000, 0xfff0000000000000, 0xc000000000000000)  # fmul(-inf, -2.0) rne
  TEST_FP_OP2_D(19, fmul.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x0000000000000000)  # fmul(snan, 0.0) rne
  TEST_FP_OP2_D(20, fmul.d, rne, 0, 0x7ff8000000000000, 0x7ff8000000000001, 0x7ff0000000000000)  # fmul(qnanp, inf) rne

  TEST_PASSFAIL

RVTEST_CODE_END
