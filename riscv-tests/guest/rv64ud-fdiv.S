# rv64ud-fdiv: fdiv.d (double precision).
#   exact and inexact quotients with static rounding modes, x / 0 = signed inf
#   with DZ, 0 / 0 and inf / inf = canonical NaN with NV, inf / 0 = inf without
#   flags, x / inf = signed 0, overflow, underflow, NaN inputs (no DZ for
#   qNaN / 0).
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fdiv
  TEST_FP_OP2_D(2, fdiv.d, rne, FFLAGS_NX, 0x3ff27ddbf6c383ec, 0x400921fb53c8d4f1, 0x4005bf0a89f1b0dd)  # fdiv(3.14159265, 2.71828182) rne
  TEST_FP_OP2_D(3, fdiv.d, rne, FFLAGS_NX, 0xbfeff8b43e1929a5, 0xc093480000000000, 0x40934c6666666666)  # fdiv(-1234.0, 1235.1) rne
  TEST_FP_OP2_D(4, fdiv.d, rne, 0, 0x400921fb53c8d4f1, 0x400921fb53c8d4f1, 0x3ff0000000000000)  # fdiv(3.14159265, 1.0) rne
  TEST_FP_OP2_D(5, fdiv.d, rne, FFLAGS_NX, 0x3fd5555555555555, 0x3ff0000000000000, 0x4008000000000000)  # fdiv(1.0, 3.0) rne
  TEST_FP_OP2_D(6, fdiv.d, rtz, FFLAGS_NX, 0x3fd5555555555555, 0x3ff0000000000000, 0x4008000000000000)  # fdiv(1.0, 3.0) rtz
  TEST_FP_OP2_D(7, fdiv.d, rup, FFLAGS_NX, 0x3fd5555555555556, 0x3ff0000000000000, 0x4008000000000000)  # fdiv(1.0, 3.0) rup
  TEST_FP_OP2_D(8, fdiv.d, rdn, FFLAGS_NX, 0xbfd5555555555556, 0xbff0000000000000, 0x4008000000000000)  # fdiv(-1.0, 3.0) rdn
  TEST_FP_OP2_D(9, fdiv.d, rne, FFLAGS_DZ, 0x7ff0000000000000, 0x3ff0000000000000, 0x0000000000000000)  # fdiv(1.0, 0.0) rne
  TEST_FP_OP2_D(10, fdiv.d, rne, FFLAGS_DZ, 0xfff0000000000000, 0xbff0000000000000, 0x0000000000000000)  # fdiv(-1.0, 0.0) rne
  TEST_FP_OP2_D(11, fdiv.d, rne, FFLAGS_DZ, 0xfff0000000000000, 0x3ff0000000000000, 0x8000000000000000)  # fdiv(1.0, -0) rne
  TEST_FP_OP2_D(12, fdiv.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000)  # fdiv(0.0, 0.0) rne
  TEST_FP_OP2_D(13, fdiv.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x7ff0000000000000)  # fdiv(inf, inf) rne
  TEST_FP_OP2_D(14, fdiv.d, rne, 0, 0xfff0000000000000, 0x7ff0000000000000, 0x8000000000000000)  # fdiv(inf, -0) rne
  TEST_FP_OP2_D(15, fdiv.d, rne, 0, 0x0000000000000000, 0x3ff0000000000000, 0x7ff0000000000000)  # fdiv(1.0, inf) rne
  TEST_FP_OP2_D(16, fdiv.d, rne, 0, 0x8000000000000000, 0xbff0000000000000, 0x7ff0000000000000)  # fdiv(-1.0, inf) rne
  TEST_FP_OP2_D(17, fdiv.d, rne, FFLAGS_OF|FFLAGS_NX, 0x7ff0000000000000, 0x7fefffffffffffff, 0x3fe0000000000000)  # fdiv(max, 0.5) rne
  TEST_FP_OP2_D(18, fdiv.d, rne, 0, 0x0004000000000000, 0x0010000000000000, 0x4010000000000000)  # fdiv(minnorm, 4.0) rne
  TEST_FP_OP2_D(19, fdiv.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x3ff0000000000000)  # fdiv(snan, 1.0) rne
  TEST_FP_OP2_D(20, fdiv.d, rne, 0, 0x7ff8000000000000, 0x7ff8000000000000, 0x0000000000000000)  # fdiv(qnan, 0.0) rne
  TEST_FP_OP2_D(21, fdiv.d, rne, 0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0000000000000000)  # fdiv(inf, 0.0) rne

  TEST_PASSFAIL

RVTEST_CODE_END
