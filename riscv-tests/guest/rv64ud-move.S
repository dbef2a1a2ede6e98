# rv64ud-move: fmv.x.d, fmv.d.x, fsgnj.d / fsgnjn.d / fsgnjx.d, and the
# NaN-boxing of single-precision results seen from the D side.
#   fmv.d.x / fmv.x.d move all 64 bits unchanged (NaN payloads, sNaN, no
#   flags); fsgnj/fsgnjn/fsgnjx.d take the sign of rs2 / its inverse / the
#   xor of both signs with the rest of rs1, NaNs not canonicalized, no flags;
#   fmv.d / fneg.d / fabs.d; D operations see a NaN-boxed single as the
#   (negative, quiet) NaN 0xffffffff........ and do not canonicalize it in
#   sign injection. Single-precision results (fsgnj.s, fmv.w.x, fadd.s,
#   fcvt.s.d, fmin.s, flw) write NaN-boxed values; fmv.x.w of a double
#   returns its low word sign-extended.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmv.d.x / fmv.x.d
  TEST_CASE(2, x14, 0x0123456789abcdef, li x1, 0x0123456789abcdef; fmv.d.x f1, x1; fmv.x.d x14, f1)
  TEST_CASE(3, x14, 0xfedcba9876543210, li x1, 0xfedcba9876543210; fmv.d.x f1, x1; fmv.x.d x14, f1)
  TEST_CASE(4, x14, 0x7ff0000000000001, fsflags x0; li x1, 0x7ff0000000000001; fmv.d.x f2, x1; fmv.x.d x14, f2)
  TEST_CASE(5, x14, 0xfff8000000000abc, li x1, 0xfff8000000000abc; fmv.d.x f2, x1; fmv.x.d x14, f2)
  TEST_CASE(6, x14, 0, frflags x14)
  TEST_CASE(7, x14, 0, fmv.d.x f3, x0; fmv.x.d x14, f3)
  TEST_CASE(8, x14, 0, li x1, 1; fmv.d.x f3, x1; fmv.x.d x0, f3; mv x14, x0)
  TEST_CASE(9, x14, 0x8000000000000000, li x1, 0x8000000000000000; fmv.d.x f31, x1; fmv.x.d x14, f31)

  #------------------------------------------------------------- fsgnj.d
  TEST_FP_OP2N_D(20, fsgnj.d, 0, 0x4014000000000000, 0x4014000000000000, 0x3ff0000000000000)   # ( 5,  1) ->  5
  TEST_FP_OP2N_D(21, fsgnj.d, 0, 0xc014000000000000, 0x4014000000000000, 0xbff0000000000000)   # ( 5, -1) -> -5
  TEST_FP_OP2N_D(22, fsgnj.d, 0, 0x4014000000000000, 0xc014000000000000, 0x3ff0000000000000)   # (-5,  1) ->  5
  TEST_FP_OP2N_D(23, fsgnj.d, 0, 0xc014000000000000, 0xc014000000000000, 0xbff0000000000000)   # (-5, -1) -> -5
  TEST_FP_OP2N_D(24, fsgnj.d, 0, 0xfff0000000000001, 0x7ff0000000000001, 0x8000000000000000)   # sNaN: no NV, not quieted
  TEST_FP_OP2N_D(25, fsgnj.d, 0, 0x8000000000000000, 0x0000000000000000, 0xfff8000000000000)

  #------------------------------------------------------------- fsgnjn.d
  TEST_FP_OP2N_D(30, fsgnjn.d, 0, 0xc014000000000000, 0x4014000000000000, 0x3ff0000000000000)
  TEST_FP_OP2N_D(31, fsgnjn.d, 0, 0x4014000000000000, 0x4014000000000000, 0xbff0000000000000)
  TEST_FP_OP2N_D(32, fsgnjn.d, 0, 0xc014000000000000, 0xc014000000000000, 0x3ff0000000000000)
  TEST_FP_OP2N_D(33, fsgnjn.d, 0, 0x4014000000000000, 0xc014000000000000, 0xbff0000000000000)
  TEST_FP_OP2N_D(34, fsgnjn.d, 0, 0x7ff0000000000001, 0xfff0000000000001, 0xfff0000000000000)

  #------------------------------------------------------------- fsgnjx.d
  TEST_FP_OP2N_D(40, fsgnjx.d, 0, 0x4014000000000000, 0x4014000000000000, 0x3ff0000000000000)
  TEST_FP_OP2N_D(41, fsgnjx.d, 0, 0xc014000000000000, 0x4014000000000000, 0xbff0000000000000)
  TEST_FP_OP2N_D(42, fsgnjx.d, 0, 0xc014000000000000, 0xc014000000000000, 0x3ff0000000000000)
  TEST_FP_OP2N_D(43, fsgnjx.d, 0, 0x4014000000000000, 0xc014000000000000, 0xbff0000000000000)
  TEST_FP_OP2N_D(44, fsgnjx.d, 0, 0xfff0000000000001, 0x7ff0000000000001, 0xfff0000000000000)

  #------------------------------------------------------------- fmv.d / fneg.d / fabs.d
  TEST_FP_D(50, 0, 0xc014000000000000, 0xc014000000000000, 0, 0, fmv.d f4, f1)
  TEST_FP_D(51, 0, 0x4014000000000000, 0xc014000000000000, 0, 0, fneg.d f4, f1)
  TEST_FP_D(52, 0, 0xc014000000000000, 0x4014000000000000, 0, 0, fneg.d f4, f1)
  TEST_FP_D(53, 0, 0x4014000000000000, 0xc014000000000000, 0, 0, fabs.d f4, f1)
  TEST_FP_D(54, 0, 0x7ff0000000000001, 0xfff0000000000001, 0, 0, fabs.d f4, f1)
  TEST_FP_D(55, 0, 0x0000000000000000, 0x8000000000000000, 0, 0, fneg.d f4, f1)
  TEST_FP_D(56, 0, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, fneg.d f1, f1; fmv.d f4, f1)
  # a NaN-boxed single is just a negative quiet NaN to the D instructions
  TEST_FP_D(57, 0, 0x7fffffff3f800000, 0, 0, 0, FP_LOAD_S(f1, 0x3f800000); fabs.d f4, f1)
  TEST_FP_D(58, 0, 0xffffffff3f800000, 0, 0, 0, FP_LOAD_S(f1, 0x3f800000); fmv.d f4, f1)

  #------------------------------------------------------------- single-precision results are NaN-boxed
  TEST_CASE(60, x14, 0xffffffffbf800000, li x1, 0x0123456700000000; fmv.d.x f4, x1; li x1, 0xbf800000; fmv.w.x f1, x1; fsgnj.s f4, f1, f1; fmv.x.d x14, f4)
  TEST_CASE(61, x14, 0xffffffff40000000, li x1, 0x3f800000; fmv.w.x f1, x1; fmv.d.x f4, x0; fadd.s f4, f1, f1; fmv.x.d x14, f4)
  TEST_CASE(62, x14, 0xffffffff3fc00000, li x1, 0x3ff8000000000000; fmv.d.x f1, x1; fcvt.s.d f4, f1; fmv.x.d x14, f4)
  TEST_CASE(63, x14, 0xffffffff3f800000, li x1, 0x3f800000; fmv.w.x f1, x1; li x1, 0x40000000; fmv.w.x f2, x1; fmv.d.x f4, x0; fmin.s f4, f1, f2; fmv.x.d x14, f4)
  TEST_CASE(64, x14, 0xffffffff40400000, li x1, 3; fmv.d.x f4, x0; fcvt.s.w f4, x1; fmv.x.d x14, f4)
  TEST_CASE(65, x14, 0xffffffff7fc00000, fmv.d.x f1, x0; fmv.d.x f4, x0; fsqrt.s f4, f1; fmv.x.d x14, f4)   # +0 is not boxed: canonical NaN in, out
  TEST_CASE(66, x14, 0xffffffff3f800000, li x1, 0x3f800000; fmv.w.x f1, x1; li x1, 0x0123456789abcdef; fmv.d.x f4, x1; fmv.s f4, f1; fmv.x.d x14, f4)
  # fmv.x.w of a double: the low word, sign-extended
  TEST_CASE(67, x14, 0xffffffff89abcdef, li x1, 0x0123456789abcdef; fmv.d.x f4, x1; fmv.x.w x14, f4)
  TEST_CASE(68, x14, 0x0000000000000000, li x1, 0x3ff0000000000000; fmv.d.x f4, x1; fmv.x.w x14, f4)
  TEST_CASE(69, x14, 0, fsflags x14, x0)   # none of 60..68 raises a flag (the sqrt input is a quiet NaN)

  TEST_PASSFAIL

RVTEST_CODE_END
