# rv64uf-fadd: fadd.s / fsub.s (single precision).
#   exact and inexact sums, ties to even and static rounding modes (rne, rup,
#   rtz, rdn), overflow to inf or to the largest finite value depending on the
#   rounding mode (OF|NX), inf - inf = canonical NaN with NV, the sign of zero
#   sums (-0 + -0 = -0, x - x = +0 except rdn: -0), qNaN input -> canonical NaN
#   without flags, sNaN input -> NV, subnormal operands.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fadd
  TEST_FP_OP2_S(2, fadd.s, rne, 0, 0x40600000, 0x40200000, 0x3f800000)  # fadd(2.5, 1.0) rne
  TEST_FP_OP2_S(3, fadd.s, rne, FFLAGS_NX, 0xc49a4000, 0xc49a6333, 0x3f8ccccd)  # fadd(-1235.1, 1.1) rne
  TEST_FP_OP2_S(4, fadd.s, rne, FFLAGS_NX, 0x40490fdb, 0x40490fdb, 0x322bcc77)  # fadd(3.14159265, 1e-08) rne
  TEST_FP_OP2_S(5, fadd.s, rne, FFLAGS_NX, 0x3f800000, 0x3f800000, 0x33800000)  # fadd(1.0, ulp/2) rne
  TEST_FP_OP2_S(6, fadd.s, rne, FFLAGS_NX, 0x3f800002, 0x3f800001, 0x33800000)  # fadd(1+ulp, ulp/2) rne
  TEST_FP_OP2_S(7, fadd.s, rup, FFLAGS_NX, 0x3f800001, 0x3f800000, 0x33800000)  # fadd(1.0, ulp/2) rup
  TEST_FP_OP2_S(8, fadd.s, rtz, FFLAGS_NX, 0x3f800000, 0x3f800000, 0x33800000)  # fadd(1.0, ulp/2) rtz
  TEST_FP_OP2_S(9, fadd.s, rne, 0, 0xc0000000, 0xbf800000, 0xbf800000)  # fadd(-1.0, -1.0) rne
  TEST_FP_OP2_S(10, fadd.s, rne, FFLAGS_OF|FFLAGS_NX, 0x7f800000, 0x7f7fffff, 0x7f7fffff)  # fadd(max, max) rne
  TEST_FP_OP2_S(11, fadd.s, rtz, FFLAGS_OF|FFLAGS_NX, 0x7f7fffff, 0x7f7fffff, 0x7f7fffff)  # fadd(max, max) rtz
  TEST_FP_OP2_S(12, fadd.s, rdn, FFLAGS_OF|FFLAGS_NX, 0xff800000, 0xff7fffff, 0xff7fffff)  # fadd(-max, -max) rdn
  TEST_FP_OP2_S(13, fadd.s, rup, FFLAGS_OF|FFLAGS_NX, 0xff7fffff, 0xff7fffff, 0xff7fffff)  # fadd(-max, -max) rup
  TEST_FP_OP2_S(14, fadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0xff800000)  # fadd(inf, -inf) rne
  TEST_FP_OP2_S(15, fadd.s, rne, 0, 0x7f800000, 0x7f800000, 0x3f800000)  # fadd(inf, 1.0) rne
  TEST_FP_OP2_S(16, fadd.s, rne, 0, 0x80000000, 0x80000000, 0x80000000)  # fadd(-0, -0) rne
  TEST_FP_OP2_S(17, fadd.s, rne, 0, 0x00000000, 0x80000000, 0x00000000)  # fadd(-0, 0.0) rne
  TEST_FP_OP2_S(18, fadd.s, rdn, 0, 0x80000000, 0x80000000, 0x00000000)  # fadd(-0, 0.0) rdn
  TEST_FP_OP2_S(19, fadd.s, rne, 0, 0x7fc00000, 0x7fc00001, 0x3f800000)  # fadd(qnanp, 1.0) rne
  TEST_FP_OP2_S(20, fadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x3f800000)  # fadd(snan, 1.0) rne
  TEST_FP_OP2_S(21, fadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x3f800000, 0xff800001)  # fadd(1.0, -snan) rne
  TEST_FP_OP2_S(22, fadd.s, rne, 0, 0x00000002, 0x00000001, 0x00000001)  # fadd(minsub, minsub) rne
  TEST_FP_OP2_S(23, fadd.s, rne, 0, 0x00000001, 0x00800000, 0x807fffff)  # fadd(minnorm, -maxsub) rne

  #------------------------------------------------------------- fsub
  TEST_FP_OP2_S(24, fsub.s, rne, 0, 0x3fc00000, 0x40200000, 0x3f800000)  # fsub(2.5, 1.0) rne
  TEST_FP_OP2_S(25, fsub.s, rne, FFLAGS_NX, 0xc49a4000, 0xc49a6333, 0xbf8ccccd)  # fsub(-1235.1, -1.1) rne
  TEST_FP_OP2_S(26, fsub.s, rne, FFLAGS_NX, 0x40490fdb, 0x40490fdb, 0x322bcc77)  # fsub(3.14159265, 1e-08) rne
  TEST_FP_OP2_S(27, fsub.s, rne, 0, 0x00000000, 0x3f800000, 0x3f800000)  # fsub(1.0, 1.0) rne
  TEST_FP_OP2_S(28, fsub.s, rdn, 0, 0x80000000, 0x3f800000, 0x3f800000)  # fsub(1.0, 1.0) rdn
  TEST_FP_OP2_S(29, fsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x7f800000)  # fsub(inf, inf) rne
  TEST_FP_OP2_S(30, fsub.s, rne, 0, 0xff800000, 0xff800000, 0x7f800000)  # fsub(-inf, inf) rne
  TEST_FP_OP2_S(31, fsub.s, rne, 0, 0x00000000, 0x00000000, 0x80000000)  # fsub(0.0, -0) rne
  TEST_FP_OP2_S(32, fsub.s, rne, 0, 0x80000000, 0x80000000, 0x00000000)  # fsub(-0, 0.0) rne
  TEST_FP_OP2_S(33, fsub.s, rne, 0, 0x34000000, 0x3f800001, 0x3f800000)  # fsub(1+ulp, 1.0) rne
  TEST_FP_OP2_S(34, fsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7fc00000, 0x7f800001)  # fsub(qnan, snan) rne

  TEST_PASSFAIL

RVTEST_CODE_END
