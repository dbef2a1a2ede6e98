# rv64uf-fdiv: fdiv.s (single precision).
#   exact and inexact quotients with static rounding modes, x / 0 = signed inf
#   with DZ, 0 / 0 and inf / inf = canonical NaN with NV, inf / 0 = inf without
#   flags, x / inf = signed 0, overflow, underflow, NaN inputs (no DZ for
#   qNaN / 0).
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fdiv
  TEST_FP_OP2_S(2, fdiv.s, rne, FFLAGS_NX, 0x3f93eee0, 0x40490fdb, 0x402df854)  # fdiv(3.14159265, 2.71828182) rne
  TEST_FP_OP2_S(3, fdiv.s, rne, FFLAGS_NX, 0xbf7fc5a2, 0xc49a4000, 0x449a6333)  # fdiv(-1234.0, 1235.1) rne
  TEST_FP_OP2_S(4, fdiv.s, rne, 0, 0x40490fdb, 0x40490fdb, 0x3f800000)  # fdiv(3.14159265, 1.0) rne
  TEST_FP_OP2_S(5, fdiv.s, rne, FFLAGS_NX, 0x3eaaaaab, 0x3f800000, 0x40400000)  # fdiv(1.0, 3.0) rne
  TEST_FP_OP2_S(6, fdiv.s, rtz, FFLAGS_NX, 0x3eaaaaaa, 0x3f800000, 0x40400000)  # fdiv(1.0, 3.0) rtz
  TEST_FP_OP2_S(7, fdiv.s, rup, FFLAGS_NX, 0x3eaaaaab, 0x3f800000, 0x40400000)  # fdiv(1.0, 3.0) rup
  TEST_FP_OP2_S(8, fdiv.s, rdn, FFLAGS_NX, 0xbeaaaaab, 0xbf800000, 0x40400000)  # fdiv(-1.0, 3.0) rdn
  TEST_FP_OP2_S(9, fdiv.s, rne, FFLAGS_DZ, 0x7f800000, 0x3f800000, 0x00000000)  # fdiv(1.0, 0.0) rne
  TEST_FP_OP2_S(10, fdiv.s, rne, FFLAGS_DZ, 0xff800000, 0xbf800000, 0x00000000)  # fdiv(-1.0, 0.0) rne
  TEST_FP_OP2_S(11, fdiv.s, rne, FFLAGS_DZ, 0xff800000, 0x3f800000, 0x80000000)  # fdiv(1.0, -0) rne
  TEST_FP_OP2_S(12, fdiv.s, rne, FFLAGS_NV, 0x7fc00000, 0x00000000, 0x00000000)  # fdiv(0.0, 0.0) rne
  TEST_FP_OP2_S(13, fdiv.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x7f800000)  # fdiv(inf, inf) rne
  TEST_FP_OP2_S(14, fdiv.s, rne, 0, 0xff800000, 0x7f800000, 0x80000000)  # fdiv(inf, -0) rne
  TEST_FP_OP2_S(15, fdiv.s, rne, 0, 0x00000000, 0x3f800000, 0x7f800000)  # fdiv(1.0, inf) rne
  TEST_FP_OP2_S(16, fdiv.s, rne, 0, 0x80000000, 0xbf800000, 0x7f800000)  # fdiv(-1.0, inf) rne
  TEST_FP_OP2_S(17, fdiv.s, rne, FFLAGS_OF|FFLAGS_NX, 0x7f800000, 0x7f7fffff, 0x3f000000)  # fdiv(max, 0.5) rne
  TEST_FP_OP2_S(18, fdiv.s, rne, 0, 0x00200000, 0x00800000, 0x40800000)  # fdiv(minnorm, 4.0) rne
  TEST_FP_OP2_S(19, fdiv.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x3f800000)  # fdiv(snan, 1.0) rne
  TEST_FP_OP2_S(20, fdiv.s, rne, 0, 0x7fc00000, 0x7fc00000, 0x00000000)  # fdiv(qnan, 0.0) rne
  TEST_FP_OP2_S(21, fdiv.s, rne, 0, 0x7f800000, 0x7f800000, 0x00000000)  # fdiv(inf, 0.0) rne

  TEST_PASSFAIL

RVTEST_CODE_END
