# rv64uf-fmul: fmul.s (single precision).
#   exact and inexact products, static rounding modes, overflow (OF|NX; rtz ->
#   largest finite), underflow to subnormal / zero (UF|NX), exact subnormal
#   result (no flags), 0 * inf = canonical NaN with NV, signs of zero and
#   infinite products, NaN inputs.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmul
  TEST_FP_OP2_S(2, fmul.s, rne, 0, 0x40200000, 0x40200000, 0x3f800000)  # fmul(2.5, 1.0) rne
  TEST_FP_OP2_S(3, fmul.s, rne, FFLAGS_NX, 0x44a9d385, 0xc49a6333, 0xbf8ccccd)  # fmul(-1235.1, -1.1) rne
  TEST_FP_OP2_S(4, fmul.s, rne, FFLAGS_NX, 0x3306ee2d, 0x40490fdb, 0x322bcc77)  # fmul(3.14159265, 1e-08) rne
  TEST_FP_OP2_S(5, fmul.s, rne, 0, 0xc1200000, 0x40200000, 0xc0800000)  # fmul(2.5, -4.0) rne
  TEST_FP_OP2_S(6, fmul.s, rne, FFLAGS_NX, 0x3f800002, 0x3f800001, 0x3f800001)  # fmul(1+ulp, 1+ulp) rne
  TEST_FP_OP2_S(7, fmul.s, rne, FFLAGS_NX, 0x3f800000, 0x3f800001, 0x3f7fffff)  # fmul(1+ulp, 1-ulp) rne
  TEST_FP_OP2_S(8, fmul.s, rup, FFLAGS_NX, 0x3f800001, 0x3f800001, 0x3f7fffff)  # fmul(1+ulp, 1-ulp) rup
  TEST_FP_OP2_S(9, fmul.s, rne, FFLAGS_OF|FFLAGS_NX, 0x7f800000, 0x7f7fffff, 0x40000000)  # fmul(max, 2.0) rne
  TEST_FP_OP2_S(10, fmul.s, rtz, FFLAGS_OF|FFLAGS_NX, 0xff7fffff, 0x7f7fffff, 0xc0000000)  # fmul(max, -2.0) rtz
  TEST_FP_OP2_S(11, fmul.s, rne, 0, 0x00400000, 0x00800000, 0x3f000000)  # fmul(minnorm, 0.5) rne
  TEST_FP_OP2_S(12, fmul.s, rne, FFLAGS_UF|FFLAGS_NX, 0x00000000, 0x00000001, 0x3f000000)  # fmul(minsub, 0.5) rne
  TEST_FP_OP2_S(13, fmul.s, rup, FFLAGS_UF|FFLAGS_NX, 0x00000001, 0x00000001, 0x3f000000)  # fmul(minsub, 0.5) rup
  TEST_FP_OP2_S(14, fmul.s, rdn, FFLAGS_UF|FFLAGS_NX, 0x80000001, 0x80000001, 0x3e800000)  # fmul(-minsub, 0.25) rdn
  TEST_FP_OP2_S(15, fmul.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000)  # fmul(inf, 0.0) rne
  TEST_FP_OP2_S(16, fmul.s, rne, FFLAGS_NV, 0x7fc00000, 0x80000000, 0x7f800000)  # fmul(-0, inf) rne
  TEST_FP_OP2_S(17, fmul.s, rne, 0, 0x80000000, 0x80000000, 0x40400000)  # fmul(-0, 3.0) rne
  TEST_FP_OP2_S(18, fmul.s, rne, 0, 0x7f800000, 0xff800000, 0xc0000000)  # fmul(-inf, -2.0) rne
  TEST_FP_OP2_S(19, fmul.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x00000000)  # fmul(snan, 0.0) rne
  TEST_FP_OP2_S(20, fmul.s, rne, 0, 0x7fc00000, 0x7fc00001, 0x7f800000)  # fmul(qnanp, inf) rne

  TEST_PASSFAIL

RVTEST_CODE_END
